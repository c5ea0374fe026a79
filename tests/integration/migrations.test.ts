import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  LATEST_USER_VERSION,
  MIGRATIONS,
  migrate,
  NewerUserDbError,
  userVersion,
} from '../../renderer/db/user/migrations';
import type { Migration } from '../../renderer/db/user/migrations/types';
import { getSql } from '../helpers/fixture';

describe('user DB migrations', () => {
  it('brings an empty DB to the latest version and records it in user_version', async () => {
    const SQL = await getSql();
    const db = new SQL.Database();
    expect(migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(userVersion(db)).toBe(LATEST_USER_VERSION);
    const tables = db
      .exec("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")[0]!
      .values.flat();
    expect(tables).toEqual(
      expect.arrayContaining(['bookmarks', 'notes', 'reading_progress', 'settings']),
    );
    expect(migrate(db)).toEqual([]);
  });

  it('keeps existing rows when a later migration runs', async () => {
    const SQL = await getSql();
    const db = new SQL.Database();
    migrate(db);
    db.run(
      "INSERT INTO notes (target_id, body, created_at, updated_at) VALUES ('article:x', 'mine', 't', 't')",
    );
    const next: Migration = {
      version: LATEST_USER_VERSION + 1,
      name: 'note-colour',
      up: (d) => d.run("ALTER TABLE notes ADD COLUMN colour TEXT NOT NULL DEFAULT 'yellow'"),
    };
    expect(migrate(db, [...MIGRATIONS, next])).toEqual([next.version]);
    expect(db.exec('SELECT body, colour FROM notes')[0]!.values).toEqual([['mine', 'yellow']]);
    expect(userVersion(db)).toBe(next.version);
  });

  it('rolls back a failing migration and leaves the data and version as they were', async () => {
    const SQL = await getSql();
    const db = new SQL.Database();
    migrate(db);
    db.run("INSERT INTO bookmarks (target_id, created_at) VALUES ('event:1993-x', 't')");
    const broken: Migration = {
      version: LATEST_USER_VERSION + 1,
      name: 'broken',
      up: (d) => {
        d.run('DELETE FROM bookmarks');
        d.run('THIS IS NOT SQL');
      },
    };
    expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow(
      /Could not update your data to version/,
    );
    expect(userVersion(db)).toBe(LATEST_USER_VERSION);
    expect(db.exec('SELECT count(*) FROM bookmarks')[0]!.values[0]![0]).toBe(1);
  });

  it('refuses a DB written by a newer version without touching it', async () => {
    const SQL = await getSql();
    const db = new SQL.Database();
    db.run(`PRAGMA user_version = ${LATEST_USER_VERSION + 1}`);
    db.run('CREATE TABLE future (x)');
    const before = db.export();
    expect(() => migrate(db)).toThrow(NewerUserDbError);
    expect(() => migrate(db)).toThrow(/newer version of Karabakh Reader/);
    expect(db.export()).toEqual(before);
  });
});

describe('the migration files', () => {
  const folder = resolve(import.meta.dirname, '../../renderer/db/user/migrations');
  const files = readdirSync(folder)
    .filter((name) => /^\d{4}-.+\.ts$/.test(name))
    .map((name) => name.replace(/\.ts$/, ''))
    .sort();

  it('are the list the runner applies, in order, each named for its version', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(MIGRATIONS.map((m) => `${String(m.version).padStart(4, '0')}-${m.name}`)).toEqual(files);
  });

  it('each have a test that migrates a database with rows from the version before', () => {
    const missing = files.filter(
      (id) => !existsSync(resolve(import.meta.dirname, 'migrations', `${id}.test.ts`)),
    );
    expect(missing).toEqual([]);
  });
});
