// "Restore from a backup…": choose a file, see what would change (merge or replace), then
// confirm. Nothing changes before the reader presses Restore.
import { useEffect, useRef, useState } from 'react';
import { useApp } from '../../services/context';
import { RestorePreview, type Preview, type Mode } from './RestorePreview';

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | {
      step: 'preview';
      fileName: string;
      /** The file as read: the library names a wrong kind of file from its first bytes. */
      bytes: Uint8Array;
      /** Both plans are made up front, so switching between them is instant. */
      previews: Record<Mode, Preview>;
      mode: Mode;
      working: boolean;
    }
  | { step: 'done'; message: string }
  | { step: 'failed'; message: string };

export function RestoreBackup() {
  const { db, shell } = useApp();
  const [state, setState] = useState<State>({ step: 'idle' });
  const startRef = useRef<HTMLButtonElement>(null);
  const previewRef = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<'start' | 'preview' | null>(null);

  // Focus follows the step: into the preview when it opens, back to the button when it closes;
  // a change of mode inside the preview leaves focus where it is.
  useEffect(() => {
    const target = focusNext.current === 'preview' ? previewRef.current : startRef.current;
    if (!focusNext.current || !target) return;
    focusNext.current = null;
    target.focus();
  }, [state]);

  const fail = (message: string) => {
    focusNext.current = 'start';
    setState({ step: 'failed', message });
  };

  const choose = async () => {
    setState({ step: 'reading' });
    try {
      const picked = await shell.openBackupFile();
      if (!picked.ok) return fail(`The file could not be read: ${picked.error.message}`);
      const file = picked.value;
      if (!file) {
        focusNext.current = 'start';
        return setState({ step: 'idle' });
      }
      if (file.refused) return fail(file.refused);
      const [merge, replace] = await Promise.all([
        db.previewRestore(file.bytes, 'merge'),
        db.previewRestore(file.bytes, 'replace'),
      ]);
      if (!merge.ok) return fail(`“${file.name}” cannot be restored. ${merge.message}`);
      if (!replace.ok) return fail(`“${file.name}” cannot be restored. ${replace.message}`);
      focusNext.current = 'preview';
      setState({
        step: 'preview',
        fileName: file.name,
        bytes: file.bytes,
        previews: { merge, replace },
        mode: 'merge',
        working: false,
      });
    } catch (error) {
      fail(`The backup could not be read: ${errorText(error)}`);
    }
  };

  const changeMode = (mode: Mode) => {
    if (state.step === 'preview') setState({ ...state, mode });
  };

  const restore = async () => {
    if (state.step !== 'preview') return;
    setState({ ...state, working: true });
    try {
      const result = await db.applyRestore(state.bytes, state.mode);
      if (!result.ok) return fail(result.message);
      focusNext.current = 'start';
      const settings = result.counts.settings;
      const restart =
        settings.added + settings.updated + settings.removed > 0
          ? ' Restored settings apply the next time the app starts.'
          : '';
      setState({
        step: 'done',
        message: `Restored from “${state.fileName}”. ${result.summary.slice(1).join(' ')}${restart}`,
      });
    } catch (error) {
      fail(`The backup could not be restored: ${errorText(error)}`);
    }
  };

  const cancel = () => {
    focusNext.current = 'start';
    setState({ step: 'idle' });
  };

  return (
    <div className="restore">
      <h3 id="restore-heading">Restore from a backup</h3>
      {state.step === 'preview' ? (
        <RestorePreview
          fileName={state.fileName}
          preview={state.previews[state.mode]}
          working={state.working}
          headingRef={previewRef}
          onMode={changeMode}
          onRestore={() => void restore()}
          onCancel={cancel}
        />
      ) : (
        <button
          type="button"
          ref={startRef}
          disabled={state.step === 'reading'}
          onClick={() => void choose()}
        >
          Restore from a backup…
        </button>
      )}
      <p
        className={state.step === 'failed' ? 'settings-status settings-error' : 'settings-status'}
        role="status"
      >
        {state.step === 'reading' && 'Reading the backup…'}
        {state.step === 'preview' && state.working && 'Restoring…'}
        {(state.step === 'done' || state.step === 'failed') && state.message}
      </p>
    </div>
  );
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
