import { performance } from 'node:perf_hooks';
import { goalsDataFor } from '../../goals/adapter';
import { reportGoalRows, saveGoal } from '../../goals/server';
import { buildMonthlyReport } from '../../report/actions';
import { REPORT_TEXTS } from '../../i18n';
import { prepareReport } from '../../report/prepare';
import { CANONICAL_HEADERS, sampleRows } from '../../report/sample';
import { workbookWith } from '../report-workbook';
import { median, verdict } from './measure';

/*
 * The report's two cost targets: spreadsheet calls that do not grow with the data (≤ 40), and
 * report logic within 5× one plain summing pass over the same rows.
 */

const CHANNELS = ['Instagram', 'Facebook', 'LinkedIn', 'TikTok', 'YouTube', 'X', 'Threads', 'Pinterest'];
const MONTH = '2026-10';
const NOW = new Date('2026-11-03T09:00:00Z');
const CALL_TARGET = 40;
const RATIO_TARGET = 5;

/** `count` rows over the 12 months to October 2026, eight channels, a post id each. */
export function benchValues(count: number): unknown[][] {
  const perDay = Math.max(1, Math.ceil(count / (365 * CHANNELS.length)));
  const rows = sampleRows({ endMonth: 202610, months: 12, channels: CHANNELS, rowsPerDay: perDay });
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
 * The calls Build monthly report makes on the menu's path (goals read from the Goals tab), for a
 * first build and a rebuild of the same month.
 */
export function reportCalls(values: unknown[][]): ReportCalls {
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
    const result = buildMonthlyReport(book.services, { month: MONTH, goals: reportGoalRows(book.services) });
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
function asSheetValues(values: unknown[][]): unknown[][] {
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

/**
 * Median per-run times of the report logic (read, model, layout: no spreadsheet calls) and of
 * the summing pass, over interleaved batches after a warm-up, so a busy machine or a GC pause
 * slows both sides alike and moves the median little.
 */
function timeRatio(values: unknown[][]): { logicMs: number; sumMs: number } {
  const request = {
    labels: REPORT_TEXTS.en,
    timeZone: 'Europe/Stockholm',
    locale: 'en_US',
    now: NOW,
    sheetName: 'KPI data',
    month: 202610,
  };
  const logic = () => {
    const prepared = prepareReport(values, request);
    sink += prepared.ok ? prepared.layout.values.length : 0;
  };
  const sum = () => {
    sink += plainSum(values);
  };
  for (let i = 0; i < 5; i++) {
    logic();
    sum();
  }
  const logicRuns = batchSize(logic, 20);
  const sumRuns = batchSize(sum, 20);
  const logicTimes: number[] = [];
  const sumTimes: number[] = [];
  for (let i = 0; i < 15; i++) {
    logicTimes.push(timeBatch(logic, logicRuns));
    sumTimes.push(timeBatch(sum, sumRuns));
  }
  if (sink === -1) console.log(sink);
  return { logicMs: median(logicTimes), sumMs: median(sumTimes) };
}

export async function benchReport(): Promise<string[]> {
  const lines = ['Monthly report (12 months, 8 channels, 2 goals):'];
  const counts: string[] = [];
  for (const rows of [1_000, 100_000]) {
    const values = benchValues(rows);
    const calls = reportCalls(values);
    const first = totalCalls(calls.first);
    const rebuild = totalCalls(calls.rebuild);
    counts.push(JSON.stringify([calls.first, calls.rebuild]));
    const worst = Math.max(first, rebuild);
    lines.push(
      `  ${rows.toLocaleString('en-US')} rows: spreadsheet calls ${first} first build, ${rebuild} rebuild ` +
        `(target ≤ ${CALL_TARGET}: ${verdict(worst, CALL_TARGET)}); builder calls (local) ${totalCalls(calls.builders)}`,
    );
    const { logicMs, sumMs } = timeRatio(asSheetValues(values));
    const ratio = logicMs / sumMs;
    lines.push(
      `  ${rows.toLocaleString('en-US')} rows: report logic ${logicMs.toFixed(2)} ms = ${ratio.toFixed(2)} × one summing pass of ${sumMs.toFixed(3)} ms (target ≤ ${RATIO_TARGET}: ${verdict(ratio, RATIO_TARGET)})`,
    );
  }
  lines.push(`  calls equal for both sizes, method by method: ${counts[0] === counts[1] ? 'ok' : 'NO'}`);
  return lines;
}
