import initSqlJs from 'sql.js';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, MAX_IMPORTS_DB_BYTES, MAX_USER_DB_BYTES } from '../../electron/shell-api';
import type { Envelope } from '../../electron/shell-api';
import { isTrustedSenderUrl, registerHandlers, trustedSenderCheck } from '../../electron/main/ipc';
import type { CallerPage, IpcMainLike, SenderEvent, ShellHandlers } from '../../electron/main/ipc';
import type { ChannelName } from '../../electron/main/ipc-schemas';
import { MAX_EXPORT_BYTES } from '../../electron/main/ipc-schemas';
import { ShellFailure } from '../../electron/main/shell-failure';

/** Stands in for Electron's ipcMain: records handlers and lets a test invoke them. */
class FakeIpcMain implements IpcMainLike {
  readonly listeners = new Map<string, (event: SenderEvent, ...args: unknown[]) => unknown>();

  handle(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => unknown): void {
    if (this.listeners.has(channel)) throw new Error(`second handler for ${channel}`);
    this.listeners.set(channel, listener);
  }

  removeHandler(channel: string): void {
    this.listeners.delete(channel);
  }

  async invoke(
    channel: string,
    event: SenderEvent,
    ...args: unknown[]
  ): Promise<Envelope<unknown>> {
    const listener = this.listeners.get(channel);
    if (listener === undefined) throw new Error(`no handler for ${channel}`);
    return (await listener(event, ...args)) as Envelope<unknown>;
  }
}

const page: CallerPage = { printToPDF: async () => new Uint8Array([37, 80, 68, 70]) };
const fromPage: SenderEvent = { senderFrame: { url: 'app://reader/index.html' }, sender: page };

function fakeHandlers() {
  return {
    readContentDb: vi.fn(async () => ({ path: '/r/reader.db', bytes: new Uint8Array([1]) })),
    readUserDb: vi.fn(async () => ({ path: '/u/user.db', bytes: null })),
    writeUserDb: vi.fn(async (bytes: Uint8Array) => ({ savedAt: 'now', bytes: bytes.byteLength })),
    setAsideUserDb: vi.fn(async () => ({ keptAt: '/u/user.db.unreadable' })),
    readImportsDb: vi.fn(async () => ({ path: '/u/imports.db', bytes: null })),
    writeImportsDb: vi.fn(async (bytes: Uint8Array) => ({
      savedAt: 'now',
      bytes: bytes.byteLength,
    })),
    openImportFiles: vi.fn(async () => []),
    openBackupFile: vi.fn(async () => null),
    saveExport: vi.fn(async () => ({ savedTo: '/home/notes.md' })),
    printToPdf: vi.fn(async () => ({ savedTo: '/home/timeline.pdf' })),
    openExternal: vi.fn(async () => ({ opened: true })),
    appInfo: vi.fn(async () => ({
      name: 'Karabakh Reader',
      version: '0.1.0',
      host: 'electron' as const,
      platform: 'linux',
      userDataPath: '/u',
    })),
    flushed: vi.fn(async () => null),
  } satisfies ShellHandlers;
}

function setUp() {
  const ipcMain = new FakeIpcMain();
  const handlers = fakeHandlers();
  const log = vi.fn();
  registerHandlers(ipcMain, handlers, { isTrustedSender: trustedSenderCheck(), log });
  return { ipcMain, handlers, log };
}

const encode = (text: string) => new TextEncoder().encode(text);

/** The start of a real SQLite file; what follows does not matter to the check. */
const sqliteBytes = encode('SQLite format 3\u0000 and the rest of the first page');

/** A Uint8Array that reports `byteLength` bytes while holding only a few. */
function reportingByteLength(byteLength: number): Uint8Array {
  const bytes = sqliteBytes.slice();
  Object.defineProperty(bytes, 'byteLength', { value: byteLength });
  return bytes;
}

const goodExport = { suggestedName: 'notes.md', mimeType: 'text/markdown', data: '# Notes' };
const goodPrint = { suggestedName: 'timeline.pdf' };

/** One valid argument list per channel. */
const validArgs: { [K in ChannelName]: unknown[] } = {
  readContentDb: [],
  readUserDb: [],
  writeUserDb: [new Uint8Array([83, 81, 76])],
  setAsideUserDb: ['file is not a database'],
  readImportsDb: [],
  writeImportsDb: [sqliteBytes],
  openImportFiles: [],
  openBackupFile: [],
  saveExport: [goodExport],
  printToPdf: [goodPrint],
  openExternal: ['https://www.crisisgroup.org/'],
  appInfo: [],
  flushed: [],
};

