// `cli -- pack install` and `cli -- pack rollback` against a temporary profile folder: the one
// sentence each prints, the exit codes, and that the library the app would read follows.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chooseLibrary, libraryStoreDir } from '../../electron/main/content-packs';
import { cli, cliWith, fixtureDbFile } from '../helpers/cli';
import { tempDir } from '../helpers/fixture';
import { packAt, TEST_KEY, TEST_TRUST } from '../helpers/pack';

const trusted = { extraTrustedKeys: TEST_TRUST };
let bundled = '';
let packDir = '';
const packFile = (version: string) => join(packDir, `karabakh-library-${version}.krpack`);

beforeAll(async () => {
  bundled = await fixtureDbFile('kr-cli-install-');
  packDir = tempDir('kr-cli-packs-');
  for (const v of ['2026.1.0', '2026.2.0', '2026.3.0']) writeFileSync(packFile(v), await packAt(v));
});

/** A profile holding a user DB that no pack command may change. */
function profile() {
  const dir = tempDir('kr-cli-profile-');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'user.db'), 'notes and highlights');
  return dir;
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const inUse = async (dir: string) =>
  (await chooseLibrary(libraryStoreDir(dir), bundled, '2026.1.0')).contentVersion;
const install = (dir: string, version: string) =>
  cliWith(trusted, 'pack', 'install', packFile(version), '--profile', dir, '--db', bundled);

describe('cli pack install', () => {
  it('installs a newer pack into the profile and says so in one sentence', async () => {
    const dir = profile();
    const userDb = sha(join(dir, 'user.db'));
    const { code, out, err } = await install(dir, '2026.2.0');
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toBe(
      `Installed library 2026.2.0 from karabakh-library-2026.2.0.krpack into ${join(dir, 'library')}; Karabakh Reader uses it from the next time it opens the library.\n`,
    );
    expect(await inUse(dir)).toBe('2026.2.0');
    expect(sha(join(dir, 'user.db'))).toBe(userDb);
  });

  it('refuses a pack no newer than the library in use, with its sentence, and exits 1', async () => {
    const dir = profile();
    await install(dir, '2026.3.0');
    const before = readdirSync(join(dir, 'library')).sort();
    const { code, out, err } = await install(dir, '2026.2.0');
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe(
      'karabakh-library-2026.2.0.krpack holds library 2026.2.0, older than the library in use (2026.3.0).\n',
    );
    expect(readdirSync(join(dir, 'library')).sort()).toEqual(before);
  });

  it('refuses the bundled library’s own version without creating the store', async () => {
    const dir = profile();
    const { code, err } = await install(dir, '2026.1.0');
    expect(code).toBe(1);
    expect(err).toBe(
      'karabakh-library-2026.1.0.krpack holds library 2026.1.0, which is already installed.\n',
    );
    expect(readdirSync(dir)).toEqual(['user.db']);
  });

  it('refuses a pack signed with the test key when only the shipped keys are trusted', async () => {
    const dir = profile();
    const { code, err } = await cli(
      'pack',
      'install',
      packFile('2026.2.0'),
      '--profile',
      dir,
      '--db',
      bundled,
    );
    expect(code).toBe(1);
    expect(err).toBe(
      `karabakh-library-2026.2.0.krpack is signed with a key this app does not trust (${TEST_KEY.id}), so it cannot be installed.\n`,
    );
    expect(readdirSync(dir)).toEqual(['user.db']);
  });
});

describe('cli pack rollback', () => {
  it('goes back to the bundled library and names what it set aside', async () => {
    const dir = profile();
    const userDb = sha(join(dir, 'user.db'));
    await install(dir, '2026.2.0');
    await install(dir, '2026.3.0');
    const { code, out } = await cli('pack', 'rollback', '--profile', dir);
    expect(code).toBe(0);
    expect(out).toBe(
      `Karabakh Reader will use the library that came with it again; the installed libraries 2026.2.0 and 2026.3.0 were moved to ${join(dir, 'library', 'previous')}.\n`,
    );
    expect(await inUse(dir)).toBe('2026.1.0');
    expect(sha(join(dir, 'user.db'))).toBe(userDb);
  });

  it('says there is nothing to go back from when no update is installed', async () => {
    const dir = profile();
    const { code, out } = await cli('pack', 'rollback', '--profile', dir);
    expect(code).toBe(0);
    expect(out).toBe(
      'No library update is installed; Karabakh Reader already uses the library that came with it.\n',
    );
  });
});
