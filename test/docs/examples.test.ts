import { readFileSync } from 'node:fs';
import { functionProse } from '../../src/kpi/prose';
import { join } from 'node:path';
import { runCustomFunction } from '../../src/functions';
import { customFunctionKpis } from '../../src/kpi/lookup';
import { ENGAGEMENT_TOTAL_EXAMPLE } from '../../src/kpi/examples';
import { KPI_HELP_TEXTS } from '../../src/i18n/kpi-help';
import { REPORT_TEXTS } from '../../src/i18n';
import { CATALOGUES } from '../../src/i18n/catalogues';
import { CANONICAL_HEADERS, sampleRows } from '../../src/report/sample';
import { createFormulaEngine, type FormulaResult } from '../../src/local/workbench/formulas';
import { aboutHtml } from '../../src/help/about';

/*
 * Every formula example the user reads (README, Help / About, the functions' help) typed on the
 * add-on's own data tab with its sample rows, evaluated by the workbench's formula engine, and
 * compared with the KPI's definition computed here from the columns by their headers, not by
 * the example's letters: an example pointing at the wrong columns fails.
 */

const TAB = REPORT_TEXTS.en.dataSheetName;
const ROWS: unknown[][] = [[...CANONICAL_HEADERS], ...sampleRows({ endMonth: 202610 })];
const FIRST = 2;
const LAST = 100;

const engine = createFormulaEngine(
  {
    cell: (sheet, row, column) => ({
      value: sheet === TAB ? (ROWS[row - 1]?.[column - 1] ?? '') : '',
      formula: '',
    }),
    extent: () => ({ rows: ROWS.length, columns: CANONICAL_HEADERS.length }),
  },
  Object.fromEntries(
    customFunctionKpis().map((kpi) => [
      kpi.fn!.name,
      (...args: unknown[]) => runCustomFunction(kpi.fn!.name, args),
    ]),
  ),
);

/** A cell of the sample tab by header and sheet row; blank as null. */
function at(header: string, row: number): number | null {
  const column = (CANONICAL_HEADERS as readonly string[]).indexOf(header);
  if (column < 0) throw new Error(header);
  const value = ROWS[row - 1][column];
  return value === '' || value === undefined ? null : (value as number);
}
const channel = (row: number) => String(ROWS[row - 1][1]);
const sheetRows = (from = FIRST, to = LAST) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const sum = (header: string) => sheetRows().reduce((total, row) => total + (at(header, row) ?? 0), 0);
const engagements = (row: number) =>
  ['Likes', 'Comments', 'Shares', 'Saves'].reduce((total, h) => total + (at(h, row) ?? 0), 0);
/** Followers are a stock: each channel's last figure in the rows, added up as distinct audiences. */
function periodEndFollowers(): number {
  const last = new Map<string, number>();
  for (const row of sheetRows()) last.set(channel(row), at('Followers', row) ?? 0);
  return [...last.values()].reduce((a, b) => a + b, 0);
}
const ratio = (a: number | null, b: number | null, scale = 1) =>
  a === null || b === null || b === 0 ? null : (a / b) * scale;

type Definition = {
  perRow?: (row: number) => number | null;
  total?: () => number | null;
  single?: () => number;
};

/** Each KPI's definition (spec: Catalogue), by the columns' headers. */
const column = (numerator: string, denominator: string, scale = 1): Definition => ({
  perRow: (row) => ratio(at(numerator, row), at(denominator, row), scale),
  total: () =>
    ratio(sum(numerator), denominator === 'Followers' ? periodEndFollowers() : sum(denominator), scale),
});
const DEFINITIONS: Record<string, Definition> = {
  ENGAGEMENT_RATE: {
    perRow: (row) => ratio(engagements(row), at('Impressions', row)),
    total: () =>
      ratio(
        sheetRows().reduce((t, r) => t + engagements(r), 0),
        sum('Impressions'),
      ),
  },
  AVERAGE_ENGAGEMENT_RATE: {
    single: () => {
      const rates = sheetRows().map((row) => engagements(row) / (at('Followers', row) as number));
      return rates.reduce((a, b) => a + b, 0) / rates.length;
    },
  },
  APPLAUSE_RATE: column('Likes', 'Followers'),
  AMPLIFICATION_RATE: column('Shares', 'Followers'),
  VIRALITY_RATE: column('Shares', 'Impressions'),
  FOLLOWER_QUALITY: {
    perRow: (row) => ratio(engagements(row), at('Followers', row)),
    total: () =>
      ratio(
        sheetRows().reduce((t, r) => t + engagements(r), 0),
        periodEndFollowers(),
      ),
  },
  AUDIENCE_GROWTH_RATE: {
    // The first channel's net new followers over its second day, over its followers then.
    single: () => {
      const second = sheetRows().filter((row) => channel(row) === channel(FIRST))[1];
      const end = at('Followers', second) as number;
      return (end - (at('Followers', FIRST) as number)) / end;
    },
  },
  GROWTH_RATE: {
    // Each row's impressions against the same channel's day before.
    perRow: (row) => {
      const previous = sheetRows(FIRST, row - 1)
        .reverse()
        .find((r) => channel(r) === channel(row));
      if (previous === undefined) return null;
      const before = at('Impressions', previous) as number;
      return ((at('Impressions', row) as number) - before) / Math.abs(before);
    },
  },
  POST_REACH_RATE: column('Reach', 'Followers'),
  SHARE_OF_VOICE: {
    perRow: (row) =>
      ratio(at('Mentions', row), (at('Mentions', row) ?? 0) + (at('Competitor mentions', row) ?? 0)),
    total: () => ratio(sum('Mentions'), sum('Mentions') + sum('Competitor mentions')),
  },
  CTR: column('Clicks', 'Impressions'),
  CONVERSION_RATE: column('Conversions', 'Clicks'),
  BOUNCE_RATE: column('Bounces', 'Sessions'),
  COST_PER_LEAD: column('Cost', 'Leads'),
  SENTIMENT_SCORE: {
    perRow: (row) => {
      const [p, n, o] = ['Positive mentions', 'Negative mentions', 'Neutral mentions'].map(
        (h) => at(h, row) ?? 0,
      );
      return ratio(p - n, p + n + o);
    },
  },
  RESPONSE_RATE: column('Replies', 'Messages'),
  ROI: {
    perRow: (row) => ratio((at('Revenue', row) ?? 0) - (at('Cost', row) ?? 0), at('Cost', row)),
    total: () => ratio(sum('Revenue') - sum('Cost'), sum('Cost')),
  },
  ROAS: column('Revenue', 'Cost'),
  CPC: column('Cost', 'Clicks'),
  CPM: column('Cost', 'Impressions', 1000),
  CPA: column('Cost', 'Conversions'),
  CLV: { single: () => 450 * 3 * 4 * 0.3 },
  GOAL_PROGRESS: { single: () => (0.036 - 0.031) / (0.042 - 0.031) },
};

