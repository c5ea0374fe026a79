// The library's contract, declared once: every method the screens may call and what it
// touches. The worker's method list, the typed client and which file is saved after a call
// are all derived from this object, so a writing method cannot be exposed without saying
// which database it changes (tests/integration/library-contract.test.ts holds the marks true).
import type { Library } from './library';

/**
 * What a call does to the reader's files: `read` changes neither; `user` changes the user DB
 * (saved soon after); `imports` changes the imported articles' file (written before the call
 * answers); `user+imports` changes both.
 */
export type Access = 'read' | 'user' | 'imports' | 'user+imports';

export const LIBRARY_CONTRACT = {
  stats: 'read',
  listItems: 'read',
  getArticle: 'read',
  getEvent: 'read',
  listEvents: 'read',
  listEventSummaries: 'read',
  warmSearch: 'read',
  listImported: 'read',
  addImported: 'imports',
  updateImported: 'imports',
  removeImported: 'imports',
  restoreImported: 'imports',
  exportImports: 'read',
  getPlace: 'read',
  listPlaces: 'read',
  search: 'read',
  getSource: 'read',
  itemsCitingSource: 'read',
  listCorrections: 'read',
  listBookmarks: 'read',
  isBookmarked: 'read',
  setBookmarked: 'user',
  addBookmark: 'user',
  removeBookmark: 'user',
  restoreBookmark: 'user',
  setBookmarkTags: 'user',
  browseItems: 'read',
  anchorText: 'read',
  listHighlights: 'read',
  addHighlight: 'user',
  updateHighlight: 'user',
  removeHighlight: 'user',
  listInProgress: 'read',
  listProgress: 'read',
  resetProgress: 'user',
  getNote: 'read',
  saveNote: 'user',
  listNotes: 'read',
  getProgress: 'read',
  setProgress: 'user',
  getSetting: 'read',
  setSetting: 'user',
  exportUser: 'read',
  exportNotesMarkdown: 'read',
  exportBookmarksHtml: 'read',
  exportBookmarksJson: 'read',
  exportAnnotations: 'read',
  createBackup: 'read',
  previewRestore: 'read',
  applyRestore: 'user+imports',
} as const satisfies { [K in keyof Library]?: Access };

export type LibraryMethod = keyof typeof LIBRARY_CONTRACT;

type MethodsWith<A extends Access> = {
  [K in LibraryMethod]: (typeof LIBRARY_CONTRACT)[K] extends A ? K : never;
}[LibraryMethod];

/** The calls that change nothing on disk. */
export type LibraryReads = Pick<Library, MethodsWith<'read'>>;

/** The calls after which the user DB, the imports file or both must be saved. */
export type LibraryWrites = Pick<Library, MethodsWith<Exclude<Access, 'read'>>>;

/** Everything the screens may ask of the library, as the worker exposes it. */
export type LibraryApi = LibraryReads & LibraryWrites;

export const LIBRARY_METHODS = Object.keys(LIBRARY_CONTRACT) as LibraryMethod[];

export function writesUser(method: string): boolean {
  const access = accessOf(method);
  return access === 'user' || access === 'user+imports';
}

export function writesImports(method: string): boolean {
  const access = accessOf(method);
  return access === 'imports' || access === 'user+imports';
}

function accessOf(method: string): Access | undefined {
  return Object.hasOwn(LIBRARY_CONTRACT, method)
    ? LIBRARY_CONTRACT[method as LibraryMethod]
    : undefined;
}