const noInputBad: unknown[][] = [[1], ['x'], [{}], [null]];

/** Malformed, oversized and wrong-typed argument lists, per channel. */
const badArgs: { [K in ChannelName]: [string, unknown[]][] } = {
  readContentDb: noInputBad.map((args) => [`an unexpected ${JSON.stringify(args)}`, args]),
  readUserDb: noInputBad.map((args) => [`an unexpected ${JSON.stringify(args)}`, args]),
  readImportsDb: noInputBad.map((args) => [`an unexpected ${JSON.stringify(args)}`, args]),
  openImportFiles: noInputBad.map((args) => [`an unexpected ${JSON.stringify(args)}`, args]),
  openBackupFile: noInputBad.map((args) => [`an unexpected ${JSON.stringify(args)}`, args]),
  appInfo: noInputBad.map((args) => [`an unexpected ${JSON.stringify(args)}`, args]),
  flushed: noInputBad.map((args) => [`an unexpected ${JSON.stringify(args)}`, args]),
  writeUserDb: [
    ['no bytes', []],
    ['a string', ['SQLite format 3']],
    ['a plain array of numbers', [[83, 81, 76]]],
    ['an array-like object', [{ 0: 83, length: 1 }]],
    ['an ArrayBuffer', [new ArrayBuffer(4)]],
    ['a second argument', [new Uint8Array(1), new Uint8Array(1)]],
    // calloc'd and never touched, so this costs address space, not memory.
    ['bytes over the size limit', [new Uint8Array(MAX_USER_DB_BYTES + 1)]],
  ],
  writeImportsDb: [
    ['no bytes', []],
    ['a string', ['SQLite format 3\u0000']],
    ['a plain array of numbers', [[...sqliteBytes]]],
    ['an ArrayBuffer', [sqliteBytes.slice().buffer]],
    ['a second argument', [sqliteBytes, sqliteBytes]],
    ['bytes over the size limit', [reportingByteLength(MAX_IMPORTS_DB_BYTES + 1)]],
    ['no bytes at all', [new Uint8Array(0)]],
    ['a header cut short', [sqliteBytes.slice(0, 15)]],
    ['text', [encode('{"articles":[]}')]],
    ['an HTML page', [encode('<!doctype html><title>SQLite format 3</title>')]],
    ['a header in the wrong case', [encode('sqlite format 3\u0000')]],
    ['zeros', [new Uint8Array(4096)]],
  ],
  setAsideUserDb: [
    ['no reason', []],
    ['a number', [42]],
    ['null', [null]],
    ['an empty reason', ['']],
    ['a reason over 500 characters', ['x'.repeat(501)]],
  ],
  saveExport: [
    ['no request', []],
    ['a string', ['notes.md']],
    ['an empty object', [{}]],
    ['a name with a folder', [{ ...goodExport, suggestedName: '../../.bashrc' }]],
    ['a name with a Windows folder', [{ ...goodExport, suggestedName: 'C:\\Users\\x\\a.md' }]],
    ['an absolute name', [{ ...goodExport, suggestedName: '/etc/passwd' }]],
    ['a name of two dots', [{ ...goodExport, suggestedName: '..' }]],
    ['an empty name', [{ ...goodExport, suggestedName: '' }]],
    ['a name with a NUL', [{ ...goodExport, suggestedName: 'notes\u0000.md' }]],
    ['a name over 200 characters', [{ ...goodExport, suggestedName: `${'n'.repeat(198)}.md` }]],
    ['a number as MIME type', [{ ...goodExport, mimeType: 42 }]],
    ['a MIME type that is not one', [{ ...goodExport, mimeType: 'markdown please' }]],
    ['a number as data', [{ ...goodExport, data: 42 }]],
    ['an array as data', [{ ...goodExport, data: [1, 2, 3] }]],
    ['bytes over 100 MB', [{ ...goodExport, data: new Uint8Array(MAX_EXPORT_BYTES + 1) }]],
    ['text over 100 MB', [{ ...goodExport, data: 'é'.repeat(MAX_EXPORT_BYTES / 2 + 1) }]],
    ['an unexpected field', [{ ...goodExport, path: '/etc/passwd' }]],
  ],
  printToPdf: [
    ['no request', []],
    ['a string', ['timeline.pdf']],
    ['an empty object', [{}]],
    ['a number as name', [{ suggestedName: 42 }]],
    ['a name with a folder', [{ suggestedName: '../../timeline.pdf' }]],
    ['a name with a Windows folder', [{ suggestedName: 'C:\\Users\\x\\timeline.pdf' }]],
    ['an absolute name', [{ suggestedName: '/tmp/timeline.pdf' }]],
    ['an empty name', [{ suggestedName: '' }]],
    ['a name with a NUL', [{ suggestedName: 'timeline\u0000.pdf' }]],
    ['a name over 200 characters', [{ suggestedName: `${'t'.repeat(197)}.pdf` }]],
    ['a name without an extension', [{ suggestedName: 'timeline' }]],
    ['a name with another extension', [{ suggestedName: 'timeline.html' }]],
    ['a name that only looks like a PDF', [{ suggestedName: 'timeline.pdf.exe' }]],
    ['an extension and nothing before it', [{ suggestedName: '.pdf' }]],
    ['an unexpected field', [{ ...goodPrint, data: 'x' }]],
    ['a second argument', [goodPrint, goodPrint]],
  ],
  openExternal: [
    ['no URL', []],
    ['a number', [42]],
    ['a javascript: URL', ['javascript:alert(1)']],
    ['a file: URL', ['file:///etc/passwd']],
    ['an app: URL', ['app://reader/']],
    ['a data: URL', ['data:text/html,<script>alert(1)</script>']],
    ['text that is not a URL', ['www.example.org']],
    ['a URL with credentials', ['https://trusted.example@evil.example/']],
    ['a URL over 2048 characters', [`https://example.org/${'a'.repeat(2048)}`]],
  ],
};

