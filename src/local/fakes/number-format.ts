/*
 * Enough of Sheets' number-format language for what the add-on writes: digit placeholders,
 * grouping, decimals, percent, quoted and [$currency] literals, sign sections and date patterns.
 * Display text is what users see and what getDisplayValues returns, so report tests read it.
 */
import { localeSymbols } from './locale';
import { toSerial, wallClock, type WallClock } from './time';

/**
 * What Range.getNumberFormat reports for a cell nobody formatted ("automatic" in the UI).
 * Taken from long-standing Apps Script behaviour, not re-verified against a live sheet.
 */
export const AUTOMATIC_FORMAT = '0.###############';

export type DisplayableValue = string | number | boolean | Date;

export interface FormatEnvironment {
  locale: string;
  timeZone: string;
}

export function isAutomaticFormat(format: string): boolean {
  return format === '' || format === AUTOMATIC_FORMAT || format.toLowerCase() === 'general';
}

/** The format Sheets gives a cell when a date is written into it without one. */
export function defaultDateTimeFormat(locale: string): string {
  return locale.toLowerCase().startsWith('en_us') || locale.toLowerCase() === 'en'
    ? 'M/d/yyyy H:mm:ss'
    : 'yyyy-mm-dd H:mm:ss';
}

type Token =
  | { kind: 'literal'; text: string }
  | { kind: 'digit'; char: '0' | '#' | '?' }
  | { kind: 'point' }
  | { kind: 'group' }
  | { kind: 'percent' }
  | { kind: 'text' }
  | { kind: 'date'; letter: string; length: number }
  | { kind: 'ampm'; short: boolean };

const DATE_LETTERS = new Set(['y', 'm', 'd', 'h', 's']);

function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < section.length) {
    const char = section[i];
    const lower = char.toLowerCase();
    if (char === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ kind: 'literal', text: section.slice(i + 1, stop) });
      i = stop + 1;
    } else if (char === '\\') {
      tokens.push({ kind: 'literal', text: section[i + 1] ?? '' });
      i += 2;
    } else if (char === '[') {
      const end = section.indexOf(']', i);
      const stop = end < 0 ? section.length : end;
      const inside = section.slice(i + 1, stop);
      // [$kr] and [$€-1809] carry a currency symbol; [Red] or [>100] only steer colour or choice.
      if (inside.startsWith('$')) tokens.push({ kind: 'literal', text: inside.slice(1).split('-')[0] });
      i = stop + 1;
    } else if (char === '_') {
      tokens.push({ kind: 'literal', text: ' ' });
      i += 2;
    } else if (char === '*') {
      i += 2;
    } else if (char === '0' || char === '#' || char === '?') {
      tokens.push({ kind: 'digit', char });
      i += 1;
    } else if (char === '.') {
      tokens.push({ kind: 'point' });
      i += 1;
    } else if (char === ',') {
      tokens.push({ kind: 'group' });
      i += 1;
    } else if (char === '%') {
      tokens.push({ kind: 'percent' });
      i += 1;
    } else if (char === '@') {
      tokens.push({ kind: 'text' });
      i += 1;
    } else if (section.slice(i, i + 5).toLowerCase() === 'am/pm') {
      tokens.push({ kind: 'ampm', short: false });
      i += 5;
    } else if (section.slice(i, i + 3).toLowerCase() === 'a/p') {
      tokens.push({ kind: 'ampm', short: true });
      i += 3;
    } else if (DATE_LETTERS.has(lower)) {
      let length = 1;
      while (section[i + length]?.toLowerCase() === lower) length += 1;
      tokens.push({ kind: 'date', letter: lower, length });
      i += length;
    } else {
      tokens.push({ kind: 'literal', text: char });
      i += 1;
    }
  }
  return tokens;
}

