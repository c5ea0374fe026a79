// The afterPack hook: which binary it sets fuses in on each platform, and the fuse wire it
// leaves in a packed Electron binary.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseState, FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import type * as AfterPack from '../../scripts/after-pack.cjs';

const hook = createRequire(import.meta.url)('../../scripts/after-pack.cjs') as typeof AfterPack;

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_NAMES = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));
const ARM64 = 3;
const X64 = 1;

const packed = (electronPlatformName: string, appOutDir = '/out', arch = X64) => ({
  appOutDir,
  electronPlatformName,
  arch,
  packager: { appInfo: { productFilename: 'Karabakh Reader' }, executableName: 'karabakh-reader' },
});

/** A stand-in for the Electron binary: some bytes, the fuse sentinel, a wire of `length` fuses. */
function fakeElectron(path: string, length: number): void {
  const wire = Buffer.alloc(length, FuseState.ENABLE);
  writeFileSync(
    path,
    Buffer.concat([Buffer.alloc(4096, 7), Buffer.from(SENTINEL), Buffer.from([1, length]), wire]),
  );
}

function wireIn(path: string): Map<string, boolean> {
  const bytes = readFileSync(path);
  const at = bytes.indexOf(SENTINEL) + SENTINEL.length;
  const length = bytes[at + 1]!;
  const wire = bytes.subarray(at + 2, at + 2 + length);
  return new Map(
    FUSE_NAMES.map((name) => [name, wire[FuseV1Options[name as 'RunAsNode']] === FuseState.ENABLE]),
  );
}

describe('after-pack fuses', () => {
  it('decides every fuse @electron/fuses knows', () => {
    expect(Object.keys(hook.FUSES).sort()).toEqual([...FUSE_NAMES].sort());
  });

  it('closes the ways to run the app as something else', () => {
    expect(hook.FUSES).toMatchObject({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  it('finds the Electron binary the way each platform packs it', () => {
    expect(hook.electronBinaryPath(packed('darwin'))).toBe(join('/out', 'Karabakh Reader.app'));
    expect(hook.electronBinaryPath(packed('win32'))).toBe(join('/out', 'Karabakh Reader.exe'));
    expect(hook.electronBinaryPath(packed('linux'))).toBe(join('/out', 'karabakh-reader'));
    expect(() => hook.electronBinaryPath(packed('aix'))).toThrow(/aix/);
  });

  it('re-signs ad hoc only for Apple silicon builds', async () => {
    const fuses = await import('@electron/fuses');
    expect(hook.fuseConfig(fuses, packed('darwin', '/out', ARM64)).resetAdHocDarwinSignature).toBe(
      true,
    );
    expect(hook.fuseConfig(fuses, packed('darwin', '/out', X64)).resetAdHocDarwinSignature).toBe(
      false,
    );
    expect(hook.fuseConfig(fuses, packed('linux', '/out', ARM64)).resetAdHocDarwinSignature).toBe(
      false,
    );
  });

  it('writes the chosen fuses into the packed Linux binary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kr-after-pack-'));
    const binary = join(dir, 'karabakh-reader');
    fakeElectron(binary, FUSE_NAMES.length);
    await hook.afterPack(packed('linux', dir));
    expect(Object.fromEntries(wireIn(binary))).toEqual(hook.FUSES);
  });

  it('fails the build when Electron has a fuse the list does not decide', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kr-after-pack-'));
    const binary = join(dir, 'karabakh-reader');
    fakeElectron(binary, FUSE_NAMES.length + 1);
    await expect(hook.afterPack(packed('linux', dir))).rejects.toThrow(/strictlyRequireAllFuses/);
  });
});
