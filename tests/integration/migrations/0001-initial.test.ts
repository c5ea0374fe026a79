// Migration 0001 (renderer/db/user/migrations/0001-initial.ts): a blank file becomes the
// first user schema, which takes the rows the app writes and keeps its constraints.
import { describe, expect, it } from 'vitest';
import { userVersion } from '../../../renderer/db/user/migrations';
import { UserStore } from '../../../renderer/db/user/store';
import { columnNames, migrateTo, rowsOf, userDbAt } from '../../helpers/migrations';

describe('migration 0001 (initial)', () => {
  it('turns a blank file into the first schema at version 1', async () => {
    const db = await userDbAt(0);
    expect(userVersion(db)).toBe(0);
    expect(migrateTo(db, 1)).toEqual([1]);
    expect(userVersion(db)).toBe(1);
    expect(columnNames(db, 'bookmarks')).toEqual([
      'id',
      'target_id',
      'position',
      'label',
      'created_at',
    ]);
    expect(columnNames(db, 'notes')).toEqual([
      'id',
      'target_id',
      'body',
      'created_at',
      'updated_at',
    ]);
    expect(columnNames(db, 'reading_progress')).toEqual(['target_id', 'fraction', 'updated_at']);
    expect(columnNames(db, 'settings')).toEqual(['key', 'value']);
  });

  it('keeps the rows written at version 1, with the defaults for what was left out', async () => {
    const db = await userDbAt(1);
    db.run("INSERT INTO bookmarks (target_id, created_at) VALUES ('article:x', 't1')");
    db.run(
      "INSERT INTO notes (target_id, body, created_at, updated_at) VALUES ('event:y', 'mine', 't1', 't2')",
    );
    db.run(
      "INSERT INTO reading_progress (target_id, fraction, updated_at) VALUES ('article:x', 0.5, 't3')",
    );
    db.run("INSERT INTO settings (key, value) VALUES ('theme', 'dark')");
    expect(rowsOf(db, 'bookmarks', 'id')).toEqual([
      { id: 1, target_id: 'article:x', position: '', label: '', created_at: 't1' },
    ]);
    expect(rowsOf(db, 'notes', 'id')).toEqual([
      { id: 1, target_id: 'event:y', body: 'mine', created_at: 't1', updated_at: 't2' },
    ]);
    expect(rowsOf(db, 'reading_progress', 'target_id')).toEqual([
      { target_id: 'article:x', fraction: 0.5, updated_at: 't3' },
    ]);
    expect(new UserStore(db).getSetting('theme')).toBe('dark');
  });

  it('refuses a second bookmark on the same place and progress outside 0 to 1', async () => {
    const db = await userDbAt(1);
    db.run("INSERT INTO bookmarks (target_id, created_at) VALUES ('article:x', 't')");
    expect(() =>
      db.run("INSERT INTO bookmarks (target_id, created_at) VALUES ('article:x', 't')"),
    ).toThrow(/UNIQUE/);
    expect(() =>
      db.run(
        "INSERT INTO reading_progress (target_id, fraction, updated_at) VALUES ('article:x', 1.5, 't')",
      ),
    ).toThrow(/CHECK/);
  });
});
