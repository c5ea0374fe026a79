// A damaged user DB at start: kept aside, and the newest backup that opens takes its place.
// Real sql.js databases in real files.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSaveQueue } from '../../electron/main/save-queue';
import { userDbHandlerDeps } from '../helpers/shell-deps';
import { createShellHandlers } from '../../electron/main/shell-handlers';
import { createUserDbCheck } from '../../electron/main/user-db-check';
import { loadUserDb } from '../../electron/main/user-db-recovery';
import { backupFolder, backupName } from '../../electron/main/user-db-file';
import { backupDate, recoveryText } from '../../renderer/platform/recovery-notice';
import { getSql, openFixtureLibrary } from '../helpers/fixture';

let dir: string;
let dbPath: string;
const check = createUserDbCheck(getSql);
const now = () => new Date('2026-11-26T09:00:00Z');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kr-recovery-'));
  dbPath = join(dir, 'user.db');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A real user DB holding one note with this text. */
async function userDbWithNote(text: string): Promise<Uint8Array> {
  const library = await openFixtureLibrary();
  library.saveNote('article:test-article', text);
  return library.exportUser();
}

/** The same bytes with the pages after the first overwritten, as a bad disk might leave them. */
function damage(bytes: Uint8Array): Uint8Array {
  const broken = new Uint8Array(bytes);
  for (let i = 4096; i < broken.length; i += 7) broken[i] = 0xa5;
  return broken;
}

async function notesIn(bytes: Uint8Array | null): Promise<string[]> {
  const library = await openFixtureLibrary(bytes);
  expect(library.userStatus.state).not.toBe('unreadable');
  return library.listNotes().map((n) => n.body);
}

async function writeBackup(at: string, bytes: Uint8Array): Promise<string> {
  await mkdir(backupFolder(dbPath), { recursive: true });
  const path = join(backupFolder(dbPath), backupName(new Date(at)));
  await writeFile(path, bytes);
  return path;
}

