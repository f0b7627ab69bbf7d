/*
 * A report period as one sortable integer, the key of DataSet.periods: a week 2026-W43 is 202643,
 * a month 2026-10 is 202610 (the MonthKey the monthly report always used), a quarter 2026-Q4 is
 * 20264. Numbers of one kind sort as their periods do; a data set holds one kind only.
 */
import { addMonths, currentDay, type DayKey } from './dates';
import {
  daysIn,
  firstDayOf,
  periodOfDay,
  periodKey,
  shiftPeriod,
  type Period,
  type PeriodKind,
} from './periods';

export type PeriodNumber = number;

export function periodNumberOf(period: Period): PeriodNumber {
  return period.kind === 'quarter' ? period.year * 10 + period.index : period.year * 100 + period.index;
}

export function periodOfNumber(kind: PeriodKind, n: PeriodNumber): Period {
  const base = kind === 'quarter' ? 10 : 100;
  return { kind, year: Math.floor(n / base), index: n % base };
}

/** The period `delta` periods of the same kind later (earlier for a negative delta). */
export function shiftPeriodNumber(kind: PeriodKind, n: PeriodNumber, delta: number): PeriodNumber {
  // Months are the common case and need no calendar: yyyymm arithmetic.
  if (kind === 'month') return addMonths(n, delta);
  return periodNumberOf(shiftPeriod(periodOfNumber(kind, n), delta));
}

/** The period of a kind the instant falls in, in the spreadsheet's time zone. */
export function currentPeriodNumber(kind: PeriodKind, now: Date, timeZone: string): PeriodNumber {
  return periodNumberOf(periodOfDay(kind, currentDay(now, timeZone)));
}

/** How many days the period has: 7, 28…31 or 90…92. */
export function daysInPeriodNumber(kind: PeriodKind, n: PeriodNumber): number {
  return daysIn(periodOfNumber(kind, n));
}

/** `2026-W43`, `2026-10` or `2026-Q4`. */
export function periodNumberKey(kind: PeriodKind, n: PeriodNumber): string {
  return periodKey(periodOfNumber(kind, n));
}

const MS_PER_DAY = 86_400_000;

function epochDay(day: DayKey): number {
  return Date.UTC(Math.floor(day / 10000), (Math.floor(day / 100) % 100) - 1, day % 100) / MS_PER_DAY;
}

/**
 * Which period of a kind holds a day, and the day's place in it (0 for the period's first day),
 * remembered for the last day asked: data rows come in runs of one date, so the calendar
 * arithmetic is done once a run.
 */
export class DayPlacer {
  /** The last day's period number and place. */
  number: PeriodNumber = -1;
  offset = -1;
  /** The last day's period's length in days. */
  length = 0;
  private lastDay: DayKey = -1;

  constructor(readonly kind: PeriodKind) {}

  place(day: DayKey): void {
    if (day === this.lastDay) return;
    this.lastDay = day;
    if (this.kind === 'month') {
      const number = Math.floor(day / 100);
      if (number !== this.number) {
        this.number = number;
        this.length = daysIn(periodOfNumber('month', number));
      }
      this.offset = (day % 100) - 1;
      return;
    }
    const period = periodOfDay(this.kind, day);
    this.number = periodNumberOf(period);
    this.offset = epochDay(day) - epochDay(firstDayOf(period));
    this.length = daysIn(period);
  }
}