/** Examples whose inputs the data tab does not hold: they name a tab of the user's own. */
const OTHER_TABS = /^=(NPS|CSAT|RESPONSE_TIME|POTENTIAL_REACH)\((Survey|Messages|Mentions)!/;

function evaluate(formula: string): FormulaResult {
  return engine.evaluate(TAB, 1, 30, formula);
}

const examples = customFunctionKpis().flatMap((kpi) =>
  [functionProse(kpi.id).example, functionProse(kpi.id).totalExample]
    .filter((formula): formula is string => formula !== undefined)
    .map((formula) => ({
      name: kpi.fn!.name,
      formula,
      total: formula === functionProse(kpi.id).totalExample,
    })),
);

describe('every function example, typed on the data tab with the sample rows', () => {
  it('has four channels a day in the sample rows, which the row-based examples rely on', () => {
    expect(ROWS[0]).toEqual([...CANONICAL_HEADERS]);
    expect(new Set(sheetRows(97, 100).map(channel)).size).toBe(4);
    expect(channel(2)).toBe(channel(6));
  });

  it.each(examples)('$formula gives $name by its definition', ({ name, formula, total }) => {
    if (OTHER_TABS.test(formula)) return;
    const definition = DEFINITIONS[name];
    expect(definition).toBeDefined();
    const result = evaluate(formula);
    if (result.kind === 'error') throw new Error(`${formula}: ${result.message}`);
    if (definition.single || total) {
      expect(result.kind).toBe('value');
      const expected = (definition.single ?? definition.total)!();
      expect(result.kind === 'value' && (result.value as number)).toBeCloseTo(expected as number, 10);
      return;
    }
    expect(result.kind).toBe('array');
    const values = result.kind === 'array' ? result.values.map((row) => row[0]) : [];
    const firstRow = Number(/\(?[A-Z]+(\d+):/.exec(formula.split(',').pop()!)?.[1] ?? FIRST);
    let compared = 0;
    values.forEach((value, i) => {
      const expected = definition.perRow!(firstRow + i);
      if (expected === null) expect(value).toBe('');
      else {
        expect(value).toBeCloseTo(expected, 10);
        compared++;
      }
    });
    // Most rows have a value: an example over blank or wrong columns would not.
    expect(compared).toBeGreaterThan(values.length / 2);
  });

  it('names another tab only for the KPIs whose inputs the data tab has no column for', () => {
    const elsewhere = examples.filter(({ formula }) => OTHER_TABS.test(formula)).map(({ name }) => name);
    expect(elsewhere.sort()).toEqual(['CSAT', 'NPS', 'POTENTIAL_REACH', 'RESPONSE_TIME']);
  });
});

/** Every "=NAME(…)" in a text, through its closing parenthesis. */
function formulasIn(text: string): string[] {
  const found: string[] = [];
  const start = /=[A-Z][A-Z_]*\(/g;
  for (let match = start.exec(text); match; match = start.exec(text)) {
    let depth = 0;
    for (let i = match.index; i < text.length; i++) {
      if (text[i] === '(') depth++;
      if (text[i] === ')' && --depth === 0) {
        found.push(text.slice(match.index, i + 1));
        break;
      }
    }
  }
  return found;
}

describe('the formulas the README and Help pages quote', () => {
  const checked = new Set(examples.map((example) => example.formula));
  const comma = (formula: string) => formula.replace(/;/g, ',').replace(/(\d),(\d)/g, '$1.$2');

  it('are all checked examples, in the README', () => {
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    const quoted = formulasIn(readme).filter((formula) => !formula.includes('…'));
    expect(quoted.length).toBeGreaterThan(40);
    for (const formula of quoted) expect([formula, checked.has(formula)]).toEqual([formula, true]);
  });

  it('are all checked examples, in Help / About and the KPI help in every language', () => {
    expect(checked.has(ENGAGEMENT_TOTAL_EXAMPLE)).toBe(true);
    for (const language of ['en', 'sv', 'vi'] as const) {
      const html = aboutHtml(CATALOGUES[language].about, '0.0.0', language);
      const text = html
        .replace(/<[^>]*>/g, '')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&');
      const quoted = formulasIn(text).map(comma);
      expect(quoted.length).toBeGreaterThan(20);
      for (const formula of quoted) expect([formula, checked.has(formula)]).toEqual([formula, true]);
    }
    for (const catalogue of Object.values(KPI_HELP_TEXTS))
      for (const { help } of Object.values(catalogue))
        for (const formula of formulasIn(help))
          expect([formula, checked.has(formula)]).toEqual([formula, true]);
  });
});
