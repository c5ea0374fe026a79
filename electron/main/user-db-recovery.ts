// Reading the user DB at start, and what happens when it is damaged: the file is moved
// aside (never deleted) and the newest backup that opens cleanly takes its place, so the
// user loses at most the changes since that backup, and those stay in the damaged file.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { UserDbFile, UserDbRecovery } from '../shell-api';
import type { UserDbStatus } from '../../renderer/db/types';
import {
  backupFolder,
  copyAtomic,
  listBackups,
  parseBackupName,
  readUserDb,
  removeStaleTemps,
  setAside,
} from './user-db-file';

/** The same verdict the page's library reaches when it opens these bytes. */
export type UserDbCheck = (bytes: Uint8Array) => Promise<UserDbStatus>;

export type LoadOptions = {
  now?: () => Date;
  /** The check itself failed (sql.js did not load): the page then judges the file alone. */
  onCheckError?: (error: unknown) => void;
};

export async function loadUserDb(
  dbPath: string,
  check: UserDbCheck,
  options: LoadOptions = {},
): Promise<UserDbFile> {
  // Start is the one moment no save is running, so leftovers of a crash can go.
  await removeStaleTemps(dbPath).catch(() => 0);
  const bytes = await readUserDb(dbPath);
  if (bytes === null) return { path: dbPath, bytes: null };
  let status: UserDbStatus;
  try {
    status = await check(bytes);
  } catch (error) {
    options.onCheckError?.(error);
    return { path: dbPath, bytes };
  }
  // A file from a newer version is not damaged; the page refuses to overwrite it.
  if (status.state !== 'unreadable') {
    return status.state === 'opened'
      ? { path: dbPath, bytes, verified: true }
      : { path: dbPath, bytes };
  }

  const keptAt = await setAside(dbPath, status.reason, options.now);
  // setAside only returns null when the file vanished meanwhile; then there is nothing kept.
  const recovery = (restored: UserDbRecovery['restored']): UserDbRecovery => ({
    keptAt: keptAt ?? dbPath,
    reason: status.reason,
    restored,
  });
  for (const name of (await listBackups(dbPath)).reverse()) {
    const path = join(backupFolder(dbPath), name);
    const takenAt = parseBackupName(name);
    const candidate = await readFile(path).catch(() => null);
    if (takenAt === null || candidate === null) continue;
    if ((await check(candidate).catch(() => null))?.state !== 'opened') continue;
    // A copy, so the backup itself stays in the rotation for a later mishap.
    await copyAtomic(path, dbPath);
    return {
      path: dbPath,
      bytes: candidate,
      verified: true,
      recovery: recovery({ path, takenAt: takenAt.toISOString() }),
    };
  }
  return { path: dbPath, bytes: null, recovery: recovery(null) };
}
