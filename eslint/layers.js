// The layers of the code, declared once: which folder sits in which layer, what each layer
// may import, which packages it may use and which host globals it may touch. The
// code-layering rule (eslint/rules/code-layering.js) derives every check from this table, so
// a new folder is held by adding one line here, not by a new lint block.
import { builtinModules } from 'node:module';
import globals from 'globals';

/** Packages some layers may not use, each with the words a lint message names it by. */
export const PACKAGES = {
  react: { label: 'UI (React)', matches: (name) => name === 'react' || name === 'react-dom' },
  electron: { label: 'Electron', matches: (name) => name === 'electron' },
  node: {
    label: 'a Node built-in',
    matches: (name) => name.startsWith('node:') || builtinModules.includes(name),
  },
  jsdom: { label: 'jsdom, the Node DOM', matches: (name) => name === 'jsdom' },
  'sql.js': { label: 'sql.js, the library internals', matches: (name) => name === 'sql.js' },
};

// Globals every host has (the page, a worker, Node): the portable layer may use these and
// nothing else of its host. ES built-ins come from `globals.builtin`.
const UNIVERSAL = new Set([
  ...Object.keys(globals.builtin),
  'console',
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'queueMicrotask',
  'structuredClone',
  'TextEncoder',
  'TextDecoder',
  'URL',
  'URLSearchParams',
  'performance',
  'crypto',
  'atob',
  'btoa',
  'AbortController',
  'AbortSignal',
  'WebAssembly',
]);

const names = (...sets) => new Set(sets.flatMap((set) => Object.keys(set)));
const BROWSER = names(globals.browser, globals.worker, globals.serviceworker);
const NODE = names(globals.node, globals.nodeBuiltin);
const minus = (set, ...others) =>
  new Set([...set].filter((name) => !UNIVERSAL.has(name) && !others.some((o) => o.has(name))));

/**
 * Host globals a layer may not touch, by the host its code runs on. `none` is portable code
 * (a worker, Node and the page): every host global is banned and so is `globalThis.<x>`.
 */
export const BANNED_GLOBALS = {
  none: minus(new Set([...BROWSER, ...NODE])),
  browser: minus(NODE, BROWSER),
  node: minus(BROWSER, NODE),
};

/**
 * The layers, lowest first. `may` lists the other layers a layer may import (its own is always
 * allowed); `packages` the packages it may not use; `host` where its code runs (null: not
 * checked); `surfaceOnly` that it reaches a folder with a declared surface only through it.
 */
export const LAYERS = {
  contract: {
    rank: 1,
    may: [],
    packages: ['react', 'electron', 'node', 'jsdom'],
    host: 'none',
  },
  common: {
    rank: 1,
    may: [],
    packages: ['react', 'electron', 'node', 'jsdom'],
    host: 'none',
  },
  // The import pipeline builds on the library's types; the library never imports it back.
  pipeline: {
    rank: 1,
    may: ['common'],
    packages: ['react', 'electron', 'node', 'jsdom'],
    host: 'none',
  },
  'browser-adapter': {
    rank: 1,
    may: ['common', 'pipeline'],
    packages: ['react', 'electron', 'node', 'jsdom'],
    host: 'browser',
  },
  'node-adapter': {
    rank: 1,
    may: ['common', 'pipeline'],
    packages: ['react', 'electron'],
    host: 'node',
  },
  'electron-main': {
    rank: 2,
    may: ['contract', 'common', 'pipeline', 'node-adapter'],
    packages: ['react'],
    host: 'node',
  },
  preload: {
    rank: 2,
    may: ['contract'],
    packages: ['react', 'node', 'jsdom'],
    host: null,
  },
  platform: {
    rank: 2,
    may: ['contract', 'common', 'pipeline', 'browser-adapter'],
    packages: ['electron', 'node', 'jsdom'],
    host: 'browser',
  },
  services: {
    rank: 3,
    may: ['common', 'pipeline', 'browser-adapter', 'platform'],
    packages: ['electron', 'node', 'jsdom', 'sql.js'],
    host: 'browser',
    surfaceOnly: true,
  },
  components: {
    rank: 4,
    may: ['common', 'pipeline', 'browser-adapter', 'platform', 'services'],
    packages: ['electron', 'node', 'jsdom', 'sql.js'],
    host: 'browser',
    surfaceOnly: true,
  },
  features: {
    rank: 5,
    may: ['common', 'pipeline', 'browser-adapter', 'platform', 'services', 'components'],
    packages: ['electron', 'node', 'jsdom', 'sql.js'],
    host: 'browser',
    surfaceOnly: true,
  },
  app: {
    rank: 6,
    may: [
      'common',
      'pipeline',
      'browser-adapter',
      'platform',
      'services',
      'components',
      'features',
    ],
    packages: ['electron', 'node', 'jsdom', 'sql.js'],
    host: 'browser',
    surfaceOnly: true,
  },
};

/**
 * Each folder (or single file) and its layer. The most specific path wins; `*` stands for one
 * folder name, and folders it matches are separate units that may not import each other.
 * `surface` lists the modules of a folder that `surfaceOnly` layers may import.
 */
export const FOLDERS = [
  { path: 'electron/shell-api.ts', layer: 'contract', label: 'the shell contract' },
  { path: 'electron/csp.ts', layer: 'contract', label: 'the content security policy' },
  {
    path: 'renderer/db',
    layer: 'common',
    label: 'the portable library',
    // What the screens use today: the typed client and pure helpers, never the library itself.
    surface: ['client', 'types', 'html-policy', 'periods', 'dates'],
  },
  { path: 'renderer/import', layer: 'pipeline', label: 'the portable import pipeline' },
  {
    path: 'renderer/import/env-browser.ts',
    layer: 'browser-adapter',
    label: "the page's import adapter",
  },
  { path: 'renderer/import/env-node.ts', layer: 'node-adapter', label: 'the Node import adapter' },
  { path: 'electron/main', layer: 'electron-main', label: 'the main process' },
  { path: 'electron/preload', layer: 'preload', label: 'the preload' },
  { path: 'renderer/platform', layer: 'platform', label: "the page's side of the shell" },
  { path: 'renderer/services', layer: 'services', label: 'shared UI services' },
  { path: 'renderer/components', layer: 'components', label: 'shared UI' },
  { path: 'renderer/features/*', layer: 'features', label: 'a screen' },
  { path: 'renderer/app', layer: 'app', label: 'the composition root' },
  { path: 'renderer/main.tsx', layer: 'app', label: "the page's entry" },
  { path: 'renderer/styles.css', layer: 'app', label: "the page's global styles" },
];
