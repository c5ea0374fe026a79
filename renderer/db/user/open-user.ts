// Opens the user's database from its saved bytes, deciding whether it can be used: the one
// definition of "readable" shared by the library (in the page, the CLI and tests) and by the
// shell when it looks for a good backup to restore.
import type { Database, SqlJsStatic } from 'sql.js';
import type { UserDbStatus } from '../types';
import { LATEST_USER_VERSION, migrate, NewerUserDbError } from './migrations';

/**
 * The user DB for these bytes, migrated to the newest schema. An unreadable or newer file
 * gives a fresh, empty database and a status that says why; the bytes are never changed.
 */
export function openUser(
  SQL: SqlJsStatic,
  bytes: Uint8Array | null,
  options: { verified?: boolean } = {},
): { db: Database; status: UserDbStatus } {
  if (!bytes || bytes.length === 0) {
    const db = new SQL.Database();
    migrate(db);
    return { db, status: { state: 'new' } };
  }
  let db: Database | undefined;
  try {
    db = new SQL.Database(bytes);
    // The full check, not quick_check: it also compares every index with its table, and
    // a user DB is small enough that the difference costs milliseconds.
    // Bytes the shell has just checked this same way are not checked twice at start.
    if (!options.verified) {
      const check = db.exec('PRAGMA integrity_check');
      const verdict = String(check[0]?.values[0]?.[0] ?? '');
      if (verdict !== 'ok') throw new Error(`integrity check failed: ${verdict}`);
    }
    migrate(db);
    return { db, status: { state: 'opened', version: LATEST_USER_VERSION } };
  } catch (error) {
    db?.close();
    const fresh = new SQL.Database();
    migrate(fresh);
    if (error instanceof NewerUserDbError) {
      return {
        db: fresh,
        status: { state: 'newer', found: error.found, supported: error.supported },
      };
    }
    const reason = error instanceof Error ? error.message : String(error);
    return { db: fresh, status: { state: 'unreadable', reason } };
  }
}

/** How these bytes would open, without keeping the database. */
export function checkUserDb(SQL: SqlJsStatic, bytes: Uint8Array | null): UserDbStatus {
  const { db, status } = openUser(SQL, bytes);
  db.close();
  return status;
}
