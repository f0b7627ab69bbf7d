/*
 * Calendar arithmetic on plain ISO strings. Goals live in whole days ('YYYY-MM-DD') and months
 * ('YYYY-MM'); no time zone enters here: "today" is worked out once, in the spreadsheet's zone,
 * by the shell, and passed in as a string.
 */

import { wallClockAt } from '../util/time-zone';

/** 'YYYY-MM-DD', a real calendar date. */
export type IsoDate = string;
/** 'YYYY-MM'. */
export type Month = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const DAY_MS = 86400000;

/** Days since 1970-01-01 for a valid ISO date, or null. */
export function dayNumber(date: string): number | null {
  const match = ISO_DATE.exec(date);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function isIsoDate(text: string): boolean {
  return dayNumber(text) !== null;
}

export function isMonth(text: string): boolean {
  const match = ISO_MONTH.exec(text);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function monthOf(date: IsoDate): Month {
  return date.slice(0, 7);
}

/** Months since year 0, so months can be subtracted: index('2025-03') − index('2024-12') = 3. */
export function monthIndex(month: Month): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthFromIndex(index: number): Month {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function addMonthsToMonth(month: Month, months: number): Month {
  return monthFromIndex(monthIndex(month) + months);
}

export function firstDay(month: Month): IsoDate {
  return `${month}-01`;
}

export function lastDay(month: Month): IsoDate {
  return `${month}-${String(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))).padStart(2, '0')}`;
}

/** The same day n months later, clamped to the month's end (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const target = addMonthsToMonth(monthOf(date), months);
  const day = Math.min(
    Number(date.slice(8, 10)),
    daysInMonth(Number(target.slice(0, 4)), Number(target.slice(5, 7))),
  );
  return `${target}-${String(day).padStart(2, '0')}`;
}

/**
 * A date's position on a month scale: month index plus the share of the month gone by at the
 * start of that day. Used for fractional months between two dates and for forecasts.
 */
export function monthPosition(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return monthIndex(monthOf(date)) + (Number(date.slice(8, 10)) - 1) / daysInMonth(year, month);
}

/** Calendar months from start to end, fractional: 2025-01-15 → 2025-05-15 is exactly 4. */
export function monthsBetween(start: IsoDate, end: IsoDate): number {
  const endDay = dayNumber(end) as number;
  let whole = monthIndex(monthOf(end)) - monthIndex(monthOf(start));
  while (whole > 0 && (dayNumber(addMonths(start, whole)) as number) > endDay) whole--;
  const from = dayNumber(addMonths(start, whole)) as number;
  const to = dayNumber(addMonths(start, whole + 1)) as number;
  return whole + (endDay - from) / (to - from);
}

/**
 * Today's date in a time zone, from an instant. Uses Intl (available in Apps Script V8); an
 * unknown zone falls back to UTC rather than failing the sidebar.
 */
export function isoDateInZone(instant: Date, timeZone: string): IsoDate {
  try {
    const { year, month, day } = wallClockAt(instant, timeZone);
    const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (isIsoDate(text)) return text;
  } catch {
    // fall through to UTC
  }
  return instant.toISOString().slice(0, 10);
}
