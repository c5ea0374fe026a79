// Bytes to text without assuming UTF-8: a byte-order mark, then what the file declares, then
// strict UTF-8, then chardet's best guess. A result full of replacement or control characters
// is refused rather than shown as mojibake.
import chardet from 'chardet';
import { ImportFailure, messages } from './failure';
import { latin1 } from './bytes';
import { utf16Order } from './sniff';

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** A WHATWG encoding name for a label, or null when TextDecoder does not know it. */
export function knownEncoding(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The share of characters that signal a wrong decoding: U+FFFD and C0/C1 controls. */
function garbageRatio(text: string): number {
  if (!text.length) return 0;
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const bad = text.match(/[\uFFFD\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g)?.length ?? 0;
  return bad / text.length;
}

/**
 * The text of a file. `declared` is what the file says about itself (an HTML meta charset, a
 * MIME part's charset); a byte-order mark beats it, as in browsers.
 */
export function decodeText(bytes: Uint8Array, fileName: string, declared?: string | null): string {
  let encoding = bomEncoding(bytes) ?? utf16Order(bytes);
  let declaredEncoding = knownEncoding(declared);
  // A page that says UTF-16 but has no zero bytes was saved as something ASCII-compatible.
  if (!encoding && declaredEncoding?.startsWith('utf-16')) declaredEncoding = 'utf-8';
  const trustedDeclaration = !encoding && !!declaredEncoding;
  encoding ??= declaredEncoding;
  let text: string | null;
  if (encoding) {
    text = new TextDecoder(encoding).decode(bytes);
  } else {
    text = strictUtf8(bytes);
    if (text === null) {
      const guess = knownEncoding(chardet.detect(bytes));
      if (guess) text = new TextDecoder(guess).decode(bytes);
    }
  }
  if (text === null || garbageRatio(text) > 0.02) {
    // The file named its encoding and is wrong about it: saying so helps more than a guess.
    throw new ImportFailure(
      'encoding',
      trustedDeclaration && encoding
        ? messages.declaredEncoding(fileName, encodingName(encoding))
        : messages.encoding(fileName),
    );
  }
  return text.replace(/^\uFEFF/, '');
}

/** An encoding as people write it: UTF-8, not utf-8; windows-1252 as it is. */
function encodingName(encoding: string): string {
  return /^utf-/i.test(encoding) ? encoding.toUpperCase() : encoding;
}

/** The charset an HTML file declares in its first few kilobytes (<meta charset>, http-equiv). */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, 8192));
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (direct && knownEncoding(direct[1])) return direct[1]!;
  }
  return null;
}
