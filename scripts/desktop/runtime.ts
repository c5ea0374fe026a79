// Where the desktop runtime (the Electron binary) is, and what Node its installer needs.
// Electron's npm package no longer downloads the binary at install time; this looks for it
// exactly as the package itself does (path.txt names the executable inside dist/), without
// calling `require('electron')`, which would start a download as a side effect.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Runtime = { present: true; path: string } | { present: false; reason: string };

/** The Electron binary the package would run, or why there is none. */
export function findRuntime(electronPackageDir: string, env: NodeJS.ProcessEnv): Runtime {
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    return existsSync(override)
      ? { present: true, path: override }
      : {
          present: false,
          reason: `ELECTRON_OVERRIDE_DIST_PATH names ${override}, which does not exist`,
        };
  }
  const pathFile = join(electronPackageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { present: false, reason: 'the Electron binary has not been downloaded yet' };
  }
  const binary = join(electronPackageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary)
    ? { present: true, path: binary }
    : { present: false, reason: `the Electron binary named by path.txt (${binary}) is missing` };
}

export interface ElectronPackage {
  version: string;
  /** The lowest Node version the package's installer declares, as "major.minor.patch". */
  installerNode: string;
}

export function readElectronPackage(electronPackageDir: string): ElectronPackage {
  const pkg = JSON.parse(readFileSync(join(electronPackageDir, 'package.json'), 'utf8')) as {
    version: string;
    engines?: { node?: string };
  };
  const declared = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(pkg.engines?.node ?? '');
  return {
    version: pkg.version,
    installerNode: declared ? `${declared[1]}.${declared[2]}.${declared[3] ?? 0}` : '0.0.0',
  };
}

/** True when `version` (with or without a leading "v") is at least `minimum`. */
export function nodeAtLeast(version: string, minimum: string): boolean {
  const parse = (v: string) =>
    v
      .replace(/^v/, '')
      .split('.')
      .map((n) => Number.parseInt(n, 10) || 0);
  const a = parse(version);
  const b = parse(minimum);
  for (let i = 0; i < 3; i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

/**
 * Node 20.19 is the oldest that can load Electron's installer at all (it requires an ES module,
 * which older Node cannot do); the installer's own package declares a newer minimum.
 */
export const OLDEST_NODE_FOR_INSTALLER = '20.19.0';
