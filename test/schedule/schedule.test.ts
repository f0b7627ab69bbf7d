import fc from 'fast-check';
import { periodKey, shiftPeriod, type Period, type PeriodKind } from '../../src/report/periods';
import {
  clockTriggerFor,
  DEFAULT_SCHEDULE_HOUR,
  firingOfRun,
  nextReport,
  nextTriggerFiring,
  periodForRun,
  scheduleProblem,
  type Schedule,
} from '../../src/schedule/schedule';
import { wallClockAt } from '../../src/util/time-zone';

const STOCKHOLM = 'Europe/Stockholm';
const HO_CHI_MINH = 'Asia/Ho_Chi_Minh';
const MINUTE = 60_000;
const weekly: Schedule = { frequency: 'week', hour: DEFAULT_SCHEDULE_HOUR };
const monthly: Schedule = { frequency: 'month', hour: DEFAULT_SCHEDULE_HOUR };
const quarterly: Schedule = { frequency: 'quarter', hour: DEFAULT_SCHEDULE_HOUR };

/**
 * A fake clock that plays Apps Script: from `from` to `to` it fires the schedule's trigger at each
 * planned firing, starting each run somewhere from 15 minutes early to 59 minutes late (the
 * `jitter` sequence, in minutes), and records what each run built.
 */
function runClock(
  schedule: Schedule,
  timeZone: string,
  from: string,
  to: string,
  jitter: readonly number[] = [0],
): Array<{ planned: string; startedAt: string; builds: string | null }> {
  const runs = [];
  let now = new Date(from);
  for (let i = 0; ; i++) {
    const planned = nextTriggerFiring(schedule, timeZone, now);
    if (planned.getTime() > new Date(to).getTime()) return runs;
    const startedAt = new Date(planned.getTime() + jitter[i % jitter.length] * MINUTE);
    const period = periodForRun(schedule, timeZone, startedAt);
    runs.push({
      planned: planned.toISOString(),
      startedAt: startedAt.toISOString(),
      builds: period && periodKey(period),
    });
    now = planned;
  }
}

const built = (runs: ReturnType<typeof runClock>) => runs.map((run) => [run.planned, run.builds]);

describe('a weekly schedule (Monday 06:00 in the spreadsheet’s time zone)', () => {
  it('fires at 06:00 Stockholm time across the start of summer time, building the week just ended', () => {
    // Clocks go forward on Sunday 29 March 2026: 06:00 is 05:00 UTC before, 04:00 UTC after.
    expect(built(runClock(weekly, STOCKHOLM, '2026-03-20T00:00:00Z', '2026-04-07T00:00:00Z'))).toEqual([
      ['2026-03-23T05:00:00.000Z', '2026-W12'],
      ['2026-03-30T04:00:00.000Z', '2026-W13'],
      ['2026-04-06T04:00:00.000Z', '2026-W14'],
    ]);
  });

  it('fires at 06:00 Stockholm time across the end of summer time', () => {
    // Clocks go back on Sunday 25 October 2026.
    expect(built(runClock(weekly, STOCKHOLM, '2026-10-18T00:00:00Z', '2026-11-03T00:00:00Z'))).toEqual([
      ['2026-10-19T04:00:00.000Z', '2026-W42'],
      ['2026-10-26T05:00:00.000Z', '2026-W43'],
      ['2026-11-02T05:00:00.000Z', '2026-W44'],
    ]);
  });

  it('builds 2026-W53, which ends on 3 January 2027, on the first Monday of 2027', () => {
    expect(built(runClock(weekly, STOCKHOLM, '2026-12-25T00:00:00Z', '2027-01-12T00:00:00Z'))).toEqual([
      ['2026-12-28T05:00:00.000Z', '2026-W52'],
      ['2027-01-04T05:00:00.000Z', '2026-W53'],
      ['2027-01-11T05:00:00.000Z', '2027-W01'],
    ]);
  });

  it('in Ho Chi Minh City fires at 06:00 local time, 23:00 UTC on Sunday, across the new year', () => {
    expect(built(runClock(weekly, HO_CHI_MINH, '2025-12-20T00:00:00Z', '2026-01-06T00:00:00Z'))).toEqual([
      ['2025-12-21T23:00:00.000Z', '2025-W51'],
      ['2025-12-28T23:00:00.000Z', '2025-W52'],
      ['2026-01-04T23:00:00.000Z', '2026-W01'],
    ]);
  });

  it('builds the week just ended wherever in its hour a run starts, even a day late', () => {
    const firing = new Date('2026-10-26T05:00:00Z');
    for (const startedAt of [
      '2026-10-26T04:46:00Z',
      '2026-10-26T05:00:00Z',
      '2026-10-26T05:59:00Z',
      '2026-10-27T09:00:00Z',
    ]) {
      expect(firingOfRun(weekly, STOCKHOLM, new Date(startedAt))).toEqual(firing);
      expect(periodKey(periodForRun(weekly, STOCKHOLM, new Date(startedAt)) as Period)).toBe('2026-W43');
    }
  });
});

