// Migration 0002 (renderer/db/user/migrations/0002-annotations.ts): a version 1 profile with
// bookmarks, notes, progress and settings gains bookmark tags and the highlights table, and
// keeps every row it had.
import { describe, expect, it } from 'vitest';
import { userVersion } from '../../../renderer/db/user/migrations';
import { UserStore } from '../../../renderer/db/user/store';
import { columnNames, migrateTo, rowsOf, userDbAt } from '../../helpers/migrations';

async function versionOneProfile() {
  const db = await userDbAt(1);
  db.run(`
    INSERT INTO bookmarks (target_id, position, label, created_at) VALUES
      ('article:lachin-corridor', '', '', '2023-01-01T00:00:00.000Z'),
      ('article:lachin-corridor', '{"fraction":0.5}', 'Halfway', '2023-01-02T00:00:00.000Z');
    INSERT INTO notes (target_id, body, created_at, updated_at) VALUES
      ('event:2023-09-19-offensive', 'Read again', '2023-01-03T00:00:00.000Z', '2023-01-04T00:00:00.000Z');
    INSERT INTO reading_progress (target_id, fraction, updated_at) VALUES
      ('article:lachin-corridor', 0.25, '2023-01-05T00:00:00.000Z');
    INSERT INTO settings (key, value) VALUES ('theme', 'dark');
  `);
  return db;
}

describe('migration 0002 (annotations)', () => {
  it('keeps every bookmark and gives each an empty tag list, at version 2', async () => {
    const db = await versionOneProfile();
    const before = rowsOf(db, 'bookmarks', 'id');
    expect(migrateTo(db, 2)).toEqual([2]);
    expect(userVersion(db)).toBe(2);
    expect(columnNames(db, 'bookmarks')).toEqual([
      'id',
      'target_id',
      'position',
      'label',
      'created_at',
      'tags_json',
    ]);
    expect(rowsOf(db, 'bookmarks', 'id')).toEqual(
      before.map((row) => ({ ...row, tags_json: '[]' })),
    );
    expect(new UserStore(db).listBookmarks().map((b) => [b.label, b.tags])).toEqual([
      ['Halfway', []],
      ['', []],
    ]);
  });

  it('leaves notes, reading progress and settings exactly as they were', async () => {
    const db = await versionOneProfile();
    const before = {
      notes: rowsOf(db, 'notes', 'id'),
      progress: rowsOf(db, 'reading_progress', 'target_id'),
      settings: rowsOf(db, 'settings', 'key'),
    };
    migrateTo(db, 2);
    expect({
      notes: rowsOf(db, 'notes', 'id'),
      progress: rowsOf(db, 'reading_progress', 'target_id'),
      settings: rowsOf(db, 'settings', 'key'),
    }).toEqual(before);
  });

  it('adds an empty highlights table the store can write to', async () => {
    const db = await versionOneProfile();
    migrateTo(db, 2);
    expect(columnNames(db, 'highlights')).toEqual([
      'id',
      'target_id',
      'colour',
      'note',
      'quote_exact',
      'quote_prefix',
      'quote_suffix',
      'position_start',
      'position_end',
      'created_at',
      'updated_at',
    ]);
    expect(rowsOf(db, 'highlights', 'id')).toEqual([]);
    const store = new UserStore(db, () => '2024-01-01T00:00:00.000Z');
    store.addHighlight({
      targetId: 'article:lachin-corridor',
      colour: 'yellow',
      anchor: {
        quote: { type: 'TextQuoteSelector', exact: 'corridor', prefix: 'Lachin ', suffix: '.' },
        position: { type: 'TextPositionSelector', start: 7, end: 15 },
      },
    });
    expect(
      store.listHighlights('article:lachin-corridor').map((h) => h.anchor.quote.exact),
    ).toEqual(['corridor']);
  });
});
