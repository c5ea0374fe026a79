// The note on one item: loaded once and saved as the reader types, with the state the Note
// box shows next to it. A burst of typing is one save, 600 ms after its last keystroke; the
// first change after a pause is saved at once, and so is whatever is pending when the box
// loses focus or the screen closes, so a note written just before the app closes is kept.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useApp } from '../../services/context';

export type NoteState = 'loading' | 'idle' | 'saving' | 'saved' | 'error';

const DELAY_MS = 600;

export function useNote(targetId: string) {
  const { db, saver } = useApp();
  const [text, setText] = useState('');
  const [state, setState] = useState<NoteState>('loading');
  const [error, setError] = useState<string | null>(null);
  const pending = useRef<string | null>(null);
  const lastChange = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let current = true;
    db.getNote(targetId).then(
      (note) => {
        if (!current) return;
        setText(note?.body ?? '');
        setState('idle');
      },
      (e: unknown) => {
        if (!current) return;
        setError(messageOf(e));
        setState('error');
      },
    );
    return () => {
      current = false;
    };
  }, [db, targetId]);

  const save = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const body = pending.current;
    if (body === null) return;
    pending.current = null;
    try {
      await db.saveNote(targetId, body);
      // A newer edit may have arrived while this one was saving; it has its own timer.
      if (pending.current === null) {
        setState('saved');
        setError(null);
      }
    } catch (e) {
      setError(messageOf(e));
      setState('error');
    }
  }, [db, targetId]);

  const change = useCallback(
    (body: string) => {
      setText(body);
      setState('saving');
      pending.current = body;
      const now = Date.now();
      const pause = now - lastChange.current > DELAY_MS;
      lastChange.current = now;
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      if (pause) void save();
      else timer.current = setTimeout(() => void save(), DELAY_MS);
    },
    [save],
  );

  // A note waiting for the typing to stop goes along with anything else being written, so a
  // "Saved" in the footer covers it too.
  useEffect(
    () =>
      saver.subscribe((s) => {
        if (s.state === 'pending' && timer.current) void save();
      }),
    [saver, save],
  );

  // Quitting (the shell's flush) or leaving the page writes a note still waiting for a pause.
  useEffect(() => saver.beforeFlush(() => (timer.current ? save() : undefined)), [saver, save]);

  // Leaving the screen must not lose the last few keystrokes.
  useEffect(() => () => void save(), [save]);

  const flush = useCallback(() => void save(), [save]);

  return { text, state, error, change, flush };
}

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^UserInputError:\s*/, '');
}
