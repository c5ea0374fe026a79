// Tracks how far through an article the reader is, as they scroll the content area: drives
// the progress bar, saves the fraction (at most every 500 ms, and on leaving), and on opening
// scrolls back to the saved place, or to a bookmarked place when the Bookmarks screen asked.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useApp } from '../../services/context';
import {
  FINISHED,
  fractionAt,
  JUMP_KEY,
  parseJump,
  scrollTopFor,
  type ReadingGeometry,
} from './position';

const SAVE_EVERY_MS = 500;

/** The app frame's scrolling area; every screen scrolls inside it, not the window. */
export function scrollContainer(): HTMLElement | null {
  return document.getElementById('content');
}

/** The reading geometry of the article whose text is body (its article element is the start). */
export function measure(container: HTMLElement, body: HTMLElement): ReadingGeometry {
  const view = container.getBoundingClientRect();
  const origin = view.top + container.clientTop - container.scrollTop;
  const article = body.closest('article') ?? body;
  return {
    scrollTop: container.scrollTop,
    viewHeight: container.clientHeight,
    start: article.getBoundingClientRect().top - origin,
    end: body.getBoundingClientRect().bottom - origin,
  };
}

export function useReadingPosition(id: string, bodyRef: RefObject<HTMLElement | null>) {
  const { db, saver } = useApp();
  const [fraction, setFraction] = useState(0);
  // The reading position the library last took, to be saved with the next save.
  const [stored, setStored] = useState<number | null>(null);
  // Read during the first render and cleared once used, so a reload does not jump again.
  const [jump] = useState(() => parseJump(sessionStorage.getItem(JUMP_KEY), id));
  const live = useRef({ latest: 0, saved: 0, lastSaveAt: 0, restored: false });

  const current = useCallback((): number => {
    const container = scrollContainer();
    const body = bodyRef.current;
    return container && body ? fractionAt(measure(container, body)) : live.current.latest;
  }, [bodyRef]);

  // Follow the scroll; save only once the starting place is restored, so the scroll position
  // left over from the previous screen is never saved as this article's.
  useEffect(() => {
    const container = scrollContainer();
    if (!container) return;
    const state = live.current;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;

    const save = () => {
      timer = null;
      state.lastSaveAt = Date.now();
      if (Math.abs(state.latest - state.saved) < 0.0005) return;
      state.saved = state.latest;
      const handed = state.latest;
      // Once the library has it, the saver is already writing it: say so on the progress bar.
      void db.setProgress(id, handed).then(() => setStored(handed));
    };

    const onScroll = () => {
      state.latest = current();
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setFraction(state.latest));
      if (!state.restored || timer) return;
      const wait = SAVE_EVERY_MS - (Date.now() - state.lastSaveAt);
      if (wait <= 0) save();
      else timer = setTimeout(save, wait);
    };

    // When anything else is about to be written, the position waiting for its turn goes
    // along, so a "Saved" in the footer covers it too.
    const offSaver = saver.subscribe((s) => {
      if (s.state === 'pending' && timer) {
        clearTimeout(timer);
        save();
      }
    });

    // Quitting writes the position that is still waiting for its turn.
    const offFlush = saver.beforeFlush(() => {
      if (timer) {
        clearTimeout(timer);
        save();
      }
    });

    container.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    // This effect re-runs when the article's layout changes (highlights drawn, say), and the
    // page may have scrolled in between (focus moving to a new highlight): take stock now.
    if (state.restored) onScroll();
    return () => {
      offSaver();
      offFlush();
      container.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      cancelAnimationFrame(frame);
      if (timer) clearTimeout(timer);
      if (state.restored) save();
    };
  }, [db, saver, id, current]);

  // Where to start: a bookmarked place wins over the saved progress; a finished article
  // starts again at its top.
  useEffect(() => {
    if (jump !== null) sessionStorage.removeItem(JUMP_KEY);
    let cancelled = false;
    const state = live.current;
    const start = (target: number | null) => {
      const container = scrollContainer();
      const body = bodyRef.current;
      if (cancelled || !container || !body) return;
      container.scrollTop = target === null ? 0 : scrollTopFor(target, measure(container, body));
      state.latest = current();
      state.saved = state.latest;
      state.restored = true;
      setFraction(state.latest);
    };
    if (jump !== null) {
      start(jump);
    } else {
      db.getProgress(id).then(
        (p) => start(p && p.fraction > 0 && p.fraction < FINISHED ? p.fraction : null),
        () => start(null),
      );
    }
    return () => {
      cancelled = true;
    };
  }, [db, id, jump, bodyRef, current]);

  return { fraction, current, stored };
}
