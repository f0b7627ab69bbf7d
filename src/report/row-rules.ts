/*
 * What a right data row is (spec: Conventions, Completeness, Currency): a day, a channel, a plain
 * number or a blank in every count column (only net new followers may be negative), and a
 * Currency cell, where the data has the column, that names a currency or is blank. A wrong row
 * is never half-counted: each of its problems is named, with its sheet row, for the report's
 * data-quality section.
 */
import { PLAIN_NUMBER } from '../functions/cells';
import { isDate } from '../functions/errors';
import { readCurrency } from './currency';
import { dayKeyToText, type DateReader, type DayKey } from './dates';
import type { HeaderMap } from './headers';

export type RowProblem =
  | 'bad_date'
  | 'no_channel'
  | 'not_a_number'
  | 'negative'
  | 'duplicate'
  | 'bad_currency'
  /** A row dated by a month alone (2026-10) in a weekly reading: no week holds a whole month. */
  | 'month_row_in_week';

export interface RowIssue {
  /** The sheet's row number, as the user sees it (the header is row 1). */
  row: number;
  problem: RowProblem;
  /** The column's header, for cell problems. */
  header?: string;
  /** The cell's text, for cell problems. */
  value?: string;
  /** For duplicates: the row it repeats. */
  firstRow?: number;
}

/** Net new followers are the one column that may be negative (spec: Conventions). */
const SIGNED_COLUMNS = new Set(['net_new_followers']);

/** Blank travels as NaN; a value that is not a number gets its own marker. */
const NOT_A_NUMBER = -Infinity;

/** The functions' rule: numbers, or text that is a plain number; "1 200" and "12,5" are not guessed. */
export function readCount(cell: unknown): number {
  if (typeof cell === 'number') return isFinite(cell) ? cell : NOT_A_NUMBER;
  if (cell === '' || cell === null || cell === undefined) return NaN;
  if (typeof cell === 'string') {
    const trimmed = cell.trim();
    if (trimmed === '') return NaN;
    return PLAIN_NUMBER.test(trimmed) ? Number(trimmed) : NOT_A_NUMBER;
  }
  return NOT_A_NUMBER;
}

export function textOf(cell: unknown): string {
  if (typeof cell === 'string') {
    // Most cells need no trimming: skip making a copy of them.
    const last = cell.length - 1;
    return last >= 0 && (cell.charCodeAt(0) <= 32 || cell.charCodeAt(last) <= 32) ? cell.trim() : cell;
  }
  if (cell === null || cell === undefined) return '';
  return String(cell).trim();
}

/** A cell as the user sees it, near enough to find it: a date as its day in the sheet's zone. */
export function cellText(cell: unknown, dates: DateReader): string {
  if (isDate(cell)) {
    const day = dates.read(cell);
    return day === undefined ? '' : dayKeyToText(day);
  }
  return textOf(cell);
}

/** A row with nothing in it is no row: it is neither read nor a problem. */
export function isBlankRow(row: readonly unknown[]): boolean {
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (cell !== '' && cell !== null && cell !== undefined) return false;
  }
  return true;
}

/** A Currency cell's ISO code, '' for a blank cell, undefined for one that names no currency. */
export function currencyCode(cell: unknown): string | undefined {
  if (cell === '' || cell === null || cell === undefined) return '';
  const text = textOf(cell);
  return text === '' ? '' : readCurrency(text);
}

/** The row rules for one data tab's columns, worked out once from its headers. */
export class RowRules {
  /** Count columns, in the order of `HeaderMap.slots`: their sheet column indexes. */
  readonly slotIndex: Int32Array;
  readonly slotCount: number;
  private readonly signed: boolean[];
  private readonly currency: number;
  private readonly currencyHeader: string;

  constructor(
    readonly headers: HeaderMap,
    headerRow: readonly unknown[],
    /** Also names a date found in a number column as the user sees it. */
    private readonly dates: DateReader,
    /** Weeks refuse rows dated by a month alone. */
    private readonly weekly: boolean,
  ) {
    const { slots } = headers;
    this.slotCount = slots.length;
    this.slotIndex = new Int32Array(slots.map((slot) => slot.index));
    this.signed = slots.map((slot) => SIGNED_COLUMNS.has(slot.kpiId));
    this.currency = headers.currency;
    this.currencyHeader = headers.currency >= 0 ? String(headerRow[headers.currency]).trim() : '';
  }

