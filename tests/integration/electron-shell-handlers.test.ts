// The page's calls, end to end through the IPC layer, against real files in a temp folder.
// Only Electron's ipcMain (and the native dialogs) are stood in for.
import * as fs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../electron/shell-api';
import type { Envelope, ShellApi } from '../../electron/shell-api';
import type { AtomicFs } from '../../electron/main/atomic-write';
import { createImportsWriter, saveImportsDb } from '../../electron/main/imports-db-file';
import type { ImportsWriter } from '../../electron/main/imports-db-file';
import { registerHandlers, trustedSenderCheck } from '../../electron/main/ipc';
import type { CallerPage, IpcMainLike, SenderEvent } from '../../electron/main/ipc';
import { createPdfPrinter } from '../../electron/main/print-to-pdf';
import { createSaveQueue } from '../../electron/main/save-queue';
import type { SaveQueue } from '../../electron/main/save-queue';
import { createShellHandlers } from '../../electron/main/shell-handlers';
import { saveUserDb } from '../../electron/main/user-db-file';

class FakeIpcMain implements IpcMainLike {
  readonly listeners = new Map<string, (event: SenderEvent, ...args: unknown[]) => unknown>();
  handle(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => unknown): void {
    this.listeners.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.listeners.delete(channel);
  }
}

type ValueOf<E> = E extends { ok: true; value: infer V } ? V : never;

let dir: string;
let contentDb: string;
let userDb: string;
let queue: SaveQueue;
let importsDb: string;
let importsWriter: ImportsWriter;
/** The file system calls imports.db is written with; a test may swap in a failing one. */
let importsFs: AtomicFs;
let backupErrors: unknown[];
let flushedCalls: number;
let ipcMain: FakeIpcMain;
/** What the save dialog answers; each test that saves chooses its own. */
let saveAnswer: { canceled: boolean; filePath?: string };

/** Calls a channel as the page would, from app://reader. */
async function call<K extends keyof typeof CHANNELS>(
  name: K,
  ...args: Parameters<ShellApi[K]>
): Promise<Envelope<ValueOf<Awaited<ReturnType<ShellApi[K]>>>>> {
  return callFrom(undefined, name, ...args);
}

/** Calls a channel from a page Electron would name as the sender. */
async function callFrom<K extends keyof typeof CHANNELS>(
  sender: CallerPage | undefined,
  name: K,
  ...args: Parameters<ShellApi[K]>
): Promise<Envelope<ValueOf<Awaited<ReturnType<ShellApi[K]>>>>> {
  const listener = ipcMain.listeners.get(CHANNELS[name]);
  if (listener === undefined) throw new Error(`no handler for ${name}`);
  const event: SenderEvent = { senderFrame: { url: 'app://reader/index.html' }, sender };
  return (await listener(event, ...args)) as Envelope<ValueOf<Awaited<ReturnType<ShellApi[K]>>>>;
}

function value<T>(envelope: Envelope<T>): T {
  if (!envelope.ok) throw new Error(`expected success, got ${envelope.error.message}`);
  return envelope.value;
}

const bytes = (text: string) => new TextEncoder().encode(text);
const decode = (data: Uint8Array | null) => (data === null ? null : new TextDecoder().decode(data));

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kr-handlers-'));
  contentDb = join(dir, 'resources', 'reader.db');
  userDb = join(dir, 'userData', 'user.db');
  await saveUserDb(contentDb, bytes('SQLite format 3 content'));
  flushedCalls = 0;
  queue = createSaveQueue({
    write: (data) => saveUserDb(userDb, data),
    delayMs: 30,
    retryDelayMs: 60_000,
  });
  importsDb = join(dir, 'userData', 'imports.db');
  importsFs = fs;
  backupErrors = [];
  importsWriter = createImportsWriter({
    write: (data) =>
      saveImportsDb(importsDb, data, {
        fs: importsFs,
        onBackupError: (error) => backupErrors.push(error),
      }),
  });
  ipcMain = new FakeIpcMain();
  saveAnswer = { canceled: true, filePath: '' };
  registerHandlers(
    ipcMain,
    createShellHandlers({
      contentDbPath: contentDb,
      userDbPath: userDb,
      saveQueue: queue,
      importsDbPath: importsDb,
      importsWriter,
      pickImportFiles: async () => [{ name: 'a.md', bytes: bytes('# A') }],
      pickBackupFile: async () => ({ name: 'backup.json', bytes: bytes('{}') }),
      saveExport: async () => ({ savedTo: join(dir, 'export.md') }),
      printToPdf: createPdfPrinter({
        exportFolder: dir,
        showSaveDialog: async () => saveAnswer,
      }),
      openExternal: async () => ({ opened: false }),
      appInfo: () => ({
        name: 'Karabakh Reader',
        version: '0.1.0',
        host: 'electron',
        platform: process.platform,
        userDataPath: join(dir, 'userData'),
      }),
      pageFlushed: () => {
        flushedCalls += 1;
      },
      now: () => new Date('2024-05-01T10:00:00Z'),
    }),
    { isTrustedSender: trustedSenderCheck() },
  );
});

