// `cli -- import <files...>`: files go into the profile's imports.db, which the app then opens;
// duplicates are named, bad files get a reason, and nothing already stored is lost.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultProfileDir } from '../../scripts/cli/commands/import';
import { cli, fixtureDbFile } from '../helpers/cli';
import { fixtureDbBytes, getSql, tempDir } from '../helpers/fixture';
import { IMPORT_FIXTURES } from '../helpers/import';
import { Library } from '../../renderer/db/library';

let dbPath = '';

beforeAll(async () => {
  dbPath = await fixtureDbFile('kr-cli-import-');
});

describe('cli import', () => {
  it('imports files into the profile, names duplicates and explains failures', async () => {
    const profile = tempDir('kr-profile-');
    const bad = join(profile, 'picture.html');
    writeFileSync(bad, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]));
    const first = await cli(
      'import',
      join(IMPORT_FIXTURES, 'news-article.html'),
      join(IMPORT_FIXTURES, 'footbridge.md'),
      '--profile',
      profile,
      '--db',
      dbPath,
    );
    expect(first.code).toBe(0);
    expect(first.out).toContain('2 imported, 0 already there, 0 failed');
    expect(first.err).toContain('Importing 2 of 2: footbridge.md');

    const second = await cli(
      'import',
      join(IMPORT_FIXTURES, 'news-article.html'),
      bad,
      join(profile, 'missing.txt'),
      '--profile',
      profile,
      '--db',
      dbPath,
      '--json',
    );
    expect(second.code).toBe(1);
    const { outcomes } = JSON.parse(second.out) as {
      outcomes: { status: string; message?: string }[];
    };
    expect(outcomes.map((o) => o.status)).toEqual(['duplicate', 'failed', 'failed']);
    expect(outcomes[1]!.message).toMatch(/picture\.html/);
    expect(outcomes[2]!.message).toMatch(/missing\.txt could not be read/);

    // The app opens what the CLI wrote, with both articles.
    const imports = readFileSync(join(profile, 'imports.db'));
    const library = Library.open(await getSql(), {
      content: await fixtureDbBytes(),
      contentPath: dbPath,
      user: null,
      imports,
    });
    expect(library.listImported().map((a) => a.title)).toEqual(
      expect.arrayContaining(['Millbrook finishes new reservoir pipeline ahead of summer']),
    );
    expect(library.listImported()).toHaveLength(2);
    expect(library.search('reservoir').counts.imported).toBe(1);
    // The second run imported nothing new, so the file was not rewritten.
    expect(existsSync(join(profile, 'backups', 'imports-previous.db'))).toBe(false);
  });

  it('refuses an unreadable imports file and leaves it as it is', async () => {
    const profile = tempDir('kr-profile-');
    const junk = new TextEncoder().encode('not a database');
    writeFileSync(join(profile, 'imports.db'), junk);
    const run = await cli(
      'import',
      join(IMPORT_FIXTURES, 'footbridge.md'),
      '--profile',
      profile,
      '--db',
      dbPath,
    );
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/could not be opened.*left as it is/);
    expect(new Uint8Array(readFileSync(join(profile, 'imports.db')))).toEqual(junk);
  });

  it('needs files, and knows where the desktop app keeps its data', async () => {
    const none = await cli('import', '--db', dbPath);
    expect(none.code).toBe(2);
    expect(none.err).toContain('import needs at least one file');
    expect(defaultProfileDir('linux', {}, '/home/a')).toBe('/home/a/.config/Karabakh Reader');
    expect(defaultProfileDir('linux', { XDG_CONFIG_HOME: '/x' }, '/home/a')).toBe(
      '/x/Karabakh Reader',
    );
    expect(defaultProfileDir('darwin', {}, '/Users/a')).toBe(
      '/Users/a/Library/Application Support/Karabakh Reader',
    );
    expect(
      defaultProfileDir('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'C:\\Users\\a'),
    ).toContain('Karabakh Reader');
  });
});
