// The user DB rows as the library hands them out, and how each row becomes one. The store's
// queries and the backup both read through these, so a column is mapped in one place and a
// backup cannot drift from what the app itself reads.
import { json, num, str, type Row } from '../sql';
import type { Note, ReadingProgress } from '../types';
import type { TextAnchor } from '../anchoring';

export interface BookmarkRow {
  id: number;
  targetId: string;
  /** '' for the whole item; otherwise where in the article (see BookmarkPosition). */
  position: string;
  label: string;
  tags: string[];
  createdAt: string;
}

export interface HighlightRow {
  id: number;
  targetId: string;
  colour: HighlightColour;
  note: string;
  anchor: TextAnchor;
  createdAt: string;
  updatedAt: string;
}

export const HIGHLIGHT_COLOURS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];

export function toBookmark(r: Row): BookmarkRow {
  return {
    id: num(r.id),
    targetId: str(r.target_id),
    position: str(r.position),
    label: str(r.label),
    tags: json<string[]>(r.tags_json, []),
    createdAt: str(r.created_at),
  };
}

export function toHighlight(r: Row): HighlightRow {
  return {
    id: num(r.id),
    targetId: str(r.target_id),
    colour: str(r.colour) as HighlightColour,
    note: str(r.note),
    anchor: {
      quote: {
        type: 'TextQuoteSelector',
        exact: str(r.quote_exact),
        prefix: str(r.quote_prefix),
        suffix: str(r.quote_suffix),
      },
      position: {
        type: 'TextPositionSelector',
        start: num(r.position_start),
        end: num(r.position_end),
      },
    },
    createdAt: str(r.created_at),
    updatedAt: str(r.updated_at),
  };
}

export function toNote(r: Row): Note {
  return {
    id: num(r.id),
    targetId: str(r.target_id),
    body: str(r.body),
    createdAt: str(r.created_at),
    updatedAt: str(r.updated_at),
  };
}

export function toProgress(r: Row): ReadingProgress {
  return { targetId: str(r.target_id), fraction: num(r.fraction), updatedAt: str(r.updated_at) };
}

export function toSetting(r: Row): { key: string; value: string } {
  return { key: str(r.key), value: str(r.value) };
}
