import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/app-protocol';
import { createAppProtocolHandler } from '../../electron/main/app-protocol-handler';

let dir: string;
let root: string;
let serve: ReturnType<typeof createAppProtocolHandler>;

const get = (url: string) => serve({ url, method: 'GET' });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kr-protocol-'));
  root = join(dir, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Karabakh Reader</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log("hi")');
  await writeFile(join(root, 'assets', 'sql-wasm.wasm'), new Uint8Array([0, 97, 115, 109]));
  await writeFile(join(dir, 'secret.txt'), 'user secrets');
  serve = createAppProtocolHandler(root);
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the app:// handler', () => {
  it('serves the page with the strict policy at the app origin', async () => {
    const response = await get('app://reader/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Karabakh Reader</title>');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves WebAssembly as application/wasm so sql.js can stream-compile it', async () => {
    const response = await get('app://reader/assets/sql-wasm.wasm');
    expect(response.headers.get('content-type')).toBe('application/wasm');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([0, 97, 115, 109]));
  });

  it('serves scripts as JavaScript, so module workers load', async () => {
    const response = await get('app://reader/assets/app.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log("hi")');
  });

  it.each([
    'app://reader/../secret.txt',
    'app://reader/%2e%2e/secret.txt',
    'app://reader/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
  ])('never reveals a file outside the renderer folder (%s)', async (url) => {
    const response = await get(url);
    expect(response.status).not.toBe(200);
    expect(await response.text()).not.toContain('user secrets');
  });

  it('never reveals a file named by an encoded absolute path', async () => {
    const response = await get(`app://reader/${encodeURIComponent(join(dir, 'secret.txt'))}`);
    expect(response.status).not.toBe(200);
    expect(await response.text()).not.toContain('user secrets');
  });

  it('does not follow a symbolic link that leads out of the renderer folder', async () => {
    await symlink(join(dir, 'secret.txt'), join(root, 'assets', 'leak.txt'));
    const response = await get('app://reader/assets/leak.txt');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('user secrets');
  });

  it('answers 404, still under the policy, for a missing asset', async () => {
    const response = await get('app://reader/assets/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('gives the page itself for a screen path, so reloading a screen works', async () => {
    const response = await get('app://reader/library/bookmarks');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Karabakh Reader</title>');
  });

  it('does not list folders', async () => {
    expect((await get('app://reader/assets/')).status).toBe(404);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await serve({ url: 'app://reader/assets/app.js', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await serve({ url: 'app://reader/assets/app.js', method: 'POST' })).status).toBe(405);
  });

  it('accepts a real Request object, as protocol.handle passes', async () => {
    const response = await serve(new Request('app://reader/index.html'));
    expect(response.status).toBe(200);
  });
});
