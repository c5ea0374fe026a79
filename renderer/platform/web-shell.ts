// The ShellApi for a plain browser (npm run web, and the end-to-end tests): the content DB
// is fetched from the server, the user DB lives in IndexedDB, files come from a file input,
// exports leave as downloads and printing goes through the browser's print dialog.
import type {
  AppInfo,
  Envelope,
  ExportRequest,
  PickedFile,
  SavedUserDb,
  ShellApi,
  ShellCommand,
  ShellError,
} from '../../electron/shell-api';
import { SQLITE_HEADER } from '../../electron/shell-api';
import { openKeyValueStore, type KeyValueStore } from './idb-store';

const USER_DB_KEY = 'user.db';
const IMPORTS_DB_KEY = 'imports.db';
const CONTENT_URL = './reader.db';

const ok = <T>(value: T): Envelope<T> => ({ ok: true, value });
const fail = (code: ShellError['code'], message: string): Envelope<never> => ({
  ok: false,
  error: { code, message },
});

export function createWebShell(version: string): ShellApi {
  let store: Promise<KeyValueStore> | null = null;
  const db = () => (store ??= openKeyValueStore('karabakh-reader', 'files'));
  const listeners = new Set<(command: ShellCommand) => void>();
  let importsWrites: Promise<void> = Promise.resolve();

  async function putImportsDb(bytes: Uint8Array): Promise<Envelope<SavedUserDb>> {
    if (!isSqliteDatabase(bytes)) {
      return fail(
        'invalid-input',
        'The imported articles were not saved: the data is not an SQLite database (it does not start with “SQLite format 3”).',
      );
    }
    try {
      await (await db()).put(IMPORTS_DB_KEY, bytes);
      return ok({ savedAt: new Date().toISOString(), bytes: bytes.byteLength });
    } catch (error) {
      return fail(
        'io-error',
        `Your imported articles could not be saved in the browser: ${message(error)}`,
      );
    }
  }

  return {
    host: 'web',

    async readContentDb() {
      const url = new URL(CONTENT_URL, document.baseURI).href;
      try {
        const response = await fetch(url, { cache: 'no-cache' });
        if (!response.ok)
          return fail('not-found', `${url} answered ${response.status} ${response.statusText}`);
        return ok({ path: url, bytes: new Uint8Array(await response.arrayBuffer()) });
      } catch (error) {
        return fail('io-error', `${url} could not be fetched: ${message(error)}`);
      }
    },

    async readUserDb() {
      try {
        const bytes = await (await db()).get(USER_DB_KEY);
        return ok({ path: `IndexedDB: karabakh-reader/${USER_DB_KEY}`, bytes: bytes ?? null });
      } catch (error) {
        return fail(
          'io-error',
          `Your saved data could not be read from the browser: ${message(error)}`,
        );
      }
    },

    async writeUserDb(bytes) {
      try {
        await (await db()).put(USER_DB_KEY, bytes);
        return ok({ savedAt: new Date().toISOString(), bytes: bytes.byteLength });
      } catch (error) {
        return fail(
          'io-error',
          `Your latest changes are not saved yet: the browser refused to store them (${message(error)}). They are kept while this page is open, and saving will be tried again.`,
        );
      }
    },

    async setAsideUserDb(reason) {
      try {
        const kv = await db();
        const bytes = await kv.get(USER_DB_KEY);
        const keptAt = `${USER_DB_KEY}.unreadable-${new Date().toISOString().replace(/[:.]/g, '-')}`;
        if (bytes) await kv.put(keptAt, bytes);
        await kv.put(`${keptAt}.reason`, new TextEncoder().encode(reason));
        await kv.delete(USER_DB_KEY);
        return ok({ keptAt: `IndexedDB: karabakh-reader/${keptAt}` });
      } catch (error) {
        return fail('io-error', `The unreadable data could not be moved aside: ${message(error)}`);
      }
    },

    async readImportsDb() {
      try {
        await importsWrites;
        const bytes = await (await db()).get(IMPORTS_DB_KEY);
        return ok({ path: `IndexedDB: karabakh-reader/${IMPORTS_DB_KEY}`, bytes: bytes ?? null });
      } catch (error) {
        return fail(
          'io-error',
          `Your imported articles could not be read from the browser: ${message(error)}`,
        );
      }
    },

    writeImportsDb(bytes) {
      // One at a time and in call order, as in the desktop app, so the last call wins.
      const write = importsWrites.then(() => putImportsDb(bytes));
      importsWrites = write.then(() => undefined);
      return write;
    },

    openImportFiles: () => pickFiles(),
    openBackupFile: () => pickBackup(),

    async saveExport(request: ExportRequest) {
      const blob = new Blob([request.data as BlobPart], { type: request.mimeType });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = request.suggestedName;
      link.rel = 'noopener';
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return ok({ savedTo: request.suggestedName });
    },

    // The browser's own print dialog lays the page out with the same print styles and
    // offers "Save as PDF"; whether anything was saved is not for the page to know.
    async printToPdf() {
      window.print();
      return ok(null);
    },

    async openExternal(url) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return fail('invalid-input', `${url} is not a web address.`);
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        return fail('refused', 'Only http and https links can be opened.');
      }
      if (!window.confirm(`Open this link in your browser?\n\n${parsed.href}`))
        return ok({ opened: false });
      window.open(parsed.href, '_blank', 'noopener,noreferrer');
      return ok({ opened: true });
    },

    async appInfo(): Promise<Envelope<AppInfo>> {
      return ok({
        name: 'Karabakh Reader',
        version,
        host: 'web',
        platform: navigator.userAgent,
        userDataPath: 'IndexedDB: karabakh-reader',
      });
    },

    async flushed() {
      return ok(null);
    },

    onCommand(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The largest file taken for import (the same limit as the desktop app's). */
const MAX_PICK_BYTES = 50 * 1024 * 1024;

function pickFiles(): Promise<Envelope<PickedFile[]>> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    // .json: a backup chosen in Settings → Your data comes through the same picker.
    input.accept = '.html,.htm,.xhtml,.mhtml,.mht,.md,.markdown,.txt,.epub';
    input.addEventListener('change', async () => {
      const files = [...(input.files ?? [])];
      const picked = await Promise.all(
        files.map(async (f): Promise<PickedFile> =>
          f.size > MAX_PICK_BYTES
            ? {
                name: f.name,
                bytes: new Uint8Array(),
                refused: `“${f.name}” is ${Math.ceil(f.size / 1_048_576)} MB, larger than ${MAX_PICK_BYTES / 1_048_576} MB, the most that can be imported.`,
              }
            : { name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) },
        ),
      );
      resolve(ok(picked));
    });
    input.addEventListener('cancel', () => resolve(ok([])));
    input.click();
  });
}

/** One backup file, chosen with the browser's file input; null when none was chosen. */
function pickBackup(): Promise<Envelope<PickedFile | null>> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      resolve(
        ok(file ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null),
      );
    });
    input.addEventListener('cancel', () => resolve(ok(null)));
    input.click();
  });
}

function isSqliteDatabase(bytes: Uint8Array): boolean {
  return [...SQLITE_HEADER].every((char, i) => bytes[i] === char.charCodeAt(0));
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