const channelNames = Object.keys(CHANNELS) as ChannelName[];

const TEN_MB = 10 * 1024 * 1024;
const tenMegabytesOfText = 'x'.repeat(TEN_MB);
const hugeArray = new Array<number>(1_000_000).fill(7);

/** An object nested `depth` levels deep, built without recursion. */
function deeplyNested(depth: number): unknown {
  let value: unknown = { end: true };
  for (let i = 0; i < depth; i += 1) value = { inner: value, suggestedName: 'a.pdf' };
  return value;
}

/**
 * Payloads no channel accepts, whatever it expects: sent alone, in place of the real
 * argument, and after a valid argument list (an extra argument).
 */
const abusive: [string, unknown][] = [
  ['a 10 MB string', tenMegabytesOfText],
  ['an array of a million numbers', hugeArray],
  ['an object nested 100,000 levels deep', deeplyNested(100_000)],
  ['a number', 42],
  ['a boolean', true],
  ['null', null],
  ['undefined', undefined],
  ['a Map', new Map([['suggestedName', 'a.pdf']])],
  ['a Date', new Date(0)],
  ['an object that sets __proto__', JSON.parse('{"__proto__": {"polluted": true}}')],
];

/** For each channel: the abusive payload in place of its arguments, and after them. */
function abuseCases(name: ChannelName): [string, unknown[]][] {
  return abusive.flatMap(([what, payload]): [string, unknown[]][] => [
    [`${what} as the argument`, [payload]],
    [`${what} after a valid call`, [...validArgs[name], payload]],
    [`${what} twice`, [payload, payload]],
  ]);
}

