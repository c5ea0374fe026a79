// Bring your own articles: one file's bytes in, one sanitized document (or a reason) out.
// Pure: no storage and no UI; the renderer passes createBrowserEnv(), Node code createNodeEnv().
import type { HtmlEnv } from './env';
import { importEpub } from './epub';
import { ImportFailure, failure, messages } from './failure';
import { importHtmlBytes } from './html';
import { importMarkdown } from './markdown';
import { importMhtml } from './mhtml';
import { sniffFormat } from './sniff';
import { importText } from './text';
import {
  MAX_IMPORT_BYTES,
  type ImportedDocument,
  type ImportFile,
  type ImportFormat,
  type ImportOptions,
  type ImportResult,
} from './types';

import type { NewImportedArticle } from '../db/types';

export type { HtmlEnv } from './env';
export type { ArchiveInflater, InflatedArchive } from './epub-archive';
export { IMPORTED_HTML_POLICY, PLACEHOLDER_CLASS, sanitizeImportedHtml } from './sanitize';
export * from './types';

const IMPORTERS: Record<
  ImportFormat,
  (
    bytes: Uint8Array,
    fileName: string,
    env: HtmlEnv,
    options: ImportOptions,
  ) => Promise<ImportedDocument>
> = {
  html: (bytes, fileName, env) => importHtmlBytes(bytes, fileName, env),
  mhtml: importMhtml,
  markdown: importMarkdown,
  text: importText,
  epub: (bytes, fileName, env, options) => importEpub(bytes, fileName, env, options.inflateArchive),
};

function onlyWhitespace(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1 << 20);
  if (bytes.length > n) return false;
  // UTF-8/UTF-16 byte-order marks, ASCII whitespace and the zero bytes of UTF-16.
  return bytes.every(
    (b) =>
      b === 0x20 ||
      (b >= 0x09 && b <= 0x0d) ||
      b === 0 ||
      b === 0xef ||
      b === 0xbb ||
      b === 0xbf ||
      b === 0xff ||
      b === 0xfe,
  );
}

/** Imports one file. Never throws: every failure is an ImportResult with a message. */
export async function importFile(
  file: ImportFile,
  env: HtmlEnv,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const name = file.name.split(/[\\/]/).pop() || 'the file';
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  try {
    const { bytes } = file;
    if (bytes.length === 0) return failure(name, 'empty', messages.empty(name));
    if (bytes.length > maxBytes)
      return failure(name, 'too-large', messages.tooLarge(name, bytes.length, maxBytes));
    const format = sniffFormat(name, bytes);
    if (format !== 'epub' && onlyWhitespace(bytes))
      return failure(name, 'empty', messages.empty(name));
    const document = await IMPORTERS[format](bytes, name, env, options);
    if (!document.text.trim()) return failure(name, 'no-content', messages.noContent(name));
    return { ok: true, document };
  } catch (error) {
    if (error instanceof ImportFailure) return failure(name, error.code, error.message);
    return failure(name, 'malformed', messages.unexpected(name));
  }
}

/**
 * What the library stores for an imported document: the document and its text as the page's
 * textContent gives it, which highlights are anchored to by character offsets.
 */
export function libraryRecord(document: ImportedDocument, env: HtmlEnv): NewImportedArticle {
  const body = env.parse('<!doctype html><body></body>').body;
  body.innerHTML = document.html;
  return { ...document, anchorText: body.textContent ?? '' };
}
