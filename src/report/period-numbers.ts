/*
 * A report period as one sortable integer, the key of DataSet.periods: a week 2026-W43 is 202643,
 * a month 2026-10 is 202610 (the MonthKey the monthly report always used), a quarter 2026-Q4 is
 * 20264. Numbers of one kind sort as their periods do; a data set holds one kind only.
 */
import type { DayKey } from './dates';
import { daysIn, firstDayOf, periodOfDay, type Period, type PeriodKind } from './periods';

export type PeriodNumber = number;

export function periodNumberOf(period: Period): PeriodNumber {
  return period.kind === 'quarter' ? period.year * 10 + period.index : period.year * 100 + period.index;
}

export function periodOfNumber(kind: PeriodKind, n: PeriodNumber): Period {
  const base = kind === 'quarter' ? 10 : 100;
  return { kind, year: Math.floor(n / base), index: n % base };
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
