import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { kpiGroups } from '../../src/goals/server';
import { emptyGoalsData } from '../../src/goals/data';
import { GOAL_COLUMNS } from '../../src/goals/sheet';
import { LANGUAGES, REPORT_TEXTS } from '../../src/i18n';
import { CATALOGUES } from '../../src/i18n/catalogues';
import type { IssueCode } from '../../src/goals/types';
import type { PlatformId } from '../../src/import/platforms';
import { FAMILIES, KPIS } from '../../src/kpi/registry';
import { ENGAGEMENT_BASES } from '../../src/kpi/engagement';
import { buildReportModel } from '../../src/report/model';
import { sampleRows, CANONICAL_HEADERS } from '../../src/report/sample';
import { readOk } from '../report/helpers';

type Tree = { [key: string]: unknown };

/** Every leaf of a catalogue as [path, value]: strings and template functions. */
function leaves(tree: Tree, prefix: string[] = []): Array<[string[], unknown]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? leaves(value as Tree, [...prefix, key])
      : [[[...prefix, key], value] as [string[], unknown]],
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'i18n' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** An issue's parameters for a sample: every parameter is 2 (a number, or the text "2"). */
const ISSUE_PARAMS = new Proxy({}, { get: (_, key) => (key === 'unit' ? 'fraction' : 2) });

/** Calls a template with sample arguments of the types its English twin is written for. */
function sample(value: unknown, path: string[] = []): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join(' ');
  const fn = value as (...args: unknown[]) => unknown;
  // Goal issues take one object of parameters (IssueParams).
  if (path.includes('issues')) return String(fn(ISSUE_PARAMS));
  // Templates take text and numbers, a few take a list: try the plain arguments, then lists.
  const plain = Array.from({ length: fn.length }, (_, i) => (i === 0 ? 'FN' : i % 2 ? 2 : 'x'));
  const lists = Array.from({ length: fn.length }, () => ['a', 'b']);
  for (const args of [plain, lists]) {
    try {
      const result = fn(...args);
      return Array.isArray(result) ? result.join(' ') : String(result);
    } catch {
      // the next set of arguments
    }
  }
  throw new Error(`no sample arguments fit ${fn.toString().slice(0, 60)}`);
}

const english = leaves(CATALOGUES.en as unknown as Tree);

/** Every source file outside src/i18n, where the catalogues' keys must be used. */
const source = sourceFiles(join(__dirname, '../../src'))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

