// Builds user DBs at a given schema version by running the real migrations up to it, so a
// migration's test starts from exactly what an older release left on disk.
import type { Database, SqlValue } from 'sql.js';
import { MIGRATIONS, migrate } from '../../renderer/db/user/migrations';
import { getSql } from './fixture';

/** An in-memory user DB migrated up to `version` (0: a blank file). */
export async function userDbAt(version: number): Promise<Database> {
  const db = new (await getSql()).Database();
  migrateTo(db, version);
  return db;
}

/** Runs the migrations after the DB's version, up to and including `version`. */
export function migrateTo(db: Database, version: number): number[] {
  return migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= version),
  );
}

/** A table's columns by name, in schema order. */
export function columnNames(db: Database, table: string): string[] {
  return (db.exec(`PRAGMA table_info("${table}")`)[0]?.values ?? []).map(([, name]) =>
    String(name),
  );
}

/** Every row of a table as objects, in the order given. */
export function rowsOf(db: Database, table: string, orderBy: string): Record<string, SqlValue>[] {
  const result = db.exec(`SELECT * FROM "${table}" ORDER BY ${orderBy}`)[0];
  if (!result) return [];
  return result.values.map((values) =>
    Object.fromEntries(result.columns.map((c, i) => [c, values[i]!])),
  );
}
