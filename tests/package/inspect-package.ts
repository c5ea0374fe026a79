// What a user receives in the Linux package, read back from the packed folder: the files
// inside app.asar, the package.json electron-builder wrote, the library beside it, and sizes.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';

/** Paths app.asar may hold: the three builds and package.json, nothing else. */
const ALLOWED = [/^package\.json$/, /^out\/(main|preload|renderer)(\/.*)?$/, /^out$/];
/** The files without which the app cannot start. */
export const REQUIRED_IN_ASAR = [
  'package.json',
  'out/main/index.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
];

export function asarEntries(asarPath: string): string[] {
  return listPackage(asarPath, { isPack: false }).map((p) =>
    p.replace(/\\/g, '/').replace(/^\//, ''),
  );
}

/** Every entry that should not be in app.asar, with the reason; and what is missing. */
export function asarProblems(entries: string[]): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    if (/(^|\/)node_modules(\/|$)/.test(entry))
      problems.push(`${entry}: node_modules are bundled, never shipped`);
    else if (entry.endsWith('.map')) problems.push(`${entry}: source map`);
    else if (!ALLOWED.some((re) => re.test(entry)))
      problems.push(`${entry}: not part of the built app`);
  }
  for (const required of REQUIRED_IN_ASAR) {
    if (!entries.includes(required)) problems.push(`${required}: missing`);
  }
  return problems;
}

export interface PackedManifest {
  name: string;
  version: string;
  main: string;
  devDependencies?: Record<string, string>;
  scripts?: Record<string, string>;
}

export function packedManifest(asarPath: string): PackedManifest {
  return JSON.parse(extractFile(asarPath, 'package.json').toString('utf8')) as PackedManifest;
}

/** Total bytes under a folder, and the biggest files, for the size budget's message. */
export function folderSize(dir: string): {
  bytes: number;
  largest: { path: string; bytes: number }[];
} {
  const files: { path: string; bytes: number }[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else files.push({ path: relative(dir, p), bytes: s.size });
    }
  };
  walk(dir);
  files.sort((a, b) => b.bytes - a.bytes);
  return { bytes: files.reduce((n, f) => n + f.bytes, 0), largest: files.slice(0, 5) };
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = '89504e470d0a1a0a';
  if (bytes.subarray(0, 8).toString('hex') !== signature) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** A .desktop file's [Desktop Entry] keys. */
export function desktopEntryKeys(text: string): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^([A-Za-z][A-Za-z0-9-]*)=(.*)$/.exec(line);
    if (m) keys[m[1]!] = m[2]!;
  }
  return keys;
}
