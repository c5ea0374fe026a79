// Sorting and filtering of the Bookmarks screen, and reading a bookmark's position, kept
// apart from the screen so they can be tested without a page.
import type { Bookmark, BookmarkPosition, ItemKind } from '../../db/types';
import { matchesAllWords } from '../../components/text-fold';

export type BookmarkSort = 'newest' | 'oldest' | 'title';

export interface BookmarkFilter {
  kind: ItemKind | 'all';
  /** null for every tag. */
  tag: string | null;
  text: string;
}

export const NO_FILTER: BookmarkFilter = { kind: 'all', tag: null, text: '' };

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The position inside the article, or null for a bookmark on the whole item. */
export function parsePosition(position: string): BookmarkPosition | null {
  if (!position) return null;
  try {
    const value: unknown = JSON.parse(position);
    if (typeof value !== 'object' || value === null) return null;
    const { fraction, heading } = value as Record<string, unknown>;
    if (typeof fraction !== 'number' || !Number.isFinite(fraction)) return null;
    return {
      fraction: Math.min(1, Math.max(0, fraction)),
      heading: typeof heading === 'string' && heading.trim() ? heading : null,
    };
  } catch {
    // A position written by a later version in a shape we do not know: treat it as the item.
    return null;
  }
}

/** "42%", never "100%" before the very end nor "0%" after the first line. */
export function formatFraction(fraction: number): string {
  const percent = fraction * 100;
  if (percent > 0 && percent < 1) return '1%';
  if (percent < 100 && percent > 99) return '99%';
  return `${Math.round(percent)}%`;
}

/**
 * Where a positional bookmark points, in words: its label (the reader stores the passage's
 * first words there), the section heading when it adds something, and how far in.
 */
export function positionLabel(bookmark: Bookmark): string | null {
  const position = parsePosition(bookmark.position);
  if (!position) return null;
  const label = bookmark.label.trim();
  const parts = [label, position.heading && position.heading !== label ? position.heading : ''];
  const at = formatFraction(position.fraction);
  const named = parts.filter(Boolean).join(' · ');
  return named ? `${named} · ${at}` : `At ${at}`;
}

export function sortBookmarks(bookmarks: Bookmark[], sort: BookmarkSort): Bookmark[] {
  const newestFirst = (a: Bookmark, b: Bookmark) =>
    b.createdAt.localeCompare(a.createdAt) || b.id - a.id;
  const byPosition = (a: Bookmark, b: Bookmark) =>
    (parsePosition(a.position)?.fraction ?? -1) - (parsePosition(b.position)?.fraction ?? -1);
  const compare =
    sort === 'newest'
      ? newestFirst
      : sort === 'oldest'
        ? (a: Bookmark, b: Bookmark) => -newestFirst(a, b)
        : // Several bookmarks in one article read best in the article's order.
          (a: Bookmark, b: Bookmark) =>
            collator.compare(a.title, b.title) ||
            a.targetId.localeCompare(b.targetId) ||
            byPosition(a, b) ||
            newestFirst(a, b);
  return [...bookmarks].sort(compare);
}

export function filterBookmarks(bookmarks: Bookmark[], filter: BookmarkFilter): Bookmark[] {
  return bookmarks.filter(
    (b) =>
      (filter.kind === 'all' || b.kind === filter.kind) &&
      (filter.tag === null || b.tags.includes(filter.tag)) &&
      matchesAllWords(filter.text, b.title, b.label, parsePosition(b.position)?.heading ?? ''),
  );
}

export function visibleBookmarks(
  bookmarks: Bookmark[],
  filter: BookmarkFilter,
  sort: BookmarkSort,
): Bookmark[] {
  return sortBookmarks(filterBookmarks(bookmarks, filter), sort);
}

/** Every tag in use, alphabetically, with how many bookmarks carry it. */
export function tagCounts(bookmarks: Bookmark[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const b of bookmarks) for (const t of b.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => collator.compare(a.tag, b.tag));
}

/**
 * The tags after the user typed into "Add tag": commas separate several, and each is
 * written the way the library stores it (lower case, hyphens for spaces), so a tag the
 * bookmark already has is not added twice.
 */
export function addTags(current: string[], typed: string): string[] {
  const added = typed
    .split(',')
    .map((t) => t.trim().toLowerCase().replace(/\s+/g, '-').slice(0, 40))
    .filter(Boolean);
  return [...new Set([...current, ...added])];
}
