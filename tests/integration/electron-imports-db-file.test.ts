// imports.db on disk: atomic saves that keep the previous version, and writes that never
// interleave. Real files in a temp folder.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createImportsWriter,
  previousImportsPath,
  readImportsDb,
  saveImportsDb,
} from '../../electron/main/imports-db-file';
import { importsDbPath } from '../../electron/main/paths';

let dir: string;
let dbPath: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kr-imports-'));
  dbPath = importsDbPath(join(dir, 'userData'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(`SQLite format 3\u0000${text}`);
const text = async (path: string) => (await readFile(path, 'utf8')).slice(16);

/** A promise the test settles by hand. */
function gate() {
  let open!: () => void;
  let fail!: (error: unknown) => void;
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { promise, open, fail };
}

/** One turn of the event loop: whatever was ready to run has run. */
const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('saveImportsDb', () => {
  it('lives in the user-data folder as imports.db, beside user.db', () => {
    expect(dbPath).toBe(join(dir, 'userData', 'imports.db'));
    expect(previousImportsPath(dbPath)).toBe(
      join(dir, 'userData', 'backups', 'imports-previous.db'),
    );
  });

  it('creates the folder on the first save and keeps no previous version yet', async () => {
    expect(await readImportsDb(dbPath)).toBeNull();
    await saveImportsDb(dbPath, bytes('first'));
    expect(await text(dbPath)).toBe('first');
    expect(await readdir(join(dir, 'userData'))).toEqual(['imports.db']);
  });

  it('keeps exactly the version before the latest save, with no temp files left', async () => {
    await saveImportsDb(dbPath, bytes('first'));
    await saveImportsDb(dbPath, bytes('second'));
    await saveImportsDb(dbPath, bytes('third'));
    expect(await text(dbPath)).toBe('third');
    expect(await text(previousImportsPath(dbPath))).toBe('second');
    expect(await readdir(join(dir, 'userData', 'backups'))).toEqual(['imports-previous.db']);
    expect(await readdir(join(dir, 'userData'))).toEqual(['backups', 'imports.db']);
  });

  it('saves even when the previous version cannot be kept, and reports why', async () => {
    await saveImportsDb(dbPath, bytes('first'));
    await writeFile(join(dir, 'userData', 'backups'), 'a file in the way');
    const errors: unknown[] = [];
    await saveImportsDb(dbPath, bytes('second'), { onBackupError: (e) => errors.push(e) });
    expect(await text(dbPath)).toBe('second');
    expect(errors).toHaveLength(1);
  });

  it('does not touch user.db or its backups', async () => {
    const userDb = join(dir, 'userData', 'user.db');
    await saveImportsDb(dbPath, bytes('first'));
    await writeFile(userDb, 'notes');
    await saveImportsDb(dbPath, bytes('second'));
    expect(await readFile(userDb, 'utf8')).toBe('notes');
    expect(await readdir(join(dir, 'userData', 'backups'))).toEqual(['imports-previous.db']);
  });
});

describe('createImportsWriter', () => {
  it('starts a write only after the one before has finished, so the last call wins', async () => {
    const first = gate();
    let calls = 0;
    const writer = createImportsWriter({
      write: async (data) => {
        calls += 1;
        if (calls === 1) await first.promise;
        await saveImportsDb(dbPath, data);
      },
    });
    const a = writer.write(bytes('first'));
    const b = writer.write(bytes('second'));
    await vi.waitFor(() => expect(calls).toBe(1));
    await turn();
    expect(calls).toBe(1);
    first.open();
    await Promise.all([a, b]);
    expect(calls).toBe(2);
    expect(await text(dbPath)).toBe('second');
    expect(await text(previousImportsPath(dbPath))).toBe('first');
  });

  it('answers each write with its own size once it is on disk', async () => {
    const writer = createImportsWriter({
      write: (data) => saveImportsDb(dbPath, data),
      now: () => new Date('2024-05-01T10:00:00Z'),
    });
    expect(await writer.write(bytes('four'))).toEqual({
      savedAt: '2024-05-01T10:00:00.000Z',
      bytes: 20,
    });
  });

  it('goes on with the next write after one fails, and reports the failure', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const writer = createImportsWriter({
      write: async (data) => {
        calls += 1;
        if (calls === 1) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
        await saveImportsDb(dbPath, data);
      },
      onError: (error) => errors.push(error),
    });
    const failed = writer.write(bytes('lost'));
    const next = writer.write(bytes('kept'));
    await expect(failed).rejects.toMatchObject({ code: 'ENOSPC' });
    await next;
    expect(await text(dbPath)).toBe('kept');
    expect(errors).toHaveLength(1);
  });

  it('flushes by waiting for a running write, and fails if that write fails', async () => {
    const running = gate();
    const writer = createImportsWriter({ write: () => running.promise });
    const write = writer.write(bytes('x')).catch(() => undefined);
    let flushed = false;
    const flush = writer.flush().then(() => {
      flushed = true;
    });
    await turn();
    expect(flushed).toBe(false);
    running.fail(Object.assign(new Error('EIO'), { code: 'EIO' }));
    await expect(flush).rejects.toMatchObject({ code: 'EIO' });
    await write;
  });

  it('flushes at once when nothing is running, even after an earlier failure', async () => {
    const writer = createImportsWriter({
      write: async () => {
        throw new Error('already reported to the page');
      },
    });
    await expect(writer.write(bytes('x'))).rejects.toThrow();
    await expect(writer.flush()).resolves.toBeUndefined();
    await expect(writer.settled()).resolves.toBeUndefined();
  });

  it('settles without failing once a running write has failed', async () => {
    const running = gate();
    const writer = createImportsWriter({ write: () => running.promise });
    const write = writer.write(bytes('x')).catch(() => undefined);
    const settled = writer.settled();
    running.fail(new Error('EIO'));
    await expect(settled).resolves.toBeUndefined();
    await write;
  });
});
