/*
 * Dates as the data sheet holds them: Date cells (read in the spreadsheet's time zone, as Sheets
 * shows them), serial numbers, and text. Text is parsed only where it cannot mean two things:
 * ISO (2026-10-31, or 2026-10 for a monthly row) and the sheet locale's usual short format.
 */

import { isDate } from '../functions/errors';

/** yyyymmdd as one integer: cheap to compare, to bucket by month, and to use as a map key. */
export type DayKey = number;
/** yyyymm as one integer. */
export type MonthKey = number;

export const monthOfDay = (day: DayKey): MonthKey => Math.floor(day / 100);

export function monthKeyToText(month: MonthKey): string {
  return `${Math.floor(month / 100)}-${String(month % 100).padStart(2, '0')}`;
}

/** "2026-10" → 202610, or undefined for anything else. */
export function parseMonthText(text: string): MonthKey | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(text.trim());
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
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return year * 10000 + month * 100 + day;
}

/** How the locale writes a short date, when it writes one unambiguously with four-digit years. */
interface ShortDateFormat {
  order: 'DMY' | 'MDY';
  separator: string;
  /** For the message: how a user of this locale would write 31 October 2026. */
  example: string;
}

const MDY_SLASH: ShortDateFormat = { order: 'MDY', separator: '/', example: '10/31/2026' };
const DMY_SLASH: ShortDateFormat = { order: 'DMY', separator: '/', example: '31/10/2026' };
const DMY_DOT: ShortDateFormat = { order: 'DMY', separator: '.', example: '31.10.2026' };

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
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** Days from Sheets' epoch (1899-12-30) to the Unix epoch. */
const SHEETS_EPOCH_OFFSET_DAYS = 25569;

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** Building an Intl formatter costs more than reading a thousand rows: one per time zone. */
function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Turns data-sheet date cells into day keys; one per report build, so its caches stay small. */
export class DateReader {
  private readonly byInstant = new Map<number, DayKey>();
  private lastInstant = NaN;
  private lastInstantKey: DayKey = 0;
  private readonly formatter: Intl.DateTimeFormat;
  private readonly short: ShortDateFormat | undefined;
  private readonly shortPattern: RegExp | undefined;

  constructor(timeZone: string, locale: string) {
    this.formatter = dayFormatter(timeZone);
    this.short = shortDateFormat(locale);
    if (this.short) {
      const separator = this.short.separator === '.' ? '\\.' : this.short.separator;
      this.shortPattern = new RegExp(`^(\\d{1,2})${separator}(\\d{1,2})${separator}(\\d{4})$`);
    }
  }

  /** The day a cell names, or undefined when it names none unambiguously. Blank is undefined too. */
  read(value: unknown): DayKey | undefined {
    if (isDate(value)) return this.readInstant(value.getTime());
    if (typeof value === 'number') return this.readSerial(value);
    if (typeof value === 'string') return this.readText(value.trim());
    return undefined;
  }

  private readInstant(time: number): DayKey | undefined {
    if (time !== time) return undefined;
    // Rows come sorted or grouped by date: the same instant as the row before is the common case.
    if (time === this.lastInstant) return this.lastInstantKey;
    // Daily data repeats each instant once per channel: format each instant once.
    let key = this.byInstant.get(time);
    if (key === undefined) {
      const parts = this.formatter.formatToParts(new Date(time));
      let year = 0;
      let month = 0;
      let day = 0;
      for (const part of parts) {
        if (part.type === 'year') year = Number(part.value);
        else if (part.type === 'month') month = Number(part.value);
        else if (part.type === 'day') day = Number(part.value);
      }
      key = year * 10000 + month * 100 + day;
      this.byInstant.set(time, key);
    }
    this.lastInstant = time;
    this.lastInstantKey = key;
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
    if (this.short && this.shortPattern) {
      match = this.shortPattern.exec(text);
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

/** The current month in the spreadsheet's time zone: the report's "complete month" is before it. */
export function currentMonth(now: Date, timeZone: string): MonthKey {
  return monthOfDay(new DateReader(timeZone, 'en_US').read(now) as DayKey);
}
