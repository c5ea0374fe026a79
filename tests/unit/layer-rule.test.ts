// The layer rule (eslint/rules/code-layering.js) tried on probe files in every layer: each
// forbidden edge gives exactly its own message, and the edges the layers rely on stay allowed.
import { posix, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function layering(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return result!.messages.filter((m) => m.ruleId === 'local/code-layering').map((m) => m.message);
}

interface Layer {
  /** Where a probe file of this layer is linted from. */
  probe: string;
  /** A real module of this layer that probes import. */
  target: string;
  /** How messages name the layer's folder. */
  name: string;
}

const LAYERS = {
  contract: {
    probe: 'electron/shell-api.ts',
    target: 'electron/shell-api.ts',
    name: 'electron/shell-api.ts (the shell contract)',
  },
  common: {
    probe: 'renderer/db/probe.ts',
    target: 'renderer/db/client.ts',
    name: 'renderer/db (the portable library)',
  },
  pipeline: {
    probe: 'renderer/import/probe.ts',
    target: 'renderer/import/index.ts',
    name: 'renderer/import (the portable import pipeline)',
  },
  browserAdapter: {
    probe: 'renderer/import/env-browser.ts',
    target: 'renderer/import/env-browser.ts',
    name: "renderer/import/env-browser.ts (the page's import adapter)",
  },
  nodeAdapter: {
    probe: 'renderer/import/env-node.ts',
    target: 'renderer/import/env-node.ts',
    name: 'renderer/import/env-node.ts (the Node import adapter)',
  },
  main: {
    probe: 'electron/main/probe.ts',
    target: 'electron/main/ipc.ts',
    name: 'electron/main (the main process)',
  },
  preload: {
    probe: 'electron/preload/probe.ts',
    target: 'electron/preload/shell-bridge.ts',
    name: 'electron/preload (the preload)',
  },
  platform: {
    probe: 'renderer/platform/probe.ts',
    target: 'renderer/platform/index.ts',
    name: "renderer/platform (the page's side of the shell)",
  },
  services: {
    probe: 'renderer/services/probe.ts',
    target: 'renderer/services/context.tsx',
    name: 'renderer/services (shared UI services)',
  },
  components: {
    probe: 'renderer/components/probe.ts',
    target: 'renderer/components/Loading.tsx',
    name: 'renderer/components (shared UI)',
  },
  features: {
    probe: 'renderer/features/probe/Probe.tsx',
    target: 'renderer/features/library/LibraryScreen.tsx',
    name: 'renderer/features/probe (a screen)',
  },
  app: {
    probe: 'renderer/app/probe.ts',
    target: 'renderer/app/App.tsx',
    name: 'renderer/app (the composition root)',
  },
} satisfies Record<string, Layer>;

type LayerName = keyof typeof LAYERS;
const NAMES = Object.keys(LAYERS) as LayerName[];

/** What each layer may import besides itself; every other ordered pair is forbidden. */
const ALLOWED: Record<LayerName, LayerName[]> = {
  contract: [],
  common: [],
  pipeline: ['common'],
  browserAdapter: ['common', 'pipeline'],
  nodeAdapter: ['common', 'pipeline'],
  main: ['contract', 'common', 'pipeline', 'nodeAdapter'],
  preload: ['contract'],
  platform: ['contract', 'common', 'pipeline', 'browserAdapter'],
  services: ['common', 'pipeline', 'browserAdapter', 'platform'],
  components: ['common', 'pipeline', 'browserAdapter', 'platform', 'services'],
  features: ['common', 'pipeline', 'browserAdapter', 'platform', 'services', 'components'],
  app: ['common', 'pipeline', 'browserAdapter', 'platform', 'services', 'components', 'features'],
};

// How a message names the target layer's folder (the features target is another screen).
const TARGET_NAMES: Record<LayerName, string> = {
  ...(Object.fromEntries(NAMES.map((n) => [n, LAYERS[n].name])) as Record<LayerName, string>),
  common: 'renderer/db (the portable library)',
  features: 'renderer/features/library (a screen)',
};

function specifier(from: string, to: string): string {
  const path = posix.relative(posix.dirname(from), to).replace(/\.tsx?$/, '');
  return path.startsWith('.') ? path : `./${path}`;
}

const importing = (from: LayerName, to: LayerName) =>
  `import * as probe from '${specifier(LAYERS[from].probe, LAYERS[to].target)}';\nexport const a = probe;\n`;

const pairs = NAMES.flatMap((from) =>
  NAMES.filter((to) => to !== from).map((to) => ({ from, to })),
);
const forbidden = pairs.filter(({ from, to }) => !ALLOWED[from].includes(to));
const allowed = pairs.filter(({ from, to }) => ALLOWED[from].includes(to));

describe('layer rule: layers', () => {
  it.each(forbidden)('forbids $from → $to with its own message', async ({ from, to }) => {
    expect(await layering(LAYERS[from].probe, importing(from, to))).toEqual([
      `${LAYERS[from].name} may not import ${TARGET_NAMES[to]}.`,
    ]);
  });

  it.each(allowed)('allows $from → $to', async ({ from, to }) => {
    expect(await layering(LAYERS[from].probe, importing(from, to))).toEqual([]);
  });

  it('reports each broken import of a file, not only the first', async () => {
    expect(
      await layering(
        'renderer/db/probe.ts',
        "import { App } from '../app/App';\nimport { X } from '../features/x';\nexport const a = [App, X];\n",
      ),
    ).toEqual([
      'renderer/db (the portable library) may not import renderer/app (the composition root).',
      'renderer/db (the portable library) may not import renderer/features/x (a screen).',
    ]);
  });

  it('checks `export … from`, dynamic import(), import types and import-require like a static import', async () => {
    const file = 'renderer/components/probe.ts';
    const message =
      'renderer/components (shared UI) may not import renderer/app (the composition root).';
    expect(await layering(file, "export { App } from '../app/App';\n")).toEqual([message]);
    expect(await layering(file, "export * from '../app/App';\n")).toEqual([message]);
    expect(await layering(file, "export const a = () => import('../app/App');\n")).toEqual([
      message,
    ]);
    expect(await layering(file, 'export const a = () => import(`../app/App`);\n')).toEqual([
      message,
    ]);
    expect(await layering(file, "export type A = typeof import('../app/App');\n")).toEqual([
      message,
    ]);
    expect(await layering(file, "import App = require('../app/App');\nexport { App };\n")).toEqual([
      message,
    ]);
  });

  it('forbids a dynamic import whose module name is computed', async () => {
    expect(
      await layering(
        'renderer/features/probe/Probe.tsx',
        'export const load = (name: string) => import(`../${name}/Screen`);\n',
      ),
    ).toEqual([
      'renderer/features/probe (a screen) may not import a computed module name: the layer rule must see where it points.',
    ]);
  });
});

describe('layer rule: screens', () => {
  const file = 'renderer/features/probe/Probe.tsx';

  it('forbids one screen importing another', async () => {
    expect(
      await layering(file, "import { X } from '../reader/ArticleScreen';\nexport const a = X;\n"),
    ).toEqual([
      'renderer/features/probe (a screen) may not import renderer/features/reader (another screen); what two screens share belongs in renderer/components or renderer/services.',
    ]);
  });

  it("forbids the library's internals above the platform", async () => {
    const surface =
      'renderer/db/client, renderer/db/types, renderer/db/html-policy, renderer/db/periods, renderer/db/dates';
    expect(
      await layering(
        file,
        "import { Library } from '../../db/library';\nexport const a = Library;\n",
      ),
    ).toEqual([
      `renderer/features/probe (a screen) may not import renderer/db/library (the portable library internals); use ${surface}.`,
    ]);
    expect(
      await layering(
        'renderer/services/probe.ts',
        "import { all } from '../db/sql';\nexport const a = all;\n",
      ),
    ).toEqual([
      `renderer/services (shared UI services) may not import renderer/db/sql (the portable library internals); use ${surface}.`,
    ]);
  });

  it('forbids a file that sits in no layer and an import of one', async () => {
    expect(await layering('renderer/probe.ts', 'export const a = 1;\n')).toEqual([
      'renderer/probe.ts is in no layer: declare its folder in eslint/layers.js.',
    ]);
    expect(
      await layering(file, "import { x } from '../../../scripts/cli';\nexport const a = x;\n"),
    ).toEqual([
      'renderer/features/probe (a screen) may not import scripts/cli, which is in no layer.',
    ]);
  });

  it('allows what screens are built from', async () => {
    expect(
      await layering(
        file,
        [
          "import type { DbClient } from '../../db/client';",
          "import type { Article } from '../../db/types';",
          "import { MONTHS } from '../../db/dates';",
          "import type { ShellApi } from '../../platform';",
          "import { useApp } from '../../services/context';",
          "import { Loading } from '../../components/Loading';",
          "import { createBrowserEnv } from '../../import/env-browser';",
          "import { importFile } from '../../import';",
          "import { LibraryList } from './LibraryList';",
          "import './probe.css';",
          "import { useState } from 'react';",
          'export type A = [DbClient, Article, ShellApi];',
          'export const a = [MONTHS, useApp, Loading, createBrowserEnv, importFile, LibraryList, useState];',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('lets the main process use the library, the import pipeline and its Node adapter', async () => {
    expect(
      await layering(
        'electron/main/probe.ts',
        [
          "import { checkUserDb } from '../../renderer/db/user/open-user';",
          "import { importFile } from '../../renderer/import';",
          "import { createNodeEnv } from '../../renderer/import/env-node';",
          "import { CHANNELS } from '../shell-api';",
          "import { app } from 'electron';",
          "import { readFile } from 'node:fs/promises';",
          'export const a = [checkUserDb, importFile, createNodeEnv, CHANNELS, app, readFile];',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});

describe('layer rule: packages', () => {
  const BANS: Record<LayerName, string[]> = {
    contract: ['react', 'electron', 'node', 'jsdom'],
    common: ['react', 'electron', 'node', 'jsdom'],
    pipeline: ['react', 'electron', 'node', 'jsdom'],
    browserAdapter: ['react', 'electron', 'node', 'jsdom'],
    nodeAdapter: ['react', 'electron'],
    main: ['react'],
    preload: ['react', 'node', 'jsdom'],
    platform: ['electron', 'node', 'jsdom'],
    services: ['electron', 'node', 'jsdom', 'sql.js'],
    components: ['electron', 'node', 'jsdom', 'sql.js'],
    features: ['electron', 'node', 'jsdom', 'sql.js'],
    app: ['electron', 'node', 'jsdom', 'sql.js'],
  };
  // A subpath is named by its package in the message.
  const PACKAGES: Record<string, { specifier: string; name: string; label: string }> = {
    react: { specifier: 'react-dom/client', name: 'react-dom', label: 'UI (React)' },
    electron: { specifier: 'electron', name: 'electron', label: 'Electron' },
    node: { specifier: 'node:fs', name: 'node:fs', label: 'a Node built-in' },
    jsdom: { specifier: 'jsdom', name: 'jsdom', label: 'jsdom, the Node DOM' },
    'sql.js': { specifier: 'sql.js', name: 'sql.js', label: 'sql.js, the library internals' },
  };
  const bans = NAMES.flatMap((layer) =>
    Object.keys(PACKAGES).map((pkg) => ({ layer, pkg, banned: BANS[layer].includes(pkg) })),
  );
  const code = (pkg: string) =>
    `import * as probe from '${PACKAGES[pkg]!.specifier}';\nexport const a = probe;\n`;

  it.each(bans.filter((b) => b.banned))('forbids $pkg in $layer', async ({ layer, pkg }) => {
    const { name, label } = PACKAGES[pkg]!;
    expect(await layering(LAYERS[layer].probe, code(pkg))).toEqual([
      `${LAYERS[layer].name} may not import ${name} (${label}).`,
    ]);
  });

  it.each(bans.filter((b) => !b.banned))('allows $pkg in $layer', async ({ layer, pkg }) => {
    expect(await layering(LAYERS[layer].probe, code(pkg))).toEqual([]);
  });

  it('treats a bare Node module name and a query suffix like the package itself', async () => {
    expect(
      await layering(
        'renderer/db/probe.ts',
        "import { join } from 'path';\nexport const a = join;\n",
      ),
    ).toEqual(['renderer/db (the portable library) may not import path (a Node built-in).']);
    expect(
      await layering(
        'renderer/components/probe.ts',
        "import url from 'sql.js/dist/sql-wasm.wasm?url';\nexport const a = url;\n",
      ),
    ).toEqual([
      'renderer/components (shared UI) may not import sql.js (sql.js, the library internals).',
    ]);
  });
});

describe('layer rule: host globals', () => {
  it('keeps the portable library off every host global and globalThis', async () => {
    const from = 'renderer/db (the portable library)';
    for (const name of ['document', 'DOMParser', 'self', 'fetch', 'window', 'process', 'Buffer']) {
      expect(await layering('renderer/db/probe.ts', `export const a = ${name};\n`)).toEqual([
        `${from} may not use the host global ${name}.`,
      ]);
    }
    expect(
      await layering('renderer/db/probe.ts', 'export const a = globalThis.document;\n'),
    ).toEqual([`${from} may not reach the host through globalThis.`]);
  });

  it('holds the import pipeline to the same, except its host adapters', async () => {
    expect(
      await layering('renderer/import/probe.ts', 'export const a = new DOMParser();\n'),
    ).toEqual([
      'renderer/import (the portable import pipeline) may not use the host global DOMParser.',
    ]);
    expect(
      await layering(
        'renderer/import/env-browser.ts',
        'export const a = [new DOMParser(), window, process];\n',
      ),
    ).toEqual([
      "renderer/import/env-browser.ts (the page's import adapter) may not use the host global process.",
    ]);
    expect(
      await layering('renderer/import/env-node.ts', 'export const a = [process, document];\n'),
    ).toEqual([
      'renderer/import/env-node.ts (the Node import adapter) may not use the host global document.',
    ]);
  });

  it('lets portable code use what every host has, and its own names', async () => {
    expect(
      await layering(
        'renderer/db/probe.ts',
        [
          'const document = { title: "x" };',
          'export const a = [document, console, new TextEncoder(), new TextDecoder(), Math.max(1),',
          '  new URL("a:b"), performance.now(), crypto.getRandomValues(new Uint8Array(1)),',
          '  setTimeout, clearTimeout, queueMicrotask, structuredClone, JSON, Date];',
          'export type D = Document;',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('keeps Node globals out of the page and DOM globals out of the main process', async () => {
    expect(await layering('renderer/platform/probe.ts', 'export const a = process.env;\n')).toEqual(
      ["renderer/platform (the page's side of the shell) may not use the host global process."],
    );
    expect(await layering('electron/main/probe.ts', 'export const a = document.title;\n')).toEqual([
      'electron/main (the main process) may not use the host global document.',
    ]);
  });
});
