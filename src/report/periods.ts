/*
 * Report periods: ISO weeks (Monday to Sunday, `2026-W43`), calendar months (`2026-10`) and
 * quarters (`2026-Q4`). Pure calendar arithmetic on days (yyyymmdd keys, as the report reads
 * dates); only periodJustEnded reads a clock, in the time zone it is given.
 *
 * ISO 8601 weeks: week 1 of a year is the week that holds its first Thursday, so 2026-W01 runs
 * from Monday 29 December 2025, and 31 December 2024 is in 2025-W01. A week's year is that
 * week-numbering year, which differs from the calendar year of a few days around New Year.
 */
import type { Catalogue } from '../i18n';
import { utcMs, wallClockAt } from '../util/time-zone';
import type { DayKey } from './dates';

export type PeriodKind = 'week' | 'month' | 'quarter';

export const PERIOD_KINDS: readonly PeriodKind[] = ['week', 'month', 'quarter'];

export interface Period {
  readonly kind: PeriodKind;
  /** A week's ISO week-numbering year; a month's or a quarter's calendar year. 1000…9999. */
  readonly year: number;
  /** The week 1…53, the month 1…12 or the quarter 1…4. */
  readonly index: number;
}

const MS_PER_DAY = 86_400_000;
/** Four-digit years only: a key such as `0999-W01` or `10000-01` would not sort or read as one. */
const FIRST_YEAR = 1000;
const LAST_YEAR = 9999;

/** Days since 1970-01-01 of a calendar date (proleptic Gregorian). */
function epochDayOf(year: number, month: number, day: number): number {
  return Math.round(utcMs(year, month, day) / MS_PER_DAY);
}

