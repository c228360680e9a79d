// ESLint: the recommended rules of ESLint and the Astro plugin, and typescript-eslint's type-checked
// preset for every TypeScript module (it sees floating and misused promises, which the untyped rules
// cannot). Astro components and plain JavaScript get the untyped rules: their scripts are virtual
// files the TypeScript program does not hold. Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist-atlas/', 'node_modules/', 'test-results/', 'playwright-report/', '.astro/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Unused values are errors, except the `_name` a destructuring leaves out on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  { files: ['**/*.astro', '**/*.astro/*', '**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
