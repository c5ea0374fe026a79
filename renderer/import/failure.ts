// Every way an import can fail, as a result with a message a person can act on. Importers throw
// ImportFailure; importFile turns it (and anything unexpected) into an ImportResult.
import type { ImportErrorCode, ImportResult } from './types';

export class ImportFailure extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const SUPPORTED_EXTENSIONS = [
  '.html',
  '.htm',
  '.xhtml',
  '.mhtml',
  '.mht',
  '.md',
  '.markdown',
  '.txt',
  '.epub',
];

export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Math.round(mb * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export function failure(fileName: string, code: ImportErrorCode, message: string): ImportResult {
  return { ok: false, fileName, code, message };
}

export const messages = {
  empty: (name: string) =>
    `“${name}” is empty, so there is nothing to import. Check that you chose the right file.`,
  tooLarge: (name: string, size: number, limit: number) =>
    `“${name}” is ${megabytes(size)}, more than the ${megabytes(limit)} an import may be. Save a shorter version of the article and import that.`,
  unsupported: (name: string) =>
    `“${name}” is not a kind of file the reader can import. Use a web page (${SUPPORTED_EXTENSIONS.slice(0, 5).join(', ')}), Markdown (.md, .markdown), plain text (.txt) or an EPUB book (.epub).`,
  wrongType: (name: string, looksLike: string, expected: string) =>
    `“${name}” is named like ${expected} but looks like ${looksLike}. Choose the original file, or save the article again as a web page or text.`,
  binary: (name: string) =>
    `“${name}” contains binary data, not text. Check that you chose the right file.`,
  encoding: (name: string) =>
    `The text of “${name}” could not be read in any known character encoding. Open it in a text editor, save it as UTF-8 and import it again.`,
  expandsTooMuch: (name: string, limit: string) =>
    `“${name}” expands to more than ${limit}, so it was not imported.`,
  tooManyEntries: (name: string, limit: number) =>
    `“${name}” holds more than ${limit.toLocaleString('en')} files, more than a book needs, so it was not imported.`,
  declaredEncoding: (name: string, encoding: string) =>
    `“${name}” says it is ${encoding} text, but some of its bytes are not. Open the page in your browser and save it again (Save Page As…), or copy its text into a .txt file and import that.`,
  malformed: (name: string, what: string) =>
    `“${name}” is damaged or incomplete: ${what}. Download or save it again and retry.`,
  noContent: (name: string) =>
    `No article text was found in “${name}”. The page may load its text with scripts; try saving it with your browser’s “Save Page As… (complete)” or copy the text into a .txt file.`,
  unexpected: (name: string) =>
    `Something went wrong while importing “${name}”. The file may be damaged; try saving it again.`,
};
