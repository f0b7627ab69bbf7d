/*
 * Dates as exports write them → ISO "2026-10-05". ISO and named months ("Oct 5, 2026",
 * "Mon, Oct 5, 2026", "5 October 2026") are certain. Numeric dates with the year last
 * ("05/10/2026") are day/month in Sweden and Vietnam and month/day in US exports: the file
 * decides when some date has a day above 12; when none does, the user is asked; when the file
 * says both, it is refused. A time after the date is dropped: the data sheet has one row per
 * day (or per post) and keys rows by the date.
 */

export type DateOrder = 'dmy' | 'mdy';

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ,].*)?$/;
/** Day and month in either order, year last; "." dates are always day first (European). */
const YEAR_LAST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[T ,].*)?$/;
const MONTH_FIRST = /^(?:[a-z]{3,9},?\s+)?([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?:[T ,].*)?$/i;
const DAY_FIRST = /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\.?\s+([a-z]{3,9})\.?,?\s+(\d{4})(?:[T ,].*)?$/i;

export type DateToken =
  | { kind: 'blank' }
  | { kind: 'invalid' }
  | { kind: 'certain'; iso: string }
  /** Year last, day and month not yet told apart: `first`/`second` as written. */
  | { kind: 'numeric'; first: number; second: number; year: number };

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function certain(iso: string | undefined): DateToken {
  return iso === undefined ? { kind: 'invalid' } : { kind: 'certain', iso };
}

export function tokeniseDate(raw: string): DateToken {
  const text = raw.trim();
  if (text === '') return { kind: 'blank' };
  let match = ISO.exec(text);
  if (match) return certain(isoDate(+match[1], +match[2], +match[3]));
  match = YEAR_LAST.exec(text);
  if (match) {
    if (match[2] === '.') return certain(isoDate(+match[4], +match[3], +match[1]));
    return { kind: 'numeric', first: +match[1], second: +match[3], year: +match[4] };
  }
  match = MONTH_FIRST.exec(text);
  if (match && MONTHS[match[1].toLowerCase()])
    return certain(isoDate(+match[3], MONTHS[match[1].toLowerCase()], +match[2]));
  match = DAY_FIRST.exec(text);
  if (match && MONTHS[match[2].toLowerCase()])
    return certain(isoDate(+match[3], MONTHS[match[2].toLowerCase()], +match[1]));
  return { kind: 'invalid' };
}

export type DateOrderDecision =
  | { kind: 'none' } // no numeric day/month dates: nothing to decide
  | { kind: 'known'; order: DateOrder }
  | { kind: 'ask' }
  | { kind: 'conflict'; dayFirst: string; monthFirst: string };

/** What a date column has shown so far; a big file is read slice by slice. */
export interface DateTally {
  numeric: boolean;
  dayFirst?: string;
  monthFirst?: string;
}

export function tallyDate(cell: string, tally: DateTally): void {
  const token = tokeniseDate(cell);
  if (token.kind !== 'numeric') return;
  tally.numeric = true;
  if (token.first > 12 && token.second <= 12) tally.dayFirst ??= cell.trim();
  if (token.second > 12 && token.first <= 12) tally.monthFirst ??= cell.trim();
}

/** Reads the whole date column once: a day above 12 in either place settles the order. */
export function decideDateOrder(
  cells: Iterable<string>,
  tally: DateTally = { numeric: false },
): DateOrderDecision {
  for (const cell of cells) tallyDate(cell, tally);
  const { dayFirst, monthFirst, numeric } = tally;
  if (dayFirst !== undefined && monthFirst !== undefined) return { kind: 'conflict', dayFirst, monthFirst };
  if (dayFirst !== undefined) return { kind: 'known', order: 'dmy' };
  if (monthFirst !== undefined) return { kind: 'known', order: 'mdy' };
  return numeric ? { kind: 'ask' } : { kind: 'none' };
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