afterEach(async () => {
  await queue.flush().catch(() => undefined);
  await importsWriter.settled();
  await rm(dir, { recursive: true, force: true });
});

describe('the content database', () => {
  it('is read from the installation', async () => {
    const file = value(await call('readContentDb'));
    expect(file.path).toBe(contentDb);
    expect(decode(file.bytes)).toBe('SQLite format 3 content');
  });

  it('when missing, gives a not-found error that says what to do', async () => {
    await rm(contentDb);
    const answer = await call('readContentDb');
    expect(answer).toEqual({
      ok: false,
      error: { code: 'not-found', message: expect.stringMatching(/missing.*Reinstalling/) },
    });
  });
});

describe('the user database', () => {
  it('is empty (null) on the first start', async () => {
    expect(value(await call('readUserDb'))).toEqual({ path: userDb, bytes: null });
  });

  it('is on disk by the time a write is answered, so the page may show "Saved"', async () => {
    const saved = value(await call('writeUserDb', bytes('bookmarks and notes')));
    expect(saved.bytes).toBe(19);
    expect(await readFile(userDb, 'utf8')).toBe('bookmarks and notes');
  });

  it('reads back the latest write even before its delay has passed', async () => {
    void call('writeUserDb', bytes('just typed'));
    expect(decode(value(await call('readUserDb')).bytes)).toBe('just typed');
  });

  it('answers a failed write with a readable error and saves the bytes once the disk recovers', async () => {
    // A file where the user-data folder should be makes every save fail.
    await writeFile(join(dir, 'userData'), 'in the way');
    const answer = await call('writeUserDb', bytes('my precious note'));
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error.code).toBe('io-error');
      expect(answer.error.message).toMatch(/not saved yet.*keep trying/);
    }

    await rm(join(dir, 'userData'));
    await queue.flush();
    expect(await readFile(userDb, 'utf8')).toBe('my precious note');
  });

  it('is set aside with its bytes kept, after which the page starts fresh', async () => {
    await call('writeUserDb', bytes('damaged'));
    const { keptAt } = value(await call('setAsideUserDb', 'file is not a database'));
    expect(await readFile(keptAt, 'utf8')).toBe('damaged');
    expect(await readFile(`${keptAt}.txt`, 'utf8')).toContain('file is not a database');
    expect(value(await call('readUserDb')).bytes).toBeNull();
    expect((await readdir(join(dir, 'userData'))).sort()).toEqual([
      'user.db.unreadable-20240501-100000',
      'user.db.unreadable-20240501-100000.txt',
    ]);
  });

  it('cannot be set aside when there is none, and says so', async () => {
    expect(await call('setAsideUserDb', 'no reason')).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'There is no saved user data to set aside.' },
    });
  });
});

