// Serves the built renderer for protocol.handle('app', ...). Every response, errors
// included, carries the strict Content-Security-Policy; nothing outside the renderer
// folder is ever read, even through a symbolic link.
import * as fs from 'node:fs/promises';
import { extname, join, relative, isAbsolute, sep } from 'node:path';
import { mimeTypeFor, resolveAppRequest, responseHeaders } from './app-protocol';

export type AppRequest = { url: string; method: string };

export function createAppProtocolHandler(root: string): (request: AppRequest) => Promise<Response> {
  let realRoot: Promise<string> | null = null;

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plain(405, 'Method not allowed');
    }
    const target = resolveAppRequest(request.url, root);
    if (!target.ok)
      return plain(target.status, target.status === 404 ? 'Not found' : 'Bad request');

    realRoot ??= fs.realpath(root);
    let filePath = await servable(target.filePath, await realRoot);
    // The page routes without a server: a path with no extension that names no file is
    // one of its screens, so a reload there gets the page itself.
    if (filePath === null && extname(target.filePath) === '') {
      filePath = await servable(join(root, 'index.html'), await realRoot);
    }
    if (filePath === null) return plain(404, 'Not found');

    const body = request.method === 'HEAD' ? null : await fs.readFile(filePath);
    return new Response(body, { status: 200, headers: responseHeaders(mimeTypeFor(filePath)) });
  };
}

/** The real path of a regular file inside the root, or null. */
async function servable(filePath: string, realRoot: string): Promise<string | null> {
  let real: string;
  try {
    real = await fs.realpath(filePath);
    if (!(await fs.stat(real)).isFile()) return null;
  } catch {
    return null;
  }
  const inside = relative(realRoot, real);
  return inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside) ? null : real;
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: responseHeaders('text/plain; charset=utf-8') });
}