describe('registerHandlers', () => {
  it.each(channelNames)(
    'answers a valid %s call from the page with the handler value',
    async (name) => {
      const { ipcMain, handlers } = setUp();
      const answer = await ipcMain.invoke(CHANNELS[name], fromPage, ...validArgs[name]);
      expect(answer.ok).toBe(true);
      expect(handlers[name]).toHaveBeenCalledTimes(1);
      expect(handlers[name]).toHaveBeenCalledWith(...validArgs[name], { page });
    },
  );

  const badCases = channelNames.flatMap((name) =>
    badArgs[name].map(([what, args]) => [name, what, args] as const),
  );
  it.each(badCases)(
    'refuses %s with %s, without calling the handler',
    async (name, _what, args) => {
      const { ipcMain, handlers } = setUp();
      const answer = await ipcMain.invoke(CHANNELS[name], fromPage, ...args);
      expect(answer.ok).toBe(false);
      if (!answer.ok) {
        expect(answer.error.code).toBe('invalid-input');
        expect(answer.error.message).toMatch(/^[A-Z].*\.$/);
        expect(answer.error.message).not.toMatch(/\n\s+at /);
      }
      expect(handlers[name]).not.toHaveBeenCalled();
    },
  );

  it.each(channelNames)('has valid, bad and abusive cases for %s', (name) => {
    // A channel added to CHANNELS without cases here fails this test.
    expect(validArgs[name]).toBeDefined();
    expect(badArgs[name]?.length ?? 0).toBeGreaterThan(0);
    expect(abuseCases(name).length).toBe(abusive.length * 3);
  });

  const abuse = channelNames.flatMap((name) =>
    abuseCases(name).map(([what, args]) => [name, what, args] as const),
  );
  it.each(abuse)('refuses %s with %s, and no handler runs', async (name, _what, args) => {
    const { ipcMain, handlers } = setUp();
    const answer = await ipcMain.invoke(CHANNELS[name], fromPage, ...args);
    expect(answer).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/^[A-Z].*\.$/) },
    });
    if (!answer.ok) expect(answer.error.message.length).toBeLessThan(300);
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    'Timeline 1988–1994.pdf',
    'timeline.PDF',
    'karabakh.timeline.pdf',
    `${'t'.repeat(196)}.pdf`,
  ])('accepts %s as the name of a PDF to print', async (suggestedName) => {
    const { ipcMain, handlers } = setUp();
    const answer = await ipcMain.invoke(CHANNELS.printToPdf, fromPage, { suggestedName });
    expect(answer).toEqual({ ok: true, value: { savedTo: '/home/timeline.pdf' } });
    expect(handlers.printToPdf).toHaveBeenCalledWith({ suggestedName }, { page });
  });

  it('accepts an empty database exported by sql.js as imported articles', async () => {
    const SQL = await initSqlJs();
    const empty = new SQL.Database().export();
    const { ipcMain, handlers } = setUp();
    const answer = await ipcMain.invoke(CHANNELS.writeImportsDb, fromPage, empty);
    expect(answer).toEqual({ ok: true, value: { savedAt: 'now', bytes: empty.byteLength } });
    expect(handlers.writeImportsDb).toHaveBeenCalledWith(empty, { page });
  });

  it('accepts a sql.js database with tables and rows as imported articles', async () => {
    const SQL = await initSqlJs();
    const db = new SQL.Database();
    db.run('CREATE TABLE imported (id TEXT PRIMARY KEY, title TEXT)');
    db.run('INSERT INTO imported VALUES (?, ?)', ['import:1', 'Saved page']);
    const { ipcMain } = setUp();
    const answer = await ipcMain.invoke(CHANNELS.writeImportsDb, fromPage, db.export());
    expect(answer.ok).toBe(true);
  });

  it('says why bytes are refused as imported articles', async () => {
    const { ipcMain, handlers } = setUp();
    expect(
      await ipcMain.invoke(CHANNELS.writeImportsDb, fromPage, encode('not a database')),
    ).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message:
          'The imported articles were not saved: the data is not an SQLite database (it does not start with “SQLite format 3”).',
      },
    });
    expect(
      await ipcMain.invoke(
        CHANNELS.writeImportsDb,
        fromPage,
        reportingByteLength(MAX_IMPORTS_DB_BYTES + 1),
      ),
    ).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'The imported articles are larger than 1024 MB, the most that can be saved.',
      },
    });
    expect(handlers.writeImportsDb).not.toHaveBeenCalled();
  });

  it('accepts imported articles of exactly the largest size', async () => {
    const { ipcMain, handlers } = setUp();
    const largest = reportingByteLength(MAX_IMPORTS_DB_BYTES);
    expect((await ipcMain.invoke(CHANNELS.writeImportsDb, fromPage, largest)).ok).toBe(true);
    expect(handlers.writeImportsDb).toHaveBeenCalledWith(largest, { page });
  });

  it('says why a PDF name is refused', async () => {
    const { ipcMain } = setUp();
    expect(
      await ipcMain.invoke(CHANNELS.printToPdf, fromPage, { suggestedName: 'timeline.html' }),
    ).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'The file name must end in .pdf.' },
    });
    expect(
      await ipcMain.invoke(CHANNELS.printToPdf, fromPage, { suggestedName: 'a/timeline.pdf' }),
    ).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'The file name must not contain a folder (no / or \\).',
      },
    });
  });

  const strangers: [string, SenderEvent][] = [
    ['a web page', { senderFrame: { url: 'https://evil.example/' } }],
    ['a local file', { senderFrame: { url: 'file:///tmp/page.html' } }],
    ['another app: host', { senderFrame: { url: 'app://evil/index.html' } }],
    ['a look-alike host', { senderFrame: { url: 'app://reader.evil/index.html' } }],
    ['a frame that is gone', { senderFrame: null }],
    ['an empty URL', { senderFrame: { url: '' } }],
    ['another origin on loopback', { senderFrame: { url: 'http://127.0.0.1:5178/' } }],
    ['the dev server, outside development', { senderFrame: { url: 'http://localhost:5173/' } }],
    ['a file:// frame named like the app', { senderFrame: { url: 'file:///app/reader/' } }],
    ['an about:blank frame', { senderFrame: { url: 'about:blank' } }],
    ['a data: frame', { senderFrame: { url: 'data:text/html,<script>1</script>' } }],
    ['the developer tools', { senderFrame: { url: 'devtools://devtools/bundled/index.html' } }],
    ['an https page with the app as its path', { senderFrame: { url: 'https://x/app://reader/' } }],
  ];
  const senderCases = channelNames.flatMap((name) =>
    strangers.map(([who, event]) => [name, who, event] as const),
  );
  it.each(senderCases)(
    'refuses %s from %s, without calling the handler',
    async (name, _who, event) => {
      const { ipcMain, handlers } = setUp();
      const answer = await ipcMain.invoke(CHANNELS[name], event, ...validArgs[name]);
      expect(answer).toEqual({
        ok: false,
        error: { code: 'forbidden-sender', message: expect.stringMatching(/refused/) },
      });
      expect(handlers[name]).not.toHaveBeenCalled();
    },
  );

  it.each(senderCases)(
    'refuses %s from %s before looking at what was sent',
    async (name, _who, event) => {
      const { ipcMain, handlers } = setUp();
      const answer = await ipcMain.invoke(CHANNELS[name], event, tenMegabytesOfText, hugeArray);
      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
      for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
    },
  );

  it('passes on the reason a handler gives when it refuses', async () => {
    const { ipcMain, handlers } = setUp();
    handlers.readContentDb.mockRejectedValueOnce(
      new ShellFailure('not-found', 'The library database is missing.'),
    );
    expect(await ipcMain.invoke(CHANNELS.readContentDb, fromPage)).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'The library database is missing.' },
    });
  });

  it('turns an unexpected error into a readable message without internals, and logs it', async () => {
    const { ipcMain, handlers, log } = setUp();
    const bug = new TypeError("Cannot read properties of undefined (reading 'x')");
    handlers.appInfo.mockRejectedValueOnce(bug);
    const answer = await ipcMain.invoke(CHANNELS.appInfo, fromPage);
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error.code).toBe('internal');
      expect(answer.error.message).not.toContain('Cannot read');
      expect(answer.error.message).not.toContain('at ');
    }
    expect(log).toHaveBeenCalledWith(CHANNELS.appInfo, bug);
  });

  it('reports a disk error as an io-error a person can act on', async () => {
    const { ipcMain, handlers } = setUp();
    handlers.writeUserDb.mockRejectedValueOnce(
      Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }),
    );
    const answer = await ipcMain.invoke(CHANNELS.writeUserDb, fromPage, new Uint8Array(1));
    expect(answer).toEqual({
      ok: false,
      error: { code: 'io-error', message: 'The disk is full.' },
    });
  });

  it('refuses to register the channels twice on the same ipcMain', () => {
    const { ipcMain } = setUp();
    expect(() =>
      registerHandlers(ipcMain, fakeHandlers(), { isTrustedSender: () => true }),
    ).toThrow(/already registered/);
  });

  it('can register again after the first registration is removed', async () => {
    const ipcMain = new FakeIpcMain();
    const remove = registerHandlers(ipcMain, fakeHandlers(), { isTrustedSender: () => true });
    remove();
    expect(ipcMain.listeners.size).toBe(0);
    const handlers = fakeHandlers();
    registerHandlers(ipcMain, handlers, { isTrustedSender: () => true });
    await ipcMain.invoke(CHANNELS.flushed, fromPage);
    expect(handlers.flushed).toHaveBeenCalled();
  });
});

describe('isTrustedSenderUrl', () => {
  it('trusts the app page and its sub-paths', () => {
    expect(isTrustedSenderUrl('app://reader/')).toBe(true);
    expect(isTrustedSenderUrl('app://reader/index.html#/library')).toBe(true);
  });

  it.each([
    'https://reader/',
    'app://reader.example/',
    'app://evil/',
    'file:///app/reader/index.html',
    'http://localhost:5173/',
    'about:blank',
    'devtools://devtools/',
    '',
    'app:reader',
  ])('does not trust %s', (url) => {
    expect(isTrustedSenderUrl(url)).toBe(false);
  });

  it('trusts the development server only when it is named', () => {
    expect(
      isTrustedSenderUrl('http://localhost:5173/', ['app://reader', 'http://localhost:5173']),
    ).toBe(true);
    expect(
      isTrustedSenderUrl('http://localhost:5174/', ['app://reader', 'http://localhost:5173']),
    ).toBe(false);
  });
});
