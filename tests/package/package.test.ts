// `npm run test:package`: builds the Linux package (dir and tar.gz) with electron-builder and
// electron-builder.yml, using a stand-in Electron folder so nothing is downloaded, then checks
// what a user would receive.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { createPackage } from '@electron/asar';
import { getCurrentFuseWire, FuseV1Options, FuseState } from '@electron/fuses';
import initSqlJs from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  asarEntries,
  asarProblems,
  desktopEntryKeys,
  folderSize,
  packedManifest,
  pngSize,
} from './inspect-package';
import { makeStandInElectron, SHIPPED_WIRE } from './stand-in-electron';

const ROOT = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  description: string;
  devDependencies: Record<string, string>;
};
const config = parse(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as {
  afterPack: string;
  linux: { executableName: string; category: string; desktop: { entry: Record<string, string> } };
};
const hook = require(resolve(ROOT, config.afterPack)) as { FUSES: Record<string, boolean> };

/** Budget for the app's own files in the package (everything but Electron itself). */
const APP_BYTES_BUDGET = 24 * 1024 * 1024;

/** Debian's 7-Zip where there is one; elsewhere electron-builder fetches its own. */
function systemSevenZip(): string | undefined {
  return ['/usr/bin/7za', '/usr/bin/7zz', '/usr/bin/7z'].find((p) => existsSync(p));
}

interface Packed {
  out: string;
  unpacked: string;
  asar: string;
  desktopEntry: string;
  icons: { file: string; size: number }[];
  standIn: string;
}

let packed: Packed;

beforeAll(async () => {
  for (const built of ['out/main/index.js', 'out/renderer/index.html', 'resources/reader.db']) {
    if (!existsSync(join(ROOT, built)))
      throw new Error(`${built} is missing: run \`npm run build\` first.`);
  }
  const electronVersion = (
    JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const standIn = makeStandInElectron(electronVersion);
  const out = mkdtempSync(join(tmpdir(), 'kr-package-'));
  const sevenZip = systemSevenZip();
  if (sevenZip) process.env.ELECTRON_BUILDER_7ZIP_PATH ??= sevenZip;
  const pack = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'tests/package/pack-linux.ts'), out, standIn],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (pack.status !== 0)
    throw new Error(`electron-builder failed:\n${pack.stdout}\n${pack.stderr}`);
  const { desktopEntry, icons } = JSON.parse(readFileSync(join(out, 'pack.json'), 'utf8')) as {
    desktopEntry: string;
    icons: { file: string; size: number }[];
  };
  const unpacked = join(out, 'linux-unpacked');
  packed = {
    out,
    unpacked,
    asar: join(unpacked, 'resources/app.asar'),
    desktopEntry,
    icons,
    standIn,
  };
}, 240_000);

