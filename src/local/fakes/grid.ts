/*
 * A sheet's cells, stored sparsely: a report sheet is 1000x26 cells of which a few hundred are used.
 * Nothing here counts calls; only the Apps Script-facing classes do.
 */
import { MAX_COLUMN, rectContains, rectsIntersect, type GridRect } from './a1';
import type { FakeDataValidation } from './validation';
import type { CellValue } from './values';

export interface CellFormat {
  numberFormat?: string;
  fontWeight?: GoogleAppsScript.Spreadsheet.FontWeight;
  fontStyle?: string;
  fontColor?: string;
  fontSize?: number;
  fontFamily?: string;
  background?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrap?: boolean;
}

export interface CellRecord {
  value: CellValue;
  formula: string;
  format: CellFormat;
  note: string;
  validation: FakeDataValidation | null;
}

export interface BorderRecord {
  a1: string;
  top: boolean | null;
  left: boolean | null;
  bottom: boolean | null;
  right: boolean | null;
  vertical: boolean | null;
  horizontal: boolean | null;
  color: string | null;
  style: string | null;
}

/** Defaults of a new Google Sheets tab. */
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

const EMPTY: Readonly<CellRecord> = Object.freeze({
  value: '',
  formula: '',
  format: Object.freeze({}),
  note: '',
  validation: null,
});

function isEmptyRecord(cell: CellRecord): boolean {
  return (
    cell.value === '' &&
    cell.formula === '' &&
    cell.note === '' &&
    cell.validation === null &&
    Object.keys(cell.format).length === 0
  );
}

export function hasContent(cell: CellRecord): boolean {
  return cell.value !== '' || cell.formula !== '';
}

export class SheetGrid {
  maxRows: number;
  maxColumns: number;
  readonly merges: GridRect[] = [];
  readonly borders: BorderRecord[] = [];
  private readonly cells = new Map<number, CellRecord>();

  constructor(rows = DEFAULT_ROWS, columns = DEFAULT_COLUMNS) {
    this.maxRows = rows;
    this.maxColumns = columns;
  }

  private key(row: number, column: number): number {
    return row * (MAX_COLUMN + 1) + column;
  }

  read(row: number, column: number): Readonly<CellRecord> {
    return this.cells.get(this.key(row, column)) ?? EMPTY;
  }

  update(row: number, column: number, change: (cell: CellRecord) => void): void {
    const current = this.cells.get(this.key(row, column));
    const cell: CellRecord = current ?? { ...EMPTY, format: {} };
    change(cell);
    if (isEmptyRecord(cell)) this.cells.delete(this.key(row, column));
    else this.cells.set(this.key(row, column), cell);
  }

  forEachIn(
    rect: GridRect,
    visit: (row: number, column: number, rowIndex: number, columnIndex: number) => void,
  ): void {
    for (let r = 0; r < rect.numRows; r++) {
      for (let c = 0; c < rect.numColumns; c++) visit(rect.row + r, rect.column + c, r, c);
    }
  }

  /** Cells that hold anything, for snapshots; unordered. */
  usedCells(): Array<{ row: number; column: number; cell: Readonly<CellRecord> }> {
    const width = MAX_COLUMN + 1;
    return [...this.cells.entries()].map(([key, cell]) => ({
      row: Math.floor(key / width),
      column: key % width,
      cell,
    }));
  }

  /** Apps Script's getLastRow: the last row with a value or formula; formatting does not count. */
  lastRow(): number {
    let last = 0;
    for (const { row, cell } of this.usedCells()) if (hasContent(cell) && row > last) last = row;
    return last;
  }

  lastColumn(): number {
    let last = 0;
    for (const { column, cell } of this.usedCells()) if (hasContent(cell) && column > last) last = column;
    return last;
  }

  /**
   * Removes one row: the cells below move up by one (values, formulas, formats, notes and
   * validation travel with their cell) and the grid is one row shorter. Formulas elsewhere are
   * not rewritten; the callers that matter (Sheet.deleteRow) refuse sheets where that would show.
   */
  deleteRow(row: number): void {
    const moved: Array<[number, CellRecord]> = [];
    for (const { row: r, column, cell } of this.usedCells()) {
      if (r < row) continue;
      this.cells.delete(this.key(r, column));
      if (r > row) moved.push([this.key(r - 1, column), cell as CellRecord]);
    }
    for (const [key, cell] of moved) this.cells.set(key, cell);
    this.maxRows -= 1;
  }

  mergesTouching(rect: GridRect): GridRect[] {
    return this.merges.filter((merge) => rectsIntersect(merge, rect));
  }

  mergeAt(row: number, column: number): GridRect | undefined {
    return this.merges.find((merge) => rectContains(merge, row, column));
  }
}
