import { cellA1 } from './a1';
import { exposeAs } from './boundary';
import { AppsScriptException, type FakeContext } from './context';
import { DEFAULT_COLUMNS, DEFAULT_ROWS } from './grid';
import { MetadataStore, metadataArguments } from './metadata';
import type { FormatEnvironment } from './number-format';
import { FakeSheet } from './sheet';
import { snapshotSpreadsheet, type SpreadsheetSnapshot } from './snapshot';
import type { CellValue } from './values';

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type InsertOptions = { template?: GasSheet };

export const MAX_SPREADSHEET_CELLS = 10_000_000;

/**
 * Computes what getValues returns for a formula cell. The fake has no calculation engine, so the
 * default returns "" (what a cell shows before Sheets has calculated it); tests that care can
 * plug in a lookup or a real evaluator.
 */
export type FormulaEvaluator = (
  formula: string,
  cell: { sheetName: string; row: number; column: number; a1: string },
) => CellValue;

export interface SpreadsheetOptions {
  id?: string;
  name?: string;
  locale?: string;
  timeZone?: string;
  /** Names of the sheets the file starts with; Sheets creates "Sheet1". */
  sheets?: string[];
  evaluateFormula?: FormulaEvaluator;
}

export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number | null;
}

type SpreadsheetMethods =
  | 'addDeveloperMetadata'
  | 'deleteSheet'
  | 'getDeveloperMetadata'
  | 'getId'
  | 'getName'
  | 'getUrl'
  | 'getActiveSheet'
  | 'getSheetByName'
  | 'getSheets'
  | 'getSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'insertSheet'
  | 'setSpreadsheetLocale'
  | 'toast';

export class FakeSpreadsheet implements Pick<GasSpreadsheet, SpreadsheetMethods> {
  readonly sheets: FakeSheet[] = [];
  readonly metadata: MetadataStore;
  readonly toasts: ToastRecord[] = [];
  locale: string;
  timeZone: string;
  name: string;
  readonly id: string;
  private readonly evaluator: FormulaEvaluator;
  private activeSheet: FakeSheet | null = null;
  private nextSheetId = 0;
  private chartIds = 0;

  constructor(
    readonly ctx: FakeContext,
    options: SpreadsheetOptions = {},
  ) {
    this.id = options.id ?? 'fake-spreadsheet-id';
    this.name = options.name ?? 'Untitled spreadsheet';
    this.locale = options.locale ?? 'en_US';
    this.timeZone = options.timeZone ?? 'Europe/Stockholm';
    this.evaluator = options.evaluateFormula ?? (() => '');
    this.metadata = new MetadataStore(ctx);
    for (const name of options.sheets ?? ['Sheet1']) this.addSheet(name, this.sheets.length);
  }

  // --- internal, not counted ---------------------------------------------------------------

  environment(): FormatEnvironment {
    return { locale: this.locale, timeZone: this.timeZone };
  }

  evaluate(formula: string, sheetName: string, row: number, column: number): CellValue {
    return this.evaluator(formula, { sheetName, row, column, a1: cellA1(row, column) });
  }

