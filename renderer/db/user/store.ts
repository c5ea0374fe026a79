// Read-write queries over the user DB: bookmarks, notes, reading progress, settings.
// Rows point at content by stable id, so they survive every content release.
import type { Database } from 'sql.js';
import { all, num, one, str } from '../sql';
import type { TextAnchor } from '../anchoring';
import {
  HIGHLIGHT_COLOURS,
  toBookmark,
  toHighlight,
  toNote,
  toProgress,
  type BookmarkRow,
  type HighlightColour,
  type HighlightRow,
} from './rows';
import type { Note, ReadingProgress } from '../types';

export type Clock = () => string;

export const systemClock: Clock = () => new Date().toISOString();

export {
  HIGHLIGHT_COLOURS,
  type BookmarkRow,
  type HighlightColour,
  type HighlightRow,
} from './rows';

const MAX_TAGS = 20;
const MAX_QUOTE_CHARS = 5_000;

const MAX_NOTE_CHARS = 200_000;
const ID_PATTERN = /^(article|event|place|imported):[\p{L}\p{N}._~-]{1,200}$/u;

export class UserInputError extends Error {
  override name = 'UserInputError';
}

function checkTarget(targetId: string): void {
  if (!ID_PATTERN.test(targetId)) throw new UserInputError(`"${targetId}" is not an item id`);
}

export class UserStore {
  constructor(
    private readonly db: Database,
    private readonly now: Clock = systemClock,
  ) {}

  listBookmarks(): BookmarkRow[] {
    return all(this.db, 'SELECT * FROM bookmarks ORDER BY created_at DESC, id DESC').map(
      toBookmark,
    );
  }

  /** Bookmarks a whole item (position '') or a place inside an article. */
  addBookmark(input: {
    targetId: string;
    position?: string;
    label?: string;
    tags?: string[];
  }): BookmarkRow {
    checkTarget(input.targetId);
    const tags = cleanTags(input.tags ?? []);
    this.db.run(
      `INSERT INTO bookmarks (target_id, position, label, tags_json, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (target_id, position) DO UPDATE SET label = excluded.label`,
      [
        input.targetId,
        input.position ?? '',
        (input.label ?? '').slice(0, 300),
        JSON.stringify(tags),
        this.now(),
      ],
    );
    return toBookmark(
      one(this.db, 'SELECT * FROM bookmarks WHERE target_id = ? AND position = ?', [
        input.targetId,
        input.position ?? '',
      ])!,
    );
  }

  /** Removes a bookmark and hands it back, so the screen can offer to undo. */
  removeBookmark(id: number): BookmarkRow | null {
    const row = one(this.db, 'SELECT * FROM bookmarks WHERE id = ?', [id]);
    if (!row) return null;
    this.db.run('DELETE FROM bookmarks WHERE id = ?', [id]);
    return toBookmark(row);
  }

