// @ts-check
/** ESLint: the recommended rules of JavaScript, typescript-eslint and eslint-plugin-astro; Prettier owns formatting. */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist.*/', '.astro/', '.bench/', 'node_modules/', 'screenshots/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks a binding that is destructured away on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Browser code: the site's scripts.
    files: ['src/client/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
