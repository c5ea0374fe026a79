import * as fs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeAtomic } from '../../electron/main/atomic-write';
import type { AtomicFs } from '../../electron/main/atomic-write';

let dir: string;
let target: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kr-atomic-'));
  target = join(dir, 'user.db');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ioError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

/** Real file system calls, except that file handles opened for the temp file misbehave. */
function fsWithBrokenTempFile(breakHandle: (handle: fs.FileHandle) => void): AtomicFs {
  return {
    ...fs,
    open: async (path, flags, mode) => {
      const handle = await fs.open(path, flags, mode);
      if (flags === 'wx') breakHandle(handle);
      return handle;
    },
  };
}

describe('writeAtomic', () => {
  it('creates the file with exactly the given bytes', async () => {
    await writeAtomic(target, new Uint8Array([1, 2, 3]));
    expect(new Uint8Array(await readFile(target))).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('replaces the previous content entirely, also when the new content is shorter', async () => {
    await writeFile(target, 'a much longer previous version');
    await writeAtomic(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('writes only the viewed part of a Uint8Array', async () => {
    const buffer = new Uint8Array([9, 9, 1, 2, 9]);
    await writeAtomic(target, buffer.subarray(2, 4));
    expect(new Uint8Array(await readFile(target))).toEqual(new Uint8Array([1, 2]));
  });

  it('leaves no temporary files behind after a successful write', async () => {
    await writeAtomic(target, 'one');
    await writeAtomic(target, 'two');
    expect(await readdir(dir)).toEqual(['user.db']);
  });

  it.each([
    [
      'the data cannot be flushed to disk',
      fsWithBrokenTempFile((handle) => {
        handle.sync = async () => {
          throw ioError('EIO');
        };
      }),
    ],
    [
      'the disk fills up halfway through',
      fsWithBrokenTempFile((handle) => {
        const realWrite = handle.writeFile.bind(handle);
        handle.writeFile = async () => {
          await realWrite('half of the new ');
          throw ioError('ENOSPC');
        };
      }),
    ],
    [
      'the rename is refused',
      {
        ...fs,
        rename: async () => {
          throw ioError('EPERM');
        },
      } satisfies AtomicFs,
    ],
  ])('keeps the old content and no temp file when %s', async (_what, brokenFs) => {
    await writeFile(target, 'the previous, good version');
    await expect(writeAtomic(target, 'the new version', brokenFs)).rejects.toMatchObject({
      code: expect.any(String),
    });
    expect(await readFile(target, 'utf8')).toBe('the previous, good version');
    expect(await readdir(dir)).toEqual(['user.db']);
  });

  it('fails without creating anything when the folder does not exist', async () => {
    await expect(writeAtomic(join(dir, 'missing', 'user.db'), 'x')).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(await readdir(dir)).toEqual([]);
  });
});
