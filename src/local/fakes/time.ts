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

/** The instant at which the wall clock in `timeZone` shows the given time: the add-on's own helper. */
export { instantAtWallClock as fromWallClock } from '../../util/time-zone';

/** Sheets' serial day number (days since 1899-12-30), as a formula or a number format sees a date. */
export function toSerial(date: Date, timeZone: string): number {
  const clock = wallClock(date, timeZone);
  const wallMs = utcMs(clock.year, clock.month, clock.day, clock.hour, clock.minute, clock.second);
  return (wallMs - Date.UTC(1899, 11, 30)) / 86_400_000 + date.getUTCMilliseconds() / 86_400_000;
}