describe('a monthly schedule (the 1st, 06:00)', () => {
  it('builds each month once across summer time’s end and the year’s end in Stockholm', () => {
    expect(built(runClock(monthly, STOCKHOLM, '2026-09-15T00:00:00Z', '2027-02-02T00:00:00Z'))).toEqual([
      ['2026-10-01T04:00:00.000Z', '2026-09'],
      ['2026-11-01T05:00:00.000Z', '2026-10'],
      ['2026-12-01T05:00:00.000Z', '2026-11'],
      ['2027-01-01T05:00:00.000Z', '2026-12'],
      ['2027-02-01T05:00:00.000Z', '2027-01'],
    ]);
  });

  it('in Ho Chi Minh City fires on the evening of the last day in UTC, and builds the local month', () => {
    expect(built(runClock(monthly, HO_CHI_MINH, '2028-01-15T00:00:00Z', '2028-04-01T00:00:00Z'))).toEqual([
      ['2028-01-31T23:00:00.000Z', '2028-01'],
      ['2028-02-29T23:00:00.000Z', '2028-02'],
      ['2028-03-31T23:00:00.000Z', '2028-03'],
    ]);
  });
});

describe('a quarterly schedule (a monthly trigger that builds on 1 January, April, July, October)', () => {
  it('runs every month but builds only the quarter just ended', () => {
    expect(built(runClock(quarterly, STOCKHOLM, '2026-11-15T00:00:00Z', '2027-04-02T00:00:00Z'))).toEqual([
      ['2026-12-01T05:00:00.000Z', null],
      ['2027-01-01T05:00:00.000Z', '2026-Q4'],
      ['2027-02-01T05:00:00.000Z', null],
      ['2027-03-01T05:00:00.000Z', null],
      ['2027-04-01T04:00:00.000Z', '2027-Q1'],
    ]);
  });

  it('says when the next report comes and which quarter it covers', () => {
    expect(nextReport(quarterly, STOCKHOLM, new Date('2026-11-15T00:00:00Z'))).toEqual({
      at: new Date('2027-01-01T05:00:00Z'),
      period: { kind: 'quarter', year: 2026, index: 4 },
    });
    expect(nextReport(quarterly, HO_CHI_MINH, new Date('2026-11-15T00:00:00Z'))).toEqual({
      at: new Date('2026-12-31T23:00:00Z'),
      period: { kind: 'quarter', year: 2026, index: 4 },
    });
    expect(nextReport(weekly, STOCKHOLM, new Date('2026-10-26T05:00:00Z'))).toEqual({
      at: new Date('2026-11-02T05:00:00Z'),
      period: { kind: 'week', year: 2026, index: 44 },
    });
  });
});

