// What main does for each ShellApi call, once ipc.ts has checked the sender and the
// input. Everything the handlers touch is passed in, so they run in plain Node.
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { AppInfo, ExportRequest, ExportResult, PickedFile, PrintRequest } from '../shell-api';
import { readImportsDb } from './imports-db-file';
import type { ImportsWriter } from './imports-db-file';
import type { CallerPage, ShellHandlers } from './ipc';
import type { SaveQueue } from './save-queue';
import { describeFsError, ShellFailure } from './shell-failure';
import { readUserDb, setAside } from './user-db-file';
import { loadUserDb, type UserDbCheck } from './user-db-recovery';

export type ShellHandlerDeps = {
  /** The bundled library, read when chooseContentDb is not given. */
  contentDbPath: string;
  /**
   * Which library to read each time the page asks: the newest valid one among the bundled and
   * the installed packs (content-packs.ts chooseLibrary).
   */
  chooseContentDb?: () => Promise<string>;
  userDbPath: string;
  saveQueue: SaveQueue;
  importsDbPath: string;
  importsWriter: ImportsWriter;
  pickImportFiles: () => Promise<PickedFile[]>;
  pickBackupFile: () => Promise<PickedFile | null>;
  saveExport: (request: ExportRequest) => Promise<ExportResult>;
  printToPdf: (request: PrintRequest, page: CallerPage) => Promise<ExportResult>;
  openExternal: (url: string) => Promise<{ opened: boolean }>;
  appInfo: () => AppInfo;
  pageFlushed: () => void;
  /**
   * Judges the saved user DB before the page gets it, so a damaged file is replaced by its
   * newest good backup. Without it the bytes go to the page as they are on disk.
   */
  checkUserDb?: UserDbCheck;
  onCheckError?: (error: unknown) => void;
  now?: () => Date;
};

export function createShellHandlers(deps: ShellHandlerDeps): ShellHandlers {
  // Anything still queued belongs on disk before the file is read or moved, so that a
  // reloaded page sees its own latest changes.
  async function settleSaves(): Promise<void> {
    try {
      await deps.saveQueue.flush();
    } catch (error) {
      throw notSaved(error, deps.userDbPath);
    }
  }

  return {
    async readContentDb() {
      const path = deps.chooseContentDb ? await deps.chooseContentDb() : deps.contentDbPath;
      try {
        return { path, bytes: await readFile(path) };
      } catch (error) {
        if ((error as { code?: unknown }).code === 'ENOENT') {
          throw new ShellFailure(
            'not-found',
            `The library database is missing (${path}). Reinstalling Karabakh Reader should bring it back.`,
          );
        }
        throw error;
      }
    },

    async readUserDb() {
      await settleSaves();
      if (deps.checkUserDb === undefined) {
        return { path: deps.userDbPath, bytes: await readUserDb(deps.userDbPath) };
      }
      return loadUserDb(deps.userDbPath, deps.checkUserDb, {
        now: deps.now,
        onCheckError: deps.onCheckError,
      });
    },

    async writeUserDb(bytes) {
      try {
        return await deps.saveQueue.schedule(bytes);
      } catch (error) {
        throw notSaved(error, deps.userDbPath);
      }
    },

    async setAsideUserDb(reason) {
      await settleSaves();
      const keptAt = await setAside(deps.userDbPath, reason, deps.now);
      if (keptAt === null) {
        throw new ShellFailure('not-found', 'There is no saved user data to set aside.');
      }
      return { keptAt };
    },

    async readImportsDb() {
      // A write still running would otherwise be read half-old; a failed one was already
      // reported to the page that made it, so reading simply gives what is on disk.
      await deps.importsWriter.settled();
      return { path: deps.importsDbPath, bytes: await readImportsDb(deps.importsDbPath) };
    },

    async writeImportsDb(bytes) {
      try {
        return await deps.importsWriter.write(bytes);
      } catch (error) {
        const why = describeFsError(error) ?? 'The file could not be written.';
        throw new ShellFailure(
          'io-error',
          `The imported articles could not be saved. ${why} What was saved before is unchanged.`,
          { cause: error },
        );
      }
    },

    openImportFiles: () => deps.pickImportFiles(),
    openBackupFile: () => deps.pickBackupFile(),
    saveExport: (request) => deps.saveExport(request),

    async printToPdf(request, caller) {
      if (caller.page === null) {
        throw new ShellFailure('refused', 'There is no page to print.');
      }
      return deps.printToPdf(request, caller.page);
    },

    openExternal: (url) => deps.openExternal(url),

    async appInfo() {
      return deps.appInfo();
    },

    async flushed() {
      deps.pageFlushed();
      return null;
    },
  };
}

/** What the user can do about a failed save, for the causes they can fix themselves. */
function saveAdvice(error: unknown, folder: string): string {
  switch ((error as { code?: unknown } | null)?.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return ` Free some space on the disk that holds ${folder} and they will be saved.`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return ` Check that you may write to ${folder}.`;
    default:
      return '';
  }
}

function notSaved(error: unknown, dbPath: string): ShellFailure {
  const why = describeFsError(error) ?? 'The file could not be written.';
  const advice = saveAdvice(error, dirname(dbPath));
  return new ShellFailure(
    'io-error',
    `Your latest changes are not saved yet. ${why}${advice} They are kept while Karabakh Reader is open, and it will keep trying; the last saved file is unchanged.`,
    { cause: error },
  );
}
