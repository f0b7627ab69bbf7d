import fc from 'fast-check';
import { computeBaseline, windowMonths } from '../../src/goals/baseline';
import {
  evaluateProgress,
  expectedProgress,
  goalProgress,
  goalsForReport,
  isActiveIn,
  linearForecast,
} from '../../src/goals/progress';
import type { Goal } from '../../src/goals/types';
import { monthly } from './helpers';

const goal = {
  baseline: 0.04,
  targetValue: 0.054,
  start: '2025-10-01',
  deadline: '2026-02-01',
  baselineMonths: ['2025-07', '2025-08', '2025-09'],
};

describe('baseline', () => {
  const series = monthly('2025-06', [0.03, 0.035, 0.04, 0.045, 0.05]);

  test('windows end with the last complete month', () => {
    expect(windowMonths('last_month', '2025-10-06')).toEqual(['2025-09']);
    expect(windowMonths('last_3_months', '2026-01-15')).toEqual(['2025-10', '2025-11', '2025-12']);
  });

  test('a goal dated back is measured on the months before its start, not on its own months', () => {
    expect(windowMonths('last_3_months', '2026-11-23', '2026-06-01')).toEqual([
      '2026-03',
      '2026-04',
      '2026-05',
    ]);
    expect(windowMonths('last_month', '2026-11-23', '2026-06-30')).toEqual(['2026-05']);
    // A start this month or later: still the last complete months before today.
    expect(windowMonths('last_3_months', '2026-11-23', '2026-11-01')).toEqual([
      '2026-08',
      '2026-09',
      '2026-10',
    ]);
    expect(windowMonths('last_3_months', '2026-11-23', '2027-01-01')).toEqual([
      '2026-08',
      '2026-09',
      '2026-10',
    ]);
    expect(windowMonths('last_3_months', '2026-11-23', 'soon')).toEqual(['2026-08', '2026-09', '2026-10']);
    // The value comes from those months: 2025-06 to 2025-08 here, for a goal started in September.
    const likes = monthly('2025-06', [300, 350, 400, 450, 500]);
    expect(
      computeBaseline(likes, 'last_3_months', '2025-11-06', { kpiId: 'likes', start: '2025-09-01' }),
    ).toMatchObject({ months: ['2025-06', '2025-07', '2025-08'], value: 350 });
  });

  test('last month and last 3 months, with the months used', () => {
    const rate = { kpiId: 'engagement_rate' };
    expect(computeBaseline(series, 'last_month', '2025-10-06', rate)).toMatchObject({
      value: 0.045,
      months: ['2025-09'],
      message: 'Measured over 2025-09.',
    });
    const pool = (months: string[]) => (months.length === 3 ? 0.0401 : null);
    const three = computeBaseline(series, 'last_3_months', '2025-10-06', { ...rate, pool });
    expect(three.value).toBe(0.0401);
    expect(three.months).toEqual(['2025-07', '2025-08', '2025-09']);
  });

  test('a rate over several months is pooled, never the mean of its monthly rates', () => {
    const gappy = monthly('2025-07', [0.03, null, 0.05]);
    const asked: string[][] = [];
    const pool = (months: string[]) => (asked.push(months), 0.045);
    const result = computeBaseline(gappy, 'last_3_months', '2025-10-06', { kpiId: 'ctr', pool });
    // The mean of the monthly rates would be 0.04: the pooled figure is the data source's.
    expect(result).toMatchObject({ value: 0.045, months: ['2025-07', '2025-09'] });
    expect(asked).toEqual([['2025-07', '2025-09']]);
    expect(result.message).toBe('Measured over 2025-07, 2025-09; no data for 2025-08.');
    // No pooling, or months that cannot be pooled: no baseline, and a message why, not a mean.
    for (const options of [{ kpiId: 'ctr' }, { kpiId: 'ctr', pool: () => null }]) {
      expect(computeBaseline(gappy, 'last_3_months', '2025-10-06', options)).toMatchObject({
        value: null,
        months: [],
        notPooled: true,
        message:
          'The rates of 2025-07, 2025-08, 2025-09 stand on different bases, so they cannot be pooled into one baseline: choose Last month, or type the baseline.',
      });
    }
    // A single month needs no pooling: it is the month's figure.
    expect(computeBaseline(gappy, 'last_month', '2025-10-06', { kpiId: 'ctr' }).value).toBe(0.05);
  });

  test('a count is the monthly average, a whole number; a stock is the window’s last value', () => {
    const likes = monthly('2025-07', [1000, 1001, 1003]);
    // (1000 + 1001 + 1003) / 3 = 1001.33…: a whole number of likes.
    expect(computeBaseline(likes, 'last_3_months', '2025-10-06', { kpiId: 'likes' })).toMatchObject({
      value: 1001,
      months: ['2025-07', '2025-08', '2025-09'],
    });
    const followers = monthly('2025-07', [25000, 25560, 26130, 27000]);
    const stock = computeBaseline(followers, 'last_3_months', '2025-10-06', { kpiId: 'followers' });
    expect(stock).toMatchObject({ value: 26130, months: ['2025-09'], stock: true });
    expect(stock.message).toBe(
      'The value at the end of 2025-09, the latest month with data: followers are counted at a moment, so a stock is neither added up nor averaged over months.',
    );
    // The last month with data, when the window's last has none; a fractional figure is rounded.
    const gappy = monthly('2025-07', [25000.4, 25559.6, null]);
    expect(computeBaseline(gappy, 'last_3_months', '2025-10-06', { kpiId: 'followers' })).toMatchObject({
      value: 25560,
      months: ['2025-08'],
    });
  });

  test('no data in the window', () => {
    expect(computeBaseline(series, 'last_month', '2026-03-01', { kpiId: 'engagement_rate' })).toMatchObject({
      value: null,
      months: [],
      message: 'The data has no value for 2026-02.',
    });
  });
});

