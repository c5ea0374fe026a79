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
  // When the last save finished: a tooltip for the reader, and the attribute tests wait on
  // to know that a change made after an earlier save is on disk too.
  const at = state.state === 'saved' ? state.at : null;
  return (
    <p
      className={`save-status save-${state.state}`}
      role="status"
      aria-live="polite"
      data-saved-at={at ?? undefined}
      title={at ? `Last saved at ${new Date(at).toLocaleTimeString()}` : undefined}
    >
      {text}
    </p>
  );
}