  /** A row with nothing in it is no row: it is neither read nor a problem. */
  isBlank(row: readonly unknown[]): boolean {
    return isBlankRow(row);
  }

  /** The channel a cell names ('' for none), as the user typed it bar the spaces around it. */
  channelOf(cell: unknown): string {
    return textOf(cell);
  }

  /** The row's post id, '' for a row that is no post (or data with no Post ID column). */
  postIdOf(row: readonly unknown[]): string {
    return this.headers.postId >= 0 ? textOf(row[this.headers.postId]) : '';
  }

  /** The ISO code of a right row's Currency cell, '' for blank or for data with no such column. */
  currencyOf(row: readonly unknown[]): string {
    return this.currency >= 0 ? (currencyCode(row[this.currency]) ?? '') : '';
  }

  /**
   * Checks one row and reads its count cells into `parsed` (NaN for blank). True when the row
   * is right; otherwise each of its problems is named in `issues`.
   */
  check(
    row: readonly unknown[],
    sheetRow: number,
    day: DayKey | undefined,
    /** Dated by a month alone (2026-10). */
    monthRow: boolean,
    hasChannel: boolean,
    parsed: Float64Array,
    issues: RowIssue[],
  ): boolean {
    // Nearly every row is right and nearly every cell a plain count: those are checked here,
    // small enough for the engine to inline into the reading loop; the rest goes to
    // namingProblems, which looks at the whole row again.
    if (day === undefined || !hasChannel || (this.weekly && monthRow))
      return this.namingProblems(row, sheetRow, day, monthRow, hasChannel, parsed, issues);
    const { slotIndex, slotCount, signed } = this;
    for (let s = 0; s < slotCount; s++) {
      const cell = row[slotIndex[s]];
      if (typeof cell === 'number' && cell >= 0 && cell < Infinity) {
        parsed[s] = cell;
        continue;
      }
      const n = readCount(cell);
      if (n === NOT_A_NUMBER || (n < 0 && !signed[s]))
        return this.namingProblems(row, sheetRow, day, monthRow, hasChannel, parsed, issues);
      parsed[s] = n;
    }
    if (this.currency >= 0 && currencyCode(row[this.currency]) === undefined)
      return this.namingProblems(row, sheetRow, day, monthRow, hasChannel, parsed, issues);
    return true;
  }

  /** A row found wrong, checked in full so that every one of its problems is named. */
  private namingProblems(
    row: readonly unknown[],
    sheetRow: number,
    day: DayKey | undefined,
    monthRow: boolean,
    hasChannel: boolean,
    parsed: Float64Array,
    issues: RowIssue[],
  ): boolean {
    const issuesBefore = issues.length;
    const dateCell = row[this.headers.date];
    if (day === undefined)
      issues.push({ row: sheetRow, problem: 'bad_date', value: cellText(dateCell, this.dates) });
    else if (this.weekly && monthRow)
      issues.push({ row: sheetRow, problem: 'month_row_in_week', value: cellText(dateCell, this.dates) });
    if (!hasChannel) issues.push({ row: sheetRow, problem: 'no_channel' });
    for (let s = 0; s < this.slotCount; s++)
      parsed[s] = this.countNamingProblem(row[this.slotIndex[s]], s, sheetRow, issues);
    if (this.currency >= 0 && currencyCode(row[this.currency]) === undefined) {
      issues.push({
        row: sheetRow,
        problem: 'bad_currency',
        header: this.currencyHeader,
        value: cellText(row[this.currency], this.dates),
      });
    }
    return issues.length === issuesBefore;
  }

  /** A count cell's number (NaN for blank), naming its problem when it has one. */
  private countNamingProblem(cell: unknown, s: number, sheetRow: number, issues: RowIssue[]): number {
    const n = readCount(cell);
    if (n === NOT_A_NUMBER) {
      issues.push({
        row: sheetRow,
        problem: 'not_a_number',
        header: this.headers.slots[s].header,
        value: cellText(cell, this.dates),
      });
    } else if (n < 0 && !this.signed[s]) {
      issues.push({
        row: sheetRow,
        problem: 'negative',
        header: this.headers.slots[s].header,
        value: cellText(cell, this.dates),
      });
    }
    return n;
  }
}
