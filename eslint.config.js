// Lint rules, including the layer rule: each folder may import only what its layer is allowed
// to see, as declared once in eslint/layers.js.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import codeLayering from './eslint/rules/code-layering.js';

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
    // One layer rule for the whole tree, derived from the table in eslint/layers.js.
    files: ['renderer/**/*.{ts,tsx}', 'electron/**/*.ts'],
    plugins: { local: { rules: { 'code-layering': codeLayering } } },
    rules: { 'local/code-layering': 'error' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/db/**', 'renderer/import/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: [
      'renderer/**/*.tsx',
      'renderer/features/**/*.ts',
      'renderer/components/**/*.ts',
      'renderer/services/**/*.ts',
      'renderer/app/**/*.ts',
    ],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
