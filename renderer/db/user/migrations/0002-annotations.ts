// Bookmarks gain tags; highlights arrive, anchored with W3C Web Annotation selectors so they
// re-attach after the content changes.
import type { Migration } from './types';

export const migration0002: Migration = {
  version: 2,
  name: 'annotations',
  up(db) {
    db.run(`
      ALTER TABLE bookmarks ADD COLUMN tags_json TEXT NOT NULL DEFAULT '[]';
      CREATE TABLE highlights (
        id INTEGER PRIMARY KEY,
        target_id TEXT NOT NULL,
        colour TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        quote_exact TEXT NOT NULL,
        quote_prefix TEXT NOT NULL,
        quote_suffix TEXT NOT NULL,
        position_start INTEGER NOT NULL,
        position_end INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX highlights_by_target ON highlights (target_id);
    `);
  },
};
