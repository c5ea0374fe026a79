// Lint rules, including the layer rule from docs (DESIGN): each folder may import only
// what its layer is allowed to see.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'worker_threads',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'out',
      'dist',
      'release',
      'coverage',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Build hooks that tools load with require() (electron-builder's afterPack).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The library is portable: it runs in a Web Worker, in Node for the CLI and in the
    // content build. No DOM, no Node, no Electron, nothing from the screens above it.
    files: ['renderer/db/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/**', '**/components/**', '**/platform/**'],
              message: 'renderer/db sits below the UI and the platform.',
            },
            {
              regex: '(^|/)electron(/|$)',
              message: 'renderer/db must not depend on Electron.',
            },
            { group: nodeBuiltins, message: 'renderer/db is portable: no Node built-ins.' },
            { group: ['react', 'react-dom', 'react-dom/*'], message: 'renderer/db has no UI.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'process',
        'require',
      ],
    },
  },
  {
    // The import pipeline is portable like renderer/db: it runs in the page (DOMParser) and in
    // Node (jsdom), so it sees neither the screens, the shell nor Node; only env-node.ts,
    // which Node code alone imports, may use jsdom.
    files: ['renderer/import/**/*.ts'],
    ignores: ['renderer/import/env-node.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/**', '**/components/**', '**/platform/**', '**/app/**'],
              message: 'renderer/import sits below the UI and the platform.',
            },
            {
              regex: '(^|/)electron(/|$)',
              message: 'renderer/import must not depend on Electron.',
            },
            { group: nodeBuiltins, message: 'renderer/import is portable: no Node built-ins.' },
            { group: ['jsdom'], message: 'Only renderer/import/env-node.ts uses jsdom.' },
            { group: ['react', 'react-dom', 'react-dom/*'], message: 'renderer/import has no UI.' },
          ],
        },
      ],
    },
  },
  {
    // Screens and components reach data only through the typed db client and the shell
    // only through renderer/platform.
    files: [
      'renderer/features/**/*.{ts,tsx}',
      'renderer/components/**/*.{ts,tsx}',
      'renderer/app/**/*.{ts,tsx}',
    ],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)electron(/|$)',
              message: 'Screens reach the shell only through renderer/platform.',
            },
            {
              group: [
                'sql.js',
                '**/db/*',
                '!**/db/client',
                '!**/db/types',
                '!**/db/html-policy',
                '!**/db/periods',
                '!**/db/dates',
              ],
              message:
                'Screens use the typed db client (renderer/db/client, renderer/db/types), never sql.js or db internals.',
            },
            { group: nodeBuiltins, message: 'The renderer has no Node.' },
            {
              group: ['**/import/env-node'],
              message: 'The page uses createBrowserEnv; env-node is for Node code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/platform/**/*.{ts,tsx}', 'renderer/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^electron$|electron/(main|preload)(/|$)',
              message: 'The page sees only the ShellApi contract (electron/shell-api).',
            },
            { group: nodeBuiltins, message: 'The renderer has no Node.' },
            {
              group: ['**/import/env-node'],
              message: 'The page uses createBrowserEnv; env-node is for Node code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', '**/main/**'],
              message: 'The preload knows only the contract and Electron.',
            },
            { group: nodeBuiltins, message: 'A sandboxed preload has no Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/renderer/features/**',
                '**/renderer/components/**',
                '**/renderer/platform/**',
                'react',
                'react-dom',
              ],
              message: 'The main process does not import UI code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'renderer/**/*.tsx',
      'renderer/features/**/*.ts',
      'renderer/components/**/*.ts',
      'renderer/app/**/*.ts',
    ],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
