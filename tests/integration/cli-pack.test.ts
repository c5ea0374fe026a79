// `cli -- pack info` and `cli -- pack verify` on real pack files: the manifest in words, the
// signing key and whether it is trusted, the verdict, and the exit codes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SCHEMA_VERSION } from '../../renderer/db/content-schema';
import { REPO_ROOT } from '../../scripts/paths';
import { cli, cliWith, fixtureDbFile } from '../helpers/cli';
import { tempDir } from '../helpers/fixture';
import { fixturePack, TEST_KEY, TEST_TRUST } from '../helpers/pack';

let dir = '';
let packFile = '';
let packBytes = 0;
let libraryBytes = 0;

beforeAll(async () => {
  dir = tempDir('kr-cli-pack-');
  const pack = await fixturePack();
  packFile = join(dir, 'karabakh-library-2026.1.0.krpack');
  writeFileSync(packFile, pack.bytes);
  packBytes = pack.bytes.length;
  libraryBytes = pack.manifest.library.bytes;
});

const kb = (n: number) => `${Math.round(n / 1024)} KB`;

describe('cli pack info', () => {
  it('prints the manifest in words and the verdict', async () => {
    const { code, out } = await cliWith({ extraTrustedKeys: TEST_TRUST }, 'pack', 'info', packFile);
    expect(code).toBe(0);
    expect(out).toBe(
      [
        'karabakh-library-2026.1.0.krpack is a valid library update.',
        `  Library:      2026.1.0 (content schema ${CONTENT_SCHEMA_VERSION})`,
        '  Needs:        Karabakh Reader 0.1.0 or newer',
        '  Created:      2026-12-01T09:00:00.000Z',
        `  Size:         ${kb(libraryBytes)} library, ${kb(packBytes)} file`,
        '  Changes:      not counted (built without a previous library)',
        `  Signed with:  key ${TEST_KEY.id} (a key trusted here for testing only)`,
        '',
      ].join('\n'),
    );
  });

  it('shows what a refused pack claims, with the reason, and exits 1', async () => {
    const { code, out } = await cli('pack', 'info', packFile);
    expect(code).toBe(1);
    expect(out.split('\n')[0]).toBe(
      `Refused: karabakh-library-2026.1.0.krpack is signed with a key this app does not trust (${TEST_KEY.id}), so it cannot be installed.`,
    );
    expect(out).toContain('  Library:      2026.1.0');
    expect(out).toContain(`  Signed with:  key ${TEST_KEY.id} (a key this app does not trust)`);
  });

  it('gives the same as JSON', async () => {
    const { code, out } = await cliWith(
      { extraTrustedKeys: TEST_TRUST },
      'pack',
      'info',
      packFile,
      '--json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      file: 'karabakh-library-2026.1.0.krpack',
      fileBytes: packBytes,
      manifest: {
        contentVersion: '2026.1.0',
        keyId: TEST_KEY.id,
        library: { bytes: libraryBytes },
      },
      signer: { keyId: TEST_KEY.id, trust: 'extra' },
      refusal: null,
    });
  });
});

describe('cli pack verify', () => {
  it('exits 0 for a pack this app accepts', async () => {
    const { code, out, err } = await cliWith(
      { extraTrustedKeys: TEST_TRUST },
      'pack',
      'verify',
      packFile,
    );
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toBe(
      `karabakh-library-2026.1.0.krpack is a valid library update: library 2026.1.0, signed with key ${TEST_KEY.id} (a key trusted here for testing only).\n`,
    );
  });

  it('exits 1 with the sentence for a pack it refuses', async () => {
    const png = join(dir, 'photo.krpack');
    writeFileSync(png, readFileSync(resolve(REPO_ROOT, 'resources/icons/png/32x32.png')));
    const { code, out, err } = await cli('pack', 'verify', png);
    expect({ code, out }).toEqual({ code: 1, out: '' });
    expect(err).toBe('photo.krpack is not a Karabakh Reader library update.\n');
  });

  it('refuses a pack of the library already in use, given with --db', async () => {
    const db = await fixtureDbFile('kr-cli-pack-');
    const { code, err } = await cliWith(
      { extraTrustedKeys: TEST_TRUST },
      'pack',
      'verify',
      packFile,
      '--db',
      db,
    );
    expect(code).toBe(1);
    expect(err).toBe(
      'karabakh-library-2026.1.0.krpack holds library 2026.1.0, which is already installed.\n',
    );
  });

  it('says how to call it when the file is missing', async () => {
    const { code, err } = await cli('pack', 'verify');
    expect(code).toBe(2);
    expect(err).toMatch(/^pack needs "info <file>" or "verify <file>"\./);
  });
});
