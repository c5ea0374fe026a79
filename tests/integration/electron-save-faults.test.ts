// A full disk or a refused write during a save: the page is told why in plain words, the
// file on disk stays as it was, and the change is written once the fault clears. The
// faults are injected into the real write path through its file system parameter.
import * as fs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../electron/shell-api';
import type { Envelope, SavedUserDb } from '../../electron/shell-api';
import type { AtomicFs } from '../../electron/main/atomic-write';
import { registerHandlers, trustedSenderCheck } from '../../electron/main/ipc';
import type { IpcMainLike, SenderEvent } from '../../electron/main/ipc';
import { createSaveQueue, type SaveQueue } from '../../electron/main/save-queue';
import { userDbHandlerDeps } from '../helpers/shell-deps';
import { createShellHandlers } from '../../electron/main/shell-handlers';
import { saveUserDb } from '../../electron/main/user-db-file';

type Fault = { code: 'ENOSPC' | 'EACCES' | 'EPERM'; during: 'open' | 'write' | 'rename' };

/** Node's file system, except that the step named by `fault` fails as the OS would. */
function faultyFs(current: () => Fault | null): AtomicFs {
  const fail = (fault: Fault, path: string) =>
    Object.assign(new Error(`${fault.code}: operation failed, ${fault.during} '${path}'`), {
      code: fault.code,
    });
  return {
    rm: fs.rm,
    async open(path, flags) {
      const fault = current();
      // The folder is opened too, for its fsync; only the temp file's open fails.
      if (fault?.during === 'open' && flags === 'wx') throw fail(fault, String(path));
      const handle = await fs.open(path, flags);
      if (fault?.during !== 'write') return handle;
      return Object.assign(Object.create(handle) as fs.FileHandle, {
        async writeFile(data: Uint8Array) {
          // A full disk takes part of the data before it refuses the rest.
          await handle.writeFile(data.subarray(0, Math.floor(data.length / 2)));
          throw fail(fault, String(path));
        },
        close: () => handle.close(),
        sync: () => handle.sync(),
      });
    },
    async rename(from, to) {
      const fault = current();
      if (fault?.during === 'rename') throw fail(fault, String(to));
      return fs.rename(from, to);
    },
  };
}

class FakeIpcMain implements IpcMainLike {
  readonly listeners = new Map<string, (event: SenderEvent, ...args: unknown[]) => unknown>();
  handle(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => unknown): void {
    this.listeners.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.listeners.delete(channel);
  }
}

let dir: string;
let dbPath: string;
let fault: Fault | null;
let queue: SaveQueue;
let ipcMain: FakeIpcMain;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kr-faults-'));
  dbPath = join(dir, 'userData', 'user.db');
  fault = null;
  queue = createSaveQueue({
    write: (bytes) => saveUserDb(dbPath, bytes, { fs: faultyFs(() => fault) }),
    delayMs: 10,
    retryDelayMs: 50,
  });
  ipcMain = new FakeIpcMain();
  registerHandlers(ipcMain, createShellHandlers(userDbHandlerDeps(dir, dbPath, queue)), {
    isTrustedSender: trustedSenderCheck(),
  });
  await saveUserDb(dbPath, bytes('the last good save'));
});

afterEach(async () => {
  fault = null;
  await queue.flush().catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(text);

async function writeUserDb(data: Uint8Array): Promise<Envelope<SavedUserDb>> {
  const event: SenderEvent = { senderFrame: { url: 'app://reader/index.html' } };
  const listener = ipcMain.listeners.get(CHANNELS.writeUserDb)!;
  return (await listener(event, data)) as Envelope<SavedUserDb>;
}

/** Waits until the queue's own retry has written something. */
async function retried(): Promise<void> {
  await vi.waitFor(() => expect(queue.hasUnsaved()).toBe(false), { timeout: 5_000 });
}

const cases: { fault: Fault; says: RegExp }[] = [
  {
    fault: { code: 'ENOSPC', during: 'write' },
    says: /The disk is full\. Free some space on the disk that holds /,
  },
  {
    fault: { code: 'EACCES', during: 'open' },
    says: /Permission was denied by the operating system\. Check that you may write to /,
  },
  {
    fault: { code: 'EPERM', during: 'rename' },
    says: /The operating system did not allow this operation\. Check that you may write to /,
  },
];

describe.each(cases)('a save that meets $fault.code during $fault.during', ({ fault: f, says }) => {
  it('tells the page why in plain words, and that the change is kept and retried', async () => {
    fault = f;
    const answer = await writeUserDb(bytes('a new note'));
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('io-error');
    expect(answer.error.message).toMatch(/^Your latest changes are not saved yet\. /);
    expect(answer.error.message).toMatch(says);
    expect(answer.error.message).toMatch(/kept while Karabakh Reader is open.*keep trying/);
    expect(answer.error.message).toContain(dirname(dbPath));
    // Nothing about the system's own wording or the temp file's path reaches the page.
    expect(answer.error.message).not.toMatch(/\.tmp|operation failed/);
  });

  it('leaves the previous file byte for byte, with no temp file beside it', async () => {
    const before = new Uint8Array(await readFile(dbPath));
    fault = f;
    await writeUserDb(bytes('a new note'));
    await writeUserDb(bytes('a newer note'));
    expect(new Uint8Array(await readFile(dbPath))).toEqual(before);
    expect((await readdir(dirname(dbPath))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('writes the newest bytes once the fault clears, without being asked again', async () => {
    fault = f;
    await writeUserDb(bytes('first change'));
    const second = writeUserDb(bytes('second change'));
    expect((await second).ok).toBe(false);
    expect(queue.hasUnsaved()).toBe(true);

    fault = null;
    await retried();
    expect(await readFile(dbPath, 'utf8')).toBe('second change');
    // The next save after recovery succeeds as usual.
    expect((await writeUserDb(bytes('third change'))).ok).toBe(true);
    expect(await readFile(dbPath, 'utf8')).toBe('third change');
  });
});
