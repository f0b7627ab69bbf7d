import { buildSync } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runInThisContext } from 'node:vm';
import { MS_PER_DAY } from '../../functions/cells';
import { goalsDataFor } from '../../goals/adapter';
import { reportGoalRows, saveGoal } from '../../goals/server';
import { buildReport } from '../../report/actions';
import { REPORT_TEXTS } from '../../i18n';
import { CANONICAL_HEADERS, sampleRows } from '../../report/sample';
import { workbookWith } from '../report-workbook';
import { median, verdict } from './measure';

/*
 * The report's two cost targets: spreadsheet calls that do not grow with the data (≤ 40), and
 * report logic within 5× one plain summing pass over the same rows.
 */

const CHANNELS = ['Instagram', 'Facebook', 'LinkedIn', 'TikTok', 'YouTube', 'X', 'Threads', 'Pinterest'];
/**
 * The periods the bench builds, each the last complete one of its kind in the data (which ends
 * with October 2026): its key, and its number as the report's logic takes it (period-numbers.ts).
 */
const PERIODS = [
  { name: 'Monthly', key: '2026-10', kind: 'month', number: 202610 },
  { name: 'Weekly', key: '2026-W43', kind: 'week', number: 202643 },
  { name: 'Quarterly', key: '2026-Q3', kind: 'quarter', number: 20263 },
] as const;
type BenchPeriod = (typeof PERIODS)[number];
const NOW = new Date('2026-11-03T09:00:00Z');
const CALL_TARGET = 40;

/**
 * Instagram (the bench goals' channel) and `count - 1` more: a report wider than the 26 columns
 * of a new tab from 23 channels on.
 */
export function manyChannels(count: number): string[] {
  return ['Instagram', ...Array.from({ length: count - 1 }, (_, i) => `Channel ${i + 2}`)];
}
const RATIO_TARGET = 5;
const RATIO_ROWS = 100_000;

/** `count` rows over the 12 months to October 2026, eight channels unless told, a post id each. */
export function benchValues(count: number, channels: readonly string[] = CHANNELS): unknown[][] {
  const perDay = Math.max(1, Math.ceil(count / (365 * channels.length)));
  const rows = sampleRows({ endMonth: 202610, months: 12, channels, rowsPerDay: perDay });
  const stride = rows.length / count;
  const picked = Array.from({ length: count }, (_, i) => [...rows[Math.floor(i * stride)], `post-${i + 1}`]);
  return [[...CANONICAL_HEADERS, 'Post ID'], ...picked];
}

export interface ReportCalls {
  /** Spreadsheet service calls, method by method: the first build of the month. */
  first: Record<string, number>;
  /** The same month built again: the add-on's own tab is found and replaced. */
  rebuild: Record<string, number>;
  /** Builder calls of the first build (local object construction, counted apart by the fakes). */
  builders: Record<string, number>;
}

/** Two goals on the Goals tab, saved the way the sidebar saves them. */
const BENCH_GOALS = [
  {
    what: 'More engagement on Instagram',
    kpiId: 'engagement_rate',
    channel: 'Instagram',
    baseline: 0.03,
    target: '+20 %',
  },
  { what: '=Lower CPC', kpiId: 'cpc', channel: null, baseline: 2, target: '-10 %' },
];

/**
 * The calls Build report makes on the menu's path (goals read from the Goals tab), for a first
 * build and a rebuild of the same period (October 2026 unless told).
 */
export function reportCalls(values: unknown[][], periodKey: string = PERIODS[0].key): ReportCalls {
  const book = workbookWith(values, { now: NOW });
  const data = goalsDataFor(book.services);
  for (const goal of BENCH_GOALS) {
    const saved = saveGoal(book.services, data, {
      goal: {
        ...goal,
        baselineWindow: 'manual',
        baselineMonths: [],
        start: '2026-09-01',
        deadline: '2026-12-31',
        owner: '+46 70 Anna',
        why: 'Benchmark',
      },
    });
    if (saved.status !== 'saved') throw new Error(`goal not saved: ${JSON.stringify(saved)}`);
  }
  const build = () => {
    book.fake.calls.reset();
    book.fake.localCalls.reset();
    const result = buildReport(book.services, { period: periodKey, goals: reportGoalRows(book.services) });
    if (!result.ok) throw new Error(result.message);
    return book.fake.calls.snapshot();
  };
  const first = build();
  const builders = book.fake.localCalls.snapshot();
  const rebuild = build();
  return { first, rebuild, builders };
}

