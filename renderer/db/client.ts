// The typed face of the library as the screens see it: every call is asynchronous because
// the library lives in a Web Worker.
import type { LibraryApi } from './contract';

export type { LibraryApi, LibraryReads, LibraryWrites } from './contract';

export type DbClient = {
  [K in keyof LibraryApi]: (
    ...args: Parameters<LibraryApi[K]>
  ) => Promise<Awaited<ReturnType<LibraryApi[K]>>>;
};
