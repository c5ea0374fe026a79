// The imported articles' database on disk (imports.db), kept apart from user.db so that
// saving a note never rewrites the large imported library. Each save replaces the file
// atomically after copying the previous one to backups/imports-previous.db, so one bad
// write can always be undone by hand. Saves are rare (after an import batch, a rename, a
// delete), so they are not coalesced; they only must never interleave.
import * as fs from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { SavedUserDb } from '../shell-api';
import { writeAtomic } from './atomic-write';
import type { AtomicFs } from './atomic-write';
import { BACKUP_FOLDER, copyAtomic, readUserDb } from './user-db-file';

export const PREVIOUS_IMPORTS_NAME = 'imports-previous.db';

export type ImportsSaveOptions = {
  /** A failed copy of the previous file must not stop the save; it is reported here. */
  onBackupError?: (error: unknown) => void;
  /** The file system calls of the write itself; tests pass one that fails on purpose. */
  fs?: AtomicFs;
};

export function previousImportsPath(dbPath: string): string {
  return join(dirname(dbPath), BACKUP_FOLDER, PREVIOUS_IMPORTS_NAME);
}

/** The file's bytes, or null when nothing has been imported yet. */
export function readImportsDb(dbPath: string): Promise<Uint8Array | null> {
  return readUserDb(dbPath);
}

/** Makes `bytes` the durable content of imports.db, keeping the previous file first. */
export async function saveImportsDb(
  dbPath: string,
  bytes: Uint8Array,
  options: ImportsSaveOptions = {},
): Promise<void> {
  await fs.mkdir(dirname(dbPath), { recursive: true });
  try {
    await keepPrevious(dbPath);
  } catch (error) {
    options.onBackupError?.(error);
  }
  await writeAtomic(dbPath, bytes, options.fs);
}

async function keepPrevious(dbPath: string): Promise<void> {
  try {
    await fs.stat(dbPath);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return;
    throw error;
  }
  const previous = previousImportsPath(dbPath);
  await fs.mkdir(dirname(previous), { recursive: true });
  await copyAtomic(dbPath, previous);
}

export interface ImportsWriter {
  /** Resolves once these bytes are on disk. Writes run one at a time, in call order. */
  write(bytes: Uint8Array): Promise<SavedUserDb>;
  /** Resolves when every write made so far has finished; rejects if one of them failed. */
  flush(): Promise<void>;
  /** Resolves when every write made so far has finished, whether or not it succeeded. */
  settled(): Promise<void>;
}

export type ImportsWriterOptions = {
  write: (bytes: Uint8Array) => Promise<void>;
  onError?: (error: unknown) => void;
  now?: () => Date;
};

export function createImportsWriter(options: ImportsWriterOptions): ImportsWriter {
  const now = options.now ?? (() => new Date());
  // Each write starts only after the one before it has finished, so the last call's
  // bytes are the ones left on disk.
  let tail: Promise<unknown> = Promise.resolve();
  const unfinished = new Set<Promise<SavedUserDb>>();

  return {
    write(bytes) {
      const run = tail.then(async () => {
        try {
          await options.write(bytes);
        } catch (error) {
          options.onError?.(error);
          throw error;
        }
        return { savedAt: now().toISOString(), bytes: bytes.byteLength };
      });
      tail = run.catch(() => undefined);
      unfinished.add(run);
      const forget = (): void => {
        unfinished.delete(run);
      };
      run.then(forget, forget);
      return run;
    },

    async flush() {
      const outcomes = await Promise.allSettled([...unfinished]);
      const failed = outcomes.find((outcome) => outcome.status === 'rejected');
      if (failed !== undefined) throw failed.reason;
    },

    async settled() {
      await Promise.allSettled([...unfinished]);
    },
  };
}
