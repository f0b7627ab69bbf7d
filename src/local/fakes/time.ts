/*
 * Wall-clock arithmetic in the spreadsheet's time zone. Sheets shows and parses dates in the
 * spreadsheet's zone, not the machine's, and tests run on machines in any zone.
 */
import { utcMs, wallClockAt, type WallClockTime } from '../../util/time-zone';

/** The wall clock and the day of the week, which number formats (`dddd`) show. */
export interface WallClock extends WallClockTime {
  weekday: number; // 0 = Sunday
}

/** Days in a month of the proleptic Gregorian calendar Sheets uses; month 1-12. */
export function daysInMonth(year: number, month: number): number {
  return new Date(utcMs(year, month + 1, 0)).getUTCDate();
}

export function wallClock(date: Date, timeZone: string): WallClock {
  const clock = wallClockAt(date, timeZone);
  return { ...clock, weekday: new Date(utcMs(clock.year, clock.month, clock.day)).getUTCDay() };
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