  sheetNamed(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.name === name);
  }

  /** Test setup and the workbench: the sheet object itself, without counting a call. */
  sheet(name: string): FakeSheet {
    const sheet = this.sheetNamed(name);
    if (!sheet) throw new Error(`No sheet named "${name}"`);
    return sheet;
  }

  assertNameFree(name: string, renaming?: FakeSheet): void {
    const clash = this.sheets.find(
      (sheet) => sheet !== renaming && sheet.name.toLowerCase() === name.toLowerCase(),
    );
    if (clash) {
      throw new AppsScriptException(
        `A sheet with the name "${name}" already exists. Please enter another name.`,
      );
    }
  }

  /**
   * "Up to 10 million cells or 18,278 columns (column ZZZ) for spreadsheets that are created in
   * or converted to Google Sheets" (https://support.google.com/drive/answer/37603): growing past
   * it is refused.
   */
  assertCellsFit(extraCells: number): void {
    const cells = this.sheets.reduce((sum, sheet) => sum + sheet.grid.maxRows * sheet.grid.maxColumns, 0);
    if (cells + extraCells > MAX_SPREADSHEET_CELLS) {
      throw new AppsScriptException(
        `This action would increase the number of cells in the workbook above the limit of ${MAX_SPREADSHEET_CELLS} cells.`,
      );
    }
  }

  activate(sheet: FakeSheet): void {
    this.activeSheet = sheet;
  }

  nextChartId(): number {
    this.chartIds += 1;
    return this.chartIds;
  }

  currentSheet(): FakeSheet {
    return this.activeSheet && this.sheets.includes(this.activeSheet) ? this.activeSheet : this.sheets[0];
  }

  private addSheet(name: string, index: number): FakeSheet {
    this.assertNameFree(name);
    this.assertCellsFit(DEFAULT_ROWS * DEFAULT_COLUMNS);
    // Sheets gives the first tab id 0 and later tabs large arbitrary ids; a counter keeps them stable.
    const sheetId = this.nextSheetId === 0 ? 0 : 100_000 + this.nextSheetId;
    this.nextSheetId += 1;
    const sheet = new FakeSheet(this.ctx, this, name, sheetId);
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  private defaultSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) {
      const candidate = `Sheet${n}`;
      if (!this.sheetNamed(candidate)) return candidate;
    }
  }

  /** Plain JSON of every sheet, for the workbench and golden tests; not a service call. */
  snapshot(): SpreadsheetSnapshot {
    return snapshotSpreadsheet(this);
  }

  // --- the file itself (the schedule's record, the digest's link) -------------------------------

  getId(): string {
    this.ctx.call('Spreadsheet.getId');
    return this.id;
  }

  getName(): string {
    this.ctx.call('Spreadsheet.getName');
    return this.name;
  }

  getUrl(): string {
    this.ctx.call('Spreadsheet.getUrl');
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  /** Developer metadata on the file itself ("the top-level spreadsheet"). */
  addDeveloperMetadata(
    key: string,
    valueOrVisibility?: string | GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
    visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
  ): GasSpreadsheet {
    this.ctx.call('Spreadsheet.addDeveloperMetadata');
    const args = metadataArguments(key, valueOrVisibility, visibility);
    this.metadata.add(null, args.key, args.value, args.visibility);
    return exposeAs<GasSpreadsheet>(this);
  }

  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    this.ctx.call('Spreadsheet.getDeveloperMetadata');
    return this.metadata
      .at(null)
      .map((entry) => exposeAs<GoogleAppsScript.Spreadsheet.DeveloperMetadata>(entry));
  }

  // --- Apps Script surface -----------------------------------------------------------------

  getSpreadsheetLocale(): string {
    this.ctx.call('Spreadsheet.getSpreadsheetLocale');
    return this.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.ctx.call('Spreadsheet.setSpreadsheetLocale');
    this.locale = locale;
  }

  getSpreadsheetTimeZone(): string {
    this.ctx.call('Spreadsheet.getSpreadsheetTimeZone');
    return this.timeZone;
  }

  getSheets(): GasSheet[] {
    this.ctx.call('Spreadsheet.getSheets');
    return this.sheets.map((sheet) => sheet.asGasSheet());
  }

  getSheetByName(name: string): GasSheet | null {
    this.ctx.call('Spreadsheet.getSheetByName');
    return this.sheetNamed(name)?.asGasSheet() ?? null;
  }

  /** All of Apps Script's overloads: (), (index), (name), (name, index), each with options. */
  insertSheet(
    nameOrIndexOrOptions?: string | number | InsertOptions,
    indexOrOptions?: number | InsertOptions,
    _options?: InsertOptions,
  ): GasSheet {
    this.ctx.call('Spreadsheet.insertSheet');
    const name = typeof nameOrIndexOrOptions === 'string' ? nameOrIndexOrOptions : this.defaultSheetName();
    const index =
      typeof nameOrIndexOrOptions === 'number'
        ? nameOrIndexOrOptions
        : typeof indexOrOptions === 'number'
          ? indexOrOptions
          : this.sheets.length;
    const sheet = this.addSheet(name, Math.min(Math.max(index, 0), this.sheets.length));
    // The new sheet becomes the active one, as in Sheets.
    this.activate(sheet);
    return sheet.asGasSheet();
  }

  deleteSheet(sheet: GasSheet): void {
    this.ctx.call('Spreadsheet.deleteSheet');
    const fake = this.sheets.find((candidate) => candidate === (sheet as unknown));
    if (!fake) throw new AppsScriptException('Sheet not found');
    if (this.sheets.length === 1) {
      throw new AppsScriptException("You can't remove all the sheets in a document.");
    }
    this.sheets.splice(this.sheets.indexOf(fake), 1);
    this.metadata.removeSheet(fake.sheetId);
    if (this.activeSheet === fake) this.activate(this.sheets[0]);
  }

  getActiveSheet(): GasSheet {
    this.ctx.call('Spreadsheet.getActiveSheet');
    return this.currentSheet().asGasSheet();
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.ctx.call('Spreadsheet.toast');
    // Apps Script shows toasts for 5 seconds unless told otherwise.
    this.toasts.push({
      message: String(msg),
      title: title ?? '',
      timeoutSeconds: timeoutSeconds === undefined ? 5 : timeoutSeconds,
    });
  }
}
