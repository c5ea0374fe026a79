// `npm start` on a machine without the Electron binary: the download through @electron/get
// (served here by a local mirror, so no network is needed), Electron's own install.js unpacking
// it, and the stand-in binary started with the app's folder; and the plain paragraph, not a
// stack trace, when the download cannot happen.
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, type DesktopDeps } from '../../scripts/desktop';

const MODULES = resolve(import.meta.dirname, '../../node_modules');
const VERSION = (
  JSON.parse(readFileSync(join(MODULES, 'electron/package.json'), 'utf8')) as { version: string }
).version;
const ZIP_NAME = `electron-v${VERSION}-linux-x64.zip`;

/** A stand-in for the Electron binary: records how it was started, then exits with 7. */
const STAND_IN = `#!/usr/bin/env node
require('fs').writeFileSync(process.env.KR_STAND_IN_LOG, JSON.stringify(process.argv.slice(2)));
process.exit(7);
`;

function standInZip(): Uint8Array {
  const text = new TextEncoder().encode(STAND_IN);
  // Unix attributes (os 3) keep the executable bit through the unpacking.
  return zipSync({ electron: [text, { os: 3, attrs: 0o100755 << 16 }] });
}

/** A fresh copy of the electron package as npm installs it: no path.txt, no dist/. */
function electronPackage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kr-electron-pkg-'));
  for (const file of ['package.json', 'install.js', 'checksums.json', 'index.js']) {
    copyFileSync(join(MODULES, 'electron', file), join(dir, file));
  }
  return dir;
}

/** A built app folder: what `electron-vite build` leaves behind. */
function appFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kr-app-'));
  mkdirSync(join(dir, 'out/main'), { recursive: true });
  writeFileSync(join(dir, 'out/main/index.js'), '');
  writeFileSync(join(dir, 'package.json'), '{"main":"out/main/index.js"}');
  return dir;
}

interface Run {
  code: number;
  out: string;
  err: string;
}

async function start(
  args: string[],
  electronDir: string,
  env: NodeJS.ProcessEnv,
  nodeVersion = process.version,
) {
  const run: Run = { code: -1, out: '', err: '' };
  const appDir = appFolder();
  const deps: DesktopDeps = {
    appDir,
    electronDir,
    modulesDir: MODULES,
    env: {
      PATH: process.env.PATH,
      ELECTRON_INSTALL_PLATFORM: 'linux',
      ELECTRON_INSTALL_ARCH: 'x64',
      ...env,
    },
    nodeVersion,
    out: (t) => (run.out += t),
    err: (t) => (run.err += t),
    tty: false,
  };
  run.code = await desktop(args, deps);
  return { ...run, appDir };
}

const cacheEnv = () => ({
  electron_config_cache: mkdtempSync(join(tmpdir(), 'kr-electron-cache-')),
});

let server: Server;
let mirror: string;
const zip = standInZip();
let served: { zip: Uint8Array; sums: string; missing: boolean } = { zip, sums: '', missing: false };
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