describe('the imported articles', () => {
  const SQL = initSqlJs();

  /** A real sql.js export holding one imported article with the given title. */
  async function importsWith(title: string): Promise<Uint8Array> {
    const db = new (await SQL).Database();
    db.run('CREATE TABLE imported (id TEXT PRIMARY KEY, title TEXT)');
    db.run('INSERT INTO imported VALUES (?, ?)', ['import:1', title]);
    const exported = db.export();
    db.close();
    return exported;
  }

  async function titleIn(data: Uint8Array | null): Promise<unknown> {
    if (data === null) return null;
    const db = new (await SQL).Database(data);
    try {
      return db.exec('SELECT title FROM imported')[0]?.values[0]?.[0];
    } finally {
      db.close();
    }
  }

  const previous = () => join(dir, 'userData', 'backups', 'imports-previous.db');

  it('are empty (null) before anything was imported', async () => {
    expect(value(await call('readImportsDb'))).toEqual({ path: importsDb, bytes: null });
  });

  it('read back exactly the bytes written, from imports.db beside user.db', async () => {
    const data = await importsWith('Saved page');
    const saved = value(await call('writeImportsDb', data));
    expect(saved.bytes).toBe(data.byteLength);
    expect(new Uint8Array(await readFile(importsDb))).toEqual(data);
    const file = value(await call('readImportsDb'));
    expect(file.path).toBe(importsDb);
    expect(new Uint8Array(file.bytes ?? [])).toEqual(data);
    expect(await titleIn(file.bytes)).toBe('Saved page');
  });

  it('leave user.db alone', async () => {
    await call('writeImportsDb', await importsWith('Saved page'));
    expect(value(await call('readUserDb')).bytes).toBeNull();
  });

  it('keep the version before the latest write in backups/imports-previous.db', async () => {
    await call('writeImportsDb', await importsWith('first title'));
    await expect(readFile(previous())).rejects.toMatchObject({ code: 'ENOENT' });
    await call('writeImportsDb', await importsWith('second title'));
    await call('writeImportsDb', await importsWith('third title'));
    expect(await titleIn(await readFile(previous()))).toBe('second title');
    expect(await titleIn(value(await call('readImportsDb')).bytes)).toBe('third title');
  });

  it('end with the bytes of the last of two overlapping writes', async () => {
    // The first write's temp file is held back until the second call has been made, so
    // the first would land last if the two ran side by side.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let writes = 0;
    importsFs = {
      ...fs,
      open: async (path, flags, mode) => {
        if (flags === 'wx' && (writes += 1) === 1) await held;
        return fs.open(path, flags, mode);
      },
    };
    const firstData = await importsWith('first');
    const secondData = await importsWith('second');
    const first = call('writeImportsDb', firstData);
    const second = call('writeImportsDb', secondData);
    // The first write is now held at its temp file, with the second call already made.
    await vi.waitFor(() => expect(writes).toBe(1));
    release();
    expect((await first).ok && (await second).ok).toBe(true);
    expect(await titleIn(new Uint8Array(await readFile(importsDb)))).toBe('second');
    expect(await titleIn(new Uint8Array(await readFile(previous())))).toBe('first');
  });

  it('are read only after a write still running has finished', async () => {
    const data = await importsWith('just imported');
    void call('writeImportsDb', data);
    expect(new Uint8Array(value(await call('readImportsDb')).bytes ?? [])).toEqual(data);
  });

  it('answer a failed write with a readable error and keep the file saved before', async () => {
    const good = await importsWith('the good version');
    await call('writeImportsDb', good);
    importsFs = {
      ...fs,
      rename: async () => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    };
    expect(await call('writeImportsDb', await importsWith('the lost version'))).toEqual({
      ok: false,
      error: {
        code: 'io-error',
        message:
          'The imported articles could not be saved. The disk is full. What was saved before is unchanged.',
      },
    });
    expect(new Uint8Array(await readFile(importsDb))).toEqual(good);
    expect(new Uint8Array(value(await call('readImportsDb')).bytes ?? [])).toEqual(good);
  });

  it('answer a write into a folder that is a file with a readable error', async () => {
    await writeFile(join(dir, 'userData'), 'in the way');
    expect(await call('writeImportsDb', await importsWith('anything'))).toEqual({
      ok: false,
      error: {
        code: 'io-error',
        message:
          'The imported articles could not be saved. Something is already in the way where a file or folder was to be created. What was saved before is unchanged.',
      },
    });
    expect(await readFile(join(dir, 'userData'), 'utf8')).toBe('in the way');
  });

  it('are still saved when the previous version cannot be kept, and the failure is logged', async () => {
    await call('writeImportsDb', await importsWith('first title'));
    // A file where the backups folder should be makes keeping the previous version fail.
    await writeFile(join(dir, 'userData', 'backups'), 'in the way');
    const latest = await importsWith('second title');
    expect(value(await call('writeImportsDb', latest)).bytes).toBe(latest.byteLength);
    expect(new Uint8Array(await readFile(importsDb))).toEqual(latest);
    expect(backupErrors).toEqual([expect.objectContaining({ code: 'EEXIST' })]);
  });

  it('refuse bytes that are not an SQLite database and leave the saved file as it was', async () => {
    const good = await importsWith('the good version');
    await call('writeImportsDb', good);
    const answer = await call('writeImportsDb', bytes('<html>oops</html>'));
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(new Uint8Array(await readFile(importsDb))).toEqual(good);
    await expect(readFile(previous())).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('printing the current view to PDF', () => {
  const pdf = bytes('%PDF-1.7 the timeline %%EOF');
  const printable = (answer: Uint8Array | Error): CallerPage => ({
    printToPDF: async () => {
      if (answer instanceof Error) throw answer;
      return answer;
    },
  });

  it('saves the PDF of the page that asked where the person chose', async () => {
    saveAnswer = { canceled: false, filePath: join(dir, 'timeline.pdf') };
    const answer = await callFrom(printable(pdf), 'printToPdf', { suggestedName: 'timeline.pdf' });
    expect(value(answer)).toEqual({ savedTo: join(dir, 'timeline.pdf') });
    expect(await readFile(join(dir, 'timeline.pdf'), 'utf8')).toBe('%PDF-1.7 the timeline %%EOF');
  });

  it('answers null and saves nothing when the person cancels', async () => {
    const before = await readdir(dir);
    const answer = await callFrom(printable(pdf), 'printToPdf', { suggestedName: 'timeline.pdf' });
    expect(value(answer)).toBeNull();
    expect(await readdir(dir)).toEqual(before);
  });

  it('answers a page that cannot be printed with a readable error and saves nothing', async () => {
    saveAnswer = { canceled: false, filePath: join(dir, 'timeline.pdf') };
    const answer = await callFrom(printable(new Error('Failed to generate PDF')), 'printToPdf', {
      suggestedName: 'timeline.pdf',
    });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'internal', message: expect.stringMatching(/could not be turned into a PDF/) },
    });
    expect(await readdir(dir)).not.toContain('timeline.pdf');
  });

  it('answers a file that cannot be written with the reason', async () => {
    saveAnswer = { canceled: false, filePath: join(dir, 'no-such-folder', 'timeline.pdf') };
    const answer = await callFrom(printable(pdf), 'printToPdf', { suggestedName: 'timeline.pdf' });
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'io-error',
        message: 'The PDF could not be saved as “timeline.pdf”. The file or folder does not exist.',
      },
    });
  });

  it('refuses to print when no page is named as the sender', async () => {
    saveAnswer = { canceled: false, filePath: join(dir, 'timeline.pdf') };
    expect(await call('printToPdf', { suggestedName: 'timeline.pdf' })).toEqual({
      ok: false,
      error: { code: 'refused', message: 'There is no page to print.' },
    });
    expect(await readdir(dir)).not.toContain('timeline.pdf');
  });
});

describe('the other calls', () => {
  it('pass the page what the dialogs, the link opener and the app report', async () => {
    expect(value(await call('openImportFiles'))).toEqual([{ name: 'a.md', bytes: bytes('# A') }]);
    expect(value(await call('openBackupFile'))).toEqual({
      name: 'backup.json',
      bytes: bytes('{}'),
    });
    expect(
      value(
        await call('saveExport', { suggestedName: 'n.md', mimeType: 'text/markdown', data: 'x' }),
      ),
    ).toEqual({ savedTo: join(dir, 'export.md') });
    expect(value(await call('openExternal', 'https://example.org/'))).toEqual({ opened: false });
    expect(value(await call('appInfo'))).toMatchObject({
      name: 'Karabakh Reader',
      host: 'electron',
    });
  });

  it('tell the quit sequence when the page has flushed', async () => {
    expect(value(await call('flushed'))).toBeNull();
    expect(flushedCalls).toBe(1);
  });
});