/** Splits on `;` outside quotes and brackets. */
function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  let bracketed = false;
  for (const char of format) {
    if (char === '"') quoted = !quoted;
    if (!quoted && char === '[') bracketed = true;
    if (!quoted && char === ']') bracketed = false;
    if (char === ';' && !quoted && !bracketed) {
      sections.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  sections.push(current);
  return sections;
}

function isDateSection(tokens: Token[]): boolean {
  return tokens.some((t) => t.kind === 'date') && !tokens.some((t) => t.kind === 'digit');
}

export function formatForDisplay(value: DisplayableValue, format: string, env: FormatEnvironment): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const sections = splitSections(format);
  if (typeof value === 'string') return formatText(value, sections);
  if (value instanceof Date) {
    if (isAutomaticFormat(format))
      return formatDate(wallClock(value, env.timeZone), tokenize(defaultDateTimeFormat(env.locale)));
    const first = tokenize(sections[0]);
    if (isDateSection(first)) return formatDate(wallClock(value, env.timeZone), first);
    return formatNumber(toSerial(value, env.timeZone), sections, env);
  }
  if (isAutomaticFormat(format) || format === '@') return automaticNumber(value, env);
  return formatNumber(value, sections, env);
}

function formatText(value: string, sections: string[]): string {
  const textSection = sections.length >= 4 ? sections[3] : sections.find((s) => s.includes('@'));
  if (!textSection) return value;
  return tokenize(textSection)
    .map((t) => (t.kind === 'text' ? value : t.kind === 'literal' ? t.text : ''))
    .join('');
}

/** Automatic format: up to ten significant digits, the locale's decimal mark, no grouping. */
function automaticNumber(value: number, env: FormatEnvironment): string {
  const text = Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
  return text.replace('.', localeSymbols(env.locale).decimal);
}

function formatNumber(value: number, sections: string[], env: FormatEnvironment): string {
  let section = sections[0];
  let signless = false;
  if (value < 0 && sections.length >= 2 && sections[1] !== '') {
    section = sections[1];
    signless = true;
  } else if (value === 0 && sections.length >= 3 && sections[2] !== '') {
    section = sections[2];
  }
  const tokens = tokenize(section);
  if (isDateSection(tokens)) return formatDate(clockFromSerial(value), tokens);
  const percents = tokens.filter((t) => t.kind === 'percent').length;
  const scaled = Math.abs(value) * 100 ** percents;
  const body = renderDigits(scaled, tokens, env);
  const negative = value < 0 && !signless && /[1-9]/.test(body.digits);
  return `${negative ? '-' : ''}${body.text}`;
}

