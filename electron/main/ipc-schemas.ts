// What each IPC channel accepts, checked in main before any handler runs: the page is
// treated as untrusted input. Each schema validates the whole argument list, so extra or
// missing arguments are refused too. Messages are written for a person to read.
import { z } from 'zod';
import { MAX_IMPORTS_DB_BYTES, MAX_USER_DB_BYTES, SQLITE_HEADER } from '../shell-api';
import type { CHANNELS, ShellApi } from '../shell-api';
import { isOpenableUrl } from './open-external';

export type ChannelName = keyof typeof CHANNELS;

/** The arguments of each ShellApi call, as main receives them. */
export type ChannelArgs = { [K in ChannelName]: Parameters<ShellApi[K]> };

export const MAX_EXPORT_BYTES = 100 * 1024 * 1024;
export const MAX_REASON_CHARS = 500;
export const MAX_FILE_NAME_CHARS = 200;
export const MAX_URL_CHARS = 2048;

const megabytes = (n: number): string => `${Math.round(n / (1024 * 1024))} MB`;

const argumentCount = (count: number) => (issue: { code: string }) =>
  issue.code === 'invalid_type'
    ? 'The request was not a list of arguments.'
    : `This call takes ${count === 0 ? 'no arguments' : 'exactly one argument'}.`;

const noArguments = () => z.tuple([], { error: argumentCount(0) });

const oneArgument = <T extends z.ZodType>(schema: T) =>
  z.tuple([schema], { error: argumentCount(1) });

const userDbBytes = z
  .instanceof(Uint8Array, { error: 'The database must be sent as bytes (a Uint8Array).' })
  .refine((bytes) => bytes.byteLength <= MAX_USER_DB_BYTES, {
    error: `The database is larger than ${megabytes(MAX_USER_DB_BYTES)}, the most that can be saved.`,
  });

/** True when the bytes begin with the SQLite file header. */
function hasSqliteHeader(bytes: Uint8Array): boolean {
  if (bytes.byteLength < SQLITE_HEADER.length) return false;
  for (let i = 0; i < SQLITE_HEADER.length; i += 1) {
    if (bytes[i] !== SQLITE_HEADER.charCodeAt(i)) return false;
  }
  return true;
}

// The imports DB is only ever replaced whole, so anything that is not an SQLite database
// (an empty buffer, a JSON dump, a page's HTML) is refused before it can overwrite it.
const importsDbBytes = z
  .instanceof(Uint8Array, {
    error: 'The imported articles must be sent as bytes (a Uint8Array).',
  })
  .refine((bytes) => bytes.byteLength <= MAX_IMPORTS_DB_BYTES, {
    error: `The imported articles are larger than ${megabytes(MAX_IMPORTS_DB_BYTES)}, the most that can be saved.`,
    abort: true,
  })
  .refine(hasSqliteHeader, {
    error:
      'The imported articles were not saved: the data is not an SQLite database (it does not start with “SQLite format 3”).',
  });

const reason = z
  .string({ error: 'The reason must be text.' })
  .min(1, { error: 'A reason is needed to set the database aside.' })
  .max(MAX_REASON_CHARS, { error: `The reason is longer than ${MAX_REASON_CHARS} characters.` });

const fileName = z
  .string({ error: 'The file name must be text.' })
  .min(1, { error: 'The file name is empty.' })
  .max(MAX_FILE_NAME_CHARS, {
    error: `The file name is longer than ${MAX_FILE_NAME_CHARS} characters.`,
  })
  .refine((name) => !/[/\\]/.test(name), {
    error: 'The file name must not contain a folder (no / or \\).',
  })
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), {
    error: 'The file name contains control characters.',
  })
  .refine((name) => name !== '.' && name !== '..', { error: 'The file name is not a file name.' });

const mimeType = z
  .string({ error: 'The file type must be text.' })
  .max(200, { error: 'The file type is too long.' })
  .regex(/^[\w.+-]+\/[\w.+-]+(\s*;.*)?$/, { error: 'The file type is not a MIME type.' });

const exportData = z
  .union([z.string(), z.instanceof(Uint8Array)], {
    error: 'The export must be text or bytes.',
  })
  .refine(
    (data) =>
      (typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : data.byteLength) <=
      MAX_EXPORT_BYTES,
    { error: `The export is larger than ${megabytes(MAX_EXPORT_BYTES)}.` },
  );

const exportRequest = z.strictObject(
  { suggestedName: fileName, mimeType, data: exportData },
  { error: 'The export request is not in the expected form.' },
);

const pdfName = fileName.refine((name) => /^.+\.pdf$/i.test(name), {
  error: 'The file name must end in .pdf.',
});

const printRequest = z.strictObject(
  { suggestedName: pdfName },
  { error: 'The print request is not in the expected form.' },
);

const externalUrl = z
  .string({ error: 'The link must be text.' })
  .max(MAX_URL_CHARS, { error: `The link is longer than ${MAX_URL_CHARS} characters.` })
  .refine(isOpenableUrl, { error: 'Only web links (http or https) can be opened.' });

export const channelSchemas = {
  readContentDb: noArguments(),
  readUserDb: noArguments(),
  writeUserDb: oneArgument(userDbBytes),
  setAsideUserDb: oneArgument(reason),
  readImportsDb: noArguments(),
  writeImportsDb: oneArgument(importsDbBytes),
  openImportFiles: noArguments(),
  openBackupFile: noArguments(),
  saveExport: oneArgument(exportRequest),
  printToPdf: oneArgument(printRequest),
  openExternal: oneArgument(externalUrl),
  appInfo: noArguments(),
  flushed: noArguments(),
} satisfies { [K in ChannelName]: z.ZodType<ChannelArgs[K]> };

/** The first problem found, as one sentence. */
export function describeInvalidInput(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue === undefined ? 'The request was not valid.' : issue.message;
}
