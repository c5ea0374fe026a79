// Opening the library's databases from bytes: the content DB must open or the app cannot
// start; an imports file that cannot be read is set aside in memory (never overwritten) so
// the rest of the library still opens.
import type { Database, SqlJsStatic } from 'sql.js';
import { ContentDbError, ContentStore } from './content';
import { ImportStore } from './imports/store';
import type { Clock } from './user/store';

/** How the imported articles' file came up at start. */
export type ImportsStatus =
  { state: 'new' } | { state: 'opened'; count: number } | { state: 'unreadable'; reason: string };

export function openContent(
  SQL: SqlJsStatic,
  bytes: Uint8Array,
  path: string,
): { db: Database; store: ContentStore } {
  let db: Database | undefined;
  try {
    db = new SQL.Database(bytes);
    db.run('PRAGMA query_only = ON');
    return { db, store: new ContentStore(db) };
  } catch (error) {
    db?.close();
    const reason =
      error instanceof ContentDbError
        ? error.message
        : error instanceof Error
          ? error.message
          : String(error);
    throw new ContentDbError(`The library file ${path} could not be opened: ${reason}.`);
  }
}

export function openImports(
  SQL: SqlJsStatic,
  bytes: Uint8Array | null,
  clock: Clock,
): { store: ImportStore; status: ImportsStatus } {
  if (bytes && bytes.length > 0) {
    let db: Database | undefined;
    try {
      db = new SQL.Database(bytes);
      const verdict = String(db.exec('PRAGMA quick_check')[0]?.values[0]?.[0] ?? '');
      if (verdict !== 'ok') throw new Error(`integrity check failed: ${verdict}`);
      const store = new ImportStore(db, clock);
      return { store, status: { state: 'opened', count: store.count() } };
    } catch (error) {
      db?.close();
      const reason = error instanceof Error ? error.message : String(error);
      return {
        store: new ImportStore(new SQL.Database(), clock),
        status: { state: 'unreadable', reason },
      };
    }
  }
  return { store: new ImportStore(new SQL.Database(), clock), status: { state: 'new' } };
}