describe('language catalogues', () => {
  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    '%s has exactly the keys English has',
    (language) => {
      const keys = leaves(CATALOGUES[language] as unknown as Tree).map(([path]) => path.join('.'));
      expect(keys.sort()).toEqual(english.map(([path]) => path.join('.')).sort());
    },
  );

  it.each(LANGUAGES)(
    '%s: every text is non-empty and no template leaks undefined or an object',
    (language) => {
      for (const [path, value] of leaves(CATALOGUES[language] as unknown as Tree)) {
        const text = sample(value, path);
        expect({ path: path.join('.'), empty: text.trim() === '' }).toEqual({
          path: path.join('.'),
          empty: false,
        });
        // ("undefined" is a real English word here: "the rate is undefined".)
        expect(text).not.toMatch(/\[object |NaN|\$\{/);
      }
    },
  );

  it.each(['sv', 'vi'] as const)('%s is translated, not English copied over', (language) => {
    const translated = leaves(CATALOGUES[language] as unknown as Tree);
    const same = translated.filter(
      ([path, value], i) => sample(value, path) === sample(english[i][1], english[i][0]),
    );
    // A few words are the same in every language (Version, TRUE in Vietnamese Sheets, CSV).
    expect(same.length / translated.length).toBeLessThan(0.08);
  });

  it('every English key is used somewhere in the code', () => {
    const unused = english
      // The report section and maps keyed by data (registry ids, platform ids, delimiters) are
      // checked against what they describe below.
      .filter(([path]) => path[0] !== 'report')
      .filter(([path]) => !DATA_KEYED.some((map) => path.join('.').startsWith(`${map}.`)))
      .map(([path]) => path[path.length - 1])
      .filter((key) => !new RegExp(`\\b${key}\\b`).test(source));
    expect(unused).toEqual([]);
  });

  it('each section the goals sidebar and the import dialog use is read where it belongs', () => {
    // A key is "used" where its section is read: the page words what the server sends as codes.
    const read = (folder: string) =>
      sourceFiles(join(__dirname, '../../src', folder))
        .map((file) => readFileSync(file, 'utf8'))
        .join('\n');
    const sidebarPage = read('ui/GoalsSidebar');
    const importDialog = read('ui/import') + read('import');
    const server = read('goals') + read('import');
    const unusedIn = (section: string, source: string) =>
      english
        .filter(([path]) => path[0] === section && !DATA_KEYED.some((map) => path.join('.').startsWith(map)))
        .filter(([path]) => !path.slice(1).some((key) => new RegExp(`\\b${key}\\b`).test(source)))
        .map(([path]) => path.join('.'));
    expect(unusedIn('sidebar', sidebarPage)).toEqual([]);
    expect(unusedIn('goals', sidebarPage + server)).toEqual([]);
    expect(unusedIn('goalsTab', server)).toEqual([]);
    expect(unusedIn('importDialog', importDialog)).toEqual([]);
    expect(unusedIn('importServer', read('import'))).toEqual([]);
  });

  it.each(LANGUAGES)(
    '%s names every KPI the sidebar lists, and every platform the import knows',
    (language) => {
      const listed = kpiGroups(emptyGoalsData()).flatMap((group) => group.kpis.map((kpi) => kpi.id));
      expect(listed.length).toBeGreaterThan(40);
      expect(Object.keys(CATALOGUES[language].sidebar.kpiNames).sort()).toEqual([...listed].sort());
      expect(listed.every((id) => KPIS.some((kpi) => kpi.id === id))).toBe(true);
      const platforms: PlatformId[] = ['facebook', 'instagram', 'linkedin', 'tiktok', 'x', 'kpi_data'];
      expect(Object.keys(CATALOGUES[language].importDialog.platformNames).sort()).toEqual(platforms.sort());
    },
  );

  it('says "1 month", never "1 months", where a count of months is worded', () => {
    for (const language of LANGUAGES) {
      const achievability = CATALOGUES[language].goals.achievabilityMessages;
      const sidebar = CATALOGUES[language].sidebar;
      const oneMonth = [
        achievability.realistic('+5 %', '+6 %', 1),
        achievability.ambitious('+5 %', '+4 %', 1),
        achievability.stretch('+5 %', '+2 %', 1),
        achievability.stretchNoImprovement('+5 %', 1),
        sidebar.form.achievableNumbers('+5 %', '+4 %', 1),
      ];
      for (const text of oneMonth) expect(text).not.toMatch(/\b1 (months|månader)\b/);
    }
    const en = CATALOGUES.en;
    expect(en.goals.achievabilityMessages.ambitious('+5 %', '+4 %', 1)).toBe(
      'Needs +5 % a month, past the best the data has shown over 1 month (+4 % a month).',
    );
    expect(en.goals.achievabilityMessages.notEnoughHistory(3)).toBe(
      'Not enough history: comparing needs 4 months of data before the start.',
    );
    expect(en.sidebar.form.achievableNumbers('+5 %', '+4 %', 1)).toBe(
      'Needed: +5 % a month · best seen: +4 % a month (over 1 month)',
    );
  });

  it('every goal issue code has a message in every language', () => {
    const codes = Object.keys(CATALOGUES.en.goals.issues) as IssueCode[];
    expect(codes.length).toBe(23);
    for (const language of LANGUAGES) {
      expect(Object.keys(CATALOGUES[language].goals.issues).sort()).toEqual([...codes].sort());
    }
  });

  it('Goals tab headers: one per column in each language, no header naming two columns', () => {
    const owner = new Map<string, string>();
    for (const language of LANGUAGES) {
      const headers = CATALOGUES[language].goalsTab.headers;
      expect(Object.keys(headers).sort()).toEqual([...GOAL_COLUMNS].sort());
      for (const [column, header] of Object.entries(headers)) {
        const key = header.toLowerCase();
        expect({ header, column: owner.get(key) ?? column }).toEqual({ header, column });
        owner.set(key, column);
      }
    }
  });
});

describe('the report section', () => {
  it.each(LANGUAGES)('%s: every list has as many entries as English’s', (language) => {
    const lists = (texts: object) =>
      Object.entries(texts)
        .filter(([, value]) => Array.isArray(value))
        .map(([key, value]) => [key, (value as unknown[]).length]);
    expect(lists(REPORT_TEXTS[language])).toEqual(lists(REPORT_TEXTS.en));
    expect(REPORT_TEXTS[language].monthNames).toHaveLength(12);
  });

  it('every text is read by the report code as a property of its labels (L.key), not just named', () => {
    // "title" or "change" occur everywhere; "L.title" only where the report shows its own title.
    const unused = Object.keys(REPORT_TEXTS.en).filter(
      (key) =>
        !['kpis', 'families', 'baseNames'].includes(key) && !new RegExp(`\\bL\\.${key}\\b`).test(source),
    );
    expect(unused).toEqual([]);
  });

  it.each(LANGUAGES)(
    '%s names every KPI a report on a full data sheet shows, and only KPIs of the registry',
    (language) => {
      const { kpis } = REPORT_TEXTS[language];
      const rows = sampleRows({ endMonth: 202610, months: 2 });
      const model = buildReportModel(readOk([[...CANONICAL_HEADERS], ...rows]), 202610, {
        sheetName: 'KPI data',
        builtAt: new Date('2026-11-03T09:00:00Z'),
        timeZone: 'Europe/Stockholm',
      });
      const shown = model.families.flatMap((family) => family.rows.map((row) => row.kpiId));
      expect(shown.length).toBeGreaterThan(30);
      expect(shown.filter((id) => !kpis[id])).toEqual([]);
      const ids = new Set<string>(KPIS.map((kpi) => kpi.id));
      expect(Object.keys(kpis).filter((id) => !ids.has(id))).toEqual([]);
      expect(Object.keys(REPORT_TEXTS[language].families).sort()).toEqual([...FAMILIES].sort());
      expect(Object.keys(REPORT_TEXTS[language].baseNames).sort()).toEqual([...ENGAGEMENT_BASES].sort());
    },
  );
});

/** Maps whose keys are data, not texts: registry ids, platform ids, delimiter characters. */
const DATA_KEYED = ['sidebar.kpiNames', 'importDialog.platformNames', 'importDialog.delimiterNames'];