describe('progress', () => {
  test('progress uses GOAL_PROGRESS and is not clamped', () => {
    expect(goalProgress(0.04, 0.054, 0.047)).toBeCloseTo(0.5);
    expect(goalProgress(0.04, 0.054, 0.0568)).toBeCloseTo(1.2);
    expect(goalProgress(0.5, 0.4, 0.45)).toBeCloseTo(0.5); // a ↓ goal
    expect(goalProgress(1, 1, 1)).toBeNull();
  });

  test('expected progress is the share of time passed', () => {
    expect(expectedProgress('2025-10-01', '2025-10-11', '2025-10-06')).toBeCloseTo(0.5);
    expect(expectedProgress('2025-10-01', '2025-10-11', '2025-09-01')).toBe(0);
    expect(expectedProgress('2025-10-01', '2025-10-11', '2026-01-01')).toBe(1);
  });

  test('not started before the start', () => {
    const result = evaluateProgress(goal, monthly('2025-07', [0.04, 0.04, 0.04]), '2025-09-20');
    expect(result).toMatchObject({ status: 'not_started', statusLabel: 'Not started', expectedProgress: 0 });
  });

  test('no data yet while the first month runs', () => {
    const result = evaluateProgress(goal, monthly('2025-07', [0.04, 0.04, 0.04, 0.06]), '2025-10-20');
    expect(result).toMatchObject({ status: 'no_data', current: null, progress: null, onTrack: null });
  });

  test('on track, behind, achieved, missed', () => {
    // 2025-12-01: 61 of 123 days passed (~0.5); November's value is the latest complete month.
    const onTrack = evaluateProgress(goal, monthly('2025-10', [0.045, 0.048]), '2025-12-01');
    expect(onTrack).toMatchObject({ status: 'on_track', currentMonth: '2025-11', onTrack: true });
    expect(onTrack.progress).toBeCloseTo(8 / 14);
    const behind = evaluateProgress(goal, monthly('2025-10', [0.041, 0.043]), '2025-12-01');
    expect(behind).toMatchObject({ status: 'behind', onTrack: false });
    const achieved = evaluateProgress(goal, monthly('2025-10', [0.055]), '2025-11-02');
    expect(achieved.status).toBe('achieved');
    const missed = evaluateProgress(goal, monthly('2025-10', [0.041, 0.043, 0.045, 0.05]), '2026-02-10');
    expect(missed).toMatchObject({ status: 'missed', currentMonth: '2026-01' });
  });

  test('the current month (incomplete) and months after the deadline are not used', () => {
    const result = evaluateProgress(goal, monthly('2025-10', [0.045, 0.06]), '2025-11-20');
    expect(result.currentMonth).toBe('2025-10');
    const after = evaluateProgress(
      goal,
      monthly('2025-10', [0.045, 0.046, 0.047, 0.048, 0.06, 0.07]),
      '2026-05-01',
    );
    expect(after.currentMonth).toBe('2026-02');
  });

  test('linear forecast to the deadline', () => {
    // Baseline 0.04 centred on August (x = Aug + 0.5), then +0.002 a month.
    const since = monthly('2025-10', [0.044, 0.046]);
    const forecast = linearForecast(goal, since);
    // Deadline 2026-02-01 is x = Feb + 0: 5.5 months after mid-August.
    expect(forecast).toBeCloseTo(0.04 + 0.002 * 5.5, 6);
    const result = evaluateProgress(goal, since, '2025-12-05');
    expect(result.forecast).toBeCloseTo(0.051, 6);
    expect(result.forecastProgress).toBeCloseTo(0.011 / 0.014, 6);
  });

  test('property: status agrees with progress and expected progress', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: 0, max: 0.2, noNaN: true }), { nil: null }), { maxLength: 8 }),
        fc.integer({ min: -40, max: 250 }),
        (values, offset) => {
          const asOf = new Date(Date.UTC(2025, 9, 1 + offset)).toISOString().slice(0, 10);
          const r = evaluateProgress(goal, monthly('2025-09', values), asOf);
          if (asOf < goal.start) return r.status === 'not_started';
          if (r.progress !== null && r.progress >= 1) return r.status === 'achieved';
          if (r.progress === null) return r.status === 'no_data';
          if (asOf > goal.deadline) return r.status === 'missed';
          return r.status === (r.progress >= r.expectedProgress ? 'on_track' : 'behind');
        },
      ),
    );
  });
});

