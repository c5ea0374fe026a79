// Which importer a file goes to: its extension says what it claims to be, its first bytes say
// what it is. A mismatch becomes a clear refusal rather than a page of garbage.
import { latin1 } from './bytes';
import { ImportFailure, messages } from './failure';
import type { ImportFormat } from './types';

const BY_EXTENSION: Record<string, ImportFormat> = {
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  mhtml: 'mhtml',
  mht: 'mhtml',
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  epub: 'epub',
};

const FORMAT_NAMES: Record<ImportFormat, string> = {
  html: 'a web page',
  mhtml: 'a saved web archive (MHTML)',
  markdown: 'a Markdown file',
  text: 'a text file',
  epub: 'an EPUB book',
};

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

/** What well-known binary format the bytes start with, in words, or null. */
export function binaryKind(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'a PDF document';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return 'a ZIP archive (for example a Word document or an EPUB book)';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'a PNG image';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'a JPEG image';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'a GIF image';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return 'a WebP image';
  if (startsWith(bytes, [0x1f, 0x8b])) return 'a compressed (gzip) file';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'an old Microsoft Office document';
  return null;
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** Bytes are text in UTF-16 when they start with its byte-order mark or have zero every other byte. */
export function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

function hasNul(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

function looksLikeMime(bytes: Uint8Array): boolean {
  const head = latin1(bytes.subarray(0, 4096)).replace(/^\s+/, '');
  const headers = head.split(/\r?\n\r?\n/, 1)[0] ?? '';
  return /^[A-Za-z][\w-]*:/.test(headers) && /^(?:MIME-Version|Content-Type):/im.test(headers);
}

/** The importer for a file, or an ImportFailure saying why there is none. */
export function sniffFormat(name: string, bytes: Uint8Array): ImportFormat {
  const claimed = BY_EXTENSION[extensionOf(name)];
  if (!claimed) throw new ImportFailure('unsupported', messages.unsupported(name));
  const kind = binaryKind(bytes);
  if (claimed === 'epub') {
    if (kind?.startsWith('a ZIP')) return 'epub';
    if (kind)
      throw new ImportFailure('wrong-type', messages.wrongType(name, kind, FORMAT_NAMES.epub));
    throw new ImportFailure(
      'malformed',
      messages.malformed(name, 'an EPUB book is a ZIP archive and this file is not one'),
    );
  }
  if (kind)
    throw new ImportFailure('wrong-type', messages.wrongType(name, kind, FORMAT_NAMES[claimed]));
  if (!utf16Order(bytes) && hasNul(bytes)) throw new ImportFailure('binary', messages.binary(name));
  // Browsers save web archives as .mht/.mhtml and sometimes as .html; either way round works.
  if (claimed === 'html' && looksLikeMime(bytes)) return 'mhtml';
  if (claimed === 'mhtml' && !looksLikeMime(bytes)) return 'html';
  return claimed;
}
