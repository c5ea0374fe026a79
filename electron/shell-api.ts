// The one contract between the page and whatever hosts it (the Electron shell or a plain
// browser). Declared once: the preload implements it over IPC, main answers the channels,
// and the renderer's web platform implements it with fetch, IndexedDB and downloads.
// Only types and constant names live here, so every side can import it.

export type ShellError = { code: ShellErrorCode; message: string };
export type ShellErrorCode =
  | 'invalid-input'
  | 'forbidden-sender'
  | 'not-found'
  | 'io-error'
  | 'cancelled'
  | 'refused'
  | 'internal';

/** Every answer crosses the bridge as data, never as a thrown exception. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ShellError };

export type ContentDbFile = { path: string; bytes: Uint8Array };

/**
 * `bytes` is null when the user has no data yet (first start). `recovery` is set when the
 * shell found the saved file damaged: it moved it aside and restored a backup if it had a
 * good one, so `bytes` are then the backup's (or null: a fresh start).
 */
export type UserDbFile = {
  path: string;
  bytes: Uint8Array | null;
  recovery?: UserDbRecovery;
  /**
   * True when the shell has just opened these bytes with the page's own check (integrity and
   * version) and found them good, so the page need not run the same check again at start.
   */
  verified?: boolean;
};

export type UserDbRecovery = {
  /** Where the damaged file now is; it is never deleted. */
  keptAt: string;
  /** Why it could not be opened, as SQLite put it. */
  reason: string;
  /** The backup now in place and when it was taken (ISO 8601); null when none was good. */
  restored: { path: string; takenAt: string } | null;
};

/** `bytes` is null when nothing has been imported yet. */
export type ImportsDbFile = { path: string; bytes: Uint8Array | null };

/** Answers a write of either user file (user.db or imports.db). */
export type SavedUserDb = { savedAt: string; bytes: number };

export type SetAside = { keptAt: string };

/**
 * A file the person chose to import. A file that cannot be taken (over the size limit, not a
 * file) comes with `refused`, a sentence saying why, and no bytes; the others still import.
 */
export type PickedFile = { name: string; bytes: Uint8Array; refused?: string };

export type ExportRequest = {
  suggestedName: string;
  mimeType: string;
  data: string | Uint8Array;
};

/** null when the user closed the dialog without choosing a place. */
export type ExportResult = { savedTo: string } | null;

/** `suggestedName` is a plain file name ending in .pdf, offered in the save dialog. */
export type PrintRequest = { suggestedName: string };

export type AppInfo = {
  name: string;
  version: string;
  host: 'electron' | 'web';
  platform: string;
  userDataPath: string;
};

/** Commands the host sends to the page: menu items and lifecycle requests. */
export const SHELL_COMMANDS = [
  'focus-search',
  'go-library',
  'go-back',
  'go-forward',
  'toggle-bookmark',
  'import',
  'export',
  'text-larger',
  'text-smaller',
  'text-reset',
  'command-palette',
  'shortcuts',
  'flush',
] as const;

export type ShellCommand = (typeof SHELL_COMMANDS)[number];

export interface ShellApi {
  readonly host: 'electron' | 'web';
  readContentDb(): Promise<Envelope<ContentDbFile>>;
  readUserDb(): Promise<Envelope<UserDbFile>>;
  /** Durable within about a second; writes are coalesced by the host. */
  writeUserDb(bytes: Uint8Array): Promise<Envelope<SavedUserDb>>;
  /** Moves an unreadable user DB aside (never deletes it) so a fresh one can start. */
  setAsideUserDb(reason: string): Promise<Envelope<SetAside>>;
  /** The imported articles, kept in their own file so saving notes never rewrites them. */
  readImportsDb(): Promise<Envelope<ImportsDbFile>>;
  /**
   * Durable when answered. Must be an SQLite database; the previous file is kept as
   * backups/imports-previous.db. Writes run one at a time, in the order they were made.
   */
  writeImportsDb(bytes: Uint8Array): Promise<Envelope<SavedUserDb>>;
  openImportFiles(): Promise<Envelope<PickedFile[]>>;
  /** One backup file to restore from; null when the person cancels. */
  openBackupFile(): Promise<Envelope<PickedFile | null>>;
  saveExport(request: ExportRequest): Promise<Envelope<ExportResult>>;
  /**
   * Saves the current view as a PDF laid out by the page's print styles. In a browser,
   * which cannot write the file itself, this opens the print dialog and answers null.
   */
  printToPdf(request: PrintRequest): Promise<Envelope<ExportResult>>;
  /** http and https only, and only after the user confirms. */
  openExternal(url: string): Promise<Envelope<{ opened: boolean }>>;
  appInfo(): Promise<Envelope<AppInfo>>;
  /** Tells the host the page finished a requested flush (the answer to 'flush'). */
  flushed(): Promise<Envelope<null>>;
  onCommand(listener: (command: ShellCommand) => void): () => void;
}

/** The ShellApi calls that cross IPC as a request and an answer (commands come the other way). */
type ShellCall = Exclude<keyof ShellApi, 'host' | 'onCommand'>;

/**
 * IPC channel names, one per ShellApi call; main refuses anything else. Checked against
 * ShellApi here, so a call added to the interface without a channel fails to compile.
 */
export const CHANNELS = {
  readContentDb: 'shell:read-content-db',
  readUserDb: 'shell:read-user-db',
  writeUserDb: 'shell:write-user-db',
  setAsideUserDb: 'shell:set-aside-user-db',
  readImportsDb: 'shell:read-imports-db',
  writeImportsDb: 'shell:write-imports-db',
  openImportFiles: 'shell:open-import-files',
  openBackupFile: 'shell:open-backup-file',
  saveExport: 'shell:save-export',
  printToPdf: 'shell:print-to-pdf',
  openExternal: 'shell:open-external',
  appInfo: 'shell:app-info',
  flushed: 'shell:flushed',
} as const satisfies { [K in ShellCall]: `shell:${string}` };

export const COMMAND_CHANNEL = 'shell:command';

/** The name under which the preload exposes the ShellApi on `window`. */
export const SHELL_GLOBAL = 'karabakhShell';

/** Largest user DB the shell accepts in one write (imported articles live elsewhere). */
export const MAX_USER_DB_BYTES = 512 * 1024 * 1024;

/**
 * Largest imports DB the shell accepts in one write: 1 GiB, well inside what structured
 * clone carries across IPC in one piece, and far above a realistic library of saved pages.
 */
export const MAX_IMPORTS_DB_BYTES = 1024 * 1024 * 1024;

/** The first 16 bytes of every SQLite database file, sql.js exports included. */
export const SQLITE_HEADER = 'SQLite format 3\u0000';
