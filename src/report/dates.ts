/*
 * Dates as the data sheet holds them: Date cells (read in the spreadsheet's time zone, as Sheets
 * shows them), serial numbers, and text. Text is parsed only where it cannot mean two things:
 * ISO (2026-10-31, or 2026-10 for a monthly row) and the sheet locale's usual short format.
 */

import { MS_PER_DAY, SHEETS_EPOCH_OFFSET_DAYS } from '../functions/cells';
import { isDate } from '../functions/errors';
import { zoneOffsets, type ZoneOffsets } from '../util/time-zone';

/** yyyymmdd as one integer: cheap to compare, to bucket by month, and to use as a map key. */
export type DayKey = number;
/** yyyymm as one integer. */
export type MonthKey = number;

export const monthOfDay = (day: DayKey): MonthKey => Math.floor(day / 100);

export function monthKeyToText(month: MonthKey): string {
  return `${Math.floor(month / 100)}-${String(month % 100).padStart(2, '0')}`;
}

/** 20261031 → "2026-10-31". */
export function dayKeyToText(day: DayKey): string {
  return `${monthKeyToText(monthOfDay(day))}-${String(day % 100).padStart(2, '0')}`;
}

const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** "2026-10" → 202610, or undefined for anything else. */
export function parseMonthText(text: string): MonthKey | undefined {
  const match = ISO_MONTH.exec(text.trim());
  if (!match) return undefined;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  return Number(match[1]) * 100 + month;
}

export function addMonths(month: MonthKey, delta: number): MonthKey {
  const index = Math.floor(month / 100) * 12 + (month % 100) - 1 + delta;
  return Math.floor(index / 12) * 100 + (index % 12) + 1;
}

function dayKey(year: number, month: number, day: number): DayKey | undefined {
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 9999) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return year * 10000 + month * 100 + day;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** How many days a month has: 31 for 202610. */
export function daysInMonthOf(month: MonthKey): number {
  return daysInMonth(Math.floor(month / 100), month % 100);
}

/** Proleptic Gregorian, as Date.UTC counts. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS_IN_MONTH[month - 1];
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** How the locale writes a short date, when it writes one unambiguously with four-digit years. */
interface ShortDateFormat {
  order: 'DMY' | 'MDY';
  /** Day, month and four-digit year with the locale's separator. */
  pattern: RegExp;
  /** For the message: how a user of this locale would write 31 October 2026. */
  example: string;
}

const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const MDY_SLASH: ShortDateFormat = { order: 'MDY', pattern: SLASHED, example: '10/31/2026' };
const DMY_SLASH: ShortDateFormat = { order: 'DMY', pattern: SLASHED, example: '31/10/2026' };
const DMY_DOT: ShortDateFormat = { order: 'DMY', pattern: DOTTED, example: '31.10.2026' };

const SHORT_DATE_BY_LOCALE: Record<string, ShortDateFormat> = {
  en_us: MDY_SLASH,
  en: MDY_SLASH,
  en_gb: DMY_SLASH,
  en_au: DMY_SLASH,
  en_ie: DMY_SLASH,
  en_in: DMY_SLASH,
  vi: DMY_SLASH,
  fr: DMY_SLASH,
  es: DMY_SLASH,
  it: DMY_SLASH,
  pt: DMY_SLASH,
  de: DMY_DOT,
  fi: DMY_DOT,
  nb: DMY_DOT,
  no: DMY_DOT,
  da: DMY_DOT,
  ru: DMY_DOT,
  pl: DMY_DOT,
};

/**
 * Swedish and other ISO locales write short dates as ISO, which every sheet accepts anyway.
 * English falls back by language only for the exact locales listed: en_CA writes ISO, en_ZA y/m/d.
 */
export function shortDateFormat(locale: string): ShortDateFormat | undefined {
  const lower = locale.toLowerCase().replace('-', '_');
  const language = lower.split('_')[0];
  return SHORT_DATE_BY_LOCALE[lower] ?? (language === 'en' ? undefined : SHORT_DATE_BY_LOCALE[language]);
}

export function shortDateExample(locale: string): string | undefined {
  return shortDateFormat(locale)?.example;
}

const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A date cell that names a whole month (2026-10): a monthly row. */
export function isMonthText(cell: unknown): boolean {
  return typeof cell === 'string' && ISO_MONTH.test(cell.trim());
}

