// What the shell's handlers need, for tests that exercise only the user DB: every other
// dependency is a stand-in that fails if it is ever called.
import { join } from 'node:path';
import type { SaveQueue } from '../../electron/main/save-queue';
import type { ShellHandlerDeps } from '../../electron/main/shell-handlers';

const unused = async (): Promise<never> => {
  throw new Error('not part of this test');
};

export function userDbHandlerDeps(
  dir: string,
  userDbPath: string,
  saveQueue: SaveQueue,
  more: Partial<ShellHandlerDeps> = {},
): ShellHandlerDeps {
  return {
    contentDbPath: join(dir, 'reader.db'),
    userDbPath,
    saveQueue,
    importsDbPath: join(dir, 'imports.db'),
    importsWriter: { write: unused, settled: async () => undefined, flush: async () => undefined },
    pickImportFiles: unused,
    pickBackupFile: unused,
    saveExport: unused,
    printToPdf: unused,
    openExternal: unused,
    appInfo: () => {
      throw new Error('not part of this test');
    },
    pageFlushed: () => undefined,
    ...more,
  };
}