export const totalCalls = (calls: Record<string, number>): number =>
  Object.values(calls).reduce((sum, n) => sum + n, 0);

/** What Sheets hands the report: Date objects in the date column, as getValues returns them. */
export function asSheetValues(values: unknown[][]): unknown[][] {
  const dates = new Map<string, Date>();
  return values.map((row, r) => {
    if (r === 0) return row;
    const text = row[0] as string;
    let date = dates.get(text);
    if (!date) dates.set(text, (date = new Date(`${text}T00:00:00+01:00`)));
    return [new Date(date.getTime()), ...row.slice(1)];
  });
}

/**
 * The baseline: one plain pass over the same 2-D rows the report reads, adding up every number
 * cell past the date and channel columns, the least any report over these rows must do.
 */
function plainSum(values: unknown[][]): number {
  let sum = 0;
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    for (let c = 2; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === 'number') sum += cell;
    }
  }
  return sum;
}

/**
 * The least any report of these rows could cost, to weigh the ratio target against, part one:
 * each row's channel-month found (the day of its date at a fixed offset, the channel by identity)
 * and its number cells added to that channel-month's sums, with no check, no duplicate search,
 * no model.
 */
export function leastRead(values: unknown[][]): number[] {
  const width = values[0].length;
  const channelCells: unknown[] = [];
  // Every channel-month's sums side by side in one array of doubles: the cheapest store there is.
  const sums: number[] = new Array<number>(12 * CHANNELS.length * width).fill(0.5).fill(0);
  let monthStart = Infinity;
  let monthEnd = -Infinity;
  let monthOfYear = 0;
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    const day = Math.floor(((row[0] as Date).getTime() + 3_600_000) / MS_PER_DAY);
    if (day < monthStart || day >= monthEnd) {
      // A new month: 12 of them here, so its bounds are worked out the slow way.
      const date = new Date(day * MS_PER_DAY);
      monthStart = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / MS_PER_DAY;
      monthEnd = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / MS_PER_DAY;
      monthOfYear = date.getUTCMonth();
    }
    let channel = channelCells.indexOf(row[1]);
    if (channel < 0) channel = channelCells.push(row[1]) - 1;
    const base = (monthOfYear * CHANNELS.length + channel) * width;
    for (let c = 2; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === 'number') sums[base + c] += cell;
    }
  }
  return sums;
}

/**
 * Part two: the tab's five grids (values, number formats, weights, backgrounds, colours) made at
 * the size the real layout has, each cell one constant.
 */
function leastGrids(rows: number, columns: number): number {
  let cells = 0;
  for (let grid = 0; grid < 5; grid++) {
    const made: string[][] = [];
    for (let r = 0; r < rows; r++) {
      const row: string[] = [];
      for (let c = 0; c < columns; c++) row.push('#,##0');
      made.push(row);
    }
    cells += made.length * made[0].length;
  }
  return cells;
}

/** Results are kept here so the optimiser cannot drop a timed call whose result is unused. */
let sink = 0;

/** Runs per timed batch, so one batch lasts at least `minMs` and the timer's grain does not matter. */
function batchSize(fn: () => unknown, minMs: number): number {
  let runs = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < runs; i++) fn();
    if (performance.now() - start >= minMs) return runs;
    runs *= 2;
  }
}

function timeBatch(fn: () => unknown, runs: number): number {
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - start) / runs;
}

function requestFor(period: BenchPeriod) {
  return {
    labels: REPORT_TEXTS.en,
    timeZone: 'Europe/Stockholm',
    locale: 'en_US',
    now: NOW,
    sheetName: 'KPI data',
    kind: period.kind,
    period: period.number,
    currency: 'USD',
  };
}

