/*
 * When the scheduled report runs and which period each run builds: pure, on the spreadsheet's
 * time zone, for any instant a test's clock gives.
 *
 * The schedule is carried by one Apps Script clock trigger. Apps Script has weekly
 * (onWeekDay) and monthly (onMonthDay) clock triggers but no quarterly one, so a quarterly
 * schedule is a monthly trigger on the 1st whose runs in February, March, May… build nothing.
 * atHour runs the trigger some time within the hour, not on it (its reference: atHour(5) "Runs
 * between 5am-6am"; nearMinute allows ±15 minutes), and a run may start late: a run belongs to
 * the last planned firing at or before it, allowing 15 minutes early, so it builds the right
 * period wherever in its hour it starts.
 */
import {
  dayAt,
  firstDayOf,
  periodOfDay,
  previousPeriod,
  shiftPeriod,
  type Period,
  type PeriodKind,
} from '../report/periods';
import { instantAtWallClock } from '../util/time-zone';

export interface Schedule {
  /** Build the report of the week (on Mondays), the month (on the 1st) or the quarter that just ended. */
  readonly frequency: PeriodKind;
  /** The hour, 0…23, of the spreadsheet's time zone at which the trigger runs. */
  readonly hour: number;
}

/** Monday morning, the 1st's morning: the report is waiting when the team starts the day. */
export const DEFAULT_SCHEDULE_HOUR = 6;

/** The clock trigger that carries a schedule, as ClockTriggerBuilder is told it. */
export interface ClockTriggerSpec {
  /** onWeekDay(ScriptApp.WeekDay.MONDAY), for a weekly schedule. */
  readonly weekDay?: 'MONDAY';
  /** onMonthDay(1), for a monthly or a quarterly schedule. */
  readonly monthDay?: 1;
  /** atHour(hour). */
  readonly hour: number;
  /** inTimezone(timeZone): the spreadsheet's zone, not the script's (appsscript.json's). */
  readonly timeZone: string;
}

/**
 * How early before its hour Apps Script may start a run: nearMinute's reference allows ±15
 * minutes; a run up to this far ahead of a firing belongs to that firing.
 */
export const EARLY_START_MS = 15 * 60_000;

/** What is wrong with a schedule, or undefined when nothing is. */
export type ScheduleProblem = 'frequency' | 'hour';

export function scheduleProblem(schedule: {
  frequency: unknown;
  hour: unknown;
}): ScheduleProblem | undefined {
  if (!['week', 'month', 'quarter'].includes(schedule.frequency as string)) return 'frequency';
  const hour = schedule.hour;
  if (typeof hour !== 'number' || !Number.isInteger(hour) || hour < 0 || hour > 23) return 'hour';
  return undefined;
}

export function clockTriggerFor(schedule: Schedule, timeZone: string): ClockTriggerSpec {
  return schedule.frequency === 'week'
    ? { weekDay: 'MONDAY', hour: schedule.hour, timeZone }
    : { monthDay: 1, hour: schedule.hour, timeZone };
}

/** The trigger runs once per week for a weekly schedule, else once per month (a quarter's too). */
function triggerPeriod(schedule: Schedule): PeriodKind {
  return schedule.frequency === 'week' ? 'week' : 'month';
}

/** The planned firing in a trigger period: its Monday's or its 1st's hour on the zone's clock. */
function firingIn(period: Period, schedule: Schedule, timeZone: string): Date {
  const day = firstDayOf(period);
  return instantAtWallClock(
    timeZone,
    Math.floor(day / 10000),
    Math.floor(day / 100) % 100,
    day % 100,
    schedule.hour,
  );
}

/** The first planned firing of the trigger strictly after the instant. */
export function nextTriggerFiring(schedule: Schedule, timeZone: string, after: Date): Date {
  let period = periodOfDay(triggerPeriod(schedule), dayAt(after, timeZone));
  let firing = firingIn(period, schedule, timeZone);
  while (firing.getTime() <= after.getTime()) {
    period = shiftPeriod(period, 1);
    firing = firingIn(period, schedule, timeZone);
  }
  return firing;
}

/** The planned firing a run that started at the instant belongs to: the last one at or before it. */
export function firingOfRun(schedule: Schedule, timeZone: string, startedAt: Date): Date {
  const latest = startedAt.getTime() + EARLY_START_MS;
  let period = periodOfDay(triggerPeriod(schedule), dayAt(new Date(latest), timeZone));
  let firing = firingIn(period, schedule, timeZone);
  while (firing.getTime() > latest) {
    period = previousPeriod(period);
    firing = firingIn(period, schedule, timeZone);
  }
  return firing;
}

/**
 * The period a run of the trigger builds: the one that just ended at its planned firing (last
 * week on a Monday, last month on the 1st, last quarter on 1 January, April, July and October),
 * or null for a quarterly schedule's run on the 1st of a month that starts no quarter.
 */
export function periodForRun(schedule: Schedule, timeZone: string, startedAt: Date): Period | null {
  const firingDay = dayAt(firingOfRun(schedule, timeZone, startedAt), timeZone);
  const month = Math.floor(firingDay / 100) % 100;
  if (schedule.frequency === 'quarter' && month % 3 !== 1) return null;
  return previousPeriod(periodOfDay(schedule.frequency, firingDay));
}

/** The next firing that builds a report, and the period it builds: what the dialog says. */
export function nextReport(schedule: Schedule, timeZone: string, after: Date): { at: Date; period: Period } {
  let at = nextTriggerFiring(schedule, timeZone, after);
  let period = periodForRun(schedule, timeZone, at);
  while (!period) {
    at = nextTriggerFiring(schedule, timeZone, at);
    period = periodForRun(schedule, timeZone, at);
  }
  return { at, period };
}
