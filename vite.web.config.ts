// The web build: the same renderer, served by `npm run web` and driven by the e2e tests.
import { copyFileSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { cspMeta } from './scripts/vite/csp-meta';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** Puts the built content DB next to index.html, where the web shell fetches it. */
function copyContentDb(): Plugin {
  return {
    name: 'copy-content-db',
    writeBundle(options) {
      copyFileSync(resolve('resources/reader.db'), resolve(options.dir!, 'reader.db'));
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta(), copyContentDb()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  worker: { format: 'es' },
  build: {
    outDir: resolve('dist/web'),
    emptyOutDir: true,
    target: 'es2022',
  },
});
