// Read-write queries over the user DB: bookmarks, notes, reading progress, settings.
// Rows point at content by stable id, so they survive every content release.
import type { Database } from 'sql.js';
import { all, num, one, str, type Row } from '../sql';
import type { Note, ReadingProgress } from '../types';

export type Clock = () => string;

export const systemClock: Clock = () => new Date().toISOString();

export interface BookmarkRow {
  id: number;
  targetId: string;
  createdAt: string;
}

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
    return all(
      this.db,
      "SELECT id, target_id, created_at FROM bookmarks WHERE position = '' ORDER BY created_at DESC, id DESC",
    ).map((r) => ({ id: num(r.id), targetId: str(r.target_id), createdAt: str(r.created_at) }));
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
    return row
      ? {
          targetId: str(row.target_id),
          fraction: num(row.fraction),
          updatedAt: str(row.updated_at),
        }
      : null;
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

function toNote(r: Row): Note {
  return {
    id: num(r.id),
    targetId: str(r.target_id),
    body: str(r.body),
    createdAt: str(r.created_at),
    updatedAt: str(r.updated_at),
  };
}
