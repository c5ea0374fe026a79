// The shell's store of installed content packs, on real files in a temporary profile: which
// library the app reads after installs, refusals, damage on disk and rollback, and that the
// reader's own files are never touched.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  chooseLibrary,
  installPack,
  libraryStoreDir,
  rollBack,
  type InstallOptions,
} from '../../electron/main/content-packs';
import { createSaveQueue } from '../../electron/main/save-queue';
import { createShellHandlers } from '../../electron/main/shell-handlers';
import { tempDir } from '../helpers/fixture';
import { userDbHandlerDeps } from '../helpers/shell-deps';
import { libraryAt, packAt, strangerKey, TEST_TRUST } from '../helpers/pack';

const BUNDLED = '2026.1.0';

const packs = new Map<string, Uint8Array>();
beforeAll(async () => {
  for (const v of ['2026.2.0', '2026.3.0', '2026.4.0']) packs.set(v, await packAt(v));
});

/** A profile folder with a bundled library beside it and a user DB that must never change. */
async function profile() {
  const root = tempDir('kr-store-');
  const bundledPath = join(root, 'resources', 'reader.db');
  mkdirSync(join(root, 'resources'));
  writeFileSync(bundledPath, await libraryAt(BUNDLED));
  const userData = join(root, 'profile');
  mkdirSync(userData);
  const userDb = join(userData, 'user.db');
  writeFileSync(userDb, new TextEncoder().encode('the reader’s notes and highlights'));
  const store = libraryStoreDir(userData);
  const inUse = async () => (await chooseLibrary(store, bundledPath, BUNDLED)).contentVersion;
  const install = async (version: string, bytes = packs.get(version)!) =>
    installPack(store, bytes, `karabakh-library-${version}.krpack`, {
      ...APP,
      inUseContentVersion: await inUse(),
    });
  return { root, userData, userDb, store, bundledPath, inUse, install };
}

const APP: Omit<InstallOptions, 'inUseContentVersion'> = {
  trustedKeys: {},
  extraTrustedKeys: TEST_TRUST,
  appVersion: '0.1.0',
};

