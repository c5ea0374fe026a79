// The user's database file on disk: read it, save it atomically with rotating hourly and
// daily backups, and move an unreadable one aside. Nothing here ever deletes the user's
// data; the only files removed are backups that fall outside the rotation.
import * as fs from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { writeAtomic, type AtomicFs } from './atomic-write';

export const BACKUP_FOLDER = 'backups';
/** The newest backups kept whatever their day: a day of hourly history. */
export const DEFAULT_HOURLY_KEPT = 24;
/** Beyond those, the first backup of each of the newest days that have any. */
export const DEFAULT_DAILY_KEPT = 14;
export const DEFAULT_BACKUP_EVERY_MS = 60 * 60 * 1000;

export type Rotation = { hourly: number; daily: number };

export type SaveOptions = {
  now?: () => Date;
  keepHourly?: number;
  keepDaily?: number;
  everyMs?: number;
  /** A failed backup must not stop the save itself; it is reported here instead. */
  onBackupError?: (error: unknown) => void;
  /** Tests pass a file system that fails on purpose (a full disk, a refused write). */
  fs?: AtomicFs;
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
  const rotation: Rotation = {
    hourly: options.keepHourly ?? DEFAULT_HOURLY_KEPT,
    daily: options.keepDaily ?? DEFAULT_DAILY_KEPT,
  };
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
  await pruneBackups(dbPath, rotation);
  return target;
}

/**
 * The backups the rotation keeps: the newest `hourly` ones, and the first backup of each
 * of the newest `daily` UTC days that have one. The first of a day, not the last, so a
 * daily copy never changes once made and holds the notes as they were when that day's
 * work began. Days are counted among days with backups, not on the calendar, so a month
 * without opening the app does not empty the folder. The newest backup is always kept.
 */
export function backupsToKeep(names: readonly string[], rotation: Rotation): Set<string> {
  const sorted = names.filter((name) => parseBackupName(name) !== null).sort();
  const keep = new Set(sorted.slice(Math.max(0, sorted.length - Math.max(1, rotation.hourly))));
  const firstOfDay = new Map<string, string>();
  for (const name of sorted) {
    const day = name.slice('user-'.length, 'user-YYYYMMDD'.length);
    if (!firstOfDay.has(day)) firstOfDay.set(day, name);
  }
  const days = [...firstOfDay.values()];
  for (const name of days.slice(Math.max(0, days.length - rotation.daily))) keep.add(name);
  return keep;
}

export async function pruneBackups(dbPath: string, rotation: Rotation): Promise<void> {
  const names = await listBackups(dbPath);
  const keep = backupsToKeep(names, rotation);
  for (const name of names) {
    if (!keep.has(name)) await fs.rm(join(backupFolder(dbPath), name), { force: true });
  }
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
  await writeAtomic(dbPath, bytes, options.fs);
}

/** Temp files of writeAtomic and copyAtomic: a dot, the target's name, 12 hex digits. */
const TEMP_NAME = /^\.(.+)\.[0-9a-f]{12}\.tmp$/;

/**
 * Removes the temp files a write cut short by a crash leaves beside user.db and its
 * backups. They never hold the only copy of anything: the rename that would have made one
 * the real file did not happen. Call only when no save is running. Returns how many went.
 */
export async function removeStaleTemps(dbPath: string): Promise<number> {
  const ours = (name: string): boolean => {
    const target = TEMP_NAME.exec(name)?.[1];
    return (
      target === basename(dbPath) || (target !== undefined && parseBackupName(target) !== null)
    );
  };
  let removed = 0;
  for (const folder of [dirname(dbPath), backupFolder(dbPath)]) {
    const names = await fs.readdir(folder).catch(() => [] as string[]);
    for (const name of names.filter(ours)) {
      await fs.rm(join(folder, name), { force: true });
      removed += 1;
    }
  }
  return removed;
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
