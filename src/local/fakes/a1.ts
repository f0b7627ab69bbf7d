/*
 * A1 notation, the way Sheets reads it. Other fakes get this wrong for multi-letter columns
 * (AA1 is column 27, not 1) and drop sheet names; KPI ranges like 'KPI data'!AA1:AD20 need both.
 */

/** Sheets' own ceiling: column ZZZ. */
export const MAX_COLUMN = 18278;

export function columnToLetters(column: number): string {
  if (!Number.isInteger(column) || column < 1 || column > MAX_COLUMN) {
    throw new RangeError(`Column ${column} is outside 1..${MAX_COLUMN}`);
  }
  // Bijective base 26: there is no zero digit, so shift by one before each division.
  let letters = '';
  let rest = column;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

export function lettersToColumn(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new RangeError(`"${letters}" is not a column`);
  let column = 0;
  for (const char of letters.toUpperCase()) column = column * 26 + (char.charCodeAt(0) - 64);
  return column;
}

/**
 * A parsed reference. Missing bounds mean "to the edge of the sheet" (whole columns `A:C`,
 * whole rows `2:4`, open-ended `A2:C`), resolved later against the sheet's size.
 */
export interface A1Reference {
  sheetName?: string;
  startRow?: number;
  startColumn?: number;
  endRow?: number;
  endColumn?: number;
}

/** A resolved rectangle, 1-based like Apps Script. */
export interface GridRect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

interface CellPart {
  row?: number;
  column?: number;
}

const CELL_PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

function parseCellPart(text: string): CellPart | null {
  const match = CELL_PART.exec(text.trim());
  if (!match) return null;
  const [, letters, digits] = match;
  if (!letters && !digits) return null;
  const row = digits ? Number(digits) : undefined;
  if (row !== undefined && row < 1) return null;
  return { column: letters ? lettersToColumn(letters) : undefined, row };
}

/** Splits off `Sheet!` or `'It''s data'!`, keeping a `!` inside quotes. */
function splitSheetName(notation: string): { sheetName?: string; cells: string } {
  const text = notation.trim();
  if (text.startsWith("'")) {
    const close = /^'((?:[^']|'')*)'!(.*)$/.exec(text);
    if (!close) return { cells: text };
    return { sheetName: close[1].replace(/''/g, "'"), cells: close[2] };
  }
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { cells: text };
  return { sheetName: text.slice(0, bang), cells: text.slice(bang + 1) };
}

/** Returns null for anything Sheets would answer with "Range not found". */
export function parseA1(notation: string): A1Reference | null {
  const { sheetName, cells } = splitSheetName(notation);
  const parts = cells.split(':');
  if (parts.length > 2 || parts.some((part) => part === '')) return null;
  const first = parseCellPart(parts[0]);
  if (!first) return null;
  if (parts.length === 1) {
    // A lone cell needs both halves; "A" or "3" alone is not a range in Sheets.
    if (first.row === undefined || first.column === undefined) return null;
    return withSheet(sheetName, {
      startRow: first.row,
      startColumn: first.column,
      endRow: first.row,
      endColumn: first.column,
    });
  }
  const second = parseCellPart(parts[1]);
  if (!second) return null;
  // "A:3" mixes a column with a row: no such range.
  if (first.column === undefined && second.column !== undefined) return null;
  if (first.row === undefined && second.row !== undefined && first.column !== undefined) return null;
  if (first.column === undefined && first.row === undefined) return null;
  const rows = ordered(first.row, second.row);
  const columns = ordered(first.column, second.column);
  return withSheet(sheetName, {
    startRow: rows.start,
    endRow: rows.end,
    startColumn: columns.start,
    endColumn: columns.end,
  });
}

/** Reversed ranges (B2:A1) name the same cells as A1:B2. */
function ordered(a: number | undefined, b: number | undefined): { start?: number; end?: number } {
  if (a !== undefined && b !== undefined) return { start: Math.min(a, b), end: Math.max(a, b) };
  return { start: a, end: b };
}

function withSheet(sheetName: string | undefined, reference: A1Reference): A1Reference {
  return sheetName === undefined ? reference : { sheetName, ...reference };
}

export function resolveA1(reference: A1Reference, maxRows: number, maxColumns: number): GridRect {
  const row = reference.startRow ?? 1;
  const column = reference.startColumn ?? 1;
  const endRow = reference.endRow ?? maxRows;
  const endColumn = reference.endColumn ?? maxColumns;
  return { row, column, numRows: endRow - row + 1, numColumns: endColumn - column + 1 };
}

export function cellA1(row: number, column: number): string {
  return `${columnToLetters(column)}${row}`;
}

export function rectA1(rect: GridRect): string {
  const start = cellA1(rect.row, rect.column);
  if (rect.numRows === 1 && rect.numColumns === 1) return start;
  return `${start}:${cellA1(rect.row + rect.numRows - 1, rect.column + rect.numColumns - 1)}`;
}

/** Quotes a sheet name when Sheets would, for references such as 'KPI data'!A1. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function rectsIntersect(a: GridRect, b: GridRect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

export function rectContains(outer: GridRect, row: number, column: number): boolean {
  return (
    row >= outer.row &&
    row < outer.row + outer.numRows &&
    column >= outer.column &&
    column < outer.column + outer.numColumns
  );
}
