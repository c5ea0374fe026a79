// Maps app://reader/... requests onto files in the built renderer folder, and says which
// headers every response carries. Pure: no file system access, so every refusal rule can
// be tested directly. The handler that reads the files is app-protocol-handler.ts.
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../csp';
import { APP_HOST, APP_SCHEME } from './origins';

/** Re-exported for the handler's callers; the policy itself lives in electron/csp.ts. */
export { CONTENT_SECURITY_POLICY };

/** Standard + secure make app:// behave like https for fetch, module workers and wasm. */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  stream: true,
  corsEnabled: true,
} as const;

const TEXT = '; charset=utf-8';
const MIME_TYPES: Record<string, string> = {
  '.html': `text/html${TEXT}`,
  '.js': `text/javascript${TEXT}`,
  '.mjs': `text/javascript${TEXT}`,
  '.css': `text/css${TEXT}`,
  '.json': `application/json${TEXT}`,
  '.map': `application/json${TEXT}`,
  '.txt': `text/plain${TEXT}`,
  '.wasm': 'application/wasm',
  '.db': 'application/octet-stream',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/** Unknown types are served as bytes the page cannot run or render (with nosniff). */
export const FALLBACK_MIME_TYPE = 'application/octet-stream';

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? FALLBACK_MIME_TYPE;
}

export function responseHeaders(mimeType: string): Record<string, string> {
  return {
    'Content-Type': mimeType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}

export type AppFile = { ok: true; filePath: string; mimeType: string };
export type AppRefusal = { ok: false; status: 400 | 404; reason: string };

// A "." or ".." path segment, written plainly or percent-encoded, with / or \ around it.
const DOT_SEGMENT = /(^|\/|\\|%2f|%5c)(\.|%2e){1,2}(\/|\\|%2f|%5c|\?|#|$)/i;

/** The file inside `root` that an app:// URL names, or why the request is refused. */
export function resolveAppRequest(url: string, root: string): AppFile | AppRefusal {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400, reason: 'not a URL' };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) {
    return { ok: false, status: 404, reason: 'not an app://reader URL' };
  }
  // The URL parser quietly resolves "..", so look at the text as it was sent.
  const rawPath = url.slice(url.indexOf(APP_HOST) + APP_HOST.length);
  if (DOT_SEGMENT.test(rawPath)) {
    return { ok: false, status: 400, reason: 'path traversal' };
  }

  const segments: string[] = [];
  for (const encoded of parsed.pathname.split('/')) {
    if (encoded === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return { ok: false, status: 400, reason: 'malformed percent-encoding' };
    }
    // After decoding, a segment must still be one plain name: no separators, no drive
    // letters, no NUL, no dot segments.
    if (segment === '.' || segment === '..' || /[/\\:\0]/.test(segment)) {
      return { ok: false, status: 400, reason: 'path traversal' };
    }
    segments.push(segment);
  }
  if (segments.length === 0 || parsed.pathname.endsWith('/')) segments.push('index.html');

  const rootPath = resolve(root);
  const filePath = join(rootPath, ...segments);
  const inside = relative(rootPath, filePath);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    return { ok: false, status: 400, reason: 'outside the renderer folder' };
  }
  return { ok: true, filePath, mimeType: mimeTypeFor(filePath) };
}
