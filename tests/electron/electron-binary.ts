// Finds the Electron binary without triggering its download: `require('electron')` would
// fetch it from the internet on first use, which machines without a network cannot do.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function electronBinary(): { path: string } | { missing: string } {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = process.env.ELECTRON_OVERRIDE_DIST_PATH;
    return existsSync(path)
      ? { path }
      : { missing: `ELECTRON_OVERRIDE_DIST_PATH ${path} does not exist` };
  }
  const pkg = resolve(import.meta.dirname, '../../node_modules/electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      missing:
        'the Electron binary has not been downloaded (node_modules/electron/path.txt is missing; run `npm start` once with a network)',
    };
  }
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { missing: `${binary} does not exist` };
}
