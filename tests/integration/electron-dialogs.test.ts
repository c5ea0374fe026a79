import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createBackupPicker,
  createExportSaver,
  createImportPicker,
  MAX_BACKUP_BYTES,
  MAX_IMPORT_BYTES,
} from '../../electron/main/dialogs';
import type { DialogDeps } from '../../electron/main/dialogs';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kr-dialogs-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Native dialogs replaced by answers chosen in advance. */
function dialogs(answers: {
  open?: { canceled: boolean; filePaths: string[] };
  save?: { canceled: boolean; filePath?: string };
}) {
  const openAsked: OpenDialogOptions[] = [];
  const saveAsked: SaveDialogOptions[] = [];
  const deps: DialogDeps = {
    exportFolder: dir,
    showOpenDialog: async (options) => {
      openAsked.push(options);
      return answers.open ?? { canceled: true, filePaths: [] };
    },
    showSaveDialog: async (options) => {
      saveAsked.push(options);
      return answers.save ?? { canceled: true, filePath: '' };
    },
  };
  return { deps, openAsked, saveAsked };
}

describe('choosing a backup to restore', () => {
  it('offers backup files only and returns the one chosen', async () => {
    await writeFile(join(dir, 'backup.json'), '{"format":"karabakh-reader-backup"}');
    const { deps, openAsked } = dialogs({
      open: { canceled: false, filePaths: [join(dir, 'backup.json')] },
    });
    const file = await createBackupPicker(deps)();
    expect(file?.name).toBe('backup.json');
    expect(new TextDecoder().decode(file?.bytes)).toContain('karabakh-reader-backup');
    expect(openAsked[0]?.properties).toEqual(['openFile']);
    expect(openAsked[0]?.filters?.[0]?.extensions).toEqual(['json']);
  });

  it('returns null when the person cancels', async () => {
    const { deps } = dialogs({ open: { canceled: true, filePaths: [] } });
    expect(await createBackupPicker(deps)()).toBeNull();
  });

  it('refuses a file larger than any backup, by name, without reading it', async () => {
    await writeFile(join(dir, 'huge.json'), '');
    await truncate(join(dir, 'huge.json'), MAX_BACKUP_BYTES + 1);
    const { deps } = dialogs({ open: { canceled: false, filePaths: [join(dir, 'huge.json')] } });
    await expect(createBackupPicker(deps)()).rejects.toMatchObject({
      code: 'refused',
      message: expect.stringMatching(/“huge\.json” is larger than 256 MB/),
    });
  });
});

describe('importing files', () => {
  it('returns the chosen files with their names and contents', async () => {
    await writeFile(join(dir, 'shusha.md'), '# Shusha');
    await writeFile(join(dir, 'report.html'), '<h1>Report</h1>');
    const { deps } = dialogs({
      open: { canceled: false, filePaths: [join(dir, 'shusha.md'), join(dir, 'report.html')] },
    });
    const files = await createImportPicker(deps)();
    expect(files.map((file) => [file.name, new TextDecoder().decode(file.bytes)])).toEqual([
      ['shusha.md', '# Shusha'],
      ['report.html', '<h1>Report</h1>'],
    ]);
  });

  it('lets the person choose several files of the supported kinds', async () => {
    const { deps, openAsked } = dialogs({});
    await createImportPicker(deps)();
    expect(openAsked[0]?.properties).toEqual(
      expect.arrayContaining(['openFile', 'multiSelections']),
    );
    expect(openAsked[0]?.filters?.[0]?.extensions).toEqual([
      'html',
      'htm',
      'xhtml',
      'mhtml',
      'mht',
      'md',
      'markdown',
      'txt',
      'epub',
    ]);
  });

  it('returns nothing when the person cancels', async () => {
    const { deps } = dialogs({ open: { canceled: true, filePaths: [] } });
    expect(await createImportPicker(deps)()).toEqual([]);
  });

  it('names a file over 50 MB with the reason, without reading it, and still takes the rest', async () => {
    await writeFile(join(dir, 'small.txt'), 'fine');
    await writeFile(join(dir, 'huge.epub'), '');
    await truncate(join(dir, 'huge.epub'), MAX_IMPORT_BYTES + 1);
    const { deps } = dialogs({
      open: { canceled: false, filePaths: [join(dir, 'small.txt'), join(dir, 'huge.epub')] },
    });
    const [small, huge] = await createImportPicker(deps)();
    expect(small?.refused).toBeUndefined();
    expect(new TextDecoder().decode(small?.bytes)).toBe('fine');
    expect(huge?.name).toBe('huge.epub');
    expect(huge?.bytes.byteLength).toBe(0);
    expect(huge?.refused).toMatch(/“huge\.epub” is 51 MB, larger than 50 MB/);
  });

  it('accepts a file of exactly 50 MB', async () => {
    await writeFile(join(dir, 'big.txt'), '');
    await truncate(join(dir, 'big.txt'), MAX_IMPORT_BYTES);
    const { deps } = dialogs({ open: { canceled: false, filePaths: [join(dir, 'big.txt')] } });
    const [file] = await createImportPicker(deps)();
    expect(file?.bytes.byteLength).toBe(MAX_IMPORT_BYTES);
  });

  it('reports a file that vanished before it could be read as a disk error', async () => {
    const { deps } = dialogs({ open: { canceled: false, filePaths: [join(dir, 'gone.md')] } });
    await expect(createImportPicker(deps)()).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('saving an export', () => {
  it('suggests the name in the export folder and writes the text where the person chose', async () => {
    const target = join(dir, 'my-notes.md');
    const { deps, saveAsked } = dialogs({ save: { canceled: false, filePath: target } });
    const result = await createExportSaver(deps)({
      suggestedName: 'notes.md',
      mimeType: 'text/markdown',
      data: '# My notes\n',
    });
    expect(result).toEqual({ savedTo: target });
    expect(await readFile(target, 'utf8')).toBe('# My notes\n');
    expect(saveAsked[0]).toMatchObject({
      defaultPath: join(dir, 'notes.md'),
      filters: [{ extensions: ['md'] }],
    });
  });

  it('writes bytes unchanged', async () => {
    const target = join(dir, 'backup.db');
    const { deps } = dialogs({ save: { canceled: false, filePath: target } });
    await createExportSaver(deps)({
      suggestedName: 'backup.db',
      mimeType: 'application/octet-stream',
      data: new Uint8Array([0, 1, 2, 3]),
    });
    expect(new Uint8Array(await readFile(target))).toEqual(new Uint8Array([0, 1, 2, 3]));
  });

  it('replaces an existing file completely and leaves no temporary file', async () => {
    const target = join(dir, 'notes.md');
    await writeFile(target, 'an older and much longer export');
    const { deps } = dialogs({ save: { canceled: false, filePath: target } });
    await createExportSaver(deps)({
      suggestedName: 'notes.md',
      mimeType: 'text/markdown',
      data: 'new',
    });
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['notes.md']);
  });

  it('writes nothing and answers null when the person cancels', async () => {
    const { deps } = dialogs({ save: { canceled: true, filePath: '' } });
    expect(
      await createExportSaver(deps)({
        suggestedName: 'n.md',
        mimeType: 'text/markdown',
        data: 'x',
      }),
    ).toBeNull();
    expect(await readdir(dir)).toEqual([]);
  });
});
