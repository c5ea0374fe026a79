// npm run web: builds the content DB (when stale) and the web renderer, then serves it on
// localhost and prints the address. Options: --port N (default 5178), --no-build, --out DIR
// (default dist/web; separate folders let several test runs build at once).
import { resolve } from 'node:path';
import { build } from 'vite';
import { ensureContentDb } from './content/build';
import { CONTENT_DB, CONTENT_ROOT, REPO_ROOT } from './paths';
import { createStaticServer, listen } from './web/serve';

const args = process.argv.slice(2);
const portIndex = args.indexOf('--port');
const port = portIndex >= 0 ? Number(args[portIndex + 1]) : 5178;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error('Usage: npm run web -- [--port N] [--no-build]');
  process.exit(2);
}

const outIndex = args.indexOf('--out');
const outDir = resolve(REPO_ROOT, outIndex >= 0 ? (args[outIndex + 1] ?? '') : 'dist/web');
if (!args.includes('--no-build')) {
  await ensureContentDb(CONTENT_ROOT, CONTENT_DB);
  await build({
    configFile: resolve(REPO_ROOT, 'vite.web.config.ts'),
    logLevel: 'warn',
    build: { outDir },
  });
}
const url = await listen(createStaticServer(outDir), port);
console.log(`Karabakh Reader (web) is at ${url}`);
console.log('Press Ctrl+C to stop.');
