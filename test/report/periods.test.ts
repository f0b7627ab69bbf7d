import fc from 'fast-check';
import { PERIOD_TEXTS, REPORT_TEXTS } from '../../src/i18n';
import {
  daysIn,
  firstDayOf,
  isoWeeksInYear,
  lastDayOf,
  parsePeriodKey,
  periodHolds,
  periodJustEnded,
  periodKey,
  periodKeyMessage,
  periodOfDay,
  periodTabName,
  PERIOD_KINDS,
  previousPeriod,
  shiftPeriod,
  type Period,
  type PeriodKind,
} from '../../src/report/periods';

const week = (year: number, index: number): Period => ({ kind: 'week', year, index });
const month = (year: number, index: number): Period => ({ kind: 'month', year, index });
const quarter = (year: number, index: number): Period => ({ kind: 'quarter', year, index });
const span = (period: Period) => [firstDayOf(period), lastDayOf(period)];

/** A day as JavaScript's Date sees it, for checks written independently of the module. */
const utcDate = (day: number) =>
  new Date(Date.UTC(Math.floor(day / 10000), (Math.floor(day / 100) % 100) - 1, day % 100));
const dayKey = (date: Date) =>
  date.getUTCFullYear() * 10000 + (date.getUTCMonth() + 1) * 100 + date.getUTCDate();

/**
 * ISO week by the textbook formula (ordinal day − weekday + 10) / 7, written apart from the
 * module's Thursday arithmetic so the two check each other.
 */
