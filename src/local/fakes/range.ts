import { rectA1, rectContains, type GridRect } from './a1';
import { enumName, exposeAs } from './boundary';
import { normalizeColor } from './colors';
import { AppsScriptException, type FakeContext } from './context';
import type { CellFormat, CellRecord, SheetGrid } from './grid';
import { AUTOMATIC_FORMAT, formatForDisplay, type FormatEnvironment } from './number-format';
import { FakeDataValidation } from './validation';
import { copyValue, interpretWrite, type CellValue } from './values';

type GasRange = GoogleAppsScript.Spreadsheet.Range;
type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasDataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;

/** What a range needs from its sheet; FakeSheet provides it. */
export interface RangeHost {
  readonly ctx: FakeContext;
  /** The sheet's current name, for sheet-qualified A1 in snapshots. */
  readonly name: string;
  readonly grid: SheetGrid;
  environment(): FormatEnvironment;
  /** Computes a formula cell's value; see FormulaEvaluator in spreadsheet.ts. */
  evaluate(formula: string, row: number, column: number): CellValue;
  asGasSheet(): GasSheet;
}

/** Apps Script's messages for impossible coordinates, checked before any range exists. */
export function checkRect(grid: SheetGrid, rect: GridRect): void {
  if (rect.row < 1) throw new AppsScriptException('The starting row of the range is too small.');
  if (rect.column < 1) throw new AppsScriptException('The starting column of the range is too small.');
  if (rect.numRows < 1) throw new AppsScriptException('The number of rows in the range must be at least 1.');
  if (rect.numColumns < 1)
    throw new AppsScriptException('The number of columns in the range must be at least 1.');
  if (rect.row + rect.numRows - 1 > grid.maxRows || rect.column + rect.numColumns - 1 > grid.maxColumns) {
    throw new AppsScriptException('The coordinates of the range are outside the dimensions of the sheet.');
  }
}

/**
 * "Each cell can contain up to 50,000 characters" (Google Sheets' limits,
 * https://support.google.com/drive/answer/37603); Apps Script refuses the whole write.
 */
export const MAX_CELL_CHARACTERS = 50_000;

export function checkCellText(input: unknown): void {
  if (typeof input === 'string' && input.length > MAX_CELL_CHARACTERS) {
    throw new AppsScriptException(
      `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`,
    );
  }
}

function checkGridText(values: unknown[][]): void {
  for (const line of values) for (const value of line) checkCellText(value);
}

/** Gets the fake back from a range the add-on handed in (rule ranges, chart ranges). */
export function unwrapRange(range: GasRange): FakeRange {
  if (range instanceof FakeRange) return range;
  throw new TypeError('Expected a range created by the fake spreadsheet');
}

const DEFAULT_FONT_COLOR = '#000000';
const DEFAULT_BACKGROUND = '#ffffff';

type RangeMethods =
  | 'getA1Notation'
  | 'getBackgrounds'
  | 'getDataValidations'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'getFontColors'
  | 'getFontWeights'
  | 'getFormula'
  | 'getFormulas'
  | 'getMergedRanges'
  | 'getNumberFormats'
  | 'getValue'
  | 'getValues'
  | 'merge'
  | 'setBackground'
  | 'setBackgrounds'
  | 'setBorder'
  | 'setDataValidation'
  | 'setFontColor'
  | 'setFontColors'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'setValue'
  | 'setValues';

export class FakeRange implements Pick<GasRange, RangeMethods> {
  constructor(
    readonly host: RangeHost,
    readonly rect: Readonly<GridRect>,
  ) {}

  private get ctx(): FakeContext {
    return this.host.ctx;
  }

  private get grid(): SheetGrid {
    return this.host.grid;
  }

  private self(): GasRange {
    return exposeAs<GasRange>(this);
  }

  // --- reading -----------------------------------------------------------------------------

  private cellValue(row: number, column: number): CellValue {
    const cell = this.grid.read(row, column);
    if (cell.formula) return this.host.evaluate(cell.formula, row, column);
    return copyValue(cell.value);
  }

