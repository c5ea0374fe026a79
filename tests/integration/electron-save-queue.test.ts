import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSaveQueue } from '../../electron/main/save-queue';
import { saveUserDb } from '../../electron/main/user-db-file';

let dir: string;
let dbPath: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kr-queue-'));
  dbPath = join(dir, 'user.db');
});

afterEach(async () => {
  vi.useRealTimers();
  await rm(dir, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(text);
const decode = (data: Uint8Array) => new TextDecoder().decode(data);
const onDisk = async () => readFile(dbPath, 'utf8').catch(() => null);

function deferred() {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { promise, release };
}

/** The real save, with a record of what each write carried. */
function recordingWrite() {
  const written: string[] = [];
  return {
    written,
    write: async (data: Uint8Array) => {
      written.push(decode(data));
      await saveUserDb(dbPath, data);
    },
  };
}

describe('the save queue', () => {
  it('puts a scheduled snapshot on disk shortly after, and answers when it is there', async () => {
    const queue = createSaveQueue({ ...recordingWrite(), delayMs: 20 });
    const saved = queue.schedule(bytes('my note'));
    expect(await onDisk()).toBeNull();
    expect(await saved).toMatchObject({ bytes: 7, savedAt: expect.any(String) });
    expect(await onDisk()).toBe('my note');
  });

  it('writes a burst of snapshots once, with the newest, and answers every caller', async () => {
    const recorder = recordingWrite();
    const queue = createSaveQueue({ ...recorder, delayMs: 20 });
    const answers = ['a', 'ab', 'abc'].map((text) => queue.schedule(bytes(text)));
    await Promise.all(answers);
    expect(recorder.written).toEqual(['abc']);
    expect(await onDisk()).toBe('abc');
  });

  it('does not wait for typing to stop: saves keep happening during a long burst', async () => {
    // A keystroke every 5 ms for 200 ms, on a clock the test moves.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const recorder = recordingWrite();
    const queue = createSaveQueue({ ...recorder, delayMs: 30 });
    let last: Promise<unknown> = Promise.resolve();
    for (let i = 0; i < 40; i += 1) {
      last = queue.schedule(bytes(`version ${i}`));
      await vi.advanceTimersByTimeAsync(5);
    }
    expect(recorder.written.length).toBeGreaterThan(0);
    await queue.flush();
    await last;
    expect(recorder.written.length).toBeGreaterThan(1);
    expect(await onDisk()).toBe('version 39');
  });

  it('while one write is on its way, writes only the newest of the snapshots that waited', async () => {
    const gate = deferred();
    const started = deferred();
    const written: string[] = [];
    const queue = createSaveQueue({
      delayMs: 5,
      write: async (data) => {
        written.push(decode(data));
        if (written.length === 1) {
          started.release();
          await gate.promise;
        }
        await saveUserDb(dbPath, data);
      },
    });
    const first = queue.schedule(bytes('v1'));
    await started.promise;
    const later = [queue.schedule(bytes('v2')), queue.schedule(bytes('v3'))];
    gate.release();
    await Promise.all([first, ...later]);
    expect(written).toEqual(['v1', 'v3']);
    expect(await onDisk()).toBe('v3');
  });

  it('flush writes at once, without waiting for the delay', async () => {
    const queue = createSaveQueue({ ...recordingWrite(), delayMs: 60_000 });
    const saved = queue.schedule(bytes('before quitting'));
    await queue.flush();
    expect(await onDisk()).toBe('before quitting');
    await expect(saved).resolves.toMatchObject({ bytes: 15 });
    expect(queue.hasUnsaved()).toBe(false);
  });

  it('flush also waits for a write already on its way and for what queued behind it', async () => {
    const gate = deferred();
    const started = deferred();
    let calls = 0;
    const queue = createSaveQueue({
      delayMs: 1,
      write: async (data) => {
        calls += 1;
        if (calls === 1) {
          started.release();
          await gate.promise;
        }
        await saveUserDb(dbPath, data);
      },
    });
    void queue.schedule(bytes('v1'));
    await started.promise;
    void queue.schedule(bytes('v2'));
    const flushed = queue.flush();
    // flush is now waiting on the write that is on its way; let that write finish.
    gate.release();
    await flushed;
    expect(await onDisk()).toBe('v2');
  });

  it('flush with nothing scheduled resolves at once', async () => {
    const queue = createSaveQueue({ ...recordingWrite() });
    await expect(queue.flush()).resolves.toBeUndefined();
  });

  it('when a write fails, tells the caller, reports the error, and retries the same bytes', async () => {
    const errors: unknown[] = [];
    let failNext = true;
    const queue = createSaveQueue({
      delayMs: 5,
      retryDelayMs: 20,
      onError: (error) => errors.push(error),
      write: async (data) => {
        if (failNext) {
          failNext = false;
          throw Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' });
        }
        await saveUserDb(dbPath, data);
      },
    });
    await expect(queue.schedule(bytes('precious note'))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(errors).toHaveLength(1);
    expect(queue.hasUnsaved()).toBe(true);

    // The retry comes by itself, without another edit or a flush.
    await vi.waitFor(() => expect(queue.hasUnsaved()).toBe(false));
    expect(await onDisk()).toBe('precious note');
  });

  it('flush reports a failing disk and keeps the bytes until a later flush succeeds', async () => {
    let diskWorks = false;
    const queue = createSaveQueue({
      delayMs: 60_000,
      retryDelayMs: 60_000,
      write: async (data) => {
        if (!diskWorks) throw Object.assign(new Error('EIO: simulated'), { code: 'EIO' });
        await saveUserDb(dbPath, data);
      },
    });
    queue.schedule(bytes('unsaved work')).catch(() => undefined);
    await expect(queue.flush()).rejects.toMatchObject({ code: 'EIO' });
    expect(queue.hasUnsaved()).toBe(true);
    expect(await onDisk()).toBeNull();

    diskWorks = true;
    await queue.flush();
    expect(await onDisk()).toBe('unsaved work');
  });

  it('after a failure, a newer snapshot takes the place of the kept bytes', async () => {
    let diskWorks = false;
    const queue = createSaveQueue({
      delayMs: 60_000,
      retryDelayMs: 60_000,
      write: async (data) => {
        if (!diskWorks) throw Object.assign(new Error('EIO: simulated'), { code: 'EIO' });
        await saveUserDb(dbPath, data);
      },
    });
    queue.schedule(bytes('older')).catch(() => undefined);
    await queue.flush().catch(() => undefined);
    const newer = queue.schedule(bytes('newer'));
    diskWorks = true;
    await queue.flush();
    await expect(newer).resolves.toMatchObject({ bytes: 5 });
    expect(await onDisk()).toBe('newer');
  });
});
