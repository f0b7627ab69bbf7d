import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/*
 * The boundaries between runtimes (README, "How it is built"). The TypeScript configs give each
 * runtime only its own types (tsconfig.server.json, tsconfig.ui.json, tsconfig.node.json); these
 * rules add what types cannot say: which folder may touch Apps Script, and what shipped code may
 * import.
 */

/** Every global @types/google-apps-script declares (SpreadsheetApp, HtmlService, Utilities, …). */
function findAppsScriptGlobals() {
  const root = dirname(createRequire(import.meta.url).resolve('@types/google-apps-script/package.json'));
  const names = new Set();
  const read = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) read(path);
      else if (entry.name.endsWith('.d.ts')) {
        for (const [, name] of readFileSync(path, 'utf8').matchAll(/^declare var (\w+)\s*:/gm))
          names.add(name);
      }
    }
  };
  read(root);
  // console is V8's and the browser's too, not an Apps Script service.
  names.delete('console');
  if (!names.has('SpreadsheetApp'))
    throw new Error(`eslint.config.mjs: no Apps Script globals found in ${root}`);
  return [...names].sort();
}

const APPS_SCRIPT_GLOBALS = findAppsScriptGlobals();
const appsScriptMessage =
  'Only src/services touches Apps Script; take a Services (src/services/services.ts) instead.';
const appsScriptGlobals = APPS_SCRIPT_GLOBALS.map((name) => ({ name, message: appsScriptMessage }));

/** Apps Script's globals, by name or as globalThis.NAME, outside src/services. */
const noAppsScript = {
  'no-restricted-globals': ['error', ...appsScriptGlobals],
  'no-restricted-properties': [
    'error',
    ...APPS_SCRIPT_GLOBALS.map((property) => ({
      object: 'globalThis',
      property,
      message: appsScriptMessage,
    })),
  ],
};

const nodeMessage = 'Node-only: this code ships to Apps Script or a browser, where Node does not exist.';
const nodeGlobals = [
  'process',
  'Buffer',
  'require',
  'module',
  'exports',
  '__dirname',
  '__filename',
  'global',
].map((name) => ({ name, message: nodeMessage }));

/** The packages shipped code may import: package.json's runtime dependencies. */
const RUNTIME_PACKAGES = Object.keys(
  JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).dependencies,
);
const runtimePackages = RUNTIME_PACKAGES.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join(
  '|',
);

/** Shipped code reaches neither src/local, nor Node's builtins, nor any devDependency. */
const noNodeImports = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { regex: '^(\\.\\./)+local(/|$)', message: 'src/local is Node-only and never ships.' },
        {
          regex: `^(?!\\.\\.?/)(?!(${runtimePackages})(/|$))`,
          message: `Shipped code imports only its own modules and package.json's dependencies (${RUNTIME_PACKAGES.join(', ')}); Node's builtins and the devDependencies stay in src/local and test.`,
        },
      ],
    },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: 'ImportExpression', message: 'Shipped code is bundled: import statically.' },
    { selector: 'TSImportType', message: 'Use `import type`, so the import rules see it.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-namespace': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Node tools and tests name Apps Script's services only as properties of a fake global object.
    files: ['src/local/**/*.ts', 'test/**/*.ts'],
    rules: { ...noAppsScript },
  },
  {
    // Everything that ships (dist/: Apps Script and the pages) but the service layer.
    files: ['src/**/*.ts'],
    ignores: ['src/local/**', 'src/services/**'],
    rules: {
      ...noAppsScript,
      'no-restricted-globals': ['error', ...appsScriptGlobals, ...nodeGlobals],
      ...noNodeImports,
    },
  },
  {
    // The language tables read one file of every language folder by the language's code
    // (src/i18n/packs.ts): `require(`./${language}/FILE.ts`)`, which esbuild bundles as a lookup
    // among those files. That form, in these files, is the only require shipped code may call.
    files: ['src/i18n/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...appsScriptGlobals,
        ...nodeGlobals.filter(({ name }) => name !== 'require'),
      ],
      '@typescript-eslint/no-require-imports': 'off',
      'no-restricted-syntax': [
        'error',
        ...noNodeImports['no-restricted-syntax'].slice(1),
        {
          selector: "CallExpression[callee.name='require']:not([arguments.0.type='TemplateLiteral'])",
          message: 'Import statically: only a language table requires, as `./${language}/FILE.ts`.',
        },
        {
          selector:
            "CallExpression[callee.name='require'] > TemplateLiteral:not([quasis.length=2][quasis.0.value.raw='./'][expressions.0.name='language'])",
          message: 'A language table requires one file of every language folder: `./${language}/FILE.ts`.',
        },
      ],
    },
  },
  {
    files: ['src/services/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...nodeGlobals], ...noNodeImports },
  },
);