  private map<T>(read: (row: number, column: number, cell: Readonly<CellRecord>) => T): T[][] {
    const rows: T[][] = [];
    for (let r = 0; r < this.rect.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.rect.numColumns; c++) {
        const row = this.rect.row + r;
        const column = this.rect.column + c;
        line.push(read(row, column, this.grid.read(row, column)));
      }
      rows.push(line);
    }
    return rows;
  }

  getValues(): CellValue[][] {
    this.ctx.call('Range.getValues');
    return this.map((row, column) => this.cellValue(row, column));
  }

  getValue(): CellValue {
    this.ctx.call('Range.getValue');
    return this.cellValue(this.rect.row, this.rect.column);
  }

  private displayOf(row: number, column: number): string {
    const format = this.grid.read(row, column).format.numberFormat ?? AUTOMATIC_FORMAT;
    return formatForDisplay(this.cellValue(row, column), format, this.host.environment());
  }

  getDisplayValues(): string[][] {
    this.ctx.call('Range.getDisplayValues');
    return this.map((row, column) => this.displayOf(row, column));
  }

  getDisplayValue(): string {
    this.ctx.call('Range.getDisplayValue');
    return this.displayOf(this.rect.row, this.rect.column);
  }

  getFormulas(): string[][] {
    this.ctx.call('Range.getFormulas');
    return this.map((_r, _c, cell) => cell.formula);
  }

  getFormula(): string {
    this.ctx.call('Range.getFormula');
    return this.grid.read(this.rect.row, this.rect.column).formula;
  }

  getNumberFormats(): string[][] {
    this.ctx.call('Range.getNumberFormats');
    return this.map((_r, _c, cell) => cell.format.numberFormat ?? AUTOMATIC_FORMAT);
  }

  getFontWeights(): FontWeight[][] {
    this.ctx.call('Range.getFontWeights');
    return this.map((_r, _c, cell) => cell.format.fontWeight ?? 'normal');
  }

  getFontColors(): string[][] {
    this.ctx.call('Range.getFontColors');
    return this.map((_r, _c, cell) => cell.format.fontColor ?? DEFAULT_FONT_COLOR);
  }

  getBackgrounds(): string[][] {
    this.ctx.call('Range.getBackgrounds');
    return this.map((_r, _c, cell) => cell.format.background ?? DEFAULT_BACKGROUND);
  }

  getDataValidations(): Array<Array<GasDataValidation | null>> {
    this.ctx.call('Range.getDataValidations');
    return this.map((_r, _c, cell) =>
      cell.validation ? exposeAs<GasDataValidation>(cell.validation) : null,
    );
  }

  // --- geometry ----------------------------------------------------------------------------

  getA1Notation(): string {
    this.ctx.call('Range.getA1Notation');
    return rectA1(this.rect);
  }

  // --- writing -----------------------------------------------------------------------------

  /** Apps Script's own wording, so tests can assert the message the user would see. */
  private checkDimensions(method: string, data: unknown): asserts data is unknown[][] {
    if (!Array.isArray(data) || (data.length > 0 && !Array.isArray(data[0]))) {
      throw new AppsScriptException(
        `The parameters (${describeArgument(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    if (data.length !== this.rect.numRows) {
      throw new AppsScriptException(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.rect.numRows}.`,
      );
    }
    for (const line of data) {
      const width = Array.isArray(line) ? line.length : 0;
      if (width !== this.rect.numColumns) {
        throw new AppsScriptException(
          `The number of columns in the data does not match the number of columns in the range. The data has ${width} but the range has ${this.rect.numColumns}.`,
        );
      }
    }
  }

  private writeValue(row: number, column: number, input: unknown): void {
    const env = this.host.environment();
    this.grid.update(row, column, (cell) => {
      const written = interpretWrite(input, {
        ...env,
        numberFormat: cell.format.numberFormat ?? AUTOMATIC_FORMAT,
      });
      cell.value = written.value;
      cell.formula = written.formula;
      if (written.impliedFormat) cell.format = { ...cell.format, numberFormat: written.impliedFormat };
    });
  }

  /** For appendRow: one row of input, parsed like setValues, counted by the caller. */
  writeRow(values: unknown[]): void {
    values.forEach(checkCellText);
    values.forEach((value, c) => this.writeValue(this.rect.row, this.rect.column + c, value));
  }

  setValues(values: unknown[][]): GasRange {
    this.ctx.call('Range.setValues');
    this.checkDimensions('setValues', values);
    checkGridText(values);
    this.grid.forEachIn(this.rect, (row, column, r, c) => this.writeValue(row, column, values[r][c]));
    return this.self();
  }

  setValue(value: unknown): GasRange {
    this.ctx.call('Range.setValue');
    checkCellText(value);
    this.grid.forEachIn(this.rect, (row, column) => this.writeValue(row, column, value));
    return this.self();
  }

  private setFormat<K extends keyof CellFormat>(key: K, value: CellFormat[K] | null): void {
    this.grid.forEachIn(this.rect, (row, column) => this.applyFormat(row, column, key, value));
  }

  private applyFormat<K extends keyof CellFormat>(
    row: number,
    column: number,
    key: K,
    value: CellFormat[K] | null,
  ): void {
    this.grid.update(row, column, (cell) => {
      const format = { ...cell.format };
      // null resets to the default, as in Apps Script.
      if (value === null || value === undefined) delete format[key];
      else format[key] = value;
      cell.format = format;
    });
  }

  private setFormats<K extends keyof CellFormat>(
    method: string,
    key: K,
    values: unknown,
    convert: (v: unknown) => CellFormat[K] | null,
  ): void {
    this.checkDimensions(method, values);
    this.grid.forEachIn(this.rect, (row, column, r, c) =>
      this.applyFormat(row, column, key, convert(values[r][c])),
    );
  }

  setNumberFormat(numberFormat: string): GasRange {
    this.ctx.call('Range.setNumberFormat');
    this.setFormat('numberFormat', numberFormat);
    return this.self();
  }

  setNumberFormats(numberFormats: string[][]): GasRange {
    this.ctx.call('Range.setNumberFormats');
    this.setFormats('setNumberFormats', 'numberFormat', numberFormats, (v) => (v == null ? null : String(v)));
    return this.self();
  }

  setFontWeight(fontWeight: FontWeight | null): GasRange {
    this.ctx.call('Range.setFontWeight');
    this.setFormat('fontWeight', fontWeight === 'normal' ? null : fontWeight);
    return this.self();
  }

  setFontWeights(fontWeights: Array<Array<FontWeight | null>>): GasRange {
    this.ctx.call('Range.setFontWeights');
    this.setFormats('setFontWeights', 'fontWeight', fontWeights, (v) => (v === 'bold' ? 'bold' : null));
    return this.self();
  }

  setFontColor(color: string | null): GasRange {
    this.ctx.call('Range.setFontColor');
    this.setFormat('fontColor', color === null ? null : normalizeColor(color));
    return this.self();
  }

  setFontColors(colors: unknown[][]): GasRange {
    this.ctx.call('Range.setFontColors');
    this.setFormats('setFontColors', 'fontColor', colors, (v) =>
      v == null ? null : normalizeColor(String(v)),
    );
    return this.self();
  }

  setBackground(color: string | null): GasRange {
    this.ctx.call('Range.setBackground');
    this.setFormat('background', color === null ? null : normalizeColor(color));
    return this.self();
  }

  setBackgrounds(colors: Array<Array<string | null>>): GasRange {
    this.ctx.call('Range.setBackgrounds');
    this.setFormats('setBackgrounds', 'background', colors, (v) =>
      v == null ? null : normalizeColor(String(v)),
    );
    return this.self();
  }

  /**
   * Records the call as given; `null` leaves a side unchanged and `false` removes it, as the
   * Apps Script documentation describes.
   */
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: GoogleAppsScript.Spreadsheet.BorderStyle | null,
  ): GasRange {
    this.ctx.call('Range.setBorder');
    this.grid.borders.push({
      a1: rectA1(this.rect),
      top,
      left,
      bottom,
      right,
      vertical,
      horizontal,
      color: color == null ? null : normalizeColor(color),
      style: style == null ? null : enumName(style),
    });
    return this.self();
  }

  setDataValidation(rule: GasDataValidation | null): GasRange {
    this.ctx.call('Range.setDataValidation');
    const validation = rule === null ? null : unwrapValidation(rule);
    this.grid.forEachIn(this.rect, (row, column) =>
      this.grid.update(row, column, (cell) => {
        cell.validation = validation;
      }),
    );
    return this.self();
  }

  // --- merges ------------------------------------------------------------------------------

  private addMerge(rect: GridRect): void {
    if (rect.numRows === 1 && rect.numColumns === 1) return;
    const touching = this.grid.mergesTouching(rect);
    const partial = touching.find((merge) => !isInside(merge, rect));
    if (partial) {
      throw new AppsScriptException('You must select all cells in a merged range to merge or unmerge them.');
    }
    for (const merge of touching) this.grid.merges.splice(this.grid.merges.indexOf(merge), 1);
    this.grid.merges.push({ ...rect });
    // Merging keeps only the top-left value, as Sheets does.
    this.grid.forEachIn(rect, (row, column, r, c) => {
      if (r === 0 && c === 0) return;
      this.grid.update(row, column, (cell) => {
        cell.value = '';
        cell.formula = '';
      });
    });
  }

  merge(): GasRange {
    this.ctx.call('Range.merge');
    this.addMerge(this.rect);
    return this.self();
  }

  getMergedRanges(): GasRange[] {
    this.ctx.call('Range.getMergedRanges');
    return this.grid
      .mergesTouching(this.rect)
      .map((merge) => exposeAs<GasRange>(new FakeRange(this.host, merge)));
  }
}

function isInside(inner: GridRect, outer: GridRect): boolean {
  return (
    rectContains(outer, inner.row, inner.column) &&
    rectContains(outer, inner.row + inner.numRows - 1, inner.column + inner.numColumns - 1)
  );
}

function unwrapValidation(rule: GasDataValidation): FakeDataValidation {
  if (rule instanceof FakeDataValidation) return rule;
  throw new TypeError('Expected a data validation built by the fake SpreadsheetApp');
}

function describeArgument(value: unknown): string {
  if (!Array.isArray(value)) return typeof value === 'string' ? 'String' : typeof value;
  const first = value[0];
  const element = typeof first === 'string' ? 'String' : typeof first === 'number' ? 'number' : 'Object';
  return `${element}[]`;
}
