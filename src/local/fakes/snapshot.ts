/*
 * Plain JSON of the whole fake spreadsheet, for the local workbench UI and for golden tests.
 * Every value survives JSON.stringify: dates carry a type marker, ranges become A1 strings.
 */
import { cellA1, quoteSheetName, rectA1 } from './a1';
import type { ChartPosition } from './charts';
import type { GradientPoint, RuleStyle } from './conditional';
import type { BorderRecord } from './grid';
import type { FakeDeveloperMetadata } from './metadata';
import { AUTOMATIC_FORMAT, formatForDisplay } from './number-format';
import { FakeRange } from './range';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet, ToastRecord } from './spreadsheet';
import type { CellValue } from './values';

export type SnapshotValue =
  | { type: 'blank' }
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'date'; value: string };

export interface CellSnapshot {
  a1: string;
  row: number;
  column: number;
  value: SnapshotValue;
  formula: string;
  display: string;
  numberFormat: string;
  fontWeight: string;
  fontStyle: string;
  fontColor: string | null;
  background: string | null;
  horizontalAlignment: string | null;
  verticalAlignment: string | null;
  wrap: boolean;
  note: string;
  validation: { criteria: string; values: unknown[]; allowInvalid: boolean; helpText: string } | null;
}

export interface ConditionalRuleSnapshot {
  ranges: string[];
  condition: { type: string; values: unknown[] } | null;
  gradient: { min?: GradientPoint; mid?: GradientPoint; max?: GradientPoint } | null;
  style: RuleStyle;
}

export interface ChartSnapshot {
  id: number | null;
  type: string;
  ranges: string[];
  options: Record<string, unknown>;
  position: ChartPosition;
  numHeaders: number;
  transpose: boolean;
}

export interface MetadataSnapshot {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
}

export interface SheetSnapshot {
  name: string;
  sheetId: number;
  index: number;
  maxRows: number;
  maxColumns: number;
  lastRow: number;
  lastColumn: number;
  frozenRows: number;
  frozenColumns: number;
  /** Only columns whose width differs from the default. */
  columnWidths: Record<number, number>;
  /** Only cells holding a value, formula, format, note or validation; row-major order. */
  cells: CellSnapshot[];
  merges: string[];
  borders: BorderRecord[];
  conditionalFormatRules: ConditionalRuleSnapshot[];
  charts: ChartSnapshot[];
  developerMetadata: MetadataSnapshot[];
}

export interface SpreadsheetSnapshot {
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  activeSheet: string;
  sheets: SheetSnapshot[];
  toasts: ToastRecord[];
}

export function snapshotValue(value: CellValue): SnapshotValue {
  if (value === '') return { type: 'blank' };
  if (value instanceof Date) return { type: 'date', value: value.toISOString() };
  if (typeof value === 'number') return { type: 'number', value };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  return { type: 'string', value };
}

/** Makes criteria and option values JSON-safe: ranges to A1, dates to marked ISO strings. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return { type: 'date', value: value.toISOString() };
  if (value instanceof FakeRange) return rangeA1(value);
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plain(inner)]));
  }
  return value;
}

function rangeA1(range: FakeRange): string {
  return `${quoteSheetName(range.host.name)}!${rectA1(range.rect)}`;
}

function metadataSnapshot(entry: FakeDeveloperMetadata): MetadataSnapshot {
  return { id: entry.id, key: entry.key, value: entry.value, visibility: entry.visibility };
}

function sheetSnapshot(spreadsheet: FakeSpreadsheet, sheet: FakeSheet, index: number): SheetSnapshot {
  const env = spreadsheet.environment();
  const cells = sheet.grid
    .usedCells()
    .sort((a, b) => a.row - b.row || a.column - b.column)
    .map(({ row, column, cell }): CellSnapshot => {
      const value = cell.formula ? sheet.evaluate(cell.formula, row, column) : cell.value;
      const numberFormat = cell.format.numberFormat ?? AUTOMATIC_FORMAT;
      return {
        a1: cellA1(row, column),
        row,
        column,
        value: snapshotValue(value),
        formula: cell.formula,
        display: formatForDisplay(value, numberFormat, env),
        numberFormat,
        fontWeight: cell.format.fontWeight ?? 'normal',
        fontStyle: cell.format.fontStyle ?? 'normal',
        fontColor: cell.format.fontColor ?? null,
        background: cell.format.background ?? null,
        horizontalAlignment: cell.format.horizontalAlignment ?? null,
        verticalAlignment: cell.format.verticalAlignment ?? null,
        wrap: cell.format.wrap ?? false,
        note: cell.note,
        validation: cell.validation
          ? {
              criteria: cell.validation.spec.criteria,
              values: plain(cell.validation.spec.values) as unknown[],
              allowInvalid: cell.validation.spec.allowInvalid,
              helpText: cell.validation.spec.helpText,
            }
          : null,
      };
    });
  return {
    name: sheet.name,
    sheetId: sheet.sheetId,
    index,
    maxRows: sheet.grid.maxRows,
    maxColumns: sheet.grid.maxColumns,
    lastRow: sheet.grid.lastRow(),
    lastColumn: sheet.grid.lastColumn(),
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    columnWidths: Object.fromEntries([...sheet.columnWidths.entries()].sort(([a], [b]) => a - b)),
    cells,
    merges: sheet.grid.merges.map((merge) => rectA1(merge)),
    borders: sheet.grid.borders.map((border) => ({ ...border })),
    conditionalFormatRules: sheet.conditionalFormatRules.map((rule) => ({
      ranges: rule.spec.ranges.map(rangeA1),
      condition: rule.spec.condition
        ? { type: rule.spec.condition.type, values: plain(rule.spec.condition.values) as unknown[] }
        : null,
      gradient: rule.spec.gradient ? { ...rule.spec.gradient } : null,
      style: { ...rule.spec.style },
    })),
    charts: sheet.charts.map((chart) => ({
      id: chart.spec.id,
      type: chart.spec.type,
      ranges: chart.spec.ranges.map(rangeA1),
      options: plain(chart.spec.options) as Record<string, unknown>,
      position: { ...chart.spec.position },
      numHeaders: chart.spec.numHeaders,
      transpose: chart.spec.transpose,
    })),
    developerMetadata: spreadsheet.metadata.at(sheet.sheetId).map(metadataSnapshot),
  };
}

export function snapshotSpreadsheet(spreadsheet: FakeSpreadsheet): SpreadsheetSnapshot {
  return {
    id: spreadsheet.id,
    name: spreadsheet.name,
    locale: spreadsheet.locale,
    timeZone: spreadsheet.timeZone,
    activeSheet: spreadsheet.currentSheet().name,
    sheets: spreadsheet.sheets.map((sheet, index) => sheetSnapshot(spreadsheet, sheet, index)),
    toasts: spreadsheet.toasts.map((toast) => ({ ...toast })),
  };
}