function renderDigits(
  value: number,
  tokens: Token[],
  env: FormatEnvironment,
): { text: string; digits: string } {
  const coreIndexes = tokens
    .map((t, index) => (t.kind === 'digit' || t.kind === 'point' || t.kind === 'group' ? index : -1))
    .filter((index) => index >= 0);
  if (coreIndexes.length === 0) {
    // A format of only literals ("-") shows just those.
    return {
      text: tokens.map((t) => (t.kind === 'literal' ? t.text : t.kind === 'percent' ? '%' : '')).join(''),
      digits: '',
    };
  }
  const first = coreIndexes[0];
  const last = coreIndexes[coreIndexes.length - 1];
  const core = tokens.slice(first, last + 1);
  const pointAt = core.findIndex((t) => t.kind === 'point');
  const integerPart = pointAt < 0 ? core : core.slice(0, pointAt);
  const decimalPart = pointAt < 0 ? [] : core.slice(pointAt + 1);
  const integerDigits = integerPart.filter((t): t is Extract<Token, { kind: 'digit' }> => t.kind === 'digit');
  const decimalDigits = decimalPart.filter((t): t is Extract<Token, { kind: 'digit' }> => t.kind === 'digit');
  const lastIntegerDigit = integerPart.map((t) => t.kind).lastIndexOf('digit');
  const grouped = integerPart.some((t, index) => t.kind === 'group' && index < lastIntegerDigit);
  // Commas after the last integer digit divide by a thousand each ("#,##0," shows thousands).
  const thousandsScale = integerPart.slice(lastIntegerDigit + 1).filter((t) => t.kind === 'group').length;

  const maxDecimals = decimalDigits.length;
  const minDecimals = decimalDigits.filter((d) => d.char !== '#').length;
  const minIntegers = integerDigits.filter((d) => d.char === '0').length;

  const fixed = roundHalfAwayFromZero(value / 1000 ** thousandsScale, maxDecimals).toFixed(maxDecimals);
  const [rawInteger, rawFraction = ''] = fixed.split('.');
  let fraction = rawFraction;
  while (fraction.length > minDecimals && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  let integer = rawInteger === '0' && minIntegers === 0 ? '' : rawInteger;
  integer = integer.padStart(minIntegers, '0');
  const symbols = localeSymbols(env.locale);
  if (grouped) integer = integer.replace(/\B(?=(\d{3})+(?!\d))/g, symbols.group);
  const number = pointAt < 0 ? integer : `${integer}${symbols.decimal}${fraction}`;

  const literal = (t: Token): string => (t.kind === 'literal' ? t.text : t.kind === 'percent' ? '%' : '');
  const prefix = tokens.slice(0, first).map(literal).join('');
  const middle = core.map(literal).join('');
  const suffix = tokens
    .slice(last + 1)
    .map(literal)
    .join('');
  return { text: `${prefix}${number}${middle}${suffix}`, digits: `${integer}${fraction}` };
}

function roundHalfAwayFromZero(value: number, decimals: number): number {
  // Shifting through the exponent avoids 1.005 * 100 = 100.49999.
  return Number(`${Math.round(Number(`${value}e${decimals}`))}e-${decimals}`);
}

function clockFromSerial(serial: number): WallClock {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000));
  return wallClock(date, 'UTC');
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function formatDate(clock: WallClock, tokens: Token[]): string {
  const twelveHour = tokens.some((t) => t.kind === 'ampm');
  const dateTokens = tokens.map((t, index) => ({ t, index })).filter(({ t }) => t.kind === 'date');
  const isMinute = (index: number): boolean => {
    // "m" means minutes right after an hour or right before seconds, months otherwise.
    const position = dateTokens.findIndex((d) => d.index === index);
    const previous = dateTokens[position - 1]?.t;
    const next = dateTokens[position + 1]?.t;
    return (
      (previous?.kind === 'date' && previous.letter === 'h') || (next?.kind === 'date' && next.letter === 's')
    );
  };
  const pad = (n: number, length: number): string => String(n).padStart(length, '0');
  return tokens
    .map((t, index) => {
      switch (t.kind) {
        case 'literal':
          return t.text;
        case 'point':
          return '.';
        case 'group':
          return ',';
        case 'ampm':
          return t.short ? (clock.hour < 12 ? 'A' : 'P') : clock.hour < 12 ? 'AM' : 'PM';
        case 'date':
          return dateField(t.letter, t.length, clock, twelveHour, isMinute(index), pad);
        default:
          return '';
      }
    })
    .join('');
}

function dateField(
  letter: string,
  length: number,
  clock: WallClock,
  twelveHour: boolean,
  minute: boolean,
  pad: (n: number, length: number) => string,
): string {
  switch (letter) {
    case 'y':
      return length <= 2 ? pad(clock.year % 100, 2) : pad(clock.year, 4);
    case 'm':
      if (minute) return length >= 2 ? pad(clock.minute, 2) : String(clock.minute);
      if (length >= 5) return MONTHS[clock.month - 1][0];
      if (length === 4) return MONTHS[clock.month - 1];
      if (length === 3) return MONTHS[clock.month - 1].slice(0, 3);
      return length === 2 ? pad(clock.month, 2) : String(clock.month);
    case 'd':
      if (length >= 4) return DAYS[clock.weekday];
      if (length === 3) return DAYS[clock.weekday].slice(0, 3);
      return length === 2 ? pad(clock.day, 2) : String(clock.day);
    case 'h': {
      const hour = twelveHour ? clock.hour % 12 || 12 : clock.hour;
      return length >= 2 ? pad(hour, 2) : String(hour);
    }
    default:
      return length >= 2 ? pad(clock.second, 2) : String(clock.second);
  }
}
