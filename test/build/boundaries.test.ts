import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { copyProject, removeCopy, runIn, TOOLS } from '../support/project-copy';

/*
 * The boundaries between runtimes hold in `npm run lint`: a file in the server folders that uses
 * Node (process, Buffer) or the DOM does not compile under tsconfig.server.json, a page that uses
 * Node does not compile under tsconfig.ui.json, and ESLint refuses Apps Script's globals outside
 * src/services and any import of Node-only code in what ships.
 *
 * The probes are written into a copy of the project (src, the configs, node_modules linked), not
 * into this work tree, where other tests and a running lint read src at the same time. The same
 * runs also check the real tree: every error must be a probe's.
 */

const TSC = TOOLS.tsc;
const ESLINT = TOOLS.eslint;

/** Probes for the TypeScript configs, in the folder of the runtime each one breaks. */
const TYPE_PROBES: Record<string, string> = {
  'src/functions/boundary-probe.ts': [
    'export const secret = process.env.SECRET;',
    "export const bytes = Buffer.from('a').length;",
    '',
  ].join('\n'),
  'src/report/boundary-probe-dom.ts': 'export const title = document.title;\n',
  'src/ui/shared/boundary-probe.ts': [
    'export const title = document.title;',
    'export const home = process.env.HOME;',
    '',
  ].join('\n'),
};

/** Probes for ESLint; the type probes above are linted too. */
const LINT_PROBES: Record<string, string> = {
  'src/report/boundary-probe-apps-script.ts': [
    'export function sheetName(): string {',
    '  return SpreadsheetApp.getActive().getName();',
    '}',
    'export const lock = () => globalThis.LockService.getDocumentLock();',
    '',
  ].join('\n'),
  'src/services/boundary-probe.ts': [
    'export function sheetName(): string {',
    '  return SpreadsheetApp.getActive().getName();',
    '}',
    '',
  ].join('\n'),
  'src/goals/boundary-probe-imports.ts': [
    "import { readFileSync } from 'node:fs';",
    "import { join } from 'path';",
    "import ExcelJS from 'exceljs';",
    "import { createFakeServices } from '../local/fakes';",
    "import Papa from 'papaparse';",
    "import { GOAL_COLUMNS } from './sheet';",
    'export const used = [readFileSync, join, ExcelJS, createFakeServices, Papa, GOAL_COLUMNS];',
    '',
  ].join('\n'),
  // A language table's require, but not of the form that reads one file of every language folder.
  'src/i18n/boundary-probe-require.ts': [
    "export const fs = require('node:fs');",
    'export const up = (language: string) => require(`../${language}/pack.ts`);',
    'export const other = (code: string) => require(`./${code}/pack.ts`);',
    'export const pack = (language: string) => require(`./${language}/pack.ts`);',
    '',
  ].join('\n'),
  // The language tables' form, outside src/i18n.
  'src/report/boundary-probe-require.ts':
    'export const pack = (language: string) => require(`../i18n/${language}/pack.ts`);\n',
};

let copy: string;

function write(probes: Record<string, string>): void {
  for (const [path, text] of Object.entries(probes)) writeFileSync(join(copy, path), text);
}

function run(script: string, args: string[]): { status: number | null; stdout: string } {
  return runIn(copy, script, args);
}

/** tsc's errors, by file: `src/x.ts(3,5): error TS2304: Cannot find name 'x'.` */
function typeErrors(config: string): { status: number | null; byFile: Record<string, string[]> } {
  const { status, stdout } = run(TSC, ['-p', config]);
  const byFile: Record<string, string[]> = {};
  for (const line of stdout.split('\n')) {
    const match = /^(.+?)\(\d+,\d+\): error TS\d+: (.*)$/.exec(line);
    if (match) (byFile[match[1]] ??= []).push(match[2]);
  }
  return { status, byFile };
}

type LintMessage = { ruleId: string | null; message: string; line: number };

function lintErrors(): { status: number | null; byFile: Record<string, LintMessage[]> } {
  const { status, stdout } = run(ESLINT, ['--format', 'json', 'src']);
  const byFile: Record<string, LintMessage[]> = {};
  for (const file of JSON.parse(stdout) as { filePath: string; messages: LintMessage[] }[]) {
    if (file.messages.length > 0) byFile[relative(copy, file.filePath)] = file.messages;
  }
  return { status, byFile };
}

function rulesAndNames(messages: LintMessage[]): string[] {
  return messages.map(({ ruleId, message }) => `${ruleId}: ${/'([^']+)'/.exec(message)?.[1] ?? message}`);
}

