import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { buildMonthlyReport } from '../../report/actions';
import { CURRENCY_PROPERTY, readCurrency } from '../../report/currency';
import { parseMonthText } from '../../report/dates';
import { ALL_CHANNELS, type ReportModel } from '../../report/model';
import { channelDisplayName } from '../../i18n/all-channels';
import { workbookWith } from '../report-workbook';
import { writeFileSync } from 'node:fs';
import { workbookView } from '../workbench/snapshot-view';
import { workbookToXlsx } from '../xlsx';

/*
 * npm run report -- --data FILE.csv --month YYYY-MM (--json | --xlsx FILE)
 * The real report code on the in-memory spreadsheet, fed from a CSV with the data sheet's headers.
 */

const USAGE = `Usage: npm run report -- --data FILE.csv --month YYYY-MM (--json | --xlsx FILE) [--locale en_US] [--time-zone Europe/Stockholm] [--currency SEK]
       npm run report -- --help

  --data FILE.csv   rows with the data sheet's headers (Date, Channel, Followers, …), one per channel per day, post or month
  --month YYYY-MM   the month to report on
  --json            print each channel's KPIs for the month and the month before, as JSON
  --xlsx FILE       write the whole spreadsheet, report tab included, as an .xlsx file
  --locale          the spreadsheet's locale (default en_US): it decides how text dates and numbers are read
  --time-zone       the spreadsheet's time zone (default Europe/Stockholm)
  --currency        the spreadsheet's currency setting, an ISO code (default: the locale's, en_US → USD)
  --help, -h        print this and stop`;

export interface CliArguments {
  data: string;
  month: string;
  json: boolean;
  xlsx?: string;
  locale: string;
  timeZone: string;
  /** The spreadsheet's currency setting; absent: the locale's currency. */
  currency?: string;
}

export class UsageError extends Error {}

/** --help or -h anywhere: the usage, on stdout, and nothing else is done. */
export class HelpRequested extends Error {}

export function parseArguments(argv: readonly string[]): CliArguments {
  const options: Partial<CliArguments> & { json: boolean } = { json: false };
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
    else if (flag === '--month') options.month = valueOf(i++, flag);
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
  if (!options.month) throw new UsageError('--month is required.');
  if (parseMonthText(options.month) === undefined)
    throw new UsageError(`--month "${options.month}" is not YYYY-MM.`);
  if (!options.json && !options.xlsx) throw new UsageError('Give --json, --xlsx FILE or both.');
  return {
    data: options.data,
    month: options.month,
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

/** The days a channel's rows cover in a month (spec: Completeness). */
export interface CoverageJson {
  days: number;
  daysInMonth: number;
  complete: boolean;
  /** Post rows in the month, when the data has any. */
  posts?: number;
}

export interface ReportJson {
  month: string;
  /** ISO code of the report's money: the spreadsheet's currency (setting, else the locale's). */
  currency: string;
  values: KpiValues;
  previous: KpiValues;
  /** Reach summed over several rows is only an upper bound: null in values, the bound here. */
  reachUpperBounds?: { values: Record<string, number>; previous: Record<string, number> };
  /** KPI id → the base every column of its row divides by ("per_post": a mean over posts). */
  bases: Record<string, string>;
  /** Channel → the days its rows cover, this month and last. */
  coverage: Record<string, CoverageJson>;
  previousCoverage: Record<string, CoverageJson>;
}

export function reportJson(model: ReportModel, month: string): ReportJson {
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
      list.map(({ days, daysInMonth, complete, posts }, i) => [
        channelDisplayName(model.columns[i] as string),
        { days, daysInMonth, complete, ...(posts > 0 ? { posts } : {}) },
      ]),
    );
  return {
    month,
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
  const result = buildMonthlyReport(book.services, { month: args.month, alert: false });
  if (!result.ok) {
    err(result.message);
    return 1;
  }
  if (args.xlsx) {
    // The report writes values, not formulas, so no sheet needs calculating before export.
    const view = workbookView(book.fake.spreadsheet.snapshot(), { get: () => new Map() });
    writeFileSync(args.xlsx, await workbookToXlsx(view));
  }
  if (args.json) out(JSON.stringify(reportJson(result.model, args.month), null, 2));
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
