import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Every folder under src/features is a feature; each may import only from itself and the shared folders.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const featureBoundaries = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features do not import each other; compose them in src/app instead.',
  })),
  {
    target: './src/features',
    from: './src/app',
    message: 'Features must not depend on the app shell.',
  },
  {
    target: ['./src/components', './src/config', './src/hooks', './src/i18n', './src/lib', './src/utils'],
    from: ['./src/features', './src/app'],
    message: 'Shared code must not depend on features or the app shell.',
  },
];

export default defineConfig([
  globalIgnores(['dist', 'target', 'node_modules', 'test-results', 'playwright-report', 'src/api/schema.d.ts']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { import: importPlugin },
    extends: [reactHooks.configs.flat['recommended-latest']],
    settings: {
      'import/resolver': { [fileURLToPath(new URL('./tools/eslint-alias-resolver.cjs', import.meta.url))]: {} },
    },
    rules: {
      'import/no-restricted-paths': ['error', { zones: featureBoundaries }],
      'import/no-duplicates': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // All user-facing text lives in src/i18n/es-CO.ts.
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx', 'src/testing/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXText[value=/\\S/]',
          message: 'Put user-facing text in src/i18n/es-CO.ts and read it from there.',
        },
        {
          selector: 'JSXAttribute[name.name=/^(aria-label|title|alt|placeholder)$/] > Literal',
          message: 'Put user-facing text in src/i18n/es-CO.ts and read it from there.',
        },
      ],
    },
  },
  {
    files: ['*.{js,ts}', 'e2e/**/*.ts', 'tools/**/*.{mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['tools/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
]);
