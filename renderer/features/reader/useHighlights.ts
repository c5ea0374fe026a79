// The reader's highlights on one article, kept in step with the user DB: every change goes
// through the db client and the list is read back, so what is shown is what was saved.
import { useCallback, useEffect, useState } from 'react';
import { useApp } from '../../services/context';
import type { Highlight, HighlightColour } from '../../db/types';

export const COLOURS: { value: HighlightColour; label: string }[] = [
  { value: 'yellow', label: 'Yellow' },
  { value: 'green', label: 'Green' },
  { value: 'blue', label: 'Blue' },
  { value: 'pink', label: 'Pink' },
];

export function useHighlights(targetId: string) {
  const { db } = useApp();
  const [highlights, setHighlights] = useState<Highlight[]>([]);

  const reload = useCallback(async () => {
    setHighlights(await db.listHighlights(targetId));
  }, [db, targetId]);

  useEffect(() => {
    let current = true;
    void db.listHighlights(targetId).then((list) => current && setHighlights(list));
    return () => {
      current = false;
    };
  }, [db, targetId]);

  const add = useCallback(
    async (input: { start: number; end: number; colour: HighlightColour; note: string }) => {
      const created = await db.addHighlight({ targetId, ...input });
      await reload();
      return created;
    },
    [db, targetId, reload],
  );

  const update = useCallback(
    async (id: number, change: { colour?: HighlightColour; note?: string }) => {
      await db.updateHighlight(id, change);
      await reload();
    },
    [db, reload],
  );

  const remove = useCallback(
    async (id: number) => {
      await db.removeHighlight(id);
      await reload();
    },
    [db, reload],
  );

  return { highlights, add, update, remove };
}