describe('goals in the report', () => {
  const stored = (id: string, start: string, deadline: string, channel: string | null = null): Goal => ({
    ...goal,
    id,
    version: 1,
    what: `Goal ${id}`,
    kpiId: 'engagement_rate',
    channel,
    baselineWindow: 'last_3_months',
    target: '+35 %',
    start,
    deadline,
    owner: 'anna@example.se',
    why: '',
    updatedBy: '',
    updatedAt: '',
  });

  test('active goals of the month with that month’s value', () => {
    const goals = [
      stored('a', '2025-10-01', '2026-02-01'),
      stored('b', '2025-01-01', '2025-10-31', 'Instagram'),
      stored('c', '2025-12-01', '2026-03-01'),
      stored('d', '2024-01-01', '2025-09-30'),
    ];
    const series = (_kpi: string, channel: string | null) =>
      channel === null ? monthly('2025-09', [0.04, 0.047, 0.05]) : monthly('2025-09', [0.1, 0.2, 0.3]);
    const rows = goalsForReport(goals, '2025-10', series);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b']);
    expect(rows[0]).toMatchObject({
      kpiLabel: 'Engagement rate',
      channelLabel: 'All channels',
      current: 0.047,
      baseline: 0.04,
      target: 0.054,
      owner: 'anna@example.se',
    });
    expect(rows[0].progress).toBeCloseTo(0.5);
    expect(rows[0].expectedProgress).toBeCloseTo(30 / 123);
    expect(rows[0].status).toBe('on_track');
    expect(rows[1]).toMatchObject({ channelLabel: 'Instagram', current: 0.2 });
  });

  test('property: active means the goal overlaps the month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 400 }), (a, len) => {
        const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);
        const g = { start: day(a), deadline: day(a + len) };
        return isActiveIn(g, '2025-06') === (g.start <= '2025-06-30' && g.deadline >= '2025-06-01');
      }),
    );
  });
});
