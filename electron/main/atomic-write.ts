// Replaces a file so that a crash at any instant leaves either the old or the new
// content on disk, never a torn file: write a temp file in the same folder, fsync it,
// rename it over the target, then fsync the folder so the rename itself is durable.
import * as nodeFs from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** The file system calls writeAtomic needs; tests pass a version that fails on purpose. */
export type AtomicFs = Pick<typeof nodeFs, 'open' | 'rename' | 'rm'>;

export async function writeAtomic(
  path: string,
  data: Uint8Array | string,
  fs: AtomicFs = nodeFs,
): Promise<void> {
  const folder = dirname(path);
  // Same folder as the target: rename is only atomic within one file system.
  const tempPath = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(tempPath, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tempPath, path);
  } catch (error) {
    await fs.rm(tempPath, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder, fs);
}

async function syncFolder(folder: string, fs: AtomicFs): Promise<void> {
  // Best effort: Windows cannot open a folder for fsync and some file systems refuse it.
  // The rename has already happened, so failing here would misreport a completed write.
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Nothing more can be done; the data itself is already synced.
  }
}
