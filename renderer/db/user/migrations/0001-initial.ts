// The first user schema: bookmarks, notes, reading progress and settings.
import type { Migration } from './types';

export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.run(`
      CREATE TABLE bookmarks (
        id INTEGER PRIMARY KEY,
        target_id TEXT NOT NULL,
        position TEXT NOT NULL DEFAULT '',
        label TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        UNIQUE (target_id, position)
      );
      CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        target_id TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX notes_by_target ON notes (target_id);
      CREATE TABLE reading_progress (
        target_id TEXT PRIMARY KEY,
        fraction REAL NOT NULL CHECK (fraction >= 0 AND fraction <= 1),
        updated_at TEXT NOT NULL
      );
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `);
  },
};