/**
 * Median per-run times of each function, over interleaved batches after a warm-up, so a busy
 * machine or a GC pause slows every side alike and moves the medians little.
 */
function timeInterleaved<K extends string>(fns: Record<K, () => number>): Record<K, number> {
  const names = Object.keys(fns) as K[];
  const runs = names.map((name) => {
    const fn = () => {
      sink += fns[name]();
    };
    for (let i = 0; i < 5; i++) fn();
    return { name, fn, batch: batchSize(fn, 20), times: [] as number[] };
  });
  for (let i = 0; i < 15; i++) for (const run of runs) run.times.push(timeBatch(run.fn, run.batch));
  if (sink === -1) console.log(sink);
  return Object.fromEntries(runs.map((run) => [run.name, median(run.times)])) as Record<K, number>;
}

type ReportLogic = typeof import('./report-logic');

/**
 * The report logic bundled by esbuild into one scope, as the build bundles it for Apps Script.
 * Loaded through tsx, every call from one module to another goes through an export getter, a
 * cost no user's script has, and one that would weigh against splitting the logic into modules.
 */
function bundledReportLogic(): ReportLogic {
  const built = buildSync({
    entryPoints: [join(__dirname, 'report-logic.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'warning',
  });
  const module = { exports: {} as ReportLogic };
  const load = runInThisContext(`(function (module, exports, require) {${built.outputFiles[0].text}\n})`, {
    filename: 'report-logic.js',
  }) as (module: { exports: ReportLogic }, exports: ReportLogic, require: NodeJS.Require) => void;
  load(module, module.exports, require);
  return module.exports;
}

/**
 * The report logic (read, model, layout: no spreadsheet calls), its reading part, its model
 * and layout from rows already read, the least
 * report (leastRead, leastGrids) and the summing pass.
 */
function timeReport(values: unknown[][], period: BenchPeriod): ReportTimes {
  const { prepareReport, readReportData, buildReportModel, layoutReport } = bundledReportLogic();
  const request = requestFor(period);
  const prepared = prepareReport(values, request);
  if (!prepared.ok) throw new Error(prepared.message);
  const tabRows = prepared.layout.values.length;
  const tabColumns = prepared.layout.values[0].length;
  const read = readReportData(values, request);
  if (!read.ok) throw new Error(read.message);
  const { data } = read;
  const modelContext = { sheetName: request.sheetName, builtAt: request.now, timeZone: request.timeZone };
  const report = {
    logic: () => {
      const built = prepareReport(values, request);
      return built.ok ? built.layout.values.length : 0;
    },
    read: () => (readReportData(values, request).ok ? 1 : 0),
    modelAndTab: () => {
      const model = buildReportModel(data, request.period, modelContext);
      return layoutReport(model, { labels: request.labels, locale: request.locale }).values.length;
    },
    sum: () => plainSum(values),
  };
  // The floor sums rows by channel-month, so it is a monthly report's alone.
  if (period.kind !== 'month') return timeInterleaved(report);
  return timeInterleaved({
    ...report,
    leastRead: () => leastRead(values).length,
    leastGrids: () => leastGrids(tabRows, tabColumns),
  });
}

type ReportTimes = Record<'logic' | 'read' | 'modelAndTab' | 'sum', number> &
  Partial<Record<'leastRead' | 'leastGrids', number>>;

/** The report logic's times at `rows` rows for the bench's period number `index`: report-case.ts runs it. */
export function timeReportCase(index: number, rows: number): ReportTimes {
  return timeReport(asSheetValues(benchValues(rows)), PERIODS[index]);
}

/**
 * Fresh processes for the 100,000-row times, as for the custom functions: Apps Script reads the
 * rows in a fresh execution whose heap holds them and little else, where in this process the
 * heap has also held the fake spreadsheets of the call counts, and the collector's work on them
 * moved the summing pass itself between 4.5 and 7 ms from one period to the next.
 */
const PROCESSES = 3;

/** Each process's logic/sum ratio, and the times of the process whose ratio is the median. */
function timeInProcesses(index: number, rows: number): { median: ReportTimes; ratios: number[] } {
  const runs = Array.from({ length: PROCESSES }, () => {
    const output = execFileSync(
      process.execPath,
      [...process.execArgv, join(__dirname, 'report-case.ts'), String(index), String(rows)],
      { encoding: 'utf8' },
    );
    return JSON.parse(output) as ReportTimes;
  });
  const byRatio = [...runs].sort((a, b) => a.logic / a.sum - b.logic / b.sum);
  return { median: byRatio[byRatio.length >> 1], ratios: byRatio.map((run) => run.logic / run.sum) };
}

/** The ratio target holds at 100,000 rows; at 1,000 a pass is too short to weigh against (retired). */
function ratioVerdict(rows: number, ratio: number): string {
  return rows >= RATIO_ROWS
    ? `(target ≤ ${RATIO_TARGET}: ${verdict(ratio, RATIO_TARGET)})`
    : `(no target: the ratio's target is set at ${RATIO_ROWS.toLocaleString('en-US')} rows)`;
}

export async function benchReport(): Promise<string[]> {
  const lines: string[] = [];
  for (const period of PERIODS) lines.push(...benchPeriod(period));
  const wide = reportCalls(benchValues(1_000, manyChannels(60)));
  const wideWorst = Math.max(totalCalls(wide.first), totalCalls(wide.rebuild));
  lines.push(
    `Monthly report, 60 channels, 1,000 rows: spreadsheet calls ${totalCalls(wide.first)} first build, ${totalCalls(wide.rebuild)} rebuild (target ≤ ${CALL_TARGET}: ${verdict(wideWorst, CALL_TARGET)})`,
  );
  return lines;
}

/** One period kind's calls and logic time at 1,000 and 100,000 rows. */
function benchPeriod(period: BenchPeriod): string[] {
  const lines = [`${period.name} report ${period.key} (12 months of data, 8 channels, 2 goals):`];
  const counts: string[] = [];
  for (const rows of [1_000, 100_000]) {
    const values = benchValues(rows);
    const calls = reportCalls(values, period.key);
    const first = totalCalls(calls.first);
    const rebuild = totalCalls(calls.rebuild);
    counts.push(JSON.stringify([calls.first, calls.rebuild]));
    const worst = Math.max(first, rebuild);
    lines.push(
      `  ${rows.toLocaleString('en-US')} rows: spreadsheet calls ${first} first build, ${rebuild} rebuild ` +
        `(target ≤ ${CALL_TARGET}: ${verdict(worst, CALL_TARGET)}); builder calls (local) ${totalCalls(calls.builders)}`,
    );
    const fresh = rows >= RATIO_ROWS ? timeInProcesses(PERIODS.indexOf(period), rows) : undefined;
    const ms = fresh?.median ?? timeReport(asSheetValues(values), period);
    const times = (t: number) => `${(t / ms.sum).toFixed(2)} ×`;
    lines.push(
      `  ${rows.toLocaleString('en-US')} rows: report logic ${ms.logic.toFixed(2)} ms = ${times(ms.logic)} one summing pass of ${ms.sum.toFixed(3)} ms ${ratioVerdict(rows, ms.logic / ms.sum)}` +
        (fresh
          ? `; the median of ${PROCESSES} fresh processes (${fresh.ratios.map((ratio) => ratio.toFixed(2)).join(', ')})`
          : ''),
      `    of which reading the rows ${ms.read.toFixed(2)} ms = ${times(ms.read)}; the model and the tab from them ${ms.modelAndTab.toFixed(2)} ms`,
    );
    const { leastRead: floorRead, leastGrids: floorGrids } = ms;
    if (floorRead !== undefined && floorGrids !== undefined) {
      lines.push(
        `    the least any report could cost ${(floorRead + floorGrids).toFixed(2)} ms = ${times(floorRead + floorGrids)}: rows summed by channel-month unchecked ${times(floorRead)}, the tab's five grids made ${times(floorGrids)}`,
      );
    }
  }
  lines.push(
    `  calls equal for 1,000 and 100,000 rows, method by method: ${counts[0] === counts[1] ? 'ok' : 'OVER TARGET (they differ)'}`,
  );
  return lines;
}
