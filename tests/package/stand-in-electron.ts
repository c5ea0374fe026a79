// A stand-in for the unpacked Electron distribution that electron-builder copies into a package
// (its `electronDist` option). Nothing is downloaded: the "binary" is a small script followed by
// Electron's fuse sentinel and a fuse wire in Electron's shipped state, so the afterPack hook
// flips real fuses and @electron/fuses reads them back as it would from a real binary.
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** FuseV1 wire as Electron ships it: RunAsNode on, cookie encryption off, NODE_OPTIONS on, … */
export const SHIPPED_WIRE = '101100011';

export function makeStandInElectron(version: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kr-electron-dist-'));
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const script = '#!/bin/sh\necho "stand-in Electron: $*"\n';
  const wire = Buffer.concat([
    Buffer.from([1, SHIPPED_WIRE.length]),
    Buffer.from(SHIPPED_WIRE, 'ascii'),
  ]);
  writeFileSync(
    join(dir, 'electron'),
    Buffer.concat([Buffer.from(`${script}# `), Buffer.from(SENTINEL), wire, Buffer.from('\n')]),
  );
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'version'), version);
  writeFileSync(join(dir, 'LICENSE'), 'Stand-in for the Electron license file.\n');
  return dir;
}
