import { DayPlacer, periodNumberOf, periodOfNumber } from '../../src/report/period-numbers';
import { readDataValues, type ChannelPeriod, type DataSet, type ReadOptions } from '../../src/report/read';
import { STOCKHOLM, table } from './helpers';

/*
 * Reading by week, month or quarter. Expected values are worked out by hand from the calendar:
 * 2026 starts on a Thursday, so it has 53 ISO weeks; 2026-W53 is Monday 28 December 2026 to
 * Sunday 3 January 2027, and 2027-W01 starts on Monday 4 January 2027.
 */

const HEADERS = ['Date', 'Channel', 'Likes', 'Followers', 'Reach'];

function readOk(values: unknown[][], options: ReadOptions = STOCKHOLM): DataSet {
  const result = readDataValues(values, options);
  if (!result.ok) throw new Error(`expected the data to read, got ${JSON.stringify(result)}`);
  return result.data;
}

function slot(data: DataSet, kpiId: string): number {
  const s = data.headers.slots.findIndex((one) => one.kpiId === kpiId);
  if (s < 0) throw new Error(`no ${kpiId} column`);
  return s;
}

function totalsOf(data: DataSet, period: number, channel = 0): ChannelPeriod {
  const totals = data.periods.get(period)?.[channel];
  if (!totals) throw new Error(`no totals for ${period}`);
  return totals;
}

/** The places (0 = the period's first day) the rows cover. */
const coveredPlaces = (totals: ChannelPeriod) =>
  totals.covered.flatMap((covered, place) => (covered === 1 ? [place] : []));

describe('period numbers', () => {
  it('are the period as one sortable number, and back', () => {
    expect(periodNumberOf({ kind: 'week', year: 2026, index: 43 })).toBe(202643);
    expect(periodNumberOf({ kind: 'month', year: 2026, index: 10 })).toBe(202610);
    expect(periodNumberOf({ kind: 'quarter', year: 2026, index: 4 })).toBe(20264);
    expect(periodOfNumber('week', 202701)).toEqual({ kind: 'week', year: 2027, index: 1 });
    expect(periodOfNumber('month', 202610)).toEqual({ kind: 'month', year: 2026, index: 10 });
    expect(periodOfNumber('quarter', 20264)).toEqual({ kind: 'quarter', year: 2026, index: 4 });
  });

  it('place a day in its period, also after a day of another period', () => {
    const placer = new DayPlacer('week');
    placer.place(20261231);
    expect([placer.number, placer.offset, placer.length]).toEqual([202653, 3, 7]);
    placer.place(20270104);
    expect([placer.number, placer.offset, placer.length]).toEqual([202701, 0, 7]);
    placer.place(20270103);
    expect([placer.number, placer.offset]).toEqual([202653, 6]);
    const quarters = new DayPlacer('quarter');
    quarters.place(20261231);
    expect([quarters.number, quarters.offset, quarters.length]).toEqual([20264, 91, 92]);
    quarters.place(20240229);
    // 31 days of January, then the 29th of February; 2024's Q1 has 91 days.
    expect([quarters.number, quarters.offset, quarters.length]).toEqual([20241, 59, 91]);
  });
});