describe('the Linux package', () => {
  it('holds the built main, preload and renderer and package.json in app.asar, and nothing else', () => {
    const entries = asarEntries(packed.asar);
    expect(asarProblems(entries)).toEqual([]);
    expect(entries.some((e) => e.startsWith('out/renderer/assets/') && e.endsWith('.wasm'))).toBe(
      true,
    );
  });

  it('ships a package.json with the app version and entry point, without scripts or dev dependencies', () => {
    const manifest = packedManifest(packed.asar);
    expect(manifest.name).toBe('karabakh-reader');
    expect(manifest.version).toBe(pkg.version);
    expect(manifest.main).toBe('out/main/index.js');
    expect(manifest.devDependencies).toBeUndefined();
    expect(manifest.scripts).toBeUndefined();
  });

  it('carries the built library beside app.asar, byte for byte, and it opens', async () => {
    const shipped = readFileSync(join(packed.unpacked, 'resources/reader.db'));
    const built = readFileSync(join(ROOT, 'resources/reader.db'));
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    expect(sha(shipped)).toBe(sha(built));
    const SQL = await initSqlJs();
    const db = new SQL.Database(shipped);
    const [version] = db.exec("SELECT value FROM meta WHERE key = 'content_version'");
    const [events] = db.exec('SELECT count(*) FROM events');
    db.close();
    const corpus = parse(readFileSync(join(ROOT, 'resources/content/corpus.yaml'), 'utf8')) as {
      content_version: string;
    };
    expect(version?.values[0]?.[0]).toBe(corpus.content_version);
    expect(Number(events?.values[0]?.[0])).toBeGreaterThan(0);
  });

  it('has every fuse set as scripts/after-pack.cjs says', async () => {
    const binary = join(packed.unpacked, config.linux.executableName);
    const wire = await getCurrentFuseWire(binary);
    for (const [name, enabled] of Object.entries(hook.FUSES)) {
      const index = FuseV1Options[name as keyof typeof FuseV1Options];
      expect({ name, state: wire[index] }).toEqual({
        name,
        state: enabled ? FuseState.ENABLE : FuseState.DISABLE,
      });
    }
    // The stand-in started in Electron's shipped state, so the hook really changed it.
    expect(SHIPPED_WIRE[FuseV1Options.RunAsNode]).toBe('1');
  });

  it("names the executable, leaves out Electron's default app, and keeps the Electron license", () => {
    expect(existsSync(join(packed.unpacked, config.linux.executableName))).toBe(true);
    expect(existsSync(join(packed.unpacked, 'electron'))).toBe(false);
    expect(existsSync(join(packed.unpacked, 'LICENSE.electron.txt'))).toBe(true);
  });

  it('gives the desktop entry the app name, executable, icon, category and description', () => {
    const keys = desktopEntryKeys(packed.desktopEntry);
    expect(keys.Name).toBe('Karabakh Reader');
    expect(keys.Exec).toBe(`"/opt/Karabakh Reader/${config.linux.executableName}" %U`);
    expect(keys.StartupWMClass).toBe('karabakh-reader');
    expect(keys.Icon).toBe(config.linux.executableName);
    expect(keys.Categories).toBe(`${config.linux.category};`);
    expect(keys.Comment).toBe(pkg.description);
    expect(keys.Keywords).toBe(config.linux.desktop.entry.Keywords);
    expect(keys.Type).toBe('Application');
  });

  it('installs icons from 16 to 512 pixels, each a PNG of its stated size', () => {
    const sizes = packed.icons.map((i) => i.size).sort((a, b) => a - b);
    for (const size of [16, 32, 48, 64, 128, 256, 512]) expect(sizes).toContain(size);
    for (const icon of packed.icons) {
      expect({ file: icon.file, size: pngSize(readFileSync(icon.file)) }).toEqual({
        file: icon.file,
        size: { width: icon.size, height: icon.size },
      });
    }
  });

  it('makes a tar.gz with the app in one versioned folder', () => {
    const archive = join(packed.out, `karabakh-reader-${pkg.version}-linux-x64.tar.gz`);
    const listing = execFileSync('tar', ['-tzf', archive], { encoding: 'utf8' }).split('\n');
    const folder = `karabakh-reader-${pkg.version}-linux-x64/`;
    expect(listing).toContain(`${folder}${config.linux.executableName}`);
    expect(listing).toContain(`${folder}resources/app.asar`);
    expect(listing).toContain(`${folder}resources/reader.db`);
  });

  it(`keeps the app's own files under ${APP_BYTES_BUDGET / 1024 / 1024} MB unpacked`, () => {
    const whole = folderSize(packed.unpacked);
    const electron = folderSize(packed.standIn);
    const appBytes = whole.bytes - electron.bytes;
    expect(appBytes, `largest: ${JSON.stringify(whole.largest)}`).toBeLessThan(APP_BYTES_BUDGET);
  });
});

describe('the app.asar check', () => {
  it('names tests, sources, source maps and dev dependencies that got into an asar', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kr-bad-asar-'));
    const files = {
      'package.json': '{}',
      'out/main/index.js': '',
      'out/main/index.js.map': '{}',
      'out/preload/index.cjs': '',
      'out/renderer/index.html': '',
      'tests/unit/library.test.ts': '',
      'renderer/db/library.ts': '',
      'node_modules/vitest/package.json': '{}',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, 'app', path, '..'), { recursive: true });
      writeFileSync(join(dir, 'app', path), text);
    }
    await createPackage(join(dir, 'app'), join(dir, 'app.asar'));
    const problems = asarProblems(asarEntries(join(dir, 'app.asar')));
    expect(problems).toEqual(
      expect.arrayContaining([
        'out/main/index.js.map: source map',
        'tests: not part of the built app',
        'tests/unit/library.test.ts: not part of the built app',
        'renderer/db/library.ts: not part of the built app',
        'node_modules: node_modules are bundled, never shipped',
        'node_modules/vitest/package.json: node_modules are bundled, never shipped',
      ]),
    );
    expect(asarProblems(['package.json'])).toContain('out/main/index.js: missing');
  });

  it('knows which packages are dev dependencies', () => {
    expect(Object.keys(pkg.devDependencies)).toContain('vitest');
  });
});
