import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  FALLBACK_MIME_TYPE,
  mimeTypeFor,
  resolveAppRequest,
  responseHeaders,
} from '../../electron/main/app-protocol';

const root = resolve('/srv/renderer');

describe('resolveAppRequest', () => {
  it('serves index.html for the bare app origin', () => {
    expect(resolveAppRequest('app://reader/', root)).toEqual({
      ok: true,
      filePath: join(root, 'index.html'),
      mimeType: 'text/html; charset=utf-8',
    });
    expect(resolveAppRequest('app://reader', root)).toMatchObject({
      ok: true,
      filePath: join(root, 'index.html'),
    });
  });

  it('maps a nested asset to the file under the renderer folder, ignoring query and hash', () => {
    expect(resolveAppRequest('app://reader/assets/index-abc.js?v=1#top', root)).toEqual({
      ok: true,
      filePath: join(root, 'assets', 'index-abc.js'),
      mimeType: 'text/javascript; charset=utf-8',
    });
  });

  it('decodes percent-encoded names such as spaces', () => {
    expect(resolveAppRequest('app://reader/fonts/Noto%20Sans.woff2', root)).toMatchObject({
      ok: true,
      filePath: join(root, 'fonts', 'Noto Sans.woff2'),
      mimeType: 'font/woff2',
    });
  });

  it.each([
    'app://reader/../secret.txt',
    'app://reader/assets/../../secret.txt',
    'app://reader/%2e%2e/secret.txt',
    'app://reader/%2E%2E/secret.txt',
    'app://reader/.%2e/secret.txt',
    'app://reader/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://reader/..%2fsecret.txt',
    'app://reader/..%5csecret.txt',
    'app://reader/assets/..\\..\\secret.txt',
    'app://reader/%2fetc%2fpasswd',
    'app://reader/C:%5cWindows%5cwin.ini',
    'app://reader/C%3a/Windows/win.ini',
    'app://reader/./index.html',
    'app://reader/index.html%00.png',
  ])('refuses %s as a traversal or absolute path', (url) => {
    const result = resolveAppRequest(url, root);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.status).toBe(400);
  });

  it('refuses malformed percent-encoding', () => {
    expect(resolveAppRequest('app://reader/%E0%A4%A', root)).toMatchObject({
      ok: false,
      status: 400,
    });
  });

  it.each(['app://elsewhere/index.html', 'file:///etc/passwd', 'https://reader/index.html'])(
    'does not serve %s, which is not on app://reader',
    (url) => {
      expect(resolveAppRequest(url, root)).toMatchObject({ ok: false, status: 404 });
    },
  );

  it('refuses text that is not a URL', () => {
    expect(resolveAppRequest('not a url', root)).toMatchObject({ ok: false, status: 400 });
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['sql-wasm.wasm', 'application/wasm'],
    ['index.js', 'text/javascript; charset=utf-8'],
    ['worker.mjs', 'text/javascript; charset=utf-8'],
    ['reader.db', 'application/octet-stream'],
    ['index.html', 'text/html; charset=utf-8'],
    ['styles.CSS', 'text/css; charset=utf-8'],
    ['map.svg', 'image/svg+xml'],
  ])('gives %s the type %s', (name, type) => {
    expect(mimeTypeFor(name)).toBe(type);
  });

  it('serves unknown extensions as inert bytes', () => {
    expect(mimeTypeFor('payload.exe')).toBe(FALLBACK_MIME_TYPE);
    expect(mimeTypeFor('README')).toBe('application/octet-stream');
  });
});

describe('responseHeaders', () => {
  it('carries the strict policy, nosniff and the content type', () => {
    expect(responseHeaders('application/wasm')).toMatchObject({
      'Content-Type': 'application/wasm',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    });
  });

  it('allows WebAssembly but no other eval, and no remote origin at all', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:|\*/);
  });
});
