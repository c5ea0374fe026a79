// Opens a dialog from a key press or from the shell's menu command. Opening is idempotent,
// because in the desktop window the same keys may arrive both as a page key press and as
// the menu's accelerator.
import { useEffect, useState } from 'react';
import { useApp } from './context';
import type { ShellCommand } from '../platform';
import type { KeyPress } from './keys';

export function useDialogOpener(
  command: ShellCommand,
  matches: (press: KeyPress) => boolean,
  options: { capture?: boolean } = {},
): [boolean, (open: boolean) => void] {
  const { shell } = useApp();
  const [open, setOpen] = useState(false);
  const capture = options.capture ?? false;

  useEffect(
    () =>
      shell.onCommand((received) => {
        if (received === command) setOpen(true);
      }),
    [shell, command],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !matches(event)) return;
      event.preventDefault();
      // A capturing opener owns its keys: other handlers of the same keys must not also run.
      if (capture) event.stopPropagation();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey, { capture });
    return () => window.removeEventListener('keydown', onKey, { capture });
  }, [matches, capture]);

  return [open, setOpen];
}
