// The Web Worker that hosts the library, so no query ever blocks the page.
import * as Comlink from 'comlink';
import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm.wasm?url';
import type { LibraryApi } from '../db/client';
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

// Typed as a record so that a method added to LibraryApi and not listed here fails to compile.
const METHODS: Record<keyof LibraryApi, true> = {
  stats: true,
  listItems: true,
  getArticle: true,
  getEvent: true,
  listEvents: true,
  listEventSummaries: true,
  warmSearch: true,
  listImported: true,
  addImported: true,
  updateImported: true,
  removeImported: true,
  restoreImported: true,
  exportImports: true,
  getPlace: true,
  listPlaces: true,
  search: true,
  getSource: true,
  itemsCitingSource: true,
  listCorrections: true,
  listBookmarks: true,
  isBookmarked: true,
  setBookmarked: true,
  addBookmark: true,
  removeBookmark: true,
  restoreBookmark: true,
  setBookmarkTags: true,
  browseItems: true,
  anchorText: true,
  listHighlights: true,
  addHighlight: true,
  updateHighlight: true,
  removeHighlight: true,
  listInProgress: true,
  listProgress: true,
  resetProgress: true,
  getNote: true,
  saveNote: true,
  listNotes: true,
  getProgress: true,
  setProgress: true,
  getSetting: true,
  setSetting: true,
  exportUser: true,
  exportNotesMarkdown: true,
  exportBookmarksHtml: true,
  exportBookmarksJson: true,
  exportAnnotations: true,
  createBackup: true,
  previewRestore: true,
  applyRestore: true,
};
const methods = Object.keys(METHODS) as (keyof LibraryApi)[];

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
    methods.map((name) => [
      name,
      (...args: unknown[]) => (ready()[name] as (...a: unknown[]) => unknown).apply(ready(), args),
    ]),
  ) as unknown as LibraryApi),
};

export type WorkerApi = typeof api;

Comlink.expose(api);
