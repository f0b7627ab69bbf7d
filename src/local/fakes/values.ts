/*
 * What happens to a value written with setValue/setValues. Apps Script parses strings the way the
 * Sheets UI parses typing (the API's USER_ENTERED mode), which is where formula injection and
 * "01234 became 1234" bugs come from, so the fake does the same.
 */
import { localeSymbols } from './locale';
import { defaultDateTimeFormat, isAutomaticFormat } from './number-format';
import { daysInMonth, fromWallClock } from './time';
import { escapeRegExp } from '../../util/regexp';

/** A stored value as getValues returns it: "" for blank, never null. */
export type CellValue = string | number | boolean | Date;

export interface WrittenCell {
  value: CellValue;
  /** Non-empty when the input became a formula; the value is then computed on read. */
  formula: string;
  /** A number format Sheets infers from the input (typing "12%" formats the cell as a percent). */
  impliedFormat?: string;
}

export interface InputEnvironment {
  locale: string;
  timeZone: string;
  /** The cell's current number format: plain text ("@") keeps strings as typed. */
  numberFormat: string;
}

export function interpretWrite(input: unknown, env: InputEnvironment): WrittenCell {
  if (input === null || input === undefined) return { value: '', formula: '' };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: '' };
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return { value: '', formula: '' };
    return {
      value: new Date(input.getTime()),
      formula: '',
      impliedFormat: isAutomaticFormat(env.numberFormat) ? defaultDateTimeFormat(env.locale) : undefined,
    };
  }
  return interpretString(String(input), env);
}

function interpretString(text: string, env: InputEnvironment): WrittenCell {
  if (text === '') return { value: '', formula: '' };
  // A leading apostrophe forces text and is not part of the value; this is how user text is protected.
  if (text.startsWith("'")) return { value: text.slice(1), formula: '' };
  // Deliberately pessimistic: even under the "@" plain-text format an "=" string is taken as a
  // formula here, so code that relies on the format instead of an apostrophe fails in tests.
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  if (env.numberFormat === '@') return { value: text, formula: '' };
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { value: upper === 'TRUE', formula: '' };
  const number = parseLocaleNumber(trimmed, env.locale);
  if (number !== null) return number;
  const date = parseIsoDate(trimmed, env.timeZone);
  if (date !== null) return date;
  return { value: text, formula: '' };
}

function parseLocaleNumber(text: string, locale: string): WrittenCell | null {
  const { decimal, group } = localeSymbols(locale);
  const groupPattern = group === '\u00a0' ? '[ \u00a0\u202f]' : escapeRegExp(group);
  const d = escapeRegExp(decimal);
  const pattern = new RegExp(
    `^([+-]?)((?:\\d{1,3}(?:${groupPattern}\\d{3})+)|\\d*)(?:${d}(\\d+))?(?:[eE]([+-]?\\d+))?(%?)$`,
  );
  const match = pattern.exec(text);
  if (!match) return null;
  const [, sign, integer, fraction = '', exponent, percent] = match;
  if (integer === '' && fraction === '') return null;
  const digits = `${integer.replace(/\D/g, '') || '0'}.${fraction || '0'}${exponent ? `e${exponent}` : ''}`;
  let value = Number(digits) * (sign === '-' ? -1 : 1);
  if (!percent) return { value, formula: '' };
  value = Number((value / 100).toPrecision(15));
  return { value, formula: '', impliedFormat: fraction ? '0.00%' : '0%' };
}

function parseIsoDate(text: string, timeZone: string): WrittenCell | null {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  // A day the month does not have (2026-02-31) or a time past 23:59:59 is no date: Sheets keeps
  // such an entry as the text typed, where JavaScript's Date would roll it into the next month.
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const value = fromWallClock(timeZone, year, month, day, hour, minute, second);
  return { value, formula: '', impliedFormat: match[4] ? 'yyyy-mm-dd H:mm:ss' : 'yyyy-mm-dd' };
}

/** Values handed out by getValues must not alias stored Dates, or callers could edit the sheet. */
export function copyValue(value: CellValue): CellValue {
  return value instanceof Date ? new Date(value.getTime()) : value;
}
