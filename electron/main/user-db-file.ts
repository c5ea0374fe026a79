// The user's database file on disk: read it, save it atomically with hourly rotating
// backups, and move an unreadable one aside. Nothing here ever deletes the user's data;
// the only files removed are backups beyond the newest `keep`.
import * as fs from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { writeAtomic } from './atomic-write';

export const BACKUP_FOLDER = 'backups';
export const DEFAULT_BACKUPS_KEPT = 10;
export const DEFAULT_BACKUP_EVERY_MS = 60 * 60 * 1000;

export type SaveOptions = {
  now?: () => Date;
  keep?: number;
  everyMs?: number;
  /** A failed backup must not stop the save itself; it is reported here instead. */
  onBackupError?: (error: unknown) => void;
};

const BACKUP_NAME = /^user-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\.db$/;

/** UTC, so names sort in time order and daylight saving changes cannot reorder them. */
export function timestamp(date: Date): string {
  const iso = date.toISOString(); // 2024-01-02T03:04:05.678Z
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
}

export function backupName(date: Date): string {
  return `user-${timestamp(date)}.db`;
}

export function parseBackupName(name: string): Date | null {
  const m = BACKUP_NAME.exec(name);
  if (m === null) return null;
  const part = (i: number): number => Number(m[i]);
  const date = new Date(Date.UTC(part(1), part(2) - 1, part(3), part(4), part(5), part(6)));
  // Date.UTC rolls 2024-02-31 over into March; such a name was not written by us.
  return !Number.isNaN(date.getTime()) && backupName(date) === name ? date : null;
}

export function backupFolder(dbPath: string): string {
  return join(dirname(dbPath), BACKUP_FOLDER);
}

/** Backup file names, oldest first. */
export async function listBackups(dbPath: string): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(backupFolder(dbPath));
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
  return names.filter((name) => parseBackupName(name) !== null).sort();
}

/**
 * Copies the current file into the backups folder when the newest backup is at least
 * `everyMs` old. Returns the backup's path, or null when none was due or there is nothing
 * to back up yet.
 */
export async function backupIfDue(
  dbPath: string,
  options: SaveOptions = {},
): Promise<string | null> {
  const now = (options.now ?? (() => new Date()))();
  const everyMs = options.everyMs ?? DEFAULT_BACKUP_EVERY_MS;
  const keep = options.keep ?? DEFAULT_BACKUPS_KEPT;
  const existing = await listBackups(dbPath);
  const newest = existing.length > 0 ? parseBackupName(existing[existing.length - 1]!) : null;
  // A clock set back in time would otherwise stop backups until it caught up again.
  const due =
    newest === null ||
    now.getTime() - newest.getTime() >= everyMs ||
    now.getTime() < newest.getTime();
  if (!due) return null;
  if (!(await exists(dbPath))) return null;

  const folder = backupFolder(dbPath);
  await fs.mkdir(folder, { recursive: true });
  const target = join(folder, backupName(now));
  await copyAtomic(dbPath, target);
  await pruneBackups(dbPath, keep);
  return target;
}

export async function pruneBackups(dbPath: string, keep: number): Promise<void> {
  const names = await listBackups(dbPath);
  const surplus = names.slice(0, Math.max(0, names.length - keep));
  for (const name of surplus) await fs.rm(join(backupFolder(dbPath), name), { force: true });
}

/** Makes `bytes` the durable content of the user DB, backing up the previous file first. */
export async function saveUserDb(
  dbPath: string,
  bytes: Uint8Array,
  options: SaveOptions = {},
): Promise<void> {
  await fs.mkdir(dirname(dbPath), { recursive: true });
  try {
    await backupIfDue(dbPath, options);
  } catch (error) {
    options.onBackupError?.(error);
  }
  await writeAtomic(dbPath, bytes);
}

/** The file's bytes, or null when the user has no data yet. */
export async function readUserDb(dbPath: string): Promise<Uint8Array | null> {
  try {
    return await fs.readFile(dbPath);
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

/**
 * Renames an unreadable user DB to `user.db.unreadable-<timestamp>` beside it and writes
 * the reason next to it, so a fresh database can start without losing the old bytes.
 * Returns the new path, or null when there was no file to move.
 */
export async function setAside(
  dbPath: string,
  reason: string,
  now: () => Date = () => new Date(),
): Promise<string | null> {
  if (!(await exists(dbPath))) return null;
  const date = now();
  const base = `${dbPath}.unreadable-${timestamp(date)}`;
  let keptAt = base;
  for (let n = 2; await exists(keptAt); n += 1) keptAt = `${base}-${n}`;
  await fs.rename(dbPath, keptAt);
  const note = [
    `Karabakh Reader could not open ${basename(dbPath)} and moved it here on ${date.toISOString()}.`,
    `Reason: ${reason}`,
    'The file is unchanged; keep it if you may want to recover your notes and bookmarks.',
    '',
  ].join('\n');
  await writeAtomic(`${keptAt}.txt`, note);
  return keptAt;
}

/** Copies a file so that `to` is either untouched or a complete, synced copy. */
export async function copyAtomic(from: string, to: string): Promise<void> {
  const temp = join(dirname(to), `.${basename(to)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.copyFile(from, temp);
    const handle = await fs.open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, to);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await fs.stat(path);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT'
  );
}
