import { copyFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { cspMeta } from './scripts/vite/csp-meta';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/**
 * main bundles sql.js (for the About dialog's library version) and the package ships no
 * node_modules, so its WebAssembly goes beside the bundle, where about.ts reads it.
 */
function copySqlWasm(): Plugin {
  return {
    name: 'copy-sql-wasm',
    writeBundle(options) {
      const wasm = createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm');
      copyFileSync(wasm, resolve(options.dir!, 'sql-wasm.wasm'));
    },
  };
}

// Three builds: main (Node, ESM), preload (sandboxed, so CommonJS), renderer (the page).
// Each is self-contained: electron-builder.yml packs out/** and no node_modules.
export default defineConfig({
  main: {
    plugins: [copySqlWasm()],
    build: {
      outDir: 'out/main',
      // Bundle zod (the only runtime package main uses) into out/main, so the packaged app
      // carries no node_modules at all; electron and node: builtins stay external.
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), cspMeta()],
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    worker: { format: 'es' },
    build: {
      outDir: resolve('out/renderer'),
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
