// Brings a user DB up to the newest schema, one numbered migration at a time, each in a
// transaction, recording progress in PRAGMA user_version.
import type { Database } from 'sql.js';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-annotations';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002];

export const LATEST_USER_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export class NewerUserDbError extends Error {
  override name = 'NewerUserDbError';
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `Your notes were saved by a newer version of Karabakh Reader (data version ${found}; ` +
        `this version reads up to ${supported}). Update the app to open them; the file was not changed.`,
    );
  }
}

export function userVersion(db: Database): number {
  const result = db.exec('PRAGMA user_version');
  return Number(result[0]?.values[0]?.[0] ?? 0);
}

/** Runs pending migrations; returns the versions applied. Refuses a DB from the future. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const current = userVersion(db);
  if (current > latest) throw new NewerUserDbError(current, latest);
  const applied: number[] = [];
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.run('BEGIN');
    try {
      migration.up(db);
      db.run(`PRAGMA user_version = ${Math.trunc(migration.version)}`);
      db.run('COMMIT');
    } catch (error) {
      db.run('ROLLBACK');
      throw new Error(
        `Could not update your data to version ${migration.version} (${migration.name}): ` +
          (error instanceof Error ? error.message : String(error)),
        { cause: error },
      );
    }
    applied.push(migration.version);
  }
  return applied;
}