beforeAll(async () => {
  server = createServer((req, res) => {
    if (served.missing) return void res.writeHead(404).end();
    if (req.url === `/v${VERSION}/${ZIP_NAME}`) {
      res.writeHead(200, { 'content-length': served.zip.length });
      return void res.end(served.zip);
    }
    if (req.url === `/v${VERSION}/SHASUMS256.txt`) return void res.end(served.sums);
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

// The stand-in is a script; Windows starts only real executables.
describe.skipIf(process.platform === 'win32')('npm start with the runtime missing', () => {
  it("downloads the runtime with progress, unpacks it with Electron's installer and starts it with the app folder", async () => {
    served = { zip, sums: `${sha(zip)} *${ZIP_NAME}\n`, missing: false };
    const electronDir = electronPackage();
    const log = join(mkdtempSync(join(tmpdir(), 'kr-log-')), 'argv.json');
    const env = {
      ...cacheEnv(),
      ELECTRON_MIRROR: mirror,
      electron_use_remote_checksums: '1',
      KR_STAND_IN_LOG: log,
    };

    const first = await start(['start'], electronDir, env);
    expect(first.err).toBe('');
    expect(first.out).toContain(`Electron ${VERSION} for linux-x64, about 100 MB`);
    expect(first.out).toContain('Downloading: 100%');
    expect(first.out).toContain('The desktop runtime is ready.');
    expect(readFileSync(join(electronDir, 'path.txt'), 'utf8')).toBe('electron');
    expect(JSON.parse(readFileSync(log, 'utf8'))).toEqual([first.appDir]);
    expect(first.code).toBe(7); // the app's own exit code comes back to the terminal

    // Present now: started at once, nothing downloaded again.
    served = { ...served, missing: true };
    const second = await start(['start'], electronDir, env);
    expect(second.out).not.toContain('downloaded once');
    expect(JSON.parse(readFileSync(log, 'utf8'))).toEqual([second.appDir]);
    expect(second.code).toBe(7);
  });

  it('refuses a download that does not match its published checksum, and starts nothing', async () => {
    served = { zip, sums: `${'0'.repeat(64)} *${ZIP_NAME}\n`, missing: false };
    const electronDir = electronPackage();
    const run = await start(['start'], electronDir, {
      ...cacheEnv(),
      ELECTRON_MIRROR: mirror,
      electron_use_remote_checksums: '1',
    });
    expect(run.code).toBe(1);
    expect(run.err).toContain("did not match Electron's published checksum");
    expect(existsSync(join(electronDir, 'path.txt'))).toBe(false);
  });
});

describe('npm start when the runtime cannot be had', () => {
  const expectPlainParagraph = (run: Run) => {
    expect(run.code).toBe(1);
    expect(run.err).toContain(
      `The desktop runtime (Electron ${VERSION}, about 100 MB) is not on this computer`,
    );
    expect(run.err).toContain('npx install-electron');
    expect(run.err).toContain('ELECTRON_MIRROR');
    expect(run.err).toContain('`npm run web` opens the same app in your browser');
    expect(run.err).not.toMatch(/^\s+at /m); // no stack trace
    expect(run.err.trim().split('\n')).toHaveLength(1);
  };

  it('says the server cannot be reached when nothing answers', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const run = await start(['start'], electronPackage(), {
      ...cacheEnv(),
      ELECTRON_MIRROR: `http://127.0.0.1:${port}/`,
    });
    expectPlainParagraph(run);
    expect(run.err).toContain(`127.0.0.1:${port} could not be reached`);
  });

  it('says the name cannot be looked up when there is no network', async () => {
    const run = await start(['start'], electronPackage(), {
      ...cacheEnv(),
      ELECTRON_MIRROR: 'http://electron-mirror.invalid/',
    });
    expectPlainParagraph(run);
    expect(run.err).toContain('could not look up electron-mirror.invalid');
  });

  it('names the mirror that does not have this version', async () => {
    served = { ...served, missing: true };
    const run = await start(['start'], electronPackage(), {
      ...cacheEnv(),
      ELECTRON_MIRROR: mirror,
    });
    expectPlainParagraph(run);
    expect(run.err).toContain(`The mirror ${mirror} has no Electron ${VERSION} for linux-x64`);
  });

  it('says which Node is needed when this one cannot run the installer, without trying', async () => {
    served = { ...served, missing: false };
    const run = await start(
      ['start'],
      electronPackage(),
      { ...cacheEnv(), ELECTRON_MIRROR: mirror },
      'v18.20.0',
    );
    expectPlainParagraph(run);
    expect(run.err).toContain('This is Node v18.20.0');
    expect(run.out).not.toContain('downloaded once');
  });

  it('tells a Node older than the installer declares what to do, and still tries', async () => {
    const run = await start(
      ['ensure'],
      electronPackage(),
      {
        ...cacheEnv(),
        ELECTRON_MIRROR: 'http://electron-mirror.invalid/',
      },
      'v20.19.0',
    );
    expect(run.out).toContain(
      "Electron's installer declares Node 22.12.0 or newer and this is Node 20.19.0",
    );
    expect(run.out).toContain('downloaded once');
    expect(run.code).toBe(1);
  });

  it('reports a missing runtime without failing when it is optional (the smoke test then skips)', async () => {
    const run = await start(['ensure', '--optional'], electronPackage(), {
      ...cacheEnv(),
      ELECTRON_MIRROR: 'http://electron-mirror.invalid/',
    });
    expect(run.code).toBe(0);
    expect(run.out).toContain('is not on this computer and could not be downloaded');
  });
});
