// The footer line that tells the user whether their changes are on disk. A failed save's
// message comes from the host and already says why, that the change is kept and retried.
import { useSyncExternalStore } from 'react';
import type { UserSaver } from '../platform/user-saver';

export function SaveStatus({ saver }: { saver: UserSaver }) {
  const state = useSyncExternalStore(saver.subscribe, () => saver.current);
  const text =
    state.state === 'saved'
      ? 'Saved'
      : state.state === 'pending' || state.state === 'saving'
        ? 'Saving…'
        : state.message;
  return (
    <p className={`save-status save-${state.state}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