describe('reading by week', () => {
  const yearEnd = table(
    HEADERS,
    ['2026-12-27', 'Instagram', 1, 100, ''],
    ['2026-12-28', 'Instagram', 2, 110, ''],
    ['2027-01-03', 'Instagram', 8, 130, ''],
    // Out of order: a stock is the last day's value, not the last row's.
    ['2026-12-31', 'Instagram', 4, 120, ''],
    ['2027-01-04', 'Instagram', 16, 140, ''],
  );

  it('buckets rows by ISO week across a year end: 31 December 2026 is in 2026-W53', () => {
    const data = readOk(yearEnd, { ...STOCKHOLM, period: 'week' });
    expect(data.kind).toBe('week');
    expect([...data.periods.keys()].sort((a, b) => a - b)).toEqual([202652, 202653, 202701]);
    const likes = slot(data, 'likes');
    const followers = slot(data, 'followers');
    expect(totalsOf(data, 202652).sums[likes]).toBe(1);
    expect(totalsOf(data, 202653).sums[likes]).toBe(2 + 8 + 4);
    expect(totalsOf(data, 202653).lastValues[followers]).toBe(130);
    expect(totalsOf(data, 202653).rows).toBe(3);
    expect(totalsOf(data, 202701).sums[likes]).toBe(16);
    expect(data.issues).toEqual([]);
  });

  it('covers the days its rows have, Monday first: a full week is every day', () => {
    const data = readOk(yearEnd, { ...STOCKHOLM, period: 'week' });
    // Monday 28, Thursday 31, Sunday 3.
    expect(coveredPlaces(totalsOf(data, 202653))).toEqual([0, 3, 6]);
    expect(totalsOf(data, 202653).coveredDays).toBe(3);
    const days = ['2026-10-19', '2026-10-20', '2026-10-21', '2026-10-22', '2026-10-23', '2026-10-24'];
    const full = readOk(table(HEADERS, ...[...days, '2026-10-25'].map((d) => [d, 'TikTok', 1, '', ''])), {
      ...STOCKHOLM,
      period: 'week',
    });
    expect(totalsOf(full, 202643).coveredDays).toBe(7);
    const partial = readOk(table(HEADERS, ...days.map((d) => [d, 'TikTok', 1, '', ''])), {
      ...STOCKHOLM,
      period: 'week',
    });
    expect(totalsOf(partial, 202643).coveredDays).toBe(6);
    expect(totalsOf(partial, 202643).covered).toHaveLength(7);
  });

  it('cannot place a row dated by a month alone, and names it, whether or not its week has rows yet', () => {
    const values = table(
      HEADERS,
      ['2026-10', 'Instagram', 50, 1000, 900],
      ['2026-10-01', 'Instagram', 3, 1010, ''],
      ['2026-10', 'Instagram', 60, 1020, 950],
    );
    const data = readOk(values, { ...STOCKHOLM, period: 'week' });
    expect(data.issues).toEqual([
      { row: 2, problem: 'month_row_in_week', value: '2026-10' },
      { row: 4, problem: 'month_row_in_week', value: '2026-10' },
    ]);
    expect(data.rowsRead).toBe(3);
    expect(data.rowsUsed).toBe(1);
    // 1 October 2026 is a Thursday, in 2026-W40.
    expect([...data.periods.keys()]).toEqual([202640]);
    expect(totalsOf(data, 202640).sums[slot(data, 'likes')]).toBe(3);
    // Read by month, the same rows are all used.
    const byMonth = readOk(values, STOCKHOLM);
    expect(byMonth.issues).toEqual([]);
    expect(totalsOf(byMonth, 202610).sums[slot(byMonth, 'likes')]).toBe(50 + 3 + 60);
  });
});

describe('reading by quarter', () => {
  it('sums daily rows into their quarter; the last day of December is the 92nd of Q4', () => {
    const data = readOk(
      table(
        HEADERS,
        ['2026-09-30', 'Instagram', 16, 90, ''],
        ['2026-10-01', 'Instagram', 1, 100, ''],
        ['2026-12-31', 'Instagram', 4, 120, ''],
        ['2026-11-15', 'Instagram', 2, 110, ''],
        ['2027-01-01', 'Instagram', 8, 130, ''],
      ),
      { ...STOCKHOLM, period: 'quarter' },
    );
    expect(data.kind).toBe('quarter');
    expect([...data.periods.keys()].sort((a, b) => a - b)).toEqual([20263, 20264, 20271]);
    const q4 = totalsOf(data, 20264);
    expect(q4.sums[slot(data, 'likes')]).toBe(7);
    expect(q4.lastValues[slot(data, 'followers')]).toBe(120);
    expect(q4.covered).toHaveLength(92);
    // 1 October, 15 November (31 + 14), 31 December (31 + 30 + 30).
    expect(coveredPlaces(q4)).toEqual([0, 45, 91]);
    expect(q4.coveredDays).toBe(3);
  });

  it('takes month-dated rows as covering their months; three of them cover the quarter, but their reach is not exact', () => {
    const months = table(
      HEADERS,
      ['2026-10', 'Instagram', 10, 1000, 100],
      ['2026-11', 'Instagram', 20, 1100, 200],
      ['2026-12', 'Instagram', 30, 1200, 300],
    );
    const data = readOk(months, { ...STOCKHOLM, period: 'quarter' });
    expect([...data.periods.keys()]).toEqual([20264]);
    const q4 = totalsOf(data, 20264);
    expect(q4.coveredDays).toBe(92);
    expect(q4.sums[slot(data, 'likes')]).toBe(60);
    expect(q4.lastValues[slot(data, 'followers')]).toBe(1200);
    // Reach over three rows: a sum with a count of 3, which the report never takes as exact.
    expect(q4.counts[slot(data, 'reach')]).toBe(3);
    expect(q4.periodReachRows).toBe(0);
    // Read by month, each month's row is that month's exact reach.
    const byMonth = readOk(months, STOCKHOLM);
    expect(totalsOf(byMonth, 202611).periodReachRows).toBe(1);
    expect(totalsOf(byMonth, 202611).periodReach).toBe(200);
    expect(totalsOf(byMonth, 202611).coveredDays).toBe(30);
  });

  it('is not complete with a month missing: October and December cover 31 + 31 of 92 days', () => {
    const data = readOk(
      table(HEADERS, ['2026-10', 'Instagram', 10, '', ''], ['2026-12', 'Instagram', 30, '', '']),
      { ...STOCKHOLM, period: 'quarter' },
    );
    const q4 = totalsOf(data, 20264);
    expect(q4.coveredDays).toBe(62);
    const places = coveredPlaces(q4);
    expect(places[30]).toBe(30);
    // November's days (places 31 to 60) are not covered: December starts at 61.
    expect(places[31]).toBe(61);
  });
});
