// The typed face of the library as the screens see it: every call is asynchronous because
// the library lives in a Web Worker.
import type { LibraryApi } from './library';

export type { LibraryApi } from './library';

export type DbClient = {
  [K in keyof LibraryApi]: (
    ...args: Parameters<LibraryApi[K]>
  ) => Promise<Awaited<ReturnType<LibraryApi[K]>>>;
};

/** The calls that change user data: after each, the user DB must be saved. */
export const USER_MUTATIONS = [
  'setBookmarked',
  'addBookmark',
  'removeBookmark',
  'restoreBookmark',
  'setBookmarkTags',
  'addHighlight',
  'updateHighlight',
  'removeHighlight',
  'resetProgress',
  'saveNote',
  'setProgress',
  'setSetting',
  'applyRestore',
] as const satisfies readonly (keyof LibraryApi)[];

/** Calls that change the imported articles: the imports file is written after each. */
export const IMPORT_MUTATIONS = [
  'addImported',
  'updateImported',
  'removeImported',
  'restoreImported',
  'applyRestore',
] as const satisfies readonly (keyof LibraryApi)[];
