import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  backupFolder,
  backupName,
  listBackups,
  parseBackupName,
  readUserDb,
  saveUserDb,
  setAside,
} from '../../electron/main/user-db-file';

let dir: string;
let dbPath: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kr-userdb-'));
  dbPath = join(dir, 'user.db');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(text);
const text = async (path: string) => readFile(path, 'utf8');

/** A clock the test moves by hand. */
function clock(start = '2024-05-01T10:00:00Z') {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    advance: (minutes: number) => {
      now += minutes * 60_000;
    },
  };
}

describe('readUserDb and saveUserDb', () => {
  it('reads nothing (null) before the first save', async () => {
    expect(await readUserDb(dbPath)).toBeNull();
  });

  it('reads back exactly what was saved, and the latest save wins', async () => {
    await saveUserDb(dbPath, bytes('first'));
    await saveUserDb(dbPath, bytes('second'));
    expect(new TextDecoder().decode((await readUserDb(dbPath)) ?? new Uint8Array())).toBe('second');
  });

  it('creates the user-data folder when it does not exist yet', async () => {
    const nested = join(dir, 'Karabakh Reader', 'user.db');
    await saveUserDb(nested, bytes('hello'));
    expect(await text(nested)).toBe('hello');
  });
});

describe('backups', () => {
  it('makes no backup on the very first save, when there is nothing to keep', async () => {
    await saveUserDb(dbPath, bytes('v1'), { now: clock().now });
    expect(await listBackups(dbPath)).toEqual([]);
  });

  it('backs up the previous version, at most once an hour', async () => {
    const time = clock();
    await saveUserDb(dbPath, bytes('v1'), { now: time.now });
    await saveUserDb(dbPath, bytes('v2'), { now: time.now });
    time.advance(30);
    await saveUserDb(dbPath, bytes('v3'), { now: time.now });
    time.advance(31);
    await saveUserDb(dbPath, bytes('v4'), { now: time.now });

    const backups = await listBackups(dbPath);
    expect(backups).toEqual(['user-20240501-100000.db', 'user-20240501-110100.db']);
    expect(await text(join(backupFolder(dbPath), backups[0]!))).toBe('v1');
    expect(await text(join(backupFolder(dbPath), backups[1]!))).toBe('v3');
    expect(await text(dbPath)).toBe('v4');
  });

  it('keeps the newest 24 hourly backups within one day', async () => {
    const time = clock('2024-05-01T00:00:00Z');
    for (let hour = 0; hour < 24; hour += 1) {
      await saveUserDb(dbPath, bytes(`hour ${hour}`), { now: time.now });
      time.advance(60);
    }
    // Hour 1 backed up hour 0, ..., hour 23 backed up hour 22, and the day's first stays.
    const backups = await listBackups(dbPath);
    expect(backups).toHaveLength(23);
    expect(await text(join(backupFolder(dbPath), backups[0]!))).toBe('hour 0');
    expect(await text(join(backupFolder(dbPath), backups[22]!))).toBe('hour 22');
  });

  it('honours a different number of hourly and daily backups to keep', async () => {
    const time = clock();
    for (let hour = 0; hour < 6; hour += 1) {
      await saveUserDb(dbPath, bytes(`hour ${hour}`), {
        now: time.now,
        keepHourly: 3,
        keepDaily: 0,
      });
      time.advance(60);
    }
    expect(await listBackups(dbPath)).toHaveLength(3);
  });

  it('keeps backing up after the clock is set back', async () => {
    const time = clock();
    await saveUserDb(dbPath, bytes('v1'), { now: time.now });
    await saveUserDb(dbPath, bytes('v2'), { now: time.now });
    time.advance(-24 * 60);
    await saveUserDb(dbPath, bytes('v3'), { now: time.now });
    expect(await listBackups(dbPath)).toHaveLength(2);
  });

  it('leaves unrelated files in the backups folder alone', async () => {
    await mkdir(backupFolder(dbPath), { recursive: true });
    await writeFile(join(backupFolder(dbPath), 'my-copy.db'), 'mine');
    const time = clock();
    for (let hour = 0; hour < 13; hour += 1) {
      await saveUserDb(dbPath, bytes(`hour ${hour}`), { now: time.now });
      time.advance(60);
    }
    expect(await text(join(backupFolder(dbPath), 'my-copy.db'))).toBe('mine');
  });

  it('still saves when a backup cannot be made, and says why', async () => {
    // A file where the backups folder should be makes every backup fail.
    await writeFile(backupFolder(dbPath), 'in the way');
    await writeFile(dbPath, 'v1');
    const problems: unknown[] = [];
    await saveUserDb(dbPath, bytes('v2'), { onBackupError: (error) => problems.push(error) });
    expect(await text(dbPath)).toBe('v2');
    expect(problems).toHaveLength(1);
  });

  it('names backups by UTC time and reads only names it wrote', () => {
    const date = new Date('2024-12-31T23:59:58Z');
    expect(backupName(date)).toBe('user-20241231-235958.db');
    expect(parseBackupName('user-20241231-235958.db')).toEqual(date);
    expect(parseBackupName('user-20240231-000000.db')).toBeNull();
    expect(parseBackupName('user-20241231-235958.db.tmp')).toBeNull();
    expect(parseBackupName('notes.db')).toBeNull();
  });
});

describe('setAside', () => {
  it('moves the unreadable file aside with its bytes intact and explains why', async () => {
    const damaged = new Uint8Array([0, 1, 2, 255, 254]);
    await writeFile(dbPath, damaged);
    const keptAt = await setAside(
      dbPath,
      'file is not a database',
      () => new Date('2024-05-01T10:00:00Z'),
    );

    expect(keptAt).toBe(join(dir, 'user.db.unreadable-20240501-100000'));
    expect(new Uint8Array(await readFile(keptAt!))).toEqual(damaged);
    expect(await text(`${keptAt}.txt`)).toContain('Reason: file is not a database');
    expect(await readUserDb(dbPath)).toBeNull();
  });

  it('never overwrites an earlier set-aside file from the same second', async () => {
    const now = () => new Date('2024-05-01T10:00:00Z');
    await writeFile(dbPath, 'first bad');
    const first = await setAside(dbPath, 'one', now);
    await writeFile(dbPath, 'second bad');
    const second = await setAside(dbPath, 'two', now);

    expect(second).not.toBe(first);
    expect(await text(first!)).toBe('first bad');
    expect(await text(second!)).toBe('second bad');
  });

  it('reports that there was nothing to set aside', async () => {
    expect(await setAside(dbPath, 'whatever')).toBeNull();
  });

  it('does not touch the backups', async () => {
    const time = clock();
    await saveUserDb(dbPath, bytes('v1'), { now: time.now });
    await saveUserDb(dbPath, bytes('v2'), { now: time.now });
    const before = await listBackups(dbPath);
    await setAside(dbPath, 'broken');
    expect(before).toHaveLength(1);
    expect(await listBackups(dbPath)).toEqual(before);
    expect(await text(join(backupFolder(dbPath), before[0]!))).toBe('v1');
  });
});
