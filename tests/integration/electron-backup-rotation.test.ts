import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  backupFolder,
  backupsToKeep,
  listBackups,
  saveUserDb,
} from '../../electron/main/user-db-file';

let dir: string;
let dbPath: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kr-rotation-'));
  dbPath = join(dir, 'user.db');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(text);
const backupText = (name: string) => readFile(join(backupFolder(dbPath), name), 'utf8');
const dayOf = (name: string) => name.slice('user-'.length, 'user-YYYYMMDD'.length);

/** Saves every hour from 09:00 to 18:00 UTC on `days` days in a row, starting 1 March. */
async function workDays(days: number, saveOptions: { keepHourly?: number; keepDaily?: number }) {
  const now = new Date('2026-03-01T09:00:00Z').getTime();
  for (let day = 0; day < days; day += 1) {
    for (let hour = 9; hour <= 18; hour += 1) {
      const at = new Date(now + day * 86_400_000 + (hour - 9) * 3_600_000);
      await saveUserDb(dbPath, bytes(at.toISOString()), { now: () => at, ...saveOptions });
    }
  }
}

describe('backup rotation over several days', () => {
  it('keeps the last 24 hourly backups and the first backup of each of the last 14 days', async () => {
    await workDays(20, {});
    const backups = await listBackups(dbPath);
    const days = [...new Set(backups.map(dayOf))];

    expect(days).toHaveLength(14);
    expect(days[0]).toBe('20260307');
    expect(days[13]).toBe('20260320');
    // The newest 24: all of the last two days (10 + 10) and the last 4 of the day before.
    expect(
      backups
        .slice(-24)
        .map(dayOf)
        .filter((d) => d === '20260318'),
    ).toHaveLength(4);
    // Each older day keeps only its first backup, taken at 09:00 (the previous evening's state).
    const older = backups.slice(0, -24);
    expect(older.map(dayOf)).toEqual(days.slice(0, older.length));
    expect(older.every((name) => name.endsWith('-090000.db'))).toBe(true);
    expect(await backupText(older[0]!)).toBe('2026-03-06T18:00:00.000Z');
  });

  it('always keeps the newest backup, with the content from before the latest save', async () => {
    await workDays(3, { keepHourly: 0, keepDaily: 0 });
    const backups = await listBackups(dbPath);
    expect(backups).toEqual(['user-20260303-180000.db']);
    expect(await backupText(backups[0]!)).toBe('2026-03-03T17:00:00.000Z');
    expect(await readFile(dbPath, 'utf8')).toBe('2026-03-03T18:00:00.000Z');
  });

  it('counts days that have backups, so a long break does not empty the folder', () => {
    const names = [
      'user-20250101-100000.db',
      'user-20250101-120000.db',
      'user-20250301-100000.db',
      'user-20260401-080000.db',
      'user-20260401-090000.db',
    ];
    expect([...backupsToKeep(names, { hourly: 1, daily: 3 })].sort()).toEqual([
      'user-20250101-100000.db',
      'user-20250301-100000.db',
      'user-20260401-080000.db',
      'user-20260401-090000.db',
    ]);
  });
});
