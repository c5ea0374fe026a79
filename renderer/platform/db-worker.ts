// The Web Worker that hosts the library, so no query ever blocks the page.
import * as Comlink from 'comlink';
import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm.wasm?url';
import { LIBRARY_METHODS, type LibraryApi } from '../db/contract';
import { Library, type ImportsStatus, type OpenInput } from '../db/library';
import type { ContentMeta, UserDbStatus } from '../db/types';

export interface OpenReport {
  meta: ContentMeta;
  userStatus: UserDbStatus;
  canSave: boolean;
  importsStatus: ImportsStatus;
  canSaveImports: boolean;
}

let library: Library | null = null;
const sql = initSqlJs({ locateFile: () => wasmUrl });

function ready(): Library {
  if (!library) throw new Error('The library is not open yet.');
  return library;
}

const api = {
  async open(input: Omit<OpenInput, 'clock'>): Promise<OpenReport> {
    library?.close();
    library = null;
    const opened = Library.open(await sql, input);
    library = opened;
    return {
      meta: opened.contentMeta,
      userStatus: opened.userStatus,
      canSave: opened.canSave,
      importsStatus: opened.importsStatus,
      canSaveImports: opened.canSaveImports,
    };
  },
  ...(Object.fromEntries(
    LIBRARY_METHODS.map((name) => [
      name,
      (...args: unknown[]) => (ready()[name] as (...a: unknown[]) => unknown).apply(ready(), args),
    ]),
  ) as unknown as LibraryApi),
};

export type WorkerApi = typeof api;

Comlink.expose(api);