  /** Puts back a removed bookmark exactly as it was (same id, date and tags). */
  restoreBookmark(bookmark: BookmarkRow): void {
    checkTarget(bookmark.targetId);
    this.db.run(
      `INSERT OR IGNORE INTO bookmarks (id, target_id, position, label, tags_json, created_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
      [
        bookmark.id,
        bookmark.targetId,
        bookmark.position,
        bookmark.label,
        JSON.stringify(cleanTags(bookmark.tags)),
        bookmark.createdAt,
      ],
    );
  }

  setBookmarkTags(id: number, tags: string[]): string[] {
    const clean = cleanTags(tags);
    this.db.run('UPDATE bookmarks SET tags_json = ? WHERE id = ?', [JSON.stringify(clean), id]);
    return clean;
  }

  isBookmarked(targetId: string): boolean {
    return !!one(this.db, "SELECT 1 AS x FROM bookmarks WHERE target_id = ? AND position = ''", [
      targetId,
    ]);
  }

  /** Adds or removes the bookmark on a whole item; returns whether it is now bookmarked. */
  setBookmarked(targetId: string, bookmarked: boolean): boolean {
    checkTarget(targetId);
    if (bookmarked) {
      this.db.run(
        "INSERT OR IGNORE INTO bookmarks (target_id, position, created_at) VALUES (?, '', ?)",
        [targetId, this.now()],
      );
    } else {
      this.db.run("DELETE FROM bookmarks WHERE target_id = ? AND position = ''", [targetId]);
    }
    return this.isBookmarked(targetId);
  }

  getNote(targetId: string): Note | null {
    const row = one(this.db, 'SELECT * FROM notes WHERE target_id = ? ORDER BY id LIMIT 1', [
      targetId,
    ]);
    return row ? toNote(row) : null;
  }

  /** Saves the note of an item; an empty body removes it. */
  saveNote(targetId: string, body: string): Note | null {
    checkTarget(targetId);
    if (body.length > MAX_NOTE_CHARS) {
      throw new UserInputError(
        `A note can hold up to ${MAX_NOTE_CHARS.toLocaleString('en')} characters.`,
      );
    }
    const existing = this.getNote(targetId);
    const at = this.now();
    if (!body.trim()) {
      if (existing) this.db.run('DELETE FROM notes WHERE id = ?', [existing.id]);
      return null;
    }
    if (existing) {
      this.db.run('UPDATE notes SET body = ?, updated_at = ? WHERE id = ?', [
        body,
        at,
        existing.id,
      ]);
    } else {
      this.db.run(
        'INSERT INTO notes (target_id, body, created_at, updated_at) VALUES (?, ?, ?, ?)',
        [targetId, body, at, at],
      );
    }
    return this.getNote(targetId);
  }

  listNotes(): Note[] {
    return all(this.db, 'SELECT * FROM notes ORDER BY updated_at DESC, id DESC').map(toNote);
  }

  getProgress(targetId: string): ReadingProgress | null {
    const row = one(this.db, 'SELECT * FROM reading_progress WHERE target_id = ?', [targetId]);
    return row ? toProgress(row) : null;
  }

  setProgress(targetId: string, fraction: number): ReadingProgress {
    checkTarget(targetId);
    if (!Number.isFinite(fraction)) throw new UserInputError('Reading progress must be a number.');
    const clamped = Math.min(1, Math.max(0, fraction));
    this.db.run(
      `INSERT INTO reading_progress (target_id, fraction, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (target_id) DO UPDATE SET fraction = excluded.fraction, updated_at = excluded.updated_at`,
      [targetId, clamped, this.now()],
    );
    return this.getProgress(targetId)!;
  }

  /** Articles started and not finished, most recently read first. */
  listInProgress(): ReadingProgress[] {
    return all(
      this.db,
      'SELECT * FROM reading_progress WHERE fraction > 0.02 AND fraction < 0.98 ORDER BY updated_at DESC',
    ).map(toProgress);
  }

  /** When each item was last read, for sorting by "recently read". */
  listProgress(): ReadingProgress[] {
    return all(this.db, 'SELECT * FROM reading_progress ORDER BY updated_at DESC').map(toProgress);
  }

  resetProgress(): void {
    this.db.run('DELETE FROM reading_progress');
  }

  listHighlights(targetId?: string): HighlightRow[] {
    const rows = targetId
      ? all(this.db, 'SELECT * FROM highlights WHERE target_id = ? ORDER BY position_start, id', [
          targetId,
        ])
      : all(this.db, 'SELECT * FROM highlights ORDER BY updated_at DESC, id DESC');
    return rows.map(toHighlight);
  }

  addHighlight(input: {
    targetId: string;
    anchor: TextAnchor;
    colour: HighlightColour;
    note?: string;
  }): HighlightRow {
    checkTarget(input.targetId);
    checkColour(input.colour);
    const { quote, position } = input.anchor;
    if (!quote.exact || quote.exact.length > MAX_QUOTE_CHARS) {
      throw new UserInputError(
        `A highlight must cover 1 to ${MAX_QUOTE_CHARS.toLocaleString('en')} characters.`,
      );
    }
    const note = input.note ?? '';
    if (note.length > MAX_NOTE_CHARS) throw new UserInputError('That note is too long.');
    const at = this.now();
    this.db.run(
      `INSERT INTO highlights (target_id, colour, note, quote_exact, quote_prefix, quote_suffix,
         position_start, position_end, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        input.targetId,
        input.colour,
        note,
        quote.exact,
        quote.prefix.slice(-64),
        quote.suffix.slice(0, 64),
        Math.trunc(position.start),
        Math.trunc(position.end),
        at,
        at,
      ],
    );
    const id = num(one(this.db, 'SELECT last_insert_rowid() AS id')?.id);
    return toHighlight(one(this.db, 'SELECT * FROM highlights WHERE id = ?', [id])!);
  }

  updateHighlight(
    id: number,
    change: { colour?: HighlightColour; note?: string },
  ): HighlightRow | null {
    const current = one(this.db, 'SELECT * FROM highlights WHERE id = ?', [id]);
    if (!current) return null;
    if (change.colour) checkColour(change.colour);
    if (change.note !== undefined && change.note.length > MAX_NOTE_CHARS) {
      throw new UserInputError('That note is too long.');
    }
    this.db.run('UPDATE highlights SET colour = ?, note = ?, updated_at = ? WHERE id = ?', [
      change.colour ?? str(current.colour),
      change.note ?? str(current.note),
      this.now(),
      id,
    ]);
    return toHighlight(one(this.db, 'SELECT * FROM highlights WHERE id = ?', [id])!);
  }

  removeHighlight(id: number): HighlightRow | null {
    const row = one(this.db, 'SELECT * FROM highlights WHERE id = ?', [id]);
    if (!row) return null;
    this.db.run('DELETE FROM highlights WHERE id = ?', [id]);
    return toHighlight(row);
  }

  getSetting(key: string): string | null {
    const row = one(this.db, 'SELECT value FROM settings WHERE key = ?', [key]);
    return row ? str(row.value) : null;
  }

  setSetting(key: string, value: string): void {
    this.db.run(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      [key, value],
    );
  }
}

function cleanTags(tags: string[]): string[] {
  const clean = tags
    .map((t) => String(t).trim().toLowerCase().replace(/\s+/g, '-').slice(0, 40))
    .filter(Boolean);
  return [...new Set(clean)].slice(0, MAX_TAGS);
}

function checkColour(colour: string): void {
  if (!(HIGHLIGHT_COLOURS as readonly string[]).includes(colour)) {
    throw new UserInputError(`"${colour}" is not a highlight colour.`);
  }
}
