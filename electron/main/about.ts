// Help › About (and the macOS app menu's About): a native dialog naming the app's version,
// the Electron, Chromium and Node versions it runs on, and the version and review date of the
// bundled library, which is what a bug report needs. The text is built by a pure function; the
// library's version is read from the content DB's meta table only when the dialog is opened.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { MessageBoxOptions } from 'electron';
import initSqlJs from 'sql.js';
import type { Database } from 'sql.js';

export type ContentVersion = { version: string; reviewed: string };

export type AboutFacts = {
  appName: string;
  appVersion: string;
  /** process.versions in the main process: electron, chrome and node. */
  versions: { electron?: string; chrome?: string; node?: string };
  platform: string;
  arch: string;
  /** null when the library could not be read (missing or damaged file). */
  content: ContentVersion | null;
};

/** The dialog's text: the headline, then one fact per line. */
export function aboutText(facts: AboutFacts): { message: string; detail: string } {
  const { versions } = facts;
  const library =
    facts.content === null
      ? 'Library: could not be read'
      : `Library: ${facts.content.version || 'unknown version'}, reviewed ${facts.content.reviewed || 'on an unknown date'}`;
  return {
    message: `${facts.appName} ${facts.appVersion}`,
    detail: [
      library,
      `Electron: ${versions.electron ?? 'unknown'}`,
      `Chromium: ${versions.chrome ?? 'unknown'}`,
      `Node.js: ${versions.node ?? 'unknown'}`,
      `System: ${facts.platform} ${facts.arch}`,
    ].join('\n'),
  };
}

/**
 * sql.js's WebAssembly, read here so a missing file is an ordinary error (sql.js itself would
 * abort the process). The package ships no node_modules: the build copies the file beside the
 * main bundle (electron.vite.config.ts); from source it comes from the sql.js package.
 */
async function sqlWasm(): Promise<ArrayBuffer> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(fileURLToPath(new URL('sql-wasm.wasm', import.meta.url)));
  } catch {
    bytes = await readFile(createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm'));
  }
  return new Uint8Array(bytes).buffer;
}

/** The library's version and review date, or null when the file cannot be read as one. */
export async function readContentVersion(contentDbPath: string): Promise<ContentVersion | null> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(contentDbPath);
  } catch {
    return null;
  }
  let db: Database | null = null;
  try {
    const SQL = await initSqlJs({ wasmBinary: await sqlWasm() });
    db = new SQL.Database(bytes);
    const [result] = db.exec(
      "SELECT key, value FROM meta WHERE key IN ('content_version', 'last_reviewed')",
    );
    const meta = new Map((result?.values ?? []).map(([key, value]) => [key, String(value)]));
    return {
      version: meta.get('content_version') ?? '',
      reviewed: meta.get('last_reviewed') ?? '',
    };
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

export type AboutDeps = {
  facts: () => Omit<AboutFacts, 'content'>;
  readContent: () => Promise<ContentVersion | null>;
  showMessageBox: (options: MessageBoxOptions) => Promise<unknown>;
};

/** Shows the About dialog; one at a time, so repeated clicks do not stack dialogs. */
export function createAboutDialog(deps: AboutDeps): () => Promise<void> {
  let open = false;
  return async () => {
    if (open) return;
    open = true;
    try {
      const content = await deps.readContent().catch(() => null);
      const { message, detail } = aboutText({ ...deps.facts(), content });
      await deps.showMessageBox({
        type: 'info',
        title: `About ${deps.facts().appName}`,
        message,
        detail,
        buttons: ['OK'],
        defaultId: 0,
        noLink: true,
      });
    } finally {
      open = false;
    }
  };
}