function referenceIsoWeek(day: number): { year: number; week: number } {
  const date = utcDate(day);
  const year = date.getUTCFullYear();
  const ordinal = (date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
  const weekday = date.getUTCDay() || 7;
  const number = Math.floor((ordinal - weekday + 10) / 7);
  const weeksIn = (y: number) => {
    const jan1 = new Date(Date.UTC(y, 0, 1)).getUTCDay();
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    return jan1 === 4 || (leap && jan1 === 3) ? 53 : 52;
  };
  if (number < 1) return { year: year - 1, week: weeksIn(year - 1) };
  if (number > weeksIn(year)) return { year: year + 1, week: 1 };
  return { year, week: number };
}

/** Any day from 1001-01-01 to 9998-12-31 as a yyyymmdd key. */
const anyDay = fc
  .integer({ min: Date.UTC(1001, 0, 1) / 86_400_000, max: Date.UTC(9998, 11, 31) / 86_400_000 })
  .map((epochDay) => dayKey(new Date(epochDay * 86_400_000)));
const anyKind = fc.constantFrom<PeriodKind>(...PERIOD_KINDS);

describe('ISO weeks', () => {
  it('2026-W43 runs Monday 19 to Sunday 25 October 2026', () => {
    expect(span(week(2026, 43))).toEqual([20261019, 20261025]);
    expect(periodOfDay('week', 20261022)).toEqual(week(2026, 43));
  });

  it('2026-W01 starts on Monday 29 December 2025, and those December days are in 2026’s week 1', () => {
    expect(span(week(2026, 1))).toEqual([20251229, 20260104]);
    expect(periodOfDay('week', 20251229)).toEqual(week(2026, 1));
    expect(periodOfDay('week', 20251231)).toEqual(week(2026, 1));
    expect(periodOfDay('week', 20251228)).toEqual(week(2025, 52));
  });

  it('2020-W53 runs from 28 December 2020 into 3 January 2021, which is still 2020’s week', () => {
    expect(isoWeeksInYear(2020)).toBe(53);
    expect(span(week(2020, 53))).toEqual([20201228, 20210103]);
    expect(periodOfDay('week', 20210101)).toEqual(week(2020, 53));
    expect(periodOfDay('week', 20210103)).toEqual(week(2020, 53));
    expect(periodOfDay('week', 20210104)).toEqual(week(2021, 1));
    expect(shiftPeriod(week(2020, 53), 1)).toEqual(week(2021, 1));
    expect(previousPeriod(week(2021, 1))).toEqual(week(2020, 53));
  });

  it('31 December 2024 is in 2025-W01, and 1 January 2027 in 2026-W53', () => {
    expect(periodOfDay('week', 20241231)).toEqual(week(2025, 1));
    expect(span(week(2025, 1))).toEqual([20241230, 20250105]);
    expect(periodOfDay('week', 20270101)).toEqual(week(2026, 53));
    expect(span(week(2026, 53))).toEqual([20261228, 20270103]);
  });

  it('a year has 53 weeks when it starts on a Thursday, or on a Wednesday in a leap year', () => {
    const long = [];
    for (let year = 2000; year <= 2040; year++) if (isoWeeksInYear(year) === 53) long.push(year);
    expect(long).toEqual([2004, 2009, 2015, 2020, 2026, 2032, 2037]);
    // 1992 began on a Wednesday and was a leap year; 2014 on a Wednesday but was not.
    expect(isoWeeksInYear(1992)).toBe(53);
    expect(isoWeeksInYear(2014)).toBe(52);
  });

  it('the week before 2026-W01 is 2025-W52, and the week after 2025-W52 is 2026-W01', () => {
    expect(previousPeriod(week(2026, 1))).toEqual(week(2025, 52));
    expect(shiftPeriod(week(2025, 52), 1)).toEqual(week(2026, 1));
    expect(shiftPeriod(week(2026, 43), -52)).toEqual(week(2025, 43));
  });

  it('agrees with the textbook ISO week formula on every day, Monday to Sunday, 7 days', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const period = periodOfDay('week', day);
        const reference = referenceIsoWeek(day);
        expect({ year: period.year, week: period.index }).toEqual(reference);
        expect(utcDate(firstDayOf(period)).getUTCDay()).toBe(1);
        expect(utcDate(lastDayOf(period)).getUTCDay()).toBe(0);
        expect(daysIn(period)).toBe(7);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('months and quarters', () => {
  it('a month runs from the 1st to its last day, February by the leap-year rule', () => {
    expect(span(month(2026, 10))).toEqual([20261001, 20261031]);
    expect(span(month(2024, 2))).toEqual([20240201, 20240229]);
    expect(span(month(2026, 2))).toEqual([20260201, 20260228]);
    expect(daysIn(month(1900, 2))).toBe(28);
    expect(daysIn(month(2000, 2))).toBe(29);
    expect(previousPeriod(month(2026, 1))).toEqual(month(2025, 12));
  });

  it('a quarter is three months; Q1 has 90 days, or 91 in a leap year', () => {
    expect(span(quarter(2026, 4))).toEqual([20261001, 20261231]);
    expect(span(quarter(2026, 1))).toEqual([20260101, 20260331]);
    expect([1, 2, 3, 4].map((q) => daysIn(quarter(2026, q)))).toEqual([90, 91, 92, 92]);
    expect(daysIn(quarter(2024, 1))).toBe(91);
    expect(periodOfDay('quarter', 20260515)).toEqual(quarter(2026, 2));
    expect(previousPeriod(quarter(2027, 1))).toEqual(quarter(2026, 4));
  });
});

describe('every kind of period', () => {
  it('holds the day it was found from, and the next period starts the day after it ends', () => {
    fc.assert(
      fc.property(anyKind, anyDay, (kind, day) => {
        const period = periodOfDay(kind, day);
        expect(periodHolds(period, day)).toBe(true);
        const next = shiftPeriod(period, 1);
        const dayAfter = dayKey(new Date(utcDate(lastDayOf(period)).getTime() + 86_400_000));
        expect(firstDayOf(next)).toBe(dayAfter);
        expect(periodOfDay(kind, dayAfter)).toEqual(next);
        expect(previousPeriod(next)).toEqual(period);
      }),
      { numRuns: 2000 },
    );
  });

  it('shifting by n then by m is shifting by n + m', () => {
    fc.assert(
      fc.property(
        anyKind,
        anyDay,
        fc.integer({ min: -200, max: 200 }),
        fc.integer({ min: -200, max: 200 }),
        (kind, day, n, m) => {
          const period = periodOfDay(kind, day);
          expect(shiftPeriod(shiftPeriod(period, n), m)).toEqual(shiftPeriod(period, n + m));
        },
      ),
    );
  });

  it('its key reads back as the same period', () => {
    fc.assert(
      fc.property(anyKind, anyDay, (kind, day) => {
        const period = periodOfDay(kind, day);
        expect(parsePeriodKey(periodKey(period))).toEqual({ ok: true, period });
        expect(parsePeriodKey(periodKey(period), kind)).toEqual({ ok: true, period });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('period keys', () => {
  it('are written 2026-W43, 2026-10 and 2026-Q4, week and month numbers with two digits', () => {
    expect(periodKey(week(2026, 43))).toBe('2026-W43');
    expect(periodKey(week(2026, 1))).toBe('2026-W01');
    expect(periodKey(month(2026, 3))).toBe('2026-03');
    expect(periodKey(quarter(2026, 4))).toBe('2026-Q4');
  });

  it('are read around spaces and with a lower-case w or q', () => {
    expect(parsePeriodKey(' 2026-w43 ')).toEqual({ ok: true, period: week(2026, 43) });
    expect(parsePeriodKey('2026-q2')).toEqual({ ok: true, period: quarter(2026, 2) });
    expect(parsePeriodKey('2020-W53', 'week')).toEqual({ ok: true, period: week(2020, 53) });
  });

  const english = PERIOD_TEXTS.en;
  const refusal = (value: unknown, kind?: PeriodKind, field = '--week') => {
    const result = parsePeriodKey(value, kind);
    if (result.ok) throw new Error(`${String(value)} was read as ${periodKey(result.period)}`);
    return periodKeyMessage(field, result.problem, english);
  };

  it('refuse a week its year does not have, naming the field and the number of weeks', () => {
    expect(refusal('2025-W53', 'week')).toBe(
      '--week: “2025-W53” is not a week: 2025 has 52 ISO weeks, numbered 01 to 52.',
    );
    expect(refusal('2026-W54')).toBe(
      '--week: “2026-W54” is not a week: 2026 has 53 ISO weeks, numbered 01 to 53.',
    );
    expect(refusal('2026-W00')).toBe(
      '--week: “2026-W00” is not a week: 2026 has 53 ISO weeks, numbered 01 to 53.',
    );
  });

  it('refuse a key of another kind than the field asks for, and guess nothing', () => {
    expect(refusal('2026-10', 'week')).toBe(
      '--week: “2026-10” is not a week. Write it as YYYY-Www, such as 2026-W43 (ISO weeks run Monday to Sunday).',
    );
    expect(refusal('2026-W5', 'week')).toBe(
      '--week: “2026-W5” is not a week. Write it as YYYY-Www, such as 2026-W43 (ISO weeks run Monday to Sunday).',
    );
    expect(refusal('Q4 2026', 'quarter', '--quarter')).toBe(
      '--quarter: “Q4 2026” is not a quarter. Write it as YYYY-Qn, such as 2026-Q4.',
    );
    expect(refusal('2026-10-01', undefined, 'Period')).toBe(
      'Period: “2026-10-01” is not a period. Write a week as 2026-W43, a month as 2026-10 or a quarter as 2026-Q4.',
    );
  });

  it('refuse a month 13, a quarter 5 and a year of other than four digits', () => {
    expect(refusal('2026-13', undefined, '--month')).toBe(
      '--month: “2026-13” is not a month: months are numbered 01 to 12.',
    );
    expect(refusal('2026-Q5', undefined, '--quarter')).toBe(
      '--quarter: “2026-Q5” is not a quarter: quarters are numbered Q1 to Q4.',
    );
    expect(refusal('0999-10', undefined, '--month')).toBe(
      '--month: “0999-10” has a year outside 1000–9999. Write the year with four digits.',
    );
  });

  it('refuse what is not text, showing what was given', () => {
    expect(refusal(202610, undefined, 'Period')).toBe(
      'Period: the period must be text such as "2026-W43", "2026-10" or "2026-Q4", not 202610.',
    );
    expect(refusal({ year: 2026 }, undefined, 'Period')).toBe(
      'Period: the period must be text such as "2026-W43", "2026-10" or "2026-Q4", not {"year":2026}.',
    );
    expect(refusal(undefined, undefined, 'Period')).toBe(
      'Period: the period must be text such as "2026-W43", "2026-10" or "2026-Q4", not undefined.',
    );
  });

  it('are refused in Swedish and Vietnamese too', () => {
    const problem = (value: string, kind?: PeriodKind) => {
      const result = parsePeriodKey(value, kind);
      if (result.ok) throw new Error('read');
      return result.problem;
    };
    expect(periodKeyMessage('Vecka', problem('2025-W53'), PERIOD_TEXTS.sv)).toBe(
      'Vecka: ”2025-W53” är ingen vecka: 2025 har 52 ISO-veckor, numrerade 01 till 52.',
    );
    expect(periodKeyMessage('Kvartal', problem('2026-10', 'quarter'), PERIOD_TEXTS.sv)).toBe(
      'Kvartal: ”2026-10” är inte ett kvartal. Skriv perioden som ÅÅÅÅ-Qn, till exempel 2026-Q4 för fjärde kvartalet.',
    );
    expect(periodKeyMessage('Tuần', problem('2026-W54'), PERIOD_TEXTS.vi)).toBe(
      'Tuần: “2026-W54” không phải là một tuần: năm 2026 có 53 tuần ISO, đánh số từ 01 đến 53.',
    );
  });
});

describe('the period that just ended', () => {
  it('on a Monday morning in Stockholm is last week; on the 1st, last month; on 1 January, Q4', () => {
    const zone = 'Europe/Stockholm';
    expect(periodJustEnded('week', new Date('2026-10-26T05:00:00Z'), zone)).toEqual(week(2026, 43));
    expect(periodJustEnded('month', new Date('2026-11-01T05:00:00Z'), zone)).toEqual(month(2026, 10));
    expect(periodJustEnded('quarter', new Date('2027-01-01T05:00:00Z'), zone)).toEqual(quarter(2026, 4));
    expect(periodJustEnded('week', new Date('2026-01-05T05:00:00Z'), zone)).toEqual(week(2026, 1));
  });

  it('is read on the spreadsheet’s calendar: 22:30 UTC on 31 October is 1 November in Ho Chi Minh City, not yet in Stockholm', () => {
    const instant = new Date('2026-10-31T22:30:00Z');
    expect(periodJustEnded('month', instant, 'Asia/Ho_Chi_Minh')).toEqual(month(2026, 10));
    expect(periodJustEnded('month', instant, 'Europe/Stockholm')).toEqual(month(2026, 9));
    // Sunday 25 October 22:30 UTC is Monday 05:30 in Ho Chi Minh City, still Sunday 23:30 in Stockholm (CET).
    const sundayNight = new Date('2026-10-25T22:30:00Z');
    expect(periodJustEnded('week', sundayNight, 'Asia/Ho_Chi_Minh')).toEqual(week(2026, 43));
    expect(periodJustEnded('week', sundayNight, 'Europe/Stockholm')).toEqual(week(2026, 42));
  });

  it('always ends before the instant’s day, and the period after it holds that day', () => {
    fc.assert(
      fc.property(
        anyKind,
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }),
        fc.constantFrom('Europe/Stockholm', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati'),
        (kind, time, zone) => {
          const ended = periodJustEnded(kind, new Date(time), zone);
          const wall = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date(time));
          const today = Number(wall.replace(/-/g, ''));
          expect(lastDayOf(ended)).toBeLessThan(today);
          expect(periodHolds(shiftPeriod(ended, 1), today)).toBe(true);
        },
      ),
    );
  });
});

describe('report tab names per period', () => {
  it('are made and translated as the monthly report’s name is, around the period’s key', () => {
    expect(periodTabName(week(2026, 43), REPORT_TEXTS.en)).toBe('KPI report 2026-W43');
    expect(periodTabName(month(2026, 10), REPORT_TEXTS.en)).toBe(REPORT_TEXTS.en.reportTabName('2026-10'));
    expect(periodTabName(quarter(2026, 4), REPORT_TEXTS.en)).toBe('KPI report 2026-Q4');
    expect(periodTabName(quarter(2026, 4), REPORT_TEXTS.sv)).toBe('KPI-rapport 2026-Q4');
    expect(periodTabName(week(2026, 1), REPORT_TEXTS.vi)).toBe('Báo cáo KPI 2026-W01');
  });
});
