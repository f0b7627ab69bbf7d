import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUES, LANGUAGES, REPORT_TEXTS } from '../../src/i18n';
import { FAMILIES, KPIS } from '../../src/kpi/registry';
import { buildReportModel, ENGAGEMENT_BASES } from '../../src/report/model';
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

/** Calls a template with sample arguments of the types its English twin is written for. */
function sample(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join(' ');
  const fn = value as (...args: unknown[]) => unknown;
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
        const text = sample(value);
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
    const same = translated.filter(([, value], i) => sample(value) === sample(english[i][1]));
    // A few words are the same in every language (Version, TRUE in Vietnamese Sheets, CSV).
    expect(same.length / translated.length).toBeLessThan(0.08);
  });

  it('every English key is used somewhere in the code', () => {
    const unused = english
      .filter(([path]) => path[0] !== 'report')
      .map(([path]) => path[path.length - 1])
      .filter((key) => !new RegExp(`\\b${key}\\b`).test(source));
    expect(unused).toEqual([]);
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
      const ids = new Set(KPIS.map((kpi) => kpi.id));
      expect(Object.keys(kpis).filter((id) => !ids.has(id))).toEqual([]);
      expect(Object.keys(REPORT_TEXTS[language].families).sort()).toEqual([...FAMILIES].sort());
      expect(Object.keys(REPORT_TEXTS[language].baseNames).sort()).toEqual([...ENGAGEMENT_BASES].sort());
    },
  );
});
