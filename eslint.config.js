// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The house style's layers, enforced here rather than by review:
 * shared → nothing; core → shared; shell → core, shared, electron;
 * renderer → shared only (no Node, no Electron, no main-process code).
 */
const layerRules = [
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...builtinModules, 'electron', 'react', 'zustand'].map((name) => ({
            name,
            message: 'shared/ is the contract: no Node, Electron or UI imports.',
          })),
          patterns: [
            { group: ['node:*'], message: 'shared/ is the contract: no Node imports.' },
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ may not import from electron/ or renderer/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/browser-mode/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The core runs without Electron: put Electron glue in electron/shell/.' },
            { name: 'electron-store', message: 'electron-store imports Electron; the core uses conf.' },
          ],
          patterns: [
            { group: ['electron/*'], message: 'The core runs without Electron.' },
            { group: ['**/shell/**', '**/renderer/**'], message: 'The core may import only core and shared code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            // Bare names here; every `node:` specifier (including prefix-only ones
            // like node:sqlite) is caught by the pattern below.
            ...builtinModules.map((name) => ({ name, message: 'The renderer is a web page: no Node builtins.' })),
            { name: 'electron', message: 'The renderer talks to the core only through the Hub API.' },
          ],
          patterns: [
            { group: ['**/electron/**'], message: 'The renderer may not import main-process code; use the Hub API.' },
            { group: ['node:*'], message: 'The renderer is a web page: no Node builtins.' },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  ...layerRules,
);
