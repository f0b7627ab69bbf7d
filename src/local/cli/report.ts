import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { PERIOD_TEXTS } from '../../i18n';
import { buildReport } from '../../report/actions';
import { CURRENCY_PROPERTY, readCurrency } from '../../report/currency';
import { ALL_CHANNELS, type ReportModel } from '../../report/model';
import { periodNumberKey } from '../../report/period-numbers';
import { parsePeriodKey, periodKeyMessage, type Period, type PeriodKind } from '../../report/periods';
import { channelDisplayName } from '../../i18n/all-channels';
import { workbookWith } from '../report-workbook';
import { writeFileSync } from 'node:fs';
import { workbookView } from '../workbench/snapshot-view';
import { workbookToXlsx } from '../xlsx';

/*
 * npm run report -- --data FILE.csv (--week YYYY-Www | --month YYYY-MM | --quarter YYYY-Qn) (--json | --xlsx FILE)
 * The real report code on the in-memory spreadsheet, fed from a CSV with the data sheet's headers.
 */

const USAGE = `Usage: npm run report -- --data FILE.csv (--week YYYY-Www | --month YYYY-MM | --quarter YYYY-Qn) (--json | --xlsx FILE) [--locale en_US] [--time-zone Europe/Stockholm] [--currency SEK]
       npm run report -- --help

  --data FILE.csv     rows with the data sheet's headers (Date, Channel, Followers, …), one per channel per day, post or month
  --week YYYY-Www     the ISO week (Monday to Sunday) to report on, such as 2026-W43
  --month YYYY-MM     the month to report on, such as 2026-10
  --quarter YYYY-Qn   the quarter to report on, such as 2026-Q4
                      give exactly one of --week, --month and --quarter
  --json              print each channel's KPIs for the period and the period before, as JSON
  --xlsx FILE         write the whole spreadsheet, report tab included, as an .xlsx file
  --locale            the spreadsheet's locale (default en_US): it decides how text dates and numbers are read
  --time-zone         the spreadsheet's time zone (default Europe/Stockholm)
  --currency          the spreadsheet's currency setting, an ISO code (default: the locale's, en_US → USD)
  --help, -h          print this and stop`;

export interface CliArguments {
  data: string;
  period: Period;
  json: boolean;
  xlsx?: string;
  locale: string;
  timeZone: string;
  /** The spreadsheet's currency setting; absent: the locale's currency. */
  currency?: string;
}

export class UsageError extends Error {}

const PERIOD_FLAGS: Record<string, PeriodKind> = {
  '--week': 'week',
  '--month': 'month',
  '--quarter': 'quarter',
};

/** --help or -h anywhere: the usage, on stdout, and nothing else is done. */
export class HelpRequested extends Error {}

