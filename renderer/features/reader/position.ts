// Where the reader is in an article, as a fraction: 0 with the top of the article at the top
// of the view, 1 with the end of its text at the bottom. The notes, sources and related items
// below the text do not count as reading, and a fraction finds the same passage again after
// the text size changes.
import type { BookmarkPosition } from '../../db/types';

export interface ReadingGeometry {
  /** The scroll container's scrollTop. */
  scrollTop: number;
  /** The height of the scroll container's view. */
  viewHeight: number;
  /** Where reading starts (the article's top), measured from the top of the scrolled content. */
  start: number;
  /** Where reading ends (the bottom of the article's text), measured the same way. */
  end: number;
}

/** At or past this fraction an article counts as read, and reopens at its top. */
export const FINISHED = 0.98;

export function fractionAt(g: ReadingGeometry): number {
  const span = g.end - g.start - g.viewHeight;
  if (span <= 0) return g.scrollTop + g.viewHeight >= g.end ? 1 : 0;
  return clamp01((g.scrollTop - g.start) / span);
}

export function scrollTopFor(fraction: number, g: Omit<ReadingGeometry, 'scrollTop'>): number {
  return Math.round(g.start + clamp01(fraction) * Math.max(0, g.end - g.start - g.viewHeight));
}

function clamp01(n: number): number {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}

/** The first words of a passage, for a bookmark's label: whole words, with an ellipsis. */
export function firstWords(text: string, maxWords = 10, maxChars = 80): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  let label = '';
  for (const [i, word] of words.entries()) {
    const next = label ? `${label} ${word}` : word;
    if (i >= maxWords || next.length > maxChars) return `${label || word.slice(0, maxChars)}…`;
    label = next;
  }
  return label;
}

/**
 * The addBookmark input for a place in an article. The label is the opening of the passage at
 * the top of the view, which tells two places in one section apart; the section's heading
 * (kept in the position too) stands in when there is no passage, and with neither the label
 * is empty (the Bookmarks screen then names the place by how far through it is).
 */
export function placeBookmark(
  targetId: string,
  place: { fraction: number; heading: string | null; paragraph: string | null },
): { targetId: string; position: string; label: string } {
  const fraction = Math.round(clamp01(place.fraction) * 10_000) / 10_000;
  const heading = place.heading?.trim() || null;
  const position: BookmarkPosition = { fraction, heading };
  const words = place.paragraph ? firstWords(place.paragraph) : '';
  return {
    targetId,
    position: JSON.stringify(position),
    label: words || heading || '',
  };
}

/** The session key the Bookmarks screen sets before opening an article at a bookmarked place. */
export const JUMP_KEY = 'kr.jump';

/** The fraction to jump to when a stored jump request is for this article, else null. */
export function parseJump(raw: string | null, id: string): number | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as unknown;
    if (typeof value !== 'object' || value === null) return null;
    const { id: target, fraction } = value as { id?: unknown; fraction?: unknown };
    if (target !== id || typeof fraction !== 'number' || !Number.isFinite(fraction)) return null;
    return clamp01(fraction);
  } catch {
    return null;
  }
}
