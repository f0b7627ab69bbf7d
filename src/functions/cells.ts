import type { ParamDefinition, ParamKind } from '../kpi/types';
import { describePosition, functionMessages as m, isDate, KpiFunctionError, type Position } from './errors';

/**
 * An argument as Sheets passes it, made rectangular: a single cell becomes a 1 × 1 grid that
 * remembers it was a single value, so broadcasting and messages can tell the two apart.
 */
export interface Grid {
  values: unknown[][];
  rows: number;
  columns: number;
  single: boolean;
}

/** Blank cells travel as NaN inside the engine: real NaN input is rejected before, so it is free. */
export const BLANK = NaN;

export function toGrid(fn: string, param: ParamDefinition, value: unknown): Grid {
  const grid = toGridRowsUnchecked(fn, param, value);
  for (let r = 0; r < grid.rows; r++) checkedRow(fn, param, grid, r);
  return grid;
}

/**
 * toGrid for a kernel that walks every row once anyway and takes each through checkedRow: on a
 * long column a separate walk just to check the rows costs as much as the kernel's own work.
 */
export function toGridRowsUnchecked(fn: string, param: ParamDefinition, value: unknown): Grid {
  if (!Array.isArray(value)) return { values: [[value]], rows: 1, columns: 1, single: true };
  if (value.length === 0) throw new KpiFunctionError(m.emptyRange(fn, param.name));
  const rows = value as unknown[];
  const firstRow = rows[0];
  if (!Array.isArray(firstRow)) {
    // A flat array is not something Sheets sends, but a caller from script might: treat it as a column.
    // Array.from, not map: map skips the holes of a sparse array ([, 5]), leaving rows undefined.
    return { values: Array.from(rows, (cell) => [cell]), rows: rows.length, columns: 1, single: false };
  }
  const columns = firstRow.length;
  if (columns === 0) throw new KpiFunctionError(m.emptyRange(fn, param.name));
  return { values: rows as unknown[][], rows: rows.length, columns, single: false };
}

/** Row `r` of the grid, once it is known to be a row as long as the first. */
export function checkedRow(fn: string, param: ParamDefinition, grid: Grid, r: number): unknown[] {
  const row = grid.values[r];
  if (!Array.isArray(row) || row.length !== grid.columns)
    throw new KpiFunctionError(m.notRectangular(fn, param.name));
  return row as unknown[];
}

function where(grid: Grid, row: number, column: number): Position {
  return describePosition({ row, column, inRange: !grid.single, multiColumn: grid.columns > 1 });
}

/** A number as plain text: no grouping, no decimal comma, nothing a locale could read differently. */
export const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * One cell as a number of the argument's kind, or BLANK. Nothing is guessed: "1 200" and "12,5"
 * are errors, because reading them as 1200 and 12.5 would be right in one locale and wrong in another.
 */
export function readNumber(
  fn: string,
  param: ParamDefinition,
  grid: Grid,
  row: number,
  column: number,
): number {
  const value = grid.values[row][column];
  let n: number;
  if (typeof value === 'number') {
    n = value;
  } else if (value === '' || value === null || value === undefined) {
    return BLANK;
  } else if (typeof value === 'string') {
    const trimmed = value.trim();
    if (trimmed === '') return BLANK;
    if (!PLAIN_NUMBER.test(trimmed))
      throw new KpiFunctionError(m.notANumber(fn, param.name, where(grid, row, column), value));
    n = Number(trimmed);
  } else {
    throw new KpiFunctionError(m.notANumber(fn, param.name, where(grid, row, column), value));
  }
  if (n !== n || n === Infinity || n === -Infinity) {
    throw new KpiFunctionError(m.notFinite(fn, param.name, where(grid, row, column)));
  }
  return checkKind(fn, param, grid, row, column, n);
}

function checkKind(
  fn: string,
  param: ParamDefinition,
  grid: Grid,
  row: number,
  column: number,
  n: number,
): number {
  switch (param.kind) {
    case 'count':
    case 'money':
      if (n < 0) throw new KpiFunctionError(m.negative(fn, param.name, where(grid, row, column), n));
      return n;
    case 'fraction':
      if (n < 0 || n > 1)
        throw new KpiFunctionError(m.outOfRange(fn, param.name, where(grid, row, column), n, 0, 1));
      return n;
    case 'score':
      if (n < 0 || n > 10 || Math.floor(n) !== n) {
        throw new KpiFunctionError(m.notWhole(fn, param.name, where(grid, row, column), n, 0, 10));
      }
      return n;
    default:
      return n;
  }
}

/** Whole numbers in a range the caller knows only at run time (CSAT's scale). */
export function checkWhole(
  fn: string,
  param: ParamDefinition,
  grid: Grid,
  row: number,
  column: number,
  n: number,
  low: number,
  high: number,
): number {
  if (n < low || n > high || Math.floor(n) !== n) {
    throw new KpiFunctionError(m.notWhole(fn, param.name, where(grid, row, column), n, low, high));
  }
  return n;
}

export const MS_PER_DAY = 86400000;
const MAX_DATE_MS = 8.64e15;
/** Days from Sheets' epoch (1899-12-30) to the Unix epoch, for cells that hold a serial number. */
export const SHEETS_EPOCH_OFFSET_DAYS = 25569;

/**
 * A date or date-time cell as epoch milliseconds, or BLANK. A Date keeps its exact milliseconds;
 * a serial number (a date cell formatted as a number) is converted; text is never parsed.
 */
export function readDateMs(
  fn: string,
  param: ParamDefinition,
  grid: Grid,
  row: number,
  column: number,
): number {
  const value = grid.values[row][column];
  if (value === '' || value === null || value === undefined) return BLANK;
  if (isDate(value)) {
    const time = value.getTime();
    if (time !== time)
      throw new KpiFunctionError(m.notADate(fn, param.name, where(grid, row, column), value));
    return time;
  }
  if (typeof value === 'number') {
    if (value !== value || value === Infinity || value === -Infinity)
      throw new KpiFunctionError(m.notFinite(fn, param.name, where(grid, row, column)));
    const time = (value - SHEETS_EPOCH_OFFSET_DAYS) * MS_PER_DAY;
    // The range a Date can hold: beyond it, differences of two serials could be Infinity − Infinity.
    if (Math.abs(time) <= MAX_DATE_MS) return time;
  }
  if (typeof value === 'string' && value.trim() === '') return BLANK;
  throw new KpiFunctionError(m.notADate(fn, param.name, where(grid, row, column), value));
}

export function positionText(grid: Grid, row: number, column: number): Position {
  return where(grid, row, column);
}

export type { ParamKind };
