import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInContext } from 'node:vm';
import { LANGUAGES } from '../../src/i18n';
import { CATALOGUES } from '../../src/i18n/catalogues';
import { appFunctions } from '../../src/server/app-functions';
import { serverFunctions } from '../../src/server/entrypoints';
import { APP_FILE, scriptOf } from '../../src/server/on-demand';
import { createWorld, reportBook } from '../support/world';
import { callGlobal, DIST, loadBundle, scriptFiles } from '../support/bundle';

/*
 * The report, goals and import code lives in dist/server-app.html and is evaluated only by the
 * executions that call it, so a custom function call (which loads every script file) parses less.
 */

const ROWS = [
  ['Date', 'Channel', 'Followers', 'Impressions', 'Likes', 'Clicks'],
  ['2026-09-10', 'Instagram', 1000, 10000, 300, 50],
  ['2026-10-10', 'Instagram', 1200, 20000, 500, 100],
];

const onDemandCode = () => readFileSync(join(DIST, `${APP_FILE}.html`), 'utf8');

/** A phrase each language's week or quarter texts are made from (src/i18n/<language>/report-periods.ts). */
const PERIOD_WORDS = {
  en: 'first day to its last',
  sv: 'från veckans första dag till dess sista',
  vi: 'từ ngày đầu đến ngày cuối của tuần',
} as const;

describe('the server code loaded on demand', () => {
  it('is never read by a custom function call or by onOpen', () => {
    const { gas } = createWorld('stockholm-sv', { html: { directory: DIST } });
    const project = loadBundle(gas.globals());
    const rates = runInContext('ENGAGEMENT_RATE([[30], [12]], [[600], [0]])', project) as unknown[][];
    expect(rates.map((row) => [...row])).toEqual([[0.05], ['']]);
    expect(() => runInContext('ENGAGEMENT_RATE(5, 0)', project)).toThrow(/^ENGAGEMENT_RATE/);
    callGlobal(project, 'onOpen', { authMode: 'FULL' });
    expect(gas.calls.count('HtmlService')).toBe(0);
    expect(gas.calls.count('HtmlOutput')).toBe(0);
  });

  it('has a top-level stub for each of its functions, and each stub reaches it', () => {
    const stubs = readFileSync(join(DIST, 'server.js'), 'utf8');
    for (const name of Object.keys(appFunctions)) {
      expect(Object.keys(serverFunctions)).toContain(name);
      expect({ name, stub: stubs.includes(`function ${name}(`) }).toEqual({ name, stub: true });
    }
    const book = reportBook(ROWS, { html: { directory: DIST } });
    const project = loadBundle(book.gas.globals());
    expect(callGlobal(project, 'reportMonthChoices')).toMatchObject({
      periods: [{ value: '2026-10' }, { value: '2026-09' }],
    });
    expect(callGlobal(project, 'buildMonthlyReport', '2026-10')).toEqual({
      ok: true,
      tabName: 'KPI report 2026-10',
    });
    expect(callGlobal(project, 'getGoalsSidebarData')).toMatchObject({ channels: ['Instagram'] });
    // Three calls in one loaded project, as in one execution: the file is read and run once.
    expect(book.gas.calls.count('HtmlService.createTemplateFromFile')).toBe(1);
    expect(book.gas.calls.count('HtmlTemplate.getRawContent')).toBe(1);
    expect(book.gas.calls.count('HtmlOutput.getContent')).toBe(0);
  });

  it('reads the file raw: the served content of an HtmlOutput (sanitised) would hold no code', () => {
    const book = reportBook(ROWS, { html: { directory: DIST } });
    const served = book.gas.HtmlService.createHtmlOutputFromFile(APP_FILE).getContent();
    // The way this code was read before: through HtmlOutput.getContent().
    expect(() => new Function(`${scriptOf(served)}\nreturn SocialKPIsApp;`)()).toThrow(ReferenceError);
    const raw = book.gas.HtmlService.createTemplateFromFile(APP_FILE).getRawContent();
    expect(raw).toBe(onDemandCode());
  });

  it('names the file when it is missing or holds no script', () => {
    for (const files of [{}, { [APP_FILE]: '<p>Nothing here</p>' }] as Array<Record<string, string>>) {
      const book = reportBook(ROWS, { html: { files } });
      const project = loadBundle(book.gas.globals());
      expect(() => callGlobal(project, 'reportMonthChoices')).toThrow(new RegExp(`${APP_FILE}`));
    }
    expect(() => scriptOf('<p>Nothing here</p>')).toThrow(
      'Social KPIs: server-app.html holds no script; redeploy the add-on.',
    );
    expect(scriptOf('<script>\nvar a = "</p>";\n</script>\n')).toBe('\nvar a = "</p>";\n');
  });

  it('holds the report (any period), goals and import texts, which the script files leave out', () => {
    const eager = scriptFiles()
      .map((file) => file.source)
      .join('\n');
    const onDemand = onDemandCode();
    for (const language of LANGUAGES) {
      const texts = CATALOGUES[language];
      for (const text of [
        texts.report.offerSampleRows,
        texts.report.dateValidationHelp,
        texts.report.numberValidationHelp,
        // The week's and the quarter's report texts are built by a call per language, which
        // esbuild keeps in every execution's script unless the call is marked pure: the words
        // the call is given, as the built code holds them.
        ...(language in PERIOD_WORDS ? [PERIOD_WORDS[language as keyof typeof PERIOD_WORDS]] : []),
      ]) {
        expect({ language, text, eager: eager.includes(text), onDemand: onDemand.includes(text) }).toEqual({
          language,
          text,
          eager: false,
          onDemand: true,
        });
      }
    }
    // What onOpen and a custom function's error need stays in the script files, in every language.
    for (const language of ['sv', 'vi'] as const) {
      expect(eager).toContain(CATALOGUES[language].menu.about);
      expect(eager).toContain(CATALOGUES[language].functions.values.invalidDate);
    }
  });
});
