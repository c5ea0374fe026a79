// The import in progress, kept outside any screen so files dropped on any screen, picked from
// the File menu or from the import screen join one queue, and leaving the screen does not stop
// it. Each file is read, converted on the page (the pipeline needs the DOM; an EPUB's archive
// is unpacked in a worker, so a ZIP bomb cannot freeze the page) and then added to the library
// on its own, so the progress shown is real and one failure stops nothing else.
import { useSyncExternalStore } from 'react';
import type { ShellApi } from '../../platform';
import type { DbClient } from '../../db/client';
import { MAX_IMPORT_BYTES, importFile, libraryRecord, type HtmlEnv } from '../../import';
import { createBrowserEnv } from '../../import/env-browser';
import { inflateInWorker } from '../../platform/archive-inflater';
import { messages } from '../../import/failure';
import {
  baseName,
  readableError,
  type FileOutcome,
  type IncomingFile,
} from '../../services/import-outcomes';

export interface ImportRunState {
  /** Files in this run: done, being imported and waiting. */
  total: number;
  done: number;
  /** The file being imported now, or null between runs. */
  current: string | null;
  outcomes: readonly FileOutcome[];
  running: boolean;
  /** Why the file dialog could not be shown, if it could not. */
  pickError: string | null;
}

const IDLE: ImportRunState = {
  total: 0,
  done: 0,
  current: null,
  outcomes: [],
  running: false,
  pickError: null,
};

let state = IDLE;
const queue: IncomingFile[] = [];
let env: HtmlEnv | null = null;
const listeners = new Set<() => void>();

function set(next: ImportRunState): void {
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useImportRun(): ImportRunState {
  return useSyncExternalStore(subscribe, () => state);
}

/**
 * Adds files to the import. Files that arrive while an import runs join it; otherwise they
 * start a new one and the previous results are cleared.
 */
export function importFiles(db: DbClient, files: readonly IncomingFile[]): void {
  if (files.length === 0) return;
  queue.push(...files);
  if (state.running) {
    set({ ...state, total: state.total + files.length });
    return;
  }
  set({ ...IDLE, total: files.length, running: true });
  void drain(db);
}

/** Shows the file dialog and imports what the reader chose. */
export async function chooseAndImport(db: DbClient, shell: ShellApi): Promise<void> {
  const picked = await shell.openImportFiles();
  if (!picked.ok) {
    if (picked.error.code !== 'cancelled')
      set({ ...state, pickError: `The files could not be opened: ${picked.error.message}` });
    return;
  }
  if (state.pickError) set({ ...state, pickError: null });
  importFiles(
    db,
    picked.value.map((file) => ({
      name: file.name,
      size: file.bytes.byteLength,
      read: async () => file.bytes,
      refused: file.refused,
    })),
  );
}

/** A dropped or chosen browser File, read only when its turn comes. */
export function fromBrowserFile(file: File): IncomingFile {
  return {
    name: file.name,
    size: file.size,
    read: async () => new Uint8Array(await file.arrayBuffer()),
  };
}

async function drain(db: DbClient): Promise<void> {
  for (let file = queue.shift(); file; file = queue.shift()) {
    set({ ...state, current: baseName(file.name) });
    const outcome = await importOne(db, file);
    set({ ...state, done: state.done + 1, outcomes: [...state.outcomes, outcome] });
  }
  set({ ...state, current: null, running: false });
}

async function importOne(db: DbClient, file: IncomingFile): Promise<FileOutcome> {
  const fileName = baseName(file.name);
  const failed = (message: string): FileOutcome => ({ status: 'failed', fileName, message });
  if (file.refused) return failed(file.refused);
  // Checked before reading, so a huge file is refused without loading it into memory.
  if (file.size > MAX_IMPORT_BYTES)
    return failed(messages.tooLarge(fileName, file.size, MAX_IMPORT_BYTES));
  let bytes: Uint8Array;
  try {
    bytes = await file.read();
  } catch (error) {
    return failed(`“${fileName}” could not be read: ${readableError(error)}`);
  }
  env ??= createBrowserEnv();
  const result = await importFile({ name: fileName, bytes }, env, {
    inflateArchive: inflateInWorker,
  });
  if (!result.ok) return failed(result.message);
  try {
    const [added] = await db.addImported([libraryRecord(result.document, env)]);
    if (!added) return failed(messages.unexpected(fileName));
    return { status: added.status, fileName, article: added.article };
  } catch (error) {
    return failed(readableError(error));
  }
}