beforeAll(() => {
  copy = copyProject('boundaries');
});

afterAll(() => removeCopy(copy));

describe('the TypeScript config of each runtime', () => {
  beforeAll(() => write(TYPE_PROBES));

  it('refuses Node (process, Buffer) and the DOM in the server folders, and nothing of the real tree', () => {
    const { status, byFile } = typeErrors('tsconfig.server.json');
    expect(status).not.toBe(0);
    expect(Object.keys(byFile).sort()).toEqual([
      'src/functions/boundary-probe.ts',
      'src/report/boundary-probe-dom.ts',
    ]);
    expect(byFile['src/functions/boundary-probe.ts']).toEqual([
      expect.stringContaining("Cannot find name 'process'"),
      expect.stringContaining("Cannot find name 'Buffer'"),
    ]);
    expect(byFile['src/report/boundary-probe-dom.ts']).toEqual([
      expect.stringContaining("Cannot find name 'document'"),
    ]);
  }, 240_000);

  it('gives the pages the DOM but not Node, and finds nothing in the real pages', () => {
    const { status, byFile } = typeErrors('tsconfig.ui.json');
    expect(status).not.toBe(0);
    expect(byFile).toEqual({
      'src/ui/shared/boundary-probe.ts': [expect.stringContaining("Cannot find name 'process'")],
    });
  }, 240_000);
});

describe('ESLint', () => {
  let result: ReturnType<typeof lintErrors>;
  beforeAll(() => {
    write({ ...TYPE_PROBES, ...LINT_PROBES });
    result = lintErrors();
  }, 240_000);

  it('fails, on the probes only: the real tree passes', () => {
    expect(result.status).toBe(1);
    expect(Object.keys(result.byFile).sort()).toEqual([
      'src/functions/boundary-probe.ts',
      'src/goals/boundary-probe-imports.ts',
      'src/i18n/boundary-probe-require.ts',
      'src/report/boundary-probe-apps-script.ts',
      'src/report/boundary-probe-require.ts',
      'src/ui/shared/boundary-probe.ts',
    ]);
  });

  it('lets only src/i18n require, and only one file of every language folder: `./${language}/FILE.ts`', () => {
    const inI18n = result.byFile['src/i18n/boundary-probe-require.ts'];
    expect(inI18n.map(({ ruleId, line }) => `${ruleId} line ${line}`)).toEqual([
      'no-restricted-syntax line 1',
      'no-restricted-syntax line 2',
      'no-restricted-syntax line 3',
    ]);
    expect(inI18n[0].message).toContain('Import statically');
    expect(inI18n[1].message).toContain('one file of every language folder');
    expect(rulesAndNames(result.byFile['src/report/boundary-probe-require.ts'])).toEqual([
      'no-restricted-globals: require',
      '@typescript-eslint/no-require-imports: A `require()` style import is forbidden.',
    ]);
  });

  it('refuses Apps Script globals outside src/services, by name and through globalThis', () => {
    expect(rulesAndNames(result.byFile['src/report/boundary-probe-apps-script.ts'])).toEqual([
      'no-restricted-globals: SpreadsheetApp',
      'no-restricted-properties: globalThis.LockService',
    ]);
    expect(result.byFile['src/report/boundary-probe-apps-script.ts'][0].message).toContain(
      'Only src/services',
    );
    expect(result.byFile['src/services/boundary-probe.ts']).toBeUndefined();
  });

  it('refuses Node globals in shipped code, server and pages alike', () => {
    expect(rulesAndNames(result.byFile['src/functions/boundary-probe.ts'])).toEqual([
      'no-restricted-globals: process',
      'no-restricted-globals: Buffer',
    ]);
    expect(rulesAndNames(result.byFile['src/ui/shared/boundary-probe.ts'])).toEqual([
      'no-restricted-globals: process',
    ]);
  });

  it("refuses shipped imports of src/local, Node's builtins and devDependencies, not of papaparse or its own modules", () => {
    const messages = result.byFile['src/goals/boundary-probe-imports.ts'];
    expect(messages.map(({ ruleId }) => ruleId)).toEqual([
      'no-restricted-imports',
      'no-restricted-imports',
      'no-restricted-imports',
      'no-restricted-imports',
    ]);
    expect(messages.map(({ message }) => /'([^']+)'/.exec(message)?.[1])).toEqual([
      'node:fs',
      'path',
      'exceljs',
      '../local/fakes',
    ]);
    expect(messages[3].message).toContain('src/local is Node-only');
  });
});