function dayKeyOfEpochDay(epochDay: number): DayKey {
  const date = new Date(epochDay * MS_PER_DAY);
  return date.getUTCFullYear() * 10000 + (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
}

function epochDayOfKey(day: DayKey): number {
  return epochDayOf(Math.floor(day / 10000), Math.floor(day / 100) % 100, day % 100);
}

/** 1 = Monday … 7 = Sunday, as ISO 8601 numbers them (1970-01-01 was a Thursday). */
function isoWeekday(epochDay: number): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

/** The Monday of week 1: the week that holds 4 January, which always holds the first Thursday. */
function mondayOfWeekOne(year: number): number {
  const january4 = epochDayOf(year, 1, 4);
  return january4 - isoWeekday(january4) + 1;
}

/** 52, or 53 for a year that starts on a Thursday (or a Wednesday, in a leap year): 2020, 2026 is 53. */
export function isoWeeksInYear(year: number): number {
  return (mondayOfWeekOne(year + 1) - mondayOfWeekOne(year)) / 7;
}

/** The period of a kind that holds a day. */
export function periodOfDay(kind: PeriodKind, day: DayKey): Period {
  const year = Math.floor(day / 10000);
  const month = Math.floor(day / 100) % 100;
  if (kind === 'month') return { kind, year, index: month };
  if (kind === 'quarter') return { kind, year, index: Math.ceil(month / 3) };
  // A week belongs to the year of its Thursday.
  const epochDay = epochDayOfKey(day);
  const thursday = epochDay - isoWeekday(epochDay) + 4;
  const weekYear = new Date(thursday * MS_PER_DAY).getUTCFullYear();
  return { kind, year: weekYear, index: Math.floor((thursday - mondayOfWeekOne(weekYear)) / 7) + 1 };
}

/** The first day of the period: a Monday for a week, the 1st for a month or a quarter. */
export function firstDayOf(period: Period): DayKey {
  const { kind, year, index } = period;
  if (kind === 'week') return dayKeyOfEpochDay(mondayOfWeekOne(year) + (index - 1) * 7);
  const month = kind === 'month' ? index : (index - 1) * 3 + 1;
  return year * 10000 + month * 100 + 1;
}

/** The last day of the period: a Sunday for a week, the month's or quarter's last day. */
export function lastDayOf(period: Period): DayKey {
  return dayKeyOfEpochDay(epochDayOfKey(firstDayOf(shiftPeriod(period, 1))) - 1);
}

/** How many days the period has: 7, 28…31, or 90…92. */
export function daysIn(period: Period): number {
  return epochDayOfKey(firstDayOf(shiftPeriod(period, 1))) - epochDayOfKey(firstDayOf(period));
}

/** The period `count` periods of the same kind later (earlier for a negative count). */
export function shiftPeriod(period: Period, count: number): Period {
  const { kind, year, index } = period;
  if (kind === 'week') {
    return periodOfDay(kind, dayKeyOfEpochDay(mondayOfWeekOne(year) + (index - 1 + count) * 7));
  }
  const perYear = kind === 'month' ? 12 : 4;
  const position = year * perYear + index - 1 + count;
  return { kind, year: Math.floor(position / perYear), index: (position % perYear) + 1 };
}

/** The period before, of the same kind and so of the same length (a week, a month, a quarter). */
export function previousPeriod(period: Period): Period {
  return shiftPeriod(period, -1);
}

/** True when both name the same period. */
export function samePeriod(a: Period, b: Period): boolean {
  return a.kind === b.kind && a.year === b.year && a.index === b.index;
}

/** True when the day is in the period. */
export function periodHolds(period: Period, day: DayKey): boolean {
  return day >= firstDayOf(period) && day <= lastDayOf(period);
}

/** The day a wall clock in the zone shows at the instant. Throws RangeError for an unknown zone. */
export function dayAt(instant: Date, timeZone: string): DayKey {
  const wall = wallClockAt(instant, timeZone);
  return wall.year * 10000 + wall.month * 100 + wall.day;
}

/**
 * The last period of a kind that had ended by the instant, in the zone's calendar: at any time on
 * Monday 26 October 2026 in Stockholm, the week 2026-W43 (19–25 October); on 1 November, the
 * month 2026-10; on 1 January 2027, the quarter 2026-Q4.
 */
export function periodJustEnded(kind: PeriodKind, instant: Date, timeZone: string): Period {
  return previousPeriod(periodOfDay(kind, dayAt(instant, timeZone)));
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** `2026-W43`, `2026-10` or `2026-Q4`: the key tab names, the CLI and stored settings use. */
export function periodKey(period: Period): string {
  const { kind, year, index } = period;
  if (kind === 'week') return `${year}-W${pad2(index)}`;
  if (kind === 'month') return `${year}-${pad2(index)}`;
  return `${year}-Q${index}`;
}

/**
 * The report tab's name for a period, made and translated as the monthly report's is: the
 * language's `reportTabName` around the period's key (`KPI report 2026-W43`, `KPI-rapport
 * 2026-Q4`, `Báo cáo KPI 2026-10`). The key stays ISO in every language, so tabs sort by date.
 */
export function periodTabName(period: Period, texts: Pick<Catalogue['report'], 'reportTabName'>): string {
  return texts.reportTabName(periodKey(period));
}

/** Why a text is not a period key, for a message that names the field (see periodKeyMessage). */
export type PeriodKeyProblem =
  | { code: 'notText'; given: string }
  | { code: 'form'; text: string; kind: PeriodKind | undefined }
  | { code: 'year'; text: string }
  | { code: 'week'; text: string; year: number; weeks: number }
  | { code: 'month'; text: string }
  | { code: 'quarter'; text: string };

export type PeriodKeyResult = { ok: true; period: Period } | { ok: false; problem: PeriodKeyProblem };

const KEY_FORMS: ReadonlyArray<[PeriodKind, RegExp]> = [
  ['week', /^(\d{4})-W(\d{2})$/i],
  ['quarter', /^(\d{4})-Q(\d)$/i],
  ['month', /^(\d{4})-(\d{2})$/],
];

const INDEX_LIMIT: Record<Exclude<PeriodKind, 'week'>, number> = { month: 12, quarter: 4 };

/** How a value the caller was given prints in a message: text quoted, anything else as JSON. */
function shown(value: unknown): string {
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Reads a period key: `2026-W43` (w in any case), `2026-10`, `2026-Q4` (q in any case), around
 * spaces. With a kind, a key of another kind is refused (a --week flag given 2026-10). Nothing is
 * guessed: `2026-W5`, `2026-W54` in a 52-week year, `2026-13` and `2026-Q5` are refused.
 */
export function parsePeriodKey(value: unknown, kind?: PeriodKind): PeriodKeyResult {
  if (typeof value !== 'string') return { ok: false, problem: { code: 'notText', given: shown(value) } };
  const text = value.trim();
  for (const [formKind, form] of KEY_FORMS) {
    const match = form.exec(text);
    if (!match || (kind && formKind !== kind)) continue;
    const year = Number(match[1]);
    const index = Number(match[2]);
    if (year < FIRST_YEAR || year > LAST_YEAR) return { ok: false, problem: { code: 'year', text } };
    if (formKind === 'week') {
      const weeks = isoWeeksInYear(year);
      if (index < 1 || index > weeks) return { ok: false, problem: { code: 'week', text, year, weeks } };
    } else if (index < 1 || index > INDEX_LIMIT[formKind]) {
      return { ok: false, problem: { code: formKind, text } };
    }
    return { ok: true, period: { kind: formKind, year, index } };
  }
  return { ok: false, problem: { code: 'form', text, kind } };
}

/** The message for a key that is not a period, naming the field (a dialog's label, a CLI flag). */
export function periodKeyMessage(
  field: string,
  problem: PeriodKeyProblem,
  texts: Catalogue['periods'],
): string {
  switch (problem.code) {
    case 'notText':
      return texts.keyNotText(field, problem.given);
    case 'form':
      return problem.kind
        ? texts.keyNotOfKind(
            field,
            problem.text,
            texts.kindsWithArticle[problem.kind],
            texts.keyForms[problem.kind],
          )
        : texts.keyNotAPeriod(field, problem.text);
    case 'year':
      return texts.keyYearOutOfRange(field, problem.text);
    case 'week':
      return texts.keyNoSuchWeek(field, problem.text, problem.year, problem.weeks);
    case 'month':
      return texts.keyNoSuchMonth(field, problem.text);
    case 'quarter':
      return texts.keyNoSuchQuarter(field, problem.text);
  }
}
