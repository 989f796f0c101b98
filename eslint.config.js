// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Packages a layer may not import; see docs/architecture.md. Node's built-ins are
 * refused separately, by import-x/no-nodejs-modules, for every layer that runs outside
 * Node (shared/, renderer/, the sandboxed preload).
 */
const layerRules = {
  /** shared/ runs everywhere, so it may use nothing of any runtime. */
  shared: [
    'electron',
    'electron-store',
    'react',
    'react-dom',
    'react-dom/*',
    'sql.js',
    'libsodium-wrappers-sumo',
  ],
  /** The renderer reaches main only through window.api. */
  renderer: ['electron', 'electron-store', 'sql.js', 'libsodium-wrappers-sumo'],
  /** The sandboxed preload can load nothing but electron and what is bundled into it. */
  preload: ['electron-store', 'sql.js', 'libsodium-wrappers-sumo', 'zod'],
  /** Services run in plain Node and take Electron's capabilities as ports. */
  services: ['electron', 'electron-store'],
  /** Tests stub electron; importing the real one would download its binary. */
  tests: ['electron'],
};

const restrict = (/** @type {string[]} */ patterns, allowTypeImports = false) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      patterns: patterns.map((group) => ({
        group: [group],
        allowTypeImports,
        message: 'This layer may not import it: see docs/architecture.md.',
      })),
    },
  ],
});

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs', '.ci/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.node.json', 'tsconfig.web.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './shared',
              from: ['./main', './renderer', './tests', './scripts', './bench'],
              message: 'shared/ depends on nothing else in the app.',
            },
            {
              target: './renderer',
              from: ['./main', './tests', './scripts', './bench'],
              message: 'The renderer reaches main only through window.api.',
            },
            {
              target: './main',
              from: ['./renderer', './tests', './scripts', './bench'],
              message: 'main/ does not depend on the renderer or on tests.',
            },
          ],
        },
      ],
    },
  },
  { files: ['shared/**'], rules: restrict(layerRules.shared) },
  { files: ['renderer/**'], rules: restrict(layerRules.renderer) },
  { files: ['main/preload/**'], rules: restrict(layerRules.preload) },
  {
    files: ['shared/**', 'renderer/**', 'main/preload/**'],
    rules: { 'import-x/no-nodejs-modules': 'error' },
  },
  { files: ['main/services/**', 'main/cli/**'], rules: restrict(layerRules.services) },
  // Types cost nothing at run time; tests may use Electron's to build its inputs.
  { files: ['tests/**', 'scripts/**', 'bench/**'], rules: restrict(layerRules.tests, true) },
  {
    files: ['renderer/**/*.tsx', 'tests/renderer/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
    languageOptions: { ...jsxA11y.flatConfigs.strict.languageOptions, globals: globals.browser },
    rules: {
      ...jsxA11y.flatConfigs.strict.rules,
      // Our choice labels nest their text one level deeper than the default looks.
      'jsx-a11y/label-has-associated-control': ['error', { depth: 3 }],
      // A box that scrolls must take focus, or the keyboard cannot scroll it (WCAG 2.1.1);
      // a named region says what the stop is.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // One voice for dates, numbers and words (docs/architecture.md): the app's code formats
  // through shared/format alone.
  {
    files: ['main/**/*.ts', 'renderer/**/*.{ts,tsx}', 'shared/**/*.ts'],
    ignores: ['shared/format/**', 'main/cli/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['toLocaleDateString', 'toLocaleTimeString', 'toLocaleString'].map((property) => ({
          property,
          message: 'Format dates and numbers with shared/format, in the user’s locale.',
        })),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.object.name='Intl']",
          message: 'Format dates, numbers and plurals with shared/format, in the user’s locale.',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: globals.node },
  },
  prettier,
);
