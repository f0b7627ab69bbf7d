/*
 * Dates as exports write them → ISO "2026-10-05". ISO and named months are certain: English
 * ("Oct 5, 2026", "Mon, Oct 5, 2026", "5 October 2026"), Swedish ("3 okt. 2026", "lördag
 * 3 oktober 2026") and Vietnamese ("3 tháng 10, 2026", "Tháng 10 3, 2026", "ngày 3 tháng 10 năm
 * 2026"). A month without a day ("okt 2026", "October 2026", "tháng 10 năm 2026": monthly
 * exports) is the first of that month, the day the report counts it in. Numeric dates with the
 * year last ("05/10/2026") are day/month in Sweden and Vietnam and month/day in US exports: a day
 * above 12 in some row decides; otherwise the file's locale may (analyse.ts: named Swedish or
 * Vietnamese dates in the column, the date header's language, semicolons, decimal commas), shown
 * to the user and changeable; otherwise the user is asked; a file that says both is refused. A
 * time after the date is dropped: the data sheet has one row per day (or per post) and keys rows
 * by the date.
 */

import type { Language } from '../i18n/language';
import { monthWords, numberedMonthWords, weekdayWords, type MonthWord } from '../i18n/packs';
import { escapeRegExp } from '../util/regexp';

export type DateOrder = 'dmy' | 'mdy';

/** A named date that only a writer in that language produces: any language but English. */
export type DateLocale = Exclude<Language, 'en'>;

/** Every pack's month words; a language's own words mark the date as that language's. */
const MONTH_WORDS: ReadonlyMap<string, MonthWord> = monthWords();

function monthNumber(word: string): { month: number; locale?: DateLocale } | undefined {
  const found = MONTH_WORDS.get(word.toLowerCase());
  if (found === undefined) return undefined;
  return found.language === undefined
    ? { month: found.month }
    : { month: found.month, locale: found.language };
}

/** Weekdays an export may put first ("Thu, Oct 1, 2026", "tors 1 okt. 2026", "Thứ Năm, 1 tháng 10, 2026"). */
const WEEKDAYS: ReadonlySet<string> = weekdayWords();

/** Words as alternatives in a pattern: "(?:tháng|thg)"; none matches nothing. */
function anyOf(words: Iterable<string>): string {
  const escaped = [...words].map(escapeRegExp);
  return escaped.length === 0 ? '(?!)' : `(?:${escaped.join('|')})`;
}

/** A weekday of several words ("thứ năm", "chủ nhật") or of one, then "." or "," maybe. */
const WEEKDAY_PREFIX = new RegExp(
  `^(${anyOf([...WEEKDAYS].filter((word) => word.includes(' ')))}|\\p{L}+)\\.?,? `,
  'u',
);

/** What may follow the date: a time ("T09:30", " 08:30", ", 8:30 AM", " kl. 08.30", " lúc 8:30"). */
const REST = '(?:[t ,].*)?$'; // lower case: "T09:30" arrives as "t09:30"
const ISO = new RegExp(`^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})${REST}`);
/** Day and month in either order, year last; "." dates are always day first (European). */
const YEAR_LAST = new RegExp(`^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})${REST}`);
/** "Oct 5, 2026", "October 5 2026". */
const MONTH_FIRST = new RegExp(`^(\\p{L}{3,9})\\.? (\\d{1,2}),? (\\d{4})${REST}`, 'u');
/** "5 Oct 2026", "3 okt. 2026", "3 oktober 2026", "3:e oktober 2026". */
const DAY_FIRST = new RegExp(`^(\\d{1,2})(?:\\.|:[ae])? (\\p{L}{3,9})\\.?,? (\\d{4})${REST}`, 'u');
/** "okt 2026", "okt. 2026", "October 2026". */
const MONTH_YEAR = new RegExp(`^(\\p{L}{3,9})\\.?,? (\\d{4})${REST}`, 'u');
/** A language's dates that number the month: "3 tháng 10, 2026", "Tháng 10 3, 2026", "tháng 10 năm 2026". */
interface NumberedMonthPatterns {
  language: DateLocale;
  /** "3 tháng 10, 2026", "ngày 3 tháng 10 năm 2026", "3 thg 10, 2026". */
  dayFirst: RegExp;
  /** "Tháng 10 3, 2026", "thg 10 3, 2026". */
  monthFirst: RegExp;
  /** "tháng 10, 2026", "tháng 10 năm 2026", "Tháng 10/2026". */
  monthYear: RegExp;
}

