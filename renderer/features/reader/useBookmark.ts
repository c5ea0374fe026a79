// The bookmark state of one item, read from and written to the user DB.
import { useCallback, useEffect, useState } from 'react';
import { useApp } from '../../services/context';

export function useBookmark(targetId: string): [boolean, () => void] {
  const { db, shell } = useApp();
  const [bookmarked, setBookmarked] = useState(false);

  useEffect(() => {
    let current = true;
    void db.isBookmarked(targetId).then((value) => current && setBookmarked(value));
    return () => {
      current = false;
    };
  }, [db, targetId]);

  const toggle = useCallback(() => {
    void db.setBookmarked(targetId, !bookmarked).then(setBookmarked);
  }, [db, targetId, bookmarked]);

  useEffect(
    () => shell.onCommand((command) => command === 'toggle-bookmark' && toggle()),
    [shell, toggle],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        (event.ctrlKey || event.metaKey) &&
        event.key.toLowerCase() === 'd' &&
        shell.host === 'web'
      ) {
        event.preventDefault();
        toggle();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shell, toggle]);

  return [bookmarked, toggle];
}
