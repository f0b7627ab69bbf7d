import { parseA1, resolveA1, type GridRect } from './a1';
import { exposeAs } from './boundary';
import { FakeChartBuilder, unwrapChart, type FakeEmbeddedChart } from './charts';
import { unwrapRule, type FakeConditionalFormatRule } from './conditional';
import { AppsScriptException, type FakeContext } from './context';
import { SheetGrid, hasContent } from './grid';
import { metadataArguments } from './metadata';
import { AUTOMATIC_FORMAT, formatForDisplay, type FormatEnvironment } from './number-format';
import { FakeRange, checkCellText, checkRect, type RangeHost } from './range';
import type { FakeSpreadsheet } from './spreadsheet';
import type { CellValue } from './values';

type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasRange = GoogleAppsScript.Spreadsheet.Range;

/** Sheets' default column width in pixels. */
export const DEFAULT_COLUMN_WIDTH = 100;

type SheetMethods =
  | 'activate'
  | 'addDeveloperMetadata'
  | 'appendRow'
  | 'autoResizeColumns'
  | 'clear'
  | 'deleteRow'
  | 'getCharts'
  | 'getColumnWidth'
  | 'getConditionalFormatRules'
  | 'getDataRange'
  | 'getDeveloperMetadata'
  | 'getFrozenRows'
  | 'getIndex'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getMaxColumns'
  | 'getMaxRows'
  | 'getName'
  | 'getRange'
  | 'getSheetId'
  | 'getRangeList'
  | 'insertChart'
  | 'insertColumnsAfter'
  | 'insertRowsAfter'
  | 'newChart'
  | 'setColumnWidth'
  | 'setConditionalFormatRules'
  | 'setFrozenRows'
  | 'setName';

export class FakeSheet implements Pick<GasSheet, SheetMethods>, RangeHost {
  readonly grid: SheetGrid;
  frozenRows = 0;
  frozenColumns = 0;
  readonly columnWidths = new Map<number, number>();
  conditionalFormatRules: FakeConditionalFormatRule[] = [];
  readonly charts: FakeEmbeddedChart[] = [];

  constructor(
    readonly ctx: FakeContext,
    readonly spreadsheet: FakeSpreadsheet,
    public name: string,
    readonly sheetId: number,
    size: { rows?: number; columns?: number } = {},
  ) {
    this.grid = new SheetGrid(size.rows, size.columns);
  }

  // --- RangeHost (internal, not counted) ---------------------------------------------------

  environment(): FormatEnvironment {
    return this.spreadsheet.environment();
  }

  evaluate(formula: string, row: number, column: number): CellValue {
    return this.spreadsheet.evaluate(formula, this.name, row, column);
  }

  asGasSheet(): GasSheet {
    return exposeAs<GasSheet>(this);
  }

  /** Test setup: gives the sheet another size without counting a call. */
  resize(rows: number, columns: number): void {
    this.grid.maxRows = rows;
    this.grid.maxColumns = columns;
  }

  /** Resolves A1 or (row, column, rows, columns) to a checked rectangle on this sheet. */
  rectFor(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): GridRect {
    if (typeof rowOrA1 === 'string') {
      const reference = parseA1(rowOrA1);
      if (!reference) throw new AppsScriptException('Range not found');
      const rect = resolveA1(reference, this.grid.maxRows, this.grid.maxColumns);
      checkRect(this.grid, rect);
      return rect;
    }
    const rect = { row: rowOrA1, column: column ?? NaN, numRows: numRows ?? 1, numColumns: numColumns ?? 1 };
    if (!Number.isInteger(rect.column)) throw new AppsScriptException('Range not found');
    checkRect(this.grid, rect);
    return rect;
  }

  // --- identity ----------------------------------------------------------------------------

  getSheetId(): number {
    this.ctx.call('Sheet.getSheetId');
    return this.sheetId;
  }

  getName(): string {
    this.ctx.call('Sheet.getName');
    return this.name;
  }

  setName(name: string): GasSheet {
    this.ctx.call('Sheet.setName');
    this.spreadsheet.assertNameFree(name, this);
    this.name = name;
    return this.asGasSheet();
  }

  /** 1-based, as Apps Script reports it. */
  getIndex(): number {
    this.ctx.call('Sheet.getIndex');
    return this.spreadsheet.sheets.indexOf(this) + 1;
  }

  activate(): GasSheet {
    this.ctx.call('Sheet.activate');
    this.spreadsheet.activate(this);
    return this.asGasSheet();
  }