const NUMBERED_MONTHS: readonly NumberedMonthPatterns[] = numberedMonthWords().map((words) => {
  const month = anyOf(words.month);
  const year = anyOf(words.year);
  return {
    language: words.language as DateLocale,
    dayFirst: new RegExp(
      `^(?:${anyOf(words.day)} )?(\\d{1,2}) ${month} ?(\\d{1,2})(?:, ?| ${year} | )(\\d{4})${REST}`,
      'u',
    ),
    monthFirst: new RegExp(`^${month} ?(\\d{1,2}) (\\d{1,2}),? (\\d{4})${REST}`, 'u'),
    monthYear: new RegExp(`^${month} ?(\\d{1,2})(?:, ?| ${year} | |/)(\\d{4})${REST}`, 'u'),
  };
});

export type DateToken =
  | { kind: 'blank' }
  | { kind: 'invalid' }
  /** `locale`: written in a way only that language writes dates. */
  | { kind: 'certain'; iso: string; locale?: DateLocale }
  /** Year last, day and month not yet told apart: `first`/`second` as written. */
  | { kind: 'numeric'; first: number; second: number; year: number };

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function certain(iso: string | undefined, locale?: DateLocale): DateToken {
  if (iso === undefined) return { kind: 'invalid' };
  return locale === undefined ? { kind: 'certain', iso } : { kind: 'certain', iso, locale };
}

/** One Unicode form (Vietnamese often arrives decomposed), lower case, single plain spaces. */
function normaliseDateText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLowerCase();
}

function numbered(text: string): DateToken | undefined {
  for (const { language, dayFirst, monthFirst, monthYear } of NUMBERED_MONTHS) {
    let match = dayFirst.exec(text);
    if (match) return certain(isoDate(+match[3], +match[2], +match[1]), language);
    match = monthFirst.exec(text);
    if (match) return certain(isoDate(+match[3], +match[1], +match[2]), language);
    match = monthYear.exec(text);
    if (match) return certain(isoDate(+match[2], +match[1], 1), language);
  }
  return undefined;
}

function named(text: string): DateToken | undefined {
  const token = numbered(text);
  if (token !== undefined) return token;
  let match = MONTH_FIRST.exec(text);
  let month = match ? monthNumber(match[1]) : undefined;
  if (match && month) return certain(isoDate(+match[3], month.month, +match[2]), month.locale);
  match = DAY_FIRST.exec(text);
  month = match ? monthNumber(match[2]) : undefined;
  if (match && month) return certain(isoDate(+match[3], month.month, +match[1]), month.locale);
  match = MONTH_YEAR.exec(text);
  month = match ? monthNumber(match[1]) : undefined;
  if (match && month) return certain(isoDate(+match[2], month.month, 1), month.locale);
  return undefined;
}

export function tokeniseDate(raw: string): DateToken {
  const text = normaliseDateText(raw);
  if (text === '') return { kind: 'blank' };
  let match = ISO.exec(text);
  if (match) return certain(isoDate(+match[1], +match[2], +match[3]));
  match = YEAR_LAST.exec(text);
  if (match) {
    if (match[2] === '.') return certain(isoDate(+match[4], +match[3], +match[1]));
    return { kind: 'numeric', first: +match[1], second: +match[3], year: +match[4] };
  }
  const token = named(text);
  if (token !== undefined) return token;
  // A weekday first: "Thu, Oct 1, 2026", "lördag 3 oktober 2026", "Thứ Bảy, 3 tháng 10, 2026".
  const weekday = WEEKDAY_PREFIX.exec(text);
  if (weekday && WEEKDAYS.has(weekday[1])) return named(text.slice(weekday[0].length)) ?? { kind: 'invalid' };
  return { kind: 'invalid' };
}

