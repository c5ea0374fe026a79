// Web archives (.mht/.mhtml) as browsers save them: a MIME multipart message whose first HTML
// part is the page and whose other parts are its images. Images the page uses are inlined as
// data: URLs when small enough; the page then goes through the HTML importer.
import { fromBase64, latin1, latin1Bytes, toBase64 } from './bytes';
import { decodeText, declaredHtmlCharset } from './decode';
import type { HtmlEnv } from './env';
import { ImportFailure, messages } from './failure';
import { importHtmlText } from './html';
import { webUrl } from './metadata';
import type { ImageResolution } from './sanitize';
import { MAX_DATA_IMAGE_BYTES, type ImportedDocument } from './types';

interface MimePart {
  headers: Map<string, string>;
  body: Uint8Array;
}

const INLINE_IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/** Header block to a map of lower-cased names; folded lines are joined. */
function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  const unfolded = block.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}

function headerParam(value: string | undefined, param: string): string | null {
  if (!value) return null;
  const match = new RegExp(`(?:^|;)\\s*${param}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

function mediaType(part: MimePart): string {
  return (part.headers.get('content-type') ?? 'text/plain').split(';')[0]!.trim().toLowerCase();
}

function decodeQuotedPrintable(text: string): Uint8Array {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const c = joined.charCodeAt(i);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(c & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}

function splitHead(raw: string): { head: string; body: string } {
  const match = /\r?\n\r?\n/.exec(raw);
  if (!match) return { head: raw, body: '' };
  return { head: raw.slice(0, match.index), body: raw.slice(match.index + match[0].length) };
}

function decodePart(head: string, body: string, fileName: string): MimePart {
  const headers = parseHeaders(head);
  const transfer = (headers.get('content-transfer-encoding') ?? '').trim().toLowerCase();
  let bytes: Uint8Array;
  if (transfer === 'base64') {
    const decoded = fromBase64(body);
    if (!decoded) {
      throw new ImportFailure(
        'malformed',
        messages.malformed(fileName, 'a part of the archive is not valid base64'),
      );
    }
    bytes = decoded;
  } else if (transfer === 'quoted-printable') {
    bytes = decodeQuotedPrintable(body);
  } else {
    bytes = latin1Bytes(body);
  }
  return { headers, body: bytes };
}

/** The parts of a MIME message; a message that is not multipart is its own single part. */
export function parseMime(
  bytes: Uint8Array,
  fileName: string,
): { headers: Map<string, string>; parts: MimePart[] } {
  const raw = latin1(bytes).replace(/^\s+/, '');
  const { head, body } = splitHead(raw);
  const headers = parseHeaders(head);
  const boundary = headerParam(headers.get('content-type'), 'boundary');
  if (!boundary) return { headers, parts: [decodePart(head, body, fileName)] };
  const parts: MimePart[] = [];
  const delimiter = `--${boundary}`;
  const chunks = body.split(delimiter);
  // chunks[0] is the preamble; a chunk starting with "--" follows the closing delimiter.
  for (const chunk of chunks.slice(1)) {
    if (chunk.startsWith('--')) break;
    const trimmed = chunk.replace(/^[ \t]*\r?\n/, '').replace(/\r?\n$/, '');
    const part = splitHead(trimmed);
    parts.push(decodePart(part.head, part.body, fileName));
  }
  if (parts.length === 0) {
    throw new ImportFailure(
      'malformed',
      messages.malformed(fileName, 'the web archive has no parts'),
    );
  }
  return { headers, parts };
}

function contentId(part: MimePart): string | null {
  const id = part.headers.get('content-id')?.trim().replace(/^<|>$/g, '');
  return id ? `cid:${id}` : null;
}

export async function importMhtml(
  bytes: Uint8Array,
  fileName: string,
  env: HtmlEnv,
): Promise<ImportedDocument> {
  const { headers, parts } = parseMime(bytes, fileName);
  const page = parts.find((part) => mediaType(part) === 'text/html');
  if (!page) {
    throw new ImportFailure(
      'malformed',
      messages.malformed(fileName, 'the web archive holds no web page'),
    );
  }
  const location =
    webUrl(headers.get('snapshot-content-location')) ??
    webUrl(page.headers.get('content-location'));
  const resources = new Map<string, MimePart>();
  for (const part of parts) {
    if (part === page) continue;
    const where = part.headers.get('content-location');
    if (where) {
      resources.set(where.trim(), part);
      const absolute = webUrl(where, location);
      if (absolute) resources.set(absolute, part);
    }
    const cid = contentId(part);
    if (cid) resources.set(cid, part);
  }
  const resolveImage = (src: string): ImageResolution | null => {
    const part = resources.get(src) ?? resources.get(webUrl(src, location) ?? '');
    if (!part) return null;
    const type = mediaType(part);
    if (!INLINE_IMAGE_TYPES.has(type)) return { dataUrl: null, label: `${src} (${type})` };
    if (part.body.length > MAX_DATA_IMAGE_BYTES)
      return { dataUrl: null, label: `${src} (too large to keep)` };
    return { dataUrl: `data:${type};base64,${toBase64(part.body)}`, label: src };
  };
  const charset = headerParam(page.headers.get('content-type'), 'charset');
  const source = decodeText(page.body, fileName, charset ?? declaredHtmlCharset(page.body));
  return importHtmlText(source, fileName, env, { format: 'mhtml', location, resolveImage });
}