export function parseArguments(argv: readonly string[]): CliArguments {
  const options: Partial<CliArguments> & { json: boolean } = { json: false };
  const periods: Array<{ flag: string; kind: PeriodKind; value: string }> = [];
  const valueOf = (i: number, flag: string): string => {
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value.`);
    return value;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--help' || flag === '-h') throw new HelpRequested();
    else if (flag === '--json') options.json = true;
    else if (flag === '--data') options.data = valueOf(i++, flag);
    else if (flag === '--week' || flag === '--month' || flag === '--quarter')
      periods.push({ flag, kind: PERIOD_FLAGS[flag], value: valueOf(i++, flag) });
    else if (flag === '--xlsx') options.xlsx = valueOf(i++, flag);
    else if (flag === '--locale') options.locale = valueOf(i++, flag);
    else if (flag === '--time-zone') options.timeZone = valueOf(i++, flag);
    else if (flag === '--currency') {
      const code = readCurrency(valueOf(i, flag));
      if (code === undefined)
        throw new UsageError(`--currency "${argv[i + 1]}" is not a currency code such as SEK.`);
      options.currency = code;
      i++;
    } else throw new UsageError(`Unknown argument "${flag}".`);
  }
  if (!options.data) throw new UsageError('--data is required.');
  if (periods.length !== 1)
    throw new UsageError(
      periods.length === 0
        ? 'Give the period: --week, --month or --quarter.'
        : `Give only one period, not ${periods.map((given) => given.flag).join(' and ')}.`,
    );
  const [{ flag, kind, value }] = periods;
  const parsed = parsePeriodKey(value, kind);
  if (!parsed.ok) throw new UsageError(periodKeyMessage(flag, parsed.problem, PERIOD_TEXTS.en));
  if (!options.json && !options.xlsx) throw new UsageError('Give --json, --xlsx FILE or both.');
  return {
    data: options.data,
    period: parsed.period,
    json: options.json,
    xlsx: options.xlsx,
    locale: options.locale ?? 'en_US',
    timeZone: options.timeZone ?? 'Europe/Stockholm',
    ...(options.currency ? { currency: options.currency } : {}),
  };
}

type KpiValues = Record<string, Record<string, number | null>>;

/** The pooled column's key in the JSON. */
export const ALL_CHANNELS_KEY = 'All channels';

/** The days a channel's rows cover in the period (spec: Completeness). */
export interface CoverageJson {
  days: number;
  daysInPeriod: number;
  complete: boolean;
  /** Post rows in the period, when the data has any. */
  posts?: number;
}

export interface ReportJson {
  /** The period's key: "2026-W43", "2026-10", "2026-Q4". */
  period: string;
  kind: PeriodKind;
  /** A month's key again, in a month's report: the field scripts read before weeks and quarters. */
  month?: string;
  /** ISO code of the report's money: the spreadsheet's currency (setting, else the locale's). */
  currency: string;
  values: KpiValues;
  previous: KpiValues;
  /** Reach summed over several rows is only an upper bound: null in values, the bound here. */
  reachUpperBounds?: { values: Record<string, number>; previous: Record<string, number> };
  /** KPI id → the base every column of its row divides by ("per_post": a mean over posts). */
  bases: Record<string, string>;
  /** Channel → the days its rows cover, this period and the one before. */
  coverage: Record<string, CoverageJson>;
  previousCoverage: Record<string, CoverageJson>;
}

export function reportJson(model: ReportModel): ReportJson {
  const period = periodNumberKey(model.kind, model.period);
  const values: KpiValues = {};
  const previous: KpiValues = {};
  const bounds = { values: {} as Record<string, number>, previous: {} as Record<string, number> };
  model.columns.forEach((column, i) => {
    // The pooled column is "All channels"; a channel of that name shows quoted, as in the report.
    const key = column === ALL_CHANNELS ? ALL_CHANNELS_KEY : channelDisplayName(column);
    values[key] = {};
    previous[key] = {};
    for (const family of model.families) {
      for (const row of family.rows) {
        const cell = row.cells[i];
        values[key][row.kpiId] = cell.currentIsUpperBound ? null : cell.current;
        previous[key][row.kpiId] = cell.previousIsUpperBound ? null : cell.previous;
        if (cell.currentIsUpperBound && cell.current !== null) bounds.values[key] = cell.current;
        if (cell.previousIsUpperBound && cell.previous !== null) bounds.previous[key] = cell.previous;
      }
    }
  });
  const hasBounds = Object.keys(bounds.values).length + Object.keys(bounds.previous).length > 0;
  const coverageJson = (list: ReportModel['coverage']): Record<string, CoverageJson> =>
    Object.fromEntries(
      list.map(({ days, daysInPeriod, complete, posts }, i) => [
        channelDisplayName(model.columns[i] as string),
        { days, daysInPeriod, complete, ...(posts > 0 ? { posts } : {}) },
      ]),
    );
  return {
    period,
    kind: model.kind,
    ...(model.kind === 'month' ? { month: period } : {}),
    currency: model.currency,
    values,
    previous,
    ...(hasBounds ? { reachUpperBounds: bounds } : {}),
    bases: { ...model.bases },
    coverage: coverageJson(model.coverage),
    previousCoverage: coverageJson(model.previousCoverage),
  };
}

export async function runCli(
  argv: readonly string[],
  out: (text: string) => void,
  err: (text: string) => void,
): Promise<number> {
  let args: CliArguments;
  try {
    args = parseArguments(argv);
  } catch (error) {
    if (error instanceof HelpRequested) {
      out(USAGE);
      return 0;
    }
    if (!(error instanceof UsageError)) throw error;
    err(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(args.data, 'utf8');
  } catch {
    err(`Cannot read ${args.data}.\n\n${USAGE}`);
    return 2;
  }
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  const book = workbookWith(parsed.data, {
    locale: args.locale,
    timeZone: args.timeZone,
    documentProperties: args.currency ? { [CURRENCY_PROPERTY]: args.currency } : undefined,
  });
  const result = buildReport(book.services, { period: args.period, alert: false });
  if (!result.ok) {
    err(result.message);
    return 1;
  }
  if (args.xlsx) {
    // The report writes values, not formulas, so no sheet needs calculating before export.
    const view = workbookView(book.fake.spreadsheet.snapshot(), { get: () => new Map() });
    writeFileSync(args.xlsx, await workbookToXlsx(view));
  }
  if (args.json) out(JSON.stringify(reportJson(result.model), null, 2));
  return 0;
}

if (require.main === module) {
  runCli(
    process.argv.slice(2),
    (text) => console.log(text),
    (text) => console.error(text),
  ).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