  // --- ranges ------------------------------------------------------------------------------

  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): GasRange {
    this.ctx.call('Sheet.getRange');
    if (typeof rowOrA1 === 'string') {
      const sheetName = parseA1(rowOrA1)?.sheetName;
      const target = sheetName === undefined ? this : this.spreadsheet.sheetNamed(sheetName);
      if (!target) throw new AppsScriptException('Range not found');
      return exposeAs<GasRange>(new FakeRange(target, target.rectFor(rowOrA1)));
    }
    return exposeAs<GasRange>(new FakeRange(this, this.rectFor(rowOrA1, column, numRows, numColumns)));
  }

  /** Many ranges from one call, as A1 notations on this sheet; the list hands them out in order. */
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    this.ctx.call('Sheet.getRangeList');
    // "a non-empty list of A1 notations or R1C1 notations"; nothing is promised for a notation
    // given twice, so the fake refuses it rather than guess.
    if (!Array.isArray(a1Notations) || a1Notations.length === 0) {
      throw new AppsScriptException(
        "The parameters () don't match the method signature for SpreadsheetApp.Sheet.getRangeList.",
      );
    }
    const twice = a1Notations.find((a1, index) => a1Notations.indexOf(a1) !== index);
    if (twice !== undefined) {
      throw new Error(
        `Fake sheet: getRangeList was given "${twice}" twice; its reference does not say what that returns, so do not rely on it`,
      );
    }
    const ranges = a1Notations.map((a1) => new FakeRange(this, this.rectFor(a1)));
    return exposeAs<GoogleAppsScript.Spreadsheet.RangeList>(new FakeRangeList(this.ctx, ranges));
  }

  getDataRange(): GasRange {
    this.ctx.call('Sheet.getDataRange');
    const rect = {
      row: 1,
      column: 1,
      numRows: Math.max(1, this.grid.lastRow()),
      numColumns: Math.max(1, this.grid.lastColumn()),
    };
    return exposeAs<GasRange>(new FakeRange(this, rect));
  }

  getLastRow(): number {
    this.ctx.call('Sheet.getLastRow');
    return this.grid.lastRow();
  }

  getLastColumn(): number {
    this.ctx.call('Sheet.getLastColumn');
    return this.grid.lastColumn();
  }

  getMaxRows(): number {
    this.ctx.call('Sheet.getMaxRows');
    return this.grid.maxRows;
  }

  getMaxColumns(): number {
    this.ctx.call('Sheet.getMaxColumns');
    return this.grid.maxColumns;
  }

  /**
   * Only appending at the end is modelled: that is how the add-on grows a sheet before writing a
   * block past its edge, and shifting cells in the middle would be a much larger fake.
   */
  insertRowsAfter(afterPosition: number, howMany: number): GasSheet {
    this.ctx.call('Sheet.insertRowsAfter');
    this.checkAppendOnly(afterPosition, this.grid.maxRows, howMany, 'rows');
    this.spreadsheet.assertCellsFit(howMany * this.grid.maxColumns);
    this.grid.maxRows += howMany;
    return this.asGasSheet();
  }

  insertColumnsAfter(afterPosition: number, howMany: number): GasSheet {
    this.ctx.call('Sheet.insertColumnsAfter');
    this.checkAppendOnly(afterPosition, this.grid.maxColumns, howMany, 'columns');
    this.spreadsheet.assertCellsFit(howMany * this.grid.maxRows);
    this.grid.maxColumns += howMany;
    return this.asGasSheet();
  }

  private checkAppendOnly(afterPosition: number, max: number, howMany: number, what: string): void {
    if (!Number.isInteger(howMany) || howMany < 1) {
      throw new AppsScriptException(`The number of ${what} to insert must be at least 1.`);
    }
    if (afterPosition !== max) {
      throw new Error(
        `Fake sheet: inserting ${what} only after the last one (${max}) is modelled, not after ${afterPosition}`,
      );
    }
  }

  /**
   * Removes a row; the rows below move up. Like Sheets: a row outside the grid is out of bounds,
   * and the last row that is not frozen cannot be removed; removing a frozen row unfreezes one.
   * Only cells, notes and validation move: a sheet with merges, borders, conditional formats or
   * charts is refused loudly, since shifting those would be a much larger fake.
   */
  deleteRow(rowPosition: number): GasSheet {
    this.ctx.call('Sheet.deleteRow');
    if (!Number.isInteger(rowPosition) || rowPosition < 1 || rowPosition > this.grid.maxRows) {
      throw new AppsScriptException('Those rows are out of bounds.');
    }
    if (rowPosition > this.frozenRows && this.grid.maxRows - this.frozenRows <= 1) {
      throw new AppsScriptException('Sorry, it is not possible to delete all non-frozen rows.');
    }
    const shifted =
      this.grid.merges.length +
      this.grid.borders.length +
      this.conditionalFormatRules.length +
      this.charts.length;
    if (shifted > 0) {
      throw new Error(
        'Fake sheet: deleting a row of a sheet with merges, borders, conditional formats or charts is not modelled',
      );
    }
    this.grid.deleteRow(rowPosition);
    if (rowPosition <= this.frozenRows) this.frozenRows -= 1;
    return this.asGasSheet();
  }

  /**
   * Writes after the last row with content and, like Sheets, adds rows or columns when the
   * grid is too small. Strings are parsed as in setValues.
   */
  appendRow(rowContents: unknown[]): GasSheet {
    this.ctx.call('Sheet.appendRow');
    const row = this.grid.lastRow() + 1;
    rowContents.forEach(checkCellText);
    const rows = Math.max(row, this.grid.maxRows);
    const columns = Math.max(rowContents.length, this.grid.maxColumns);
    this.spreadsheet.assertCellsFit(rows * columns - this.grid.maxRows * this.grid.maxColumns);
    this.grid.maxRows = rows;
    this.grid.maxColumns = columns;
    if (rowContents.length > 0) {
      const range = new FakeRange(this, { row, column: 1, numRows: 1, numColumns: rowContents.length });
      range.writeRow(rowContents);
    }
    return this.asGasSheet();
  }

  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): GasSheet {
    this.ctx.call('Sheet.clear');
    const contents = !options?.formatOnly || Boolean(options.contentsOnly);
    const formats = !options?.contentsOnly || Boolean(options.formatOnly);
    this.clearAll(contents, formats);
    return this.asGasSheet();
  }

  private clearAll(contents: boolean, formats: boolean): void {
    for (const { row, column } of this.grid.usedCells()) {
      this.grid.update(row, column, (cell) => {
        if (contents) {
          cell.value = '';
          cell.formula = '';
        }
        if (formats) cell.format = {};
      });
    }
    if (formats) {
      this.grid.merges.length = 0;
      this.grid.borders.length = 0;
    }
  }

  // --- layout ------------------------------------------------------------------------------

  setFrozenRows(rows: number): void {
    this.ctx.call('Sheet.setFrozenRows');
    this.frozenRows = rows;
  }

  getFrozenRows(): number {
    this.ctx.call('Sheet.getFrozenRows');
    return this.frozenRows;
  }

  setColumnWidth(columnPosition: number, width: number): GasSheet {
    this.ctx.call('Sheet.setColumnWidth');
    this.columnWidths.set(columnPosition, width);
    return this.asGasSheet();
  }

  getColumnWidth(columnPosition: number): number {
    this.ctx.call('Sheet.getColumnWidth');
    return this.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  autoResizeColumns(startColumn: number, numColumns: number): GasSheet {
    this.ctx.call('Sheet.autoResizeColumns');
    for (let c = 0; c < numColumns; c++) this.fitColumn(startColumn + c);
    return this.asGasSheet();
  }

  /**
   * No fonts to measure here: an estimate of 7 px per character plus padding, so tests can
   * still see that longer text gives wider columns.
   */
  private fitColumn(column: number): void {
    let longest = 0;
    for (const { row, column: c, cell } of this.grid.usedCells()) {
      if (c !== column || !hasContent(cell)) continue;
      const value = cell.formula ? this.evaluate(cell.formula, row, c) : cell.value;
      const shown = formatForDisplay(value, cell.format.numberFormat ?? AUTOMATIC_FORMAT, this.environment());
      // A loop: a cell of 50,000 line breaks spread into Math.max would overflow the stack.
      for (const line of shown.split('\n')) if (line.length > longest) longest = line.length;
    }
    this.columnWidths.set(column, Math.max(21, longest * 7 + 16));
  }

  // --- conditional formats and charts -------------------------------------------------------

  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.ctx.call('Sheet.setConditionalFormatRules');
    this.conditionalFormatRules = rules.map((rule) => unwrapRule(rule).clone());
  }

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    this.ctx.call('Sheet.getConditionalFormatRules');
    return this.conditionalFormatRules.map((rule) =>
      exposeAs<GoogleAppsScript.Spreadsheet.ConditionalFormatRule>(rule.clone()),
    );
  }

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    this.ctx.call('Sheet.newChart');
    return exposeAs<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder>(new FakeChartBuilder(this.ctx));
  }

  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.ctx.call('Sheet.insertChart');
    const fake = unwrapChart(chart);
    fake.spec.id = this.spreadsheet.nextChartId();
    this.charts.push(fake);
  }

  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    this.ctx.call('Sheet.getCharts');
    return this.charts.map((chart) => exposeAs<GoogleAppsScript.Spreadsheet.EmbeddedChart>(chart));
  }

  // --- developer metadata ------------------------------------------------------------------

  addDeveloperMetadata(
    key: string,
    valueOrVisibility?: string | GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
    visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
  ): GasSheet {
    this.ctx.call('Sheet.addDeveloperMetadata');
    const args = metadataArguments(key, valueOrVisibility, visibility);
    this.spreadsheet.metadata.add(this.sheetId, args.key, args.value, args.visibility);
    return this.asGasSheet();
  }

  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    this.ctx.call('Sheet.getDeveloperMetadata');
    return this.spreadsheet.metadata
      .at(this.sheetId)
      .map((entry) => exposeAs<GoogleAppsScript.Spreadsheet.DeveloperMetadata>(entry));
  }
}

/** Sheet.getRangeList's result: only what the add-on uses of it. */
export class FakeRangeList implements Pick<GoogleAppsScript.Spreadsheet.RangeList, 'getRanges'> {
  constructor(
    private readonly ctx: FakeContext,
    private readonly ranges: FakeRange[],
  ) {}

  getRanges(): GasRange[] {
    this.ctx.call('RangeList.getRanges');
    return this.ranges.map((range) => exposeAs<GasRange>(range));
  }
}
