// The library's rows, virtualized: only the rows in view (and a few either side) are in the
// DOM, so 100,000 items scroll as smoothly as 300. The list scrolls with the page (the app's
// <main>), not in a box of its own, and is one tab stop: the arrow keys move between rows.
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { itemHref } from '../../services/router';
import type { BrowseItem, ItemKind } from '../../db/types';
import { slugLabel } from '../../components/labels';

/** Rows have a fixed height (text is clipped to one line each), so nothing needs measuring. */
export const ROW_HEIGHT = 64;
const SCROLL_KEY = 'library.scroll';

export function LibraryList({ items }: { items: readonly BrowseItem[] }) {
  const listRef = useRef<HTMLUListElement>(null);
  const scroller = useScrollParent(listRef);
  const margin = useOffsetIn(listRef, scroller);
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);

  // The focused row stays rendered even when scrolled out of view, so focus is never lost.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (active < range.count && !indexes.includes(active)) {
        indexes.push(active);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [active],
  );

  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    scrollMargin: margin,
    getItemKey: (index) => items[index]?.id ?? index,
    rangeExtractor,
    useFlushSync: false,
  });

  useRestoredScroll(scroller, items.length > 0);

  // A new filter or sort starts at the top of the list, with the first row the tab stop.
  const first = useRef(true);
  useEffect(() => {
    setActive(0);
    if (first.current) {
      first.current = false;
      return;
    }
    if (scroller && scroller.scrollTop > margin) scroller.scrollTop = margin;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new list should reset
  }, [items]);

  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    listRef.current?.querySelector<HTMLElement>(`[data-index="${active}"] a`)?.focus();
  }, [active]);

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(items.length - 1, index));
    virtualizer.scrollToIndex(next, { align: 'auto' });
    focusPending.current = true;
    setActive(next);
    // When the index does not change the effect will not run, so focus now.
    if (next === active)
      listRef.current?.querySelector<HTMLElement>(`[data-index="${next}"] a`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const page = Math.max(1, Math.floor((scroller?.clientHeight ?? 600) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + page,
      PageUp: active - page,
      Home: 0,
      End: items.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    moveTo(target);
  };

  return (
    <ul
      ref={listRef}
      className="library-list"
      aria-label="Library items"
      onKeyDown={onKeyDown}
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((row) => {
        const item = items[row.index];
        if (!item) return null;
        return (
          <li
            key={row.key}
            data-index={row.index}
            className={`library-row library-row-${item.kind}`}
            aria-setsize={items.length}
            aria-posinset={row.index + 1}
            style={{ transform: `translateY(${row.start - margin}px)`, height: ROW_HEIGHT }}
          >
            <a
              href={itemHref(item.id)}
              tabIndex={row.index === active ? 0 : -1}
              onFocus={() => setActive(row.index)}
            >
              {item.title}
            </a>
            <span className="library-row-meta">
              <span className="kind-label">{KIND_LABELS[item.kind]}</span> {describe(item)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

const KIND_LABELS: Record<ItemKind, string> = {
  article: 'Article',
  event: 'Event',
  imported: 'Imported',
};

function describe(item: BrowseItem): string {
  // An imported item's subtitle starts with the word the kind label already shows.
  if (item.kind === 'imported') return item.subtitle.replace(/^Imported( · )?/, '');
  const parts =
    item.kind === 'event'
      ? [item.subtitle, item.category && slugLabel(item.category), item.placeName]
      : // Not the era: an article's era is that of its first event, which reads as a mistake
        // on an article about a later period.
        [item.subtitle];
  return parts.filter(Boolean).join(' · ');
}

/** The nearest ancestor that scrolls (the app's <main>), found once the list is in the page. */
function useScrollParent(ref: React.RefObject<HTMLElement | null>): HTMLElement | null {
  const [parent, setParent] = useState<HTMLElement | null>(null);
  useLayoutEffect(() => {
    let node = ref.current?.parentElement ?? null;
    while (node) {
      const { overflowY } = getComputedStyle(node);
      if (overflowY === 'auto' || overflowY === 'scroll') break;
      node = node.parentElement;
    }
    setParent(node ?? document.documentElement);
  }, [ref]);
  return parent;
}

/**
 * How far below the top of the scrolling content the list starts; re-measured whenever
 * anything changes size, since the controls above the list can wrap or grow.
 */
function useOffsetIn(ref: React.RefObject<HTMLElement | null>, scroller: HTMLElement | null) {
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const list = ref.current;
    if (!list || !scroller) return;
    const measure = () =>
      setOffset(
        Math.round(
          list.getBoundingClientRect().top -
            scroller.getBoundingClientRect().top +
            scroller.scrollTop,
        ),
      );
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(scroller);
    if (scroller.firstElementChild) observer.observe(scroller.firstElementChild);
    for (let node = list.parentElement; node && node !== scroller; node = node.parentElement)
      observer.observe(node);
    return () => observer.disconnect();
  }, [ref, scroller]);
  return offset;
}

/** Remembers how far down the page was scrolled, so Back from an article lands there again. */
function useRestoredScroll(scroller: HTMLElement | null, ready: boolean) {
  useLayoutEffect(() => {
    if (!scroller || !ready) return;
    const saved = Number(sessionStorage.getItem(SCROLL_KEY));
    if (saved > 0) scroller.scrollTop = saved;
    let last = scroller.scrollTop;
    const onScroll = () => {
      last = scroller.scrollTop;
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      // Read from the last scroll event: by now the next screen may have replaced the content.
      sessionStorage.setItem(SCROLL_KEY, String(last));
    };
  }, [scroller, ready]);
}
