/*
 * Wall-clock arithmetic in the spreadsheet's time zone. Sheets shows and parses dates in the
 * spreadsheet's zone, not the machine's, and tests run on machines in any zone.
 */

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number; // 0 = Sunday
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Date.UTC for any year: Date.UTC reads the years 0…99 as 1900…1999 (a two-digit shorthand of
 * JavaScript's), but a date Sheets holds in year 26 is year 26.
 */
export function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/** Days in a month of the proleptic Gregorian calendar Sheets uses; month 1-12. */
export function daysInMonth(year: number, month: number): number {
  return new Date(utcMs(year, month + 1, 0)).getUTCDate();
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function wallClock(date: Date, timeZone: string): WallClock {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS.indexOf(parts.weekday),
  };
}

/** The instant at which the wall clock in `timeZone` shows the given time. */
export function fromWallClock(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): Date {
  const asUtc = utcMs(year, month, day, hour, minute, second);
  // Two passes settle the offset even when the first guess lands across a DST change.
  let guess = asUtc;
  for (let pass = 0; pass < 2; pass++) {
    const shown = wallClock(new Date(guess), timeZone);
    const shownAsUtc = utcMs(shown.year, shown.month, shown.day, shown.hour, shown.minute, shown.second);
    guess += asUtc - shownAsUtc;
  }
  return new Date(guess);
}

/** Sheets' serial day number (days since 1899-12-30), as a formula or a number format sees a date. */
export function toSerial(date: Date, timeZone: string): number {
  const clock = wallClock(date, timeZone);
  const wallMs = utcMs(clock.year, clock.month, clock.day, clock.hour, clock.minute, clock.second);
  return (wallMs - Date.UTC(1899, 11, 30)) / 86_400_000 + date.getUTCMilliseconds() / 86_400_000;
}
