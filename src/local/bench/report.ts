import { performance } from 'node:perf_hooks';
import { buildMonthlyReport } from '../../report/actions';
import { REPORT_TEXTS } from '../../i18n';
import { prepareReport } from '../../report/prepare';
import { CANONICAL_HEADERS, sampleRows } from '../../report/sample';
import { workbookWith } from '../report-workbook';
import { verdict } from './measure';

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

/** The calls Build monthly report makes, method by method. */
export function reportCalls(values: unknown[][]): Record<string, number> {
  const book = workbookWith(values, { now: NOW });
  const result = buildMonthlyReport(book.services, { month: MONTH });
  if (!result.ok) throw new Error(result.message);
  return book.fake.calls.snapshot();
}

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

/** Medians of interleaved runs, so a busy machine slows both sides alike. */
function timeRatio(values: unknown[][]): { logicMs: number; sumMs: number } {
  const request = {
    labels: REPORT_TEXTS.en,
    timeZone: 'Europe/Stockholm',
    locale: 'en_US',
    now: NOW,
    sheetName: 'KPI data',
    month: 202610,
  };
  const logic: number[] = [];
  const sums: number[] = [];
  for (let i = 0; i < 25; i++) {
    let start = performance.now();
    prepareReport(values, request);
    if (i >= 5) logic.push(performance.now() - start);
    start = performance.now();
    plainSum(values);
    if (i >= 5) sums.push(performance.now() - start);
  }
  const median = (list: number[]) => list.sort((a, b) => a - b)[list.length >> 1];
  return { logicMs: median(logic), sumMs: median(sums) };
}

export async function benchReport(): Promise<string[]> {
  const lines = ['Monthly report (12 months, 8 channels):'];
  const counts: number[] = [];
  for (const rows of [1_000, 100_000]) {
    const values = benchValues(rows);
    const calls = Object.values(reportCalls(values)).reduce((sum, n) => sum + n, 0);
    counts.push(calls);
    const { logicMs, sumMs } = timeRatio(asSheetValues(values));
    const ratio = logicMs / sumMs;
    lines.push(
      `  ${rows.toLocaleString('en-US')} rows: ${calls} spreadsheet calls (target ≤ ${CALL_TARGET}: ${verdict(calls, CALL_TARGET)}); ` +
        `report logic ${logicMs.toFixed(1)} ms = ${ratio.toFixed(2)} × one summing pass of ${sumMs.toFixed(1)} ms (target ≤ ${RATIO_TARGET}: ${verdict(ratio, RATIO_TARGET)})`,
    );
  }
  lines.push(`  calls equal for both sizes: ${counts[0] === counts[1] ? 'ok' : 'NO'}`);
  return lines;
}
