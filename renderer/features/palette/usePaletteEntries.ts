// The palette's entries: the screens at once, every article and event once the palette is
// first opened (the content DB is read-only, so one load lasts the session).
import { useEffect, useState } from 'react';
import { useApp } from '../../services/context';
import { itemEntries, SCREEN_ENTRIES, type PaletteEntry } from './palette-match';

export type PaletteEntries =
  | { status: 'loading'; entries: PaletteEntry[] }
  | { status: 'done'; entries: PaletteEntry[] }
  | { status: 'error'; entries: PaletteEntry[]; message: string };

export function usePaletteEntries(wanted: boolean): PaletteEntries {
  const { db } = useApp();
  const [state, setState] = useState<PaletteEntries>({
    status: 'loading',
    entries: SCREEN_ENTRIES,
  });
  const needed = wanted && state.status !== 'done';

  useEffect(() => {
    if (!needed) return;
    let current = true;
    db.listItems().then(
      (items) =>
        current &&
        setState({ status: 'done', entries: [...SCREEN_ENTRIES, ...itemEntries(items)] }),
      (error: unknown) =>
        current &&
        setState({
          status: 'error',
          entries: SCREEN_ENTRIES,
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      current = false;
    };
  }, [db, needed]);

  return state;
}
