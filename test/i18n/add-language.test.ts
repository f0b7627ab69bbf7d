import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInContext } from 'node:vm';
import { callGlobal, loadBundle } from '../support/bundle';
import { copyProject, removeCopy, ROOT, runIn, TOOLS } from '../support/project-copy';
import { createWorld, reportBook } from '../support/world';
import { rowOf, tabValues } from '../report/helpers';

/*
 * "Adding a language is one folder and one line", done on a copy of the project: German as a
 * folder src/i18n/de (Swedish's files, with the texts checked below reworded so that they can be
 * told apart) and 'de' added to LANGUAGES in src/i18n/packs.ts. Nothing else is edited. The
 * shipped code, the tools and the tests still compile, the code lints, and the add-on built from
 * the copy speaks German to a de_DE spreadsheet: its menu, a custom function's message, the report
 * tab and a column headed in German, the goals sidebar, the import dialog and a Help / About page
 * of its own.
 */

/** German words put in place of Swedish ones, file by file, each found exactly once unless `all`. */
const REWORDED: readonly { file: string; from: string; to: string; all?: true }[] = [
  { file: 'pack.ts', from: "localePrefixes: ['sv']", to: "localePrefixes: ['de']" },
  { file: 'pack.ts', from: "exampleLocale: 'sv_SE'", to: "exampleLocale: 'de_DE'" },
  { file: 'pack.ts', from: "currency: 'SEK'", to: "currency: 'EUR'" },
  { file: 'pack.ts', from: "allChannels: ['alla kanaler']", to: "allChannels: ['alle kanäle']" },
  {
    file: 'pack.ts',
    from: "impressions: ['Visningar', 'Exponeringar']",
    to: "impressions: ['Impressionen']",
  },
  { file: 'names.ts', from: "impressions: 'Visningar'", to: "impressions: 'Impressionen'" },
  { file: 'menu.ts', from: "goals: 'SMART-mål'", to: "goals: 'SMART-Ziele'" },
  { file: 'functions.ts', from: ', inte ett tal`', to: ', keine Zahl`' },
  { file: 'report.ts', from: 'KPI-rapport ', to: 'KPI-Bericht ', all: true },
  { file: 'sidebar.ts', from: "loading: 'Hämtar mål…'", to: "loading: 'Ziele werden geladen…'" },
  { file: 'import-dialog.ts', from: "fileLabel: 'CSV-fil", to: "fileLabel: 'CSV-Datei" },
  { file: 'about.ts', from: "title: 'Social KPIs: KPI-referens'", to: "title: 'Social KPIs: KPI-Referenz'" },
];

const LANGUAGES_LINE = "export const LANGUAGES = ['en', 'sv', 'vi'] as const;";

let copy: string;

function run([script, ...args]: string[]): { status: number | null; output: string } {
  const { status, stdout, stderr } = runIn(copy, script, args);
  return { status, output: `${stdout}${stderr}` };
}

function replaceIn(path: string, from: string, to: string, all = false): void {
  const text = readFileSync(path, 'utf8');
  const count = text.split(from).length - 1;
  if (count === 0 || (!all && count > 1)) throw new Error(`${path}: "${from}" found ${count} times`);
  writeFileSync(path, text.split(from).join(to));
}

beforeAll(() => {
  copy = copyProject('add-language', ['src', 'test']);

  // The folder…
  const folder = join(copy, 'src', 'i18n', 'de');
  cpSync(join(copy, 'src', 'i18n', 'sv'), folder, { recursive: true });
  for (const { file, from, to, all } of REWORDED) replaceIn(join(folder, file), from, to, all);
  // …and the line.
  replaceIn(
    join(copy, 'src', 'i18n', 'packs.ts'),
    LANGUAGES_LINE,
    LANGUAGES_LINE.replace("'vi']", "'vi', 'de']"),
  );
}, 60_000);

afterAll(() => removeCopy(copy));

describe('a language added as one folder and one line', () => {
  it('changes one line of src/i18n/packs.ts and nothing else outside its folder', () => {
    const before = readFileSync(join(ROOT, 'src', 'i18n', 'packs.ts'), 'utf8').split('\n');
    const after = readFileSync(join(copy, 'src', 'i18n', 'packs.ts'), 'utf8').split('\n');
    expect(after.length).toBe(before.length);
    expect(after.filter((line, index) => line !== before[index])).toEqual([
      "export const LANGUAGES = ['en', 'sv', 'vi', 'de'] as const;",
    ]);
  });

  it.each(['tsconfig.server.json', 'tsconfig.ui.json', 'tsconfig.node.json'])(
    'compiles under %s with no other edit',
    (config) => {
      const { status, output } = run([TOOLS.tsc, '-p', config, '--incremental', 'false']);
      expect({ status, output }).toEqual({ status: 0, output: '' });
    },
    120_000,
  );

  it('passes lint', () => {
    const { status, output } = run([TOOLS.eslint, 'src/i18n', 'src/import', 'src/ui']);
    expect({ status, output }).toEqual({ status: 0, output: '' });
  }, 120_000);

  describe('the add-on built from it', () => {
    let dist: string;
    beforeAll(() => {
      const { status, output } = run([TOOLS.tsx, 'src/local/build/build.ts']);
      expect({ status, built: /Built dist\//.test(output) }).toEqual({ status: 0, built: true });
      dist = join(copy, 'dist');
    }, 120_000);

    it('shows its menu when the user’s locale is de_DE', () => {
      const { gas } = createWorld('stockholm-en', {
        authMode: 'NONE',
        session: { activeUserLocale: 'de_DE' },
      });
      const project = loadBundle(gas.globals(), dist);
      const scriptApp = gas.globals().ScriptApp as { AuthMode: { NONE: unknown } };
      callGlobal(project, 'onOpen', { authMode: scriptApp.AuthMode.NONE });
      expect(gas.ui.menuItems().map((item) => item.path[1])).toContain('SMART-Ziele');
    });

    it('words a custom function’s error in it in a de_DE spreadsheet, and in English elsewhere', () => {
      const call = "ENGAGEMENT_RATE([['many']], [[600]])";
      const german = createWorld('stockholm-en', { locale: 'de_DE' });
      expect(() => runInContext(call, loadBundle(german.gas.globals(), dist))).toThrow(/, keine Zahl$/);
      const english = createWorld('stockholm-en');
      expect(() => runInContext(call, loadBundle(english.gas.globals(), dist))).toThrow(/, not a number$/);
    });

    it('names the report tab in it and reads a column headed in its words, from the code loaded on demand', () => {
      const book = reportBook(
        [
          ['Datum', 'Kanal', 'Impressionen', 'Klick'],
          ['2026-10-10', 'Instagram', 1000, 30],
        ],
        { locale: 'de_DE', html: { directory: dist } },
      );
      const project = loadBundle(book.gas.globals(), dist);
      expect(callGlobal(project, 'buildMonthlyReport', '2026-10')).toEqual({
        ok: true,
        tabName: 'KPI-Bericht 2026-10',
      });
      const impressions = rowOf(tabValues(book, 'KPI-Bericht 2026-10'), 'Impressionen');
      expect(impressions).toContain(1000);
    });

    it('carries its texts in the sidebar and the import dialog, and has its own Help / About page', () => {
      const page = (name: string) => readFileSync(join(dist, `${name}.html`), 'utf8');
      expect(page('GoalsSidebar')).toContain('Ziele werden geladen');
      expect(page('import')).toContain('CSV-Datei');
      expect(existsSync(join(dist, 'about-de.html'))).toBe(true);
      expect(page('about-de')).toContain('Social KPIs: KPI-Referenz');
    });
  });
});
