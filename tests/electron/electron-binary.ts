// Finds the Electron binary without triggering its download (`require('electron')` would
// fetch it on first use); `npm run test:electron` has already tried to download it.
import { join, resolve } from 'node:path';
import { findRuntime } from '../../scripts/desktop/runtime';

export function electronBinary(): { path: string } | { missing: string } {
  const runtime = findRuntime(
    join(resolve(import.meta.dirname, '../..'), 'node_modules', 'electron'),
    process.env,
  );
  return runtime.present
    ? { path: runtime.path }
    : {
        missing: `${runtime.reason}; \`npx install-electron\` downloads it (about 100 MB, needs the network), or set ELECTRON_OVERRIDE_DIST_PATH to an Electron executable`,
      };
}
