// A static server for the web build, on loopback only. It applies the same URL-to-file rules
// and headers (CSP included) as the desktop app's app:// protocol, so the browser sees what
// the Electron window sees.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { APP_HOST, APP_SCHEME } from '../../electron/main/origins';
import { resolveAppRequest, responseHeaders } from '../../electron/main/app-protocol';

export function createStaticServer(root: string): Server {
  return createServer((request, response) => {
    void (async () => {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const target = resolveAppRequest(`${APP_SCHEME}://${APP_HOST}${request.url ?? '/'}`, root);
      if (!target.ok) {
        response.writeHead(target.status, { 'Content-Type': 'text/plain' }).end(target.reason);
        return;
      }
      try {
        const info = await stat(target.filePath);
        if (!info.isFile()) throw new Error('not a file');
        response.writeHead(200, {
          ...responseHeaders(target.mimeType),
          'Content-Length': info.size,
        });
        if (request.method === 'HEAD') response.end();
        else createReadStream(target.filePath).pipe(response);
      } catch {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      }
    })();
  });
}

export function listen(server: Server, port: number, host = '127.0.0.1'): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolvePromise(`http://${host}:${actual}/`);
    });
  });
}
