// @ts-check
/** ESLint: the recommended rules of JavaScript, typescript-eslint and eslint-plugin-astro; Prettier owns formatting. */
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist.*/', '.astro/', '.bench*/', 'node_modules/', 'screenshots/', 'tests/fixtures/'] },
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
    // Prettier wraps code at 120 columns but not comments or strings: this keeps those within the same width, and at
    // the same width the two never disagree. What cannot be wrapped is let through: URLs, regular expressions, and
    // an import still on one line (Prettier breaks any import that can be broken).
    files: ['**/*.{ts,js,mjs,astro}'],
    plugins: { '@stylistic': stylistic },
    rules: {
      '@stylistic/max-len': [
        'error',
        { code: 120, ignoreUrls: true, ignoreRegExpLiterals: true, ignorePattern: String.raw`^\s*import\s.*;$` },
      ],
    },
  },
  {
    // Browser code: the site's scripts.
    files: ['src/client/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
