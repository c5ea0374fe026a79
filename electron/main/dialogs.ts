// Native file dialogs: choosing files to import and choosing where to save an export.
// The dialog functions are passed in (bound to the window in index.ts), so the reading
// and writing around them runs and is tested in plain Node.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { ExportRequest, ExportResult, PickedFile } from '../shell-api';
import { writeAtomic } from './atomic-write';
import { ShellFailure } from './shell-failure';

export const IMPORT_EXTENSIONS = [
  'html',
  'htm',
  'xhtml',
  'mhtml',
  'mht',
  'md',
  'markdown',
  'txt',
  'epub',
];
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type DialogDeps = {
  showOpenDialog: (
    options: OpenDialogOptions,
  ) => Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog: (options: SaveDialogOptions) => Promise<{ canceled: boolean; filePath?: string }>;
  /** Where the save dialog starts, e.g. the Documents folder. */
  exportFolder: string;
};

/** Lets the person pick files; an empty list when they cancel. */
export function createImportPicker(deps: DialogDeps) {
  return async (): Promise<PickedFile[]> => {
    const result = await deps.showOpenDialog({
      title: 'Import articles',
      buttonLabel: 'Import',
      properties: ['openFile', 'multiSelections'],
      filters: [{ name: 'Articles and books', extensions: IMPORT_EXTENSIONS }],
    });
    if (result.canceled) return [];

    // Check every size before reading anything, so one huge file does not cost a long wait;
    // a file that cannot be taken is named with the reason, and the others still import.
    const files: PickedFile[] = [];
    for (const path of result.filePaths) {
      const name = basename(path);
      const info = await stat(path);
      if (!info.isFile()) {
        files.push({ name, bytes: new Uint8Array(), refused: `“${name}” is not a file.` });
      } else if (info.size > MAX_IMPORT_BYTES) {
        files.push({
          name,
          bytes: new Uint8Array(),
          refused: `“${name}” is ${Math.ceil(info.size / (1024 * 1024))} MB, larger than ${MAX_IMPORT_BYTES / (1024 * 1024)} MB, the most that can be imported.`,
        });
      } else {
        files.push({ name, bytes: await readFile(path) });
      }
    }
    return files;
  };
}

/** The largest backup file read for a restore (a backup holds imported articles too). */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;

/** Asks for one backup file (.json) and reads it; null when the person cancels. */
export function createBackupPicker(deps: DialogDeps) {
  return async (): Promise<PickedFile | null> => {
    const result = await deps.showOpenDialog({
      title: 'Restore from a backup',
      buttonLabel: 'Open backup',
      properties: ['openFile'],
      filters: [{ name: 'Karabakh Reader backup', extensions: ['json'] }],
    });
    const path = result.canceled ? undefined : result.filePaths[0];
    if (path === undefined) return null;
    const info = await stat(path);
    if (!info.isFile()) throw new ShellFailure('refused', `“${basename(path)}” is not a file.`);
    if (info.size > MAX_BACKUP_BYTES) {
      throw new ShellFailure(
        'refused',
        `“${basename(path)}” is larger than ${MAX_BACKUP_BYTES / (1024 * 1024)} MB, more than any backup this app writes. Nothing was changed.`,
      );
    }
    return { name: basename(path), bytes: await readFile(path) };
  };
}

/** Asks where to save, then writes the export atomically; null when the person cancels. */
export function createExportSaver(deps: DialogDeps) {
  return async (request: ExportRequest): Promise<ExportResult> => {
    const extension = extname(request.suggestedName).slice(1);
    const result = await deps.showSaveDialog({
      title: 'Export',
      defaultPath: join(deps.exportFolder, request.suggestedName),
      ...(extension === ''
        ? {}
        : { filters: [{ name: `${extension.toUpperCase()} file`, extensions: [extension] }] }),
    });
    if (result.canceled || result.filePath === undefined || result.filePath === '') return null;
    await writeAtomic(result.filePath, request.data);
    return { savedTo: result.filePath };
  };
}
