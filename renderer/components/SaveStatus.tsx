// The footer line that tells the user whether their changes are on disk.
import { useSyncExternalStore } from 'react';
import type { UserSaver } from '../platform/user-saver';

export function SaveStatus({ saver }: { saver: UserSaver }) {
  const state = useSyncExternalStore(saver.subscribe, () => saver.current);
  const text =
    state.state === 'saved'
      ? 'Saved'
      : state.state === 'pending' || state.state === 'saving'
        ? 'Saving…'
        : state.state === 'error'
          ? `Not saved yet: ${state.message} Retrying.`
          : state.message;
  return (
    <p className={`save-status save-${state.state}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
