import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aboutText, createAboutDialog, readContentVersion } from '../../electron/main/about';
import type { AboutFacts } from '../../electron/main/about';
import type { MessageBoxOptions } from 'electron';

const facts: AboutFacts = {
  appName: 'Karabakh Reader',
  appVersion: '1.2.3',
  versions: { electron: '45.4.1', chrome: '142.0.7444.59', node: '22.20.0' },
  platform: 'linux',
  arch: 'x64',
  content: { version: '2026.11', reviewed: '2026-11-02' },
};

let folder = '';
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kr-about-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function contentDb(rows: [string, string][]): Promise<string> {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  db.run('CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)');
  for (const row of rows) db.run('INSERT INTO meta VALUES (?, ?)', row);
  const path = join(folder, 'reader.db');
  await writeFile(path, db.export());
  db.close();
  return path;
}

describe('the About text', () => {
  it('names the app version, the library version and review date, and the runtime', () => {
    expect(aboutText(facts)).toEqual({
      message: 'Karabakh Reader 1.2.3',
      detail: [
        'Library: 2026.11, reviewed 2026-11-02',
        'Electron: 45.4.1',
        'Chromium: 142.0.7444.59',
        'Node.js: 22.20.0',
        'System: linux x64',
      ].join('\n'),
    });
  });

  it('says so when the library could not be read, instead of leaving it out', () => {
    expect(aboutText({ ...facts, content: null }).detail).toMatch(/^Library: could not be read\n/);
  });

  it('says "unknown" for a version the runtime does not report', () => {
    const { detail } = aboutText({
      ...facts,
      versions: {},
      content: { version: '', reviewed: '' },
    });
    expect(detail).toContain('Library: unknown version, reviewed on an unknown date');
    expect(detail).toContain('Electron: unknown');
    expect(detail).toContain('Chromium: unknown');
  });
});

describe('readContentVersion', () => {
  it('reads the version and review date from the content DB', async () => {
    const path = await contentDb([
      ['schema_version', '3'],
      ['content_version', '2026.11'],
      ['last_reviewed', '2026-11-02'],
    ]);
    expect(await readContentVersion(path)).toEqual({ version: '2026.11', reviewed: '2026-11-02' });
  });

  it('gives null for a missing file', async () => {
    expect(await readContentVersion(join(folder, 'missing.db'))).toBeNull();
  });

  it('gives null for a file that is not a database', async () => {
    const path = join(folder, 'reader.db');
    await writeFile(path, 'not a database at all, just some text');
    expect(await readContentVersion(path)).toBeNull();
  });
});

describe('the About dialog', () => {
  it('shows the facts with the library version it read', async () => {
    const shown: MessageBoxOptions[] = [];
    const showAbout = createAboutDialog({
      facts: () => ({ ...facts }),
      readContent: async () => ({ version: '2027.01', reviewed: '2027-01-15' }),
      showMessageBox: async (options) => {
        shown.push(options);
        return { response: 0 };
      },
    });
    await showAbout();
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ type: 'info', message: 'Karabakh Reader 1.2.3' });
    expect(shown[0]?.detail).toContain('Library: 2027.01, reviewed 2027-01-15');
  });

  it('opens one dialog however often About is chosen while it is open', async () => {
    let close = (): void => undefined;
    let shown = 0;
    const showAbout = createAboutDialog({
      facts: () => ({ ...facts }),
      readContent: async () => null,
      showMessageBox: () => {
        shown += 1;
        return new Promise((resolve) => {
          close = () => resolve({ response: 0 });
        });
      },
    });
    const first = showAbout();
    await vi.waitFor(() => expect(shown).toBe(1));
    await showAbout();
    await showAbout();
    close();
    await first;
    expect(shown).toBe(1);
    const again = showAbout();
    await vi.waitFor(() => expect(shown).toBe(2));
    close();
    await again;
  });

  it('still shows the dialog when the library cannot be read', async () => {
    const shown: MessageBoxOptions[] = [];
    const showAbout = createAboutDialog({
      facts: () => ({ ...facts }),
      readContent: () => Promise.reject(new Error('EACCES')),
      showMessageBox: async (options) => {
        shown.push(options);
        return { response: 0 };
      },
    });
    await showAbout();
    expect(shown[0]?.detail).toMatch(/^Library: could not be read/);
  });
});