/** Every file under `dir` with the SHA-256 of its bytes, to compare a folder before and after. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('installing a pack', () => {
  it('stores a good pack so the app reads it instead of the bundled library', async () => {
    const p = await profile();
    const outcome = await p.install('2026.2.0');
    expect(outcome).toMatchObject({ ok: true, manifest: { contentVersion: '2026.2.0' } });
    const choice = await chooseLibrary(p.store, p.bundledPath, BUNDLED);
    expect(choice).toEqual({
      path: join(p.store, 'library-2026.2.0.db'),
      contentVersion: '2026.2.0',
      source: 'installed',
      skipped: [],
    });
    expect(readFileSync(choice.path)).toEqual(Buffer.from(await libraryAt('2026.2.0')));
    expect(readdirSync(p.store).sort()).toEqual(['library-2026.2.0.db', 'library-2026.2.0.json']);
  });

  it('refuses a pack older than or equal to the library in use, changing nothing', async () => {
    const p = await profile();
    await p.install('2026.3.0');
    const before = snapshot(p.root);
    const older = await p.install('2026.2.0');
    expect(older).toEqual({
      ok: false,
      code: 'older-content',
      message:
        'karabakh-library-2026.2.0.krpack holds library 2026.2.0, older than the library in use (2026.3.0).',
    });
    const equal = await p.install('2026.3.0');
    expect(equal).toMatchObject({ ok: false, code: 'already-installed' });
    expect(snapshot(p.root)).toEqual(before);
    expect(await p.inUse()).toBe('2026.3.0');
  });

  it('refuses a pack no newer than the bundled library without creating the store', async () => {
    const p = await profile();
    const before = snapshot(p.root);
    const outcome = await p.install(BUNDLED, await packAt(BUNDLED));
    expect(outcome).toMatchObject({ ok: false, code: 'already-installed' });
    expect(snapshot(p.root)).toEqual(before);
    expect(() => readdirSync(p.store)).toThrow(/ENOENT/);
  });

  it('refuses a tampered pack or one signed by an unknown key, changing nothing', async () => {
    const p = await profile();
    await p.install('2026.2.0');
    const before = snapshot(p.root);
    const tampered = packs.get('2026.3.0')!.slice();
    // A byte in the middle of the deflated library: the signature still holds, the hash fails.
    tampered[Math.floor(tampered.length / 2)]! ^= 0xff;
    const outcome = await p.install('2026.3.0', tampered);
    expect(outcome).toMatchObject({ ok: false, code: 'library-mismatch' });
    const stranger = await p.install('2026.3.0', await packAt('2026.3.0', strangerKey()));
    expect(stranger).toMatchObject({ ok: false, code: 'unknown-key' });
    expect(snapshot(p.root)).toEqual(before);
    expect(await p.inUse()).toBe('2026.2.0');
  });

  it('keeps the previous library after a second install and removes the oldest on a third', async () => {
    const p = await profile();
    await p.install('2026.2.0');
    await p.install('2026.3.0');
    expect(readdirSync(p.store).sort()).toEqual([
      'library-2026.2.0.db',
      'library-2026.2.0.json',
      'library-2026.3.0.db',
      'library-2026.3.0.json',
    ]);
    expect(await p.inUse()).toBe('2026.3.0');
    const third = await p.install('2026.4.0');
    expect(third).toMatchObject({ ok: true, removed: ['2026.2.0'] });
    expect(readdirSync(p.store).sort()).toEqual([
      'library-2026.3.0.db',
      'library-2026.3.0.json',
      'library-2026.4.0.db',
      'library-2026.4.0.json',
    ]);
    expect(await p.inUse()).toBe('2026.4.0');
  });
});

describe('choosing the library', () => {
  it('skips an installed library damaged on disk and falls back to the previous one', async () => {
    const p = await profile();
    await p.install('2026.2.0');
    await p.install('2026.3.0');
    const damaged = join(p.store, 'library-2026.3.0.db');
    const bytes = readFileSync(damaged);
    bytes[100]! ^= 0x01;
    writeFileSync(damaged, bytes);
    const choice = await chooseLibrary(p.store, p.bundledPath, BUNDLED);
    expect(choice).toMatchObject({
      path: join(p.store, 'library-2026.2.0.db'),
      contentVersion: '2026.2.0',
      source: 'installed',
      skipped: [
        {
          version: '2026.3.0',
          reason:
            'Installed library 2026.3.0 no longer matches its signed manifest; the file was damaged on disk.',
        },
      ],
    });
  });

  it('falls back to the bundled library when the only installed one is unreadable', async () => {
    const p = await profile();
    await p.install('2026.2.0');
    writeFileSync(join(p.store, 'library-2026.2.0.json'), '{"format": "karabakh-reader-pa');
    const choice = await chooseLibrary(p.store, p.bundledPath, BUNDLED);
    expect(choice.path).toBe(p.bundledPath);
    expect(choice.source).toBe('bundled');
    expect(choice.skipped).toEqual([
      expect.objectContaining({ version: '2026.2.0', reason: expect.stringMatching(/manifest/) }),
    ]);
  });

  it('ignores a library whose manifest was never written', async () => {
    const p = await profile();
    mkdirSync(p.store);
    writeFileSync(join(p.store, 'library-2026.5.0.db'), await libraryAt('2026.5.0'));
    expect(await chooseLibrary(p.store, p.bundledPath, BUNDLED)).toMatchObject({
      path: p.bundledPath,
      skipped: [],
    });
  });

  it('prefers the bundled library when it is as new as or newer than the installed one', async () => {
    const p = await profile();
    await p.install('2026.2.0');
    const choice = await chooseLibrary(p.store, p.bundledPath, '2026.2.0');
    expect(choice).toMatchObject({ path: p.bundledPath, source: 'bundled' });
    expect((await chooseLibrary(p.store, p.bundledPath, '2026.10.0')).source).toBe('bundled');
  });

  it('skips an installed library in a content schema this app does not read', async () => {
    const p = await profile();
    await p.install('2026.2.0');
    const manifest = JSON.parse(readFileSync(join(p.store, 'library-2026.2.0.json'), 'utf8')) as {
      contentSchemaVersion: number;
    };
    const choice = await chooseLibrary(
      p.store,
      p.bundledPath,
      BUNDLED,
      manifest.contentSchemaVersion + 1,
    );
    expect(choice.source).toBe('bundled');
    expect(choice.skipped[0]!.reason).toBe(
      `Installed library 2026.2.0 is in content schema ${manifest.contentSchemaVersion}; this app reads ${manifest.contentSchemaVersion + 1}.`,
    );
  });
});

describe('going back to the bundled library', () => {
  it('makes the app read the bundled library and lets a newer pack be installed again', async () => {
    const p = await profile();
    await p.install('2026.2.0');
    await p.install('2026.3.0');
    expect(await rollBack(p.store)).toEqual(['2026.2.0', '2026.3.0']);
    expect(await chooseLibrary(p.store, p.bundledPath, BUNDLED)).toEqual({
      path: p.bundledPath,
      contentVersion: BUNDLED,
      source: 'bundled',
      skipped: [],
    });
    expect(readdirSync(join(p.store, 'previous')).sort()).toEqual([
      'library-2026.2.0.db',
      'library-2026.2.0.json',
      'library-2026.3.0.db',
      'library-2026.3.0.json',
    ]);
    expect(await p.install('2026.2.0')).toMatchObject({ ok: true });
    expect(await p.inUse()).toBe('2026.2.0');
  });

  it('does nothing when no pack is installed', async () => {
    const p = await profile();
    const before = snapshot(p.root);
    expect(await rollBack(p.store)).toEqual([]);
    expect(snapshot(p.root)).toEqual(before);
  });
});

it('never touches the reader’s user DB, through installs, refusals and rollback', async () => {
  const p = await profile();
  const before = sha(p.userDb);
  await p.install('2026.2.0');
  await p.install('2026.3.0');
  await p.install('2026.2.0');
  await p.install('2026.4.0');
  await rollBack(p.store);
  expect(sha(p.userDb)).toBe(before);
  expect(readdirSync(p.userData).sort()).toEqual(['library', 'user.db']);
});

describe('the shell reading the library', () => {
  it('gives the page the installed library, then the bundled one after a rollback', async () => {
    const p = await profile();
    const unused = async () => {
      throw new Error('not used here');
    };
    const handlers = createShellHandlers(
      userDbHandlerDeps(p.userData, p.userDb, createSaveQueue({ write: unused }), {
        contentDbPath: p.bundledPath,
        chooseContentDb: async () => (await chooseLibrary(p.store, p.bundledPath, BUNDLED)).path,
      }),
    );
    await p.install('2026.2.0');
    const installed = await handlers.readContentDb({ page: null });
    expect(installed.path).toBe(join(p.store, 'library-2026.2.0.db'));
    expect(Buffer.from(installed.bytes)).toEqual(Buffer.from(await libraryAt('2026.2.0')));
    await rollBack(p.store);
    const bundled = await handlers.readContentDb({ page: null });
    expect(bundled.path).toBe(p.bundledPath);
    expect(Buffer.from(bundled.bytes)).toEqual(readFileSync(p.bundledPath));
  });
});