describe('starting with a damaged user DB', () => {
  it('the damage is real: the library cannot open the file', async () => {
    const library = await openFixtureLibrary(damage(await userDbWithNote('x')));
    expect(library.userStatus.state).toBe('unreadable');
  });

  it('restores the newest backup that opens, skipping a damaged newer one, and says which', async () => {
    const damaged = damage(await userDbWithNote('newest, damaged'));
    await writeFile(dbPath, damaged);
    const good = await writeBackup(
      '2026-11-25T14:00:00Z',
      await userDbWithNote('from the good backup'),
    );
    const bad = await writeBackup(
      '2026-11-26T08:00:00Z',
      damage(await userDbWithNote('bad backup')),
    );

    const file = await loadUserDb(dbPath, check, { now });

    expect(file.recovery?.restored).toEqual({ path: good, takenAt: '2026-11-25T14:00:00.000Z' });
    expect(await notesIn(file.bytes)).toEqual(['from the good backup']);
    // What the app reads next time is the restored backup too.
    expect(new Uint8Array(await readFile(dbPath))).toEqual(new Uint8Array(await readFile(good)));
    // Nothing was deleted: the damaged file is kept, the backups are all still there.
    expect(new Uint8Array(await readFile(file.recovery!.keptAt))).toEqual(damaged);
    expect(await readFile(`${file.recovery!.keptAt}.txt`, 'utf8')).toContain('Reason:');
    expect((await readdir(backupFolder(dbPath))).sort()).toEqual(
      [good, bad].map((p) => p.slice(backupFolder(dbPath).length + 1)).sort(),
    );
  });

  it('tells the user where the damaged file is and the date of the backup restored', async () => {
    const text = recoveryText({
      keptAt: '/data/user.db.unreadable-20261126-090000',
      reason: 'database disk image is malformed',
      restored: { path: '/data/backups/x.db', takenAt: '2026-11-25T14:00:00.000Z' },
    });
    expect(text).toBe(
      `Your notes file was damaged. It was kept at /data/user.db.unreadable-20261126-090000, and the backup from ${backupDate('2026-11-25T14:00:00.000Z')} was restored; changes after that time are in the damaged file.`,
    );
    expect(backupDate(new Date(2026, 10, 25, 14, 0).toISOString())).toBe('25 November 2026, 14:00');
  });

  it('starts fresh when there is no backup, keeping the damaged file, and says so', async () => {
    const damaged = damage(await userDbWithNote('only copy'));
    await writeFile(dbPath, damaged);

    const file = await loadUserDb(dbPath, check, { now });

    expect(file.bytes).toBeNull();
    expect(file.recovery?.restored).toBeNull();
    expect(file.recovery?.keptAt).toBe(join(dir, 'user.db.unreadable-20261126-090000'));
    expect(new Uint8Array(await readFile(file.recovery!.keptAt))).toEqual(damaged);
    await expect(readFile(dbPath)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(recoveryText(file.recovery!)).toMatch(
      /no backup of it could be opened.*new, empty notes file/,
    );
  });

  it('starts fresh when every backup is damaged too', async () => {
    await writeFile(dbPath, damage(await userDbWithNote('a')));
    await writeBackup('2026-11-25T14:00:00Z', new TextEncoder().encode('not a database'));
    await writeBackup('2026-11-26T08:00:00Z', damage(await userDbWithNote('b')));

    const file = await loadUserDb(dbPath, check, { now });

    expect(file.bytes).toBeNull();
    expect(file.recovery?.restored).toBeNull();
    expect(await readdir(backupFolder(dbPath))).toHaveLength(2);
  });

  it('leaves a readable file alone and reports nothing', async () => {
    const bytes = await userDbWithNote('all fine');
    await writeFile(dbPath, bytes);
    await writeBackup('2026-11-25T14:00:00Z', await userDbWithNote('older'));

    const file = await loadUserDb(dbPath, check, { now });

    expect(file.recovery).toBeUndefined();
    expect(await notesIn(file.bytes)).toEqual(['all fine']);
    expect((await readdir(dir)).sort()).toEqual(['backups', 'user.db']);
  });

  it('marks the bytes it checked and found good, so the page does not check them again', async () => {
    await writeFile(dbPath, await userDbWithNote('checked once'));
    expect((await loadUserDb(dbPath, check, { now })).verified).toBe(true);

    await writeFile(dbPath, damage(await userDbWithNote('damaged')));
    await writeBackup('2026-11-25T14:00:00Z', await userDbWithNote('from the backup'));
    const restored = await loadUserDb(dbPath, check, { now });
    expect(restored.recovery?.restored).not.toBeNull();
    expect(restored.verified).toBe(true);

    // What the shell could not vouch for is not marked, so the page checks it itself.
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await writeFile(dbPath, await userDbWithNote('unchecked'));
    const unchecked = await loadUserDb(
      dbPath,
      async () => {
        throw new Error('sql.js did not load');
      },
      { now },
    );
    expect(unchecked.verified).toBeUndefined();
  });

  it('leaves a file from a newer version alone: it is not damaged', async () => {
    const SQL = await getSql();
    const db = new SQL.Database();
    db.run('PRAGMA user_version = 999');
    const bytes = db.export();
    db.close();
    await writeFile(dbPath, bytes);

    const file = await loadUserDb(dbPath, check, { now });

    expect(file.recovery).toBeUndefined();
    expect(new Uint8Array(await readFile(dbPath))).toEqual(bytes);
  });

  it('hands the bytes over unjudged when the check cannot run, so the page decides', async () => {
    await writeFile(dbPath, 'whatever is there');
    const errors: unknown[] = [];
    const file = await loadUserDb(
      dbPath,
      async () => {
        throw new Error('sql.js did not load');
      },
      { now, onCheckError: (error) => errors.push(error) },
    );
    expect(new TextDecoder().decode(file.bytes!)).toBe('whatever is there');
    expect(file.recovery).toBeUndefined();
    expect(errors).toHaveLength(1);
  });

  it('removes the temp files of writes a crash cut short, and nothing else', async () => {
    await writeFile(dbPath, await userDbWithNote('kept'));
    await writeBackup('2026-11-25T14:00:00Z', await userDbWithNote('older'));
    const leftovers = [
      join(dir, '.user.db.0123456789ab.tmp'),
      join(backupFolder(dbPath), '.user-20261126-080000.db.ba9876543210.tmp'),
    ];
    const others = [
      join(dir, '.imports.db.0123456789ab.tmp'),
      join(dir, 'notes.tmp'),
      join(backupFolder(dbPath), '.imports-previous.db.0123456789ab.tmp'),
    ];
    for (const path of [...leftovers, ...others]) await writeFile(path, 'partial');

    const file = await loadUserDb(dbPath, check, { now });

    expect(await notesIn(file.bytes)).toEqual(['kept']);
    for (const path of leftovers)
      await expect(readFile(path)).rejects.toMatchObject({ code: 'ENOENT' });
    for (const path of others) expect(await readFile(path, 'utf8')).toBe('partial');
  });

  it('is what the shell answers when the page reads the user DB at start', async () => {
    await writeFile(dbPath, damage(await userDbWithNote('damaged')));
    await writeBackup('2026-11-25T14:00:00Z', await userDbWithNote('from the backup'));
    const handlers = createShellHandlers(
      userDbHandlerDeps(dir, dbPath, createSaveQueue({ write: async () => undefined }), {
        checkUserDb: check,
        now,
      }),
    );

    const file = await handlers.readUserDb({ page: null });

    expect(file.recovery?.restored?.takenAt).toBe('2026-11-25T14:00:00.000Z');
    expect(await notesIn(file.bytes)).toEqual(['from the backup']);
  });
});