describe('any schedule, on a clock that starts runs early or late', () => {
  const zones = [STOCKHOLM, HO_CHI_MINH];
  const jitter = [-15, 0, 37, 59, -3, 12];
  it.each([
    ['week', 'Europe/Stockholm', '2025-W50', '2027-W49'],
    ['week', 'Asia/Ho_Chi_Minh', '2025-W51', '2027-W49'],
    ['month', 'Europe/Stockholm', '2025-12', '2027-11'],
    ['month', 'Asia/Ho_Chi_Minh', '2025-12', '2027-11'],
    ['quarter', 'Europe/Stockholm', '2025-Q4', '2027-Q3'],
    ['quarter', 'Asia/Ho_Chi_Minh', '2025-Q4', '2027-Q3'],
  ] as Array<[PeriodKind, string, string, string]>)(
    'a %s schedule in %s builds every period of two years once, in order, none skipped',
    (frequency, zone, first, last) => {
      const runs = runClock(
        { frequency, hour: 6 },
        zone,
        '2025-12-15T00:00:00Z',
        '2027-12-15T00:00:00Z',
        jitter,
      );
      const periods = runs.filter((run) => run.builds).map((run) => run.builds);
      expect(new Set(periods).size).toBe(periods.length);
      expect([periods[0], periods[periods.length - 1]]).toEqual([first, last]);
      const parsed = runs
        .map((run) => periodForRun({ frequency, hour: 6 }, zone, new Date(run.startedAt)))
        .filter((period): period is Period => period !== null);
      for (let i = 1; i < parsed.length; i++) expect(parsed[i]).toEqual(shiftPeriod(parsed[i - 1], 1));
    },
  );

  it('plans each firing on its day at its hour on the zone’s clock, and a run in its hour belongs to it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<PeriodKind>('week', 'month', 'quarter'),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2050, 0, 1) }),
        fc.integer({ min: -15, max: 59 }),
        (frequency, hour, zone, time, lateMinutes) => {
          const schedule = { frequency, hour };
          const after = new Date(time);
          const firing = nextTriggerFiring(schedule, zone, after);
          expect(firing.getTime()).toBeGreaterThan(time);
          const wall = wallClockAt(firing, zone);
          // Neither zone changes its clocks on a Monday or a 1st, so every hour exists there.
          expect([wall.hour, wall.minute, wall.second]).toEqual([hour, 0, 0]);
          if (frequency === 'week')
            expect(new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay()).toBe(1);
          else expect(wall.day).toBe(1);
          // Nothing planned between: the firing before this one is not after the instant.
          expect(
            firingOfRun(schedule, zone, new Date(firing.getTime() - 16 * MINUTE)).getTime(),
          ).toBeLessThanOrEqual(time);
          expect(firingOfRun(schedule, zone, new Date(firing.getTime() + lateMinutes * MINUTE))).toEqual(
            firing,
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('the schedule itself', () => {
  it('is carried by a Monday trigger for weeks and a trigger on the 1st for months and quarters, in the spreadsheet’s zone', () => {
    expect(clockTriggerFor(weekly, HO_CHI_MINH)).toEqual({
      weekDay: 'MONDAY',
      hour: 6,
      timeZone: HO_CHI_MINH,
    });
    expect(clockTriggerFor(monthly, STOCKHOLM)).toEqual({ monthDay: 1, hour: 6, timeZone: STOCKHOLM });
    expect(clockTriggerFor({ frequency: 'quarter', hour: 8 }, STOCKHOLM)).toEqual({
      monthDay: 1,
      hour: 8,
      timeZone: STOCKHOLM,
    });
  });

  it('refuses an hour other than a whole 0…23 and a frequency other than week, month or quarter', () => {
    expect(scheduleProblem({ frequency: 'week', hour: 0 })).toBeUndefined();
    expect(scheduleProblem({ frequency: 'quarter', hour: 23 })).toBeUndefined();
    expect(scheduleProblem({ frequency: 'week', hour: 24 })).toBe('hour');
    expect(scheduleProblem({ frequency: 'week', hour: 6.5 })).toBe('hour');
    expect(scheduleProblem({ frequency: 'week', hour: '6' })).toBe('hour');
    expect(scheduleProblem({ frequency: 'fortnight', hour: 6 })).toBe('frequency');
  });
});
