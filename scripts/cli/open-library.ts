// Opens the library the CLI reads: the content DB named by --db, else the bundled one (built
// first when missing or stale), with the user's imports when a command needs them.
import { readFileSync } from 'node:fs';
import initSqlJs from 'sql.js';
import { Library } from '../../renderer/db/library';
import { ensureContentDb } from '../content/build';
import { CONTENT_DB, CONTENT_ROOT } from '../paths';
import type { Flags } from './args';

export async function openLibrary(
  flags: Flags,
  imports: Uint8Array | null = null,
): Promise<Library> {
  let path = CONTENT_DB;
  if (typeof flags.db === 'string') path = flags.db;
  else await ensureContentDb(CONTENT_ROOT, CONTENT_DB);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new Error(`Cannot read the library file ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const SQL = await initSqlJs();
  return Library.open(SQL, { content: bytes, contentPath: path, user: null, imports });
}