/** Days since 1970-01-01 to a yyyymmdd key, proleptic Gregorian (H. Hinnant's civil_from_days). */
function dayKeyOfEpochDay(days: number): DayKey {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 10000 + month * 100 + day;
}

/** Turns data-sheet date cells into day keys; one per report build. */
export class DateReader {
  private lastInstant = NaN;
  private lastInstantKey: DayKey = 0;
  /**
   * The month of the last day read, as days since 1970: [monthStart, monthEnd). Rows run in
   * date order, so the next day is most often in it, and its key is a sum instead of a
   * calendar computation.
   */
  private monthStart = 0;
  private monthEnd = 0;
  private monthBase: DayKey = 0;
  private readonly offsets: ZoneOffsets;
  private readonly short: ShortDateFormat | undefined;

  constructor(timeZone: string, locale: string) {
    this.offsets = zoneOffsets(timeZone);
    this.short = shortDateFormat(locale);
  }

  /** The day a cell names, or undefined when it names none unambiguously. Blank is undefined too. */
  read(value: unknown): DayKey | undefined {
    if (isDate(value)) return this.readInstant(value.getTime());
    if (typeof value === 'number') return this.readSerial(value);
    if (typeof value === 'string') return this.readText(value.trim());
    return undefined;
  }

  /** The day in the spreadsheet's time zone, as Sheets shows the cell. */
  private readInstant(time: number): DayKey | undefined {
    if (time !== time) return undefined;
    // Rows come sorted or grouped by date: the same instant as the row before is the common case.
    if (time === this.lastInstant) return this.lastInstantKey;
    const key = this.dayKeyOf(Math.floor((time + this.offsets.at(time)) / MS_PER_DAY));
    this.lastInstant = time;
    this.lastInstantKey = key;
    return key;
  }

  private dayKeyOf(epochDay: number): DayKey {
    if (epochDay >= this.monthStart && epochDay < this.monthEnd)
      return this.monthBase + epochDay - this.monthStart + 1;
    const key = dayKeyOfEpochDay(epochDay);
    const day = key % 100;
    this.monthStart = epochDay - day + 1;
    this.monthEnd = this.monthStart + daysInMonth(Math.floor(key / 10000), Math.floor(key / 100) % 100);
    this.monthBase = key - day;
    return key;
  }

  /** A date cell formatted as a number shows its serial; whole days only, time of day ignored. */
  private readSerial(serial: number): DayKey | undefined {
    if (!isFinite(serial) || serial < 1) return undefined;
    const date = new Date((Math.floor(serial) - SHEETS_EPOCH_OFFSET_DAYS) * MS_PER_DAY);
    return dayKey(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }

  private readText(text: string): DayKey | undefined {
    let match = ISO_DAY.exec(text);
    if (match) return dayKey(Number(match[1]), Number(match[2]), Number(match[3]));
    match = ISO_MONTH.exec(text);
    if (match) return dayKey(Number(match[1]), Number(match[2]), 1);
    if (this.short) {
      match = this.short.pattern.exec(text);
      if (match) {
        const [first, second] = [Number(match[1]), Number(match[2])];
        return this.short.order === 'DMY'
          ? dayKey(Number(match[3]), second, first)
          : dayKey(Number(match[3]), first, second);
      }
    }
    return undefined;
  }
}

/** The month before the current one in the spreadsheet's time zone: the last complete month. */
export function lastCompleteMonth(now: Date, timeZone: string): MonthKey {
  return addMonths(currentMonth(now, timeZone), -1);
}

/** The current month in the spreadsheet's time zone: the report's "complete month" is before it. */
export function currentMonth(now: Date, timeZone: string): MonthKey {
  return monthOfDay(currentDay(now, timeZone));
}

/** The day the instant falls on in the spreadsheet's time zone, as a date cell would read. */
export function currentDay(now: Date, timeZone: string): DayKey {
  return new DateReader(timeZone, 'en_US').read(now) as DayKey;
}

/**
 * A calendar date as Sheets stores it: days since 1899-12-30. A serial, unlike a Date instant,
 * names the same day in every time zone; the cell's format shows it in the sheet's way.
 */
export function dateSerial(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY + SHEETS_EPOCH_OFFSET_DAYS;
}