/** Where a numeric date was seen: the text and its offset among the rows under the header. */
export interface DateSample {
  text: string;
  offset: number;
}

/** What suggests day first when no row settles it; see analyse.ts for the last three. */
export type DateHint =
  | { kind: 'named'; locale: DateLocale; sample: DateSample }
  | { kind: 'header'; header: string }
  | { kind: 'semicolons' }
  | { kind: 'decimal-comma' };

export type DateOrderDecision =
  | { kind: 'none' } // no numeric day/month dates: nothing to decide
  | { kind: 'known'; order: DateOrder }
  /** No row settles it, the file's locale suggests it: shown to the user, who may change it. */
  | { kind: 'hinted'; order: DateOrder; hint: DateHint; sample: DateSample }
  /** Nothing settles it: `sample` is the first numeric date. */
  | { kind: 'ask'; sample: DateSample }
  | { kind: 'conflict'; dayFirst: DateSample; monthFirst: DateSample };

/** What a date column has shown so far; a big file is read slice by slice. */
export interface DateTally {
  /** The first numeric date ("05/10/2026"), if any. */
  numeric?: DateSample;
  /** The first date that can only be day/month ("13/10/2026"), and month/day ("10/13/2026"). */
  dayFirst?: DateSample;
  monthFirst?: DateSample;
  /** The first named date only Swedish or Vietnamese writes ("3 okt. 2026", "3 tháng 10, 2026"). */
  named?: { locale: DateLocale; sample: DateSample };
}

/** Tallies one cell; `offset` is its row's place under the header (0 for the first row). */
export function tallyDate(cell: string, tally: DateTally, offset: number): void {
  const token = tokeniseDate(cell);
  if (token.kind === 'certain') {
    if (token.locale !== undefined)
      tally.named ??= { locale: token.locale, sample: { text: cell.trim(), offset } };
    return;
  }
  if (token.kind !== 'numeric') return;
  const sample = { text: cell.trim(), offset };
  tally.numeric ??= sample;
  if (token.first > 12 && token.second <= 12) tally.dayFirst ??= sample;
  if (token.second > 12 && token.first <= 12) tally.monthFirst ??= sample;
}

/**
 * Reads the whole date column once: a day above 12 in either place settles the order; else a
 * named Swedish or Vietnamese date in the same column suggests day first. The caller may add
 * hints from the rest of the file (`decideDateOrder(…, hint)`).
 */
export function decideDateOrder(
  cells: Iterable<string>,
  tally: DateTally = {},
  fileHint?: DateHint,
): DateOrderDecision {
  let offset = 0;
  for (const cell of cells) tallyDate(cell, tally, offset++);
  const { dayFirst, monthFirst, numeric, named: namedDate } = tally;
  if (dayFirst !== undefined && monthFirst !== undefined) return { kind: 'conflict', dayFirst, monthFirst };
  if (dayFirst !== undefined) return { kind: 'known', order: 'dmy' };
  if (monthFirst !== undefined) return { kind: 'known', order: 'mdy' };
  if (numeric === undefined) return { kind: 'none' };
  const hint: DateHint | undefined =
    namedDate !== undefined
      ? { kind: 'named', locale: namedDate.locale, sample: namedDate.sample }
      : fileHint;
  return hint === undefined
    ? { kind: 'ask', sample: numeric }
    : { kind: 'hinted', order: 'dmy', hint, sample: numeric };
}

/** ISO date, or undefined when the cell is not a date (or needs an order nobody chose). */
export function readDate(raw: string, order: DateOrder | undefined): string | undefined {
  const token = tokeniseDate(raw);
  if (token.kind === 'certain') return token.iso;
  if (token.kind !== 'numeric' || order === undefined) return undefined;
  return order === 'dmy'
    ? isoDate(token.year, token.second, token.first)
    : isoDate(token.year, token.first, token.second);
}

/** Strict ISO check for dates that crossed to the server. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match !== null && isoDate(+match[1], +match[2], +match[3]) === text;
}
