/*
 * The fake spreadsheet's snapshot turned into what the page draws: formula arrays spilled,
 * borders resolved to cell edges, chart ranges resolved to labels and series. Pure: the same
 * snapshot and calculations give the same view.
 */
import { formatForDisplay, AUTOMATIC_FORMAT, parseA1 } from '../fakes';
import type { CellSnapshot, SheetSnapshot, SpreadsheetSnapshot } from '../fakes';
import type { CalculatedCell } from './formulas';
import type {
  BorderView,
  CellStyleView,
  CellView,
  ChartView,
  ConditionalRuleView,
  RectView,
  SheetView,
  ViewValue,
  WorkbookView,
} from './view-model';

type SnapshotValue = CellSnapshot['value'];

export const DEFAULT_COLUMN_WIDTH = 100;
const MARGIN_ROWS = 20;
const MARGIN_COLUMNS = 3;
const DEFAULT_CHART_WIDTH = 600;
const DEFAULT_CHART_HEIGHT = 371;

export function viewValue(value: SnapshotValue | unknown): ViewValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object' && 'type' in (value as object)) {
    const tagged = value as { type: string; value?: unknown };
    if (tagged.type === 'blank') return null;
    if (tagged.type === 'date') return { date: String(tagged.value) };
    return (tagged.value as ViewValue) ?? null;
  }
  if (value instanceof Date) return { date: value.toISOString() };
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

function rectOf(a1: string, sheet: SheetSnapshot): RectView | null {
  const reference = parseA1(a1);
  if (!reference) return null;
  const row = reference.startRow ?? 1;
  const column = reference.startColumn ?? 1;
  return {
    row,
    column,
    numRows: (reference.endRow ?? sheet.maxRows) - row + 1,
    numColumns: (reference.endColumn ?? sheet.maxColumns) - column + 1,
  };
}

function sheetNameOf(a1: string): string | undefined {
  return parseA1(a1)?.sheetName;
}

function styleOf(cell: CellSnapshot): CellStyleView | undefined {
  const style: CellStyleView = {};
  if (cell.fontWeight === 'bold') style.bold = true;
  if (cell.fontStyle === 'italic') style.italic = true;
  if (cell.fontColor && cell.fontColor.toLowerCase() !== '#000000') style.fontColor = cell.fontColor;
  if (cell.background && cell.background.toLowerCase() !== '#ffffff') style.background = cell.background;
  if (cell.horizontalAlignment) style.horizontalAlignment = cell.horizontalAlignment.toLowerCase();
  if (cell.numberFormat && cell.numberFormat !== AUTOMATIC_FORMAT) style.numberFormat = cell.numberFormat;
  if (cell.wrap) style.wrap = true;
  return Object.keys(style).length > 0 ? style : undefined;
}

/** CSS for a border style name as Apps Script's BorderStyle names it. */
function borderCss(style: string | null, color: string | null): string {
  const paint = color ?? '#000000';
  switch (style) {
    case 'DOTTED':
      return `1px dotted ${paint}`;
    case 'DASHED':
      return `1px dashed ${paint}`;
    case 'SOLID_MEDIUM':
      return `2px solid ${paint}`;
    case 'SOLID_THICK':
      return `3px solid ${paint}`;
    case 'DOUBLE':
      return `3px double ${paint}`;
    default:
      return `1px solid ${paint}`;
  }
}

/**
 * setBorder(top, left, bottom, right, vertical, horizontal): true draws, false clears, null
 * leaves an edge alone; later calls win, so records are applied in order.
 */
export function resolveBorders(sheet: SheetSnapshot): Map<string, BorderView> {
  const edges = new Map<string, BorderView>();
  const set = (row: number, column: number, edge: keyof BorderView, css: string | null) => {
    const key = `${row}:${column}`;
    const current = { ...(edges.get(key) ?? {}) };
    if (css === null) delete current[edge];
    else current[edge] = css;
    edges.set(key, current);
  };
  for (const record of sheet.borders) {
    const rect = rectOf(record.a1, sheet);
    if (!rect) continue;
    const css = borderCss(record.style, record.color);
    const lastRow = rect.row + rect.numRows - 1;
    const lastColumn = rect.column + rect.numColumns - 1;
    for (let r = rect.row; r <= lastRow; r++) {
      for (let c = rect.column; c <= lastColumn; c++) {
        const apply = (flag: boolean | null, edge: keyof BorderView) => {
          if (flag !== null) set(r, c, edge, flag ? css : null);
        };
        if (r === rect.row) apply(record.top, 'top');
        else apply(record.horizontal, 'top');
        if (r === lastRow) apply(record.bottom, 'bottom');
        else apply(record.horizontal, 'bottom');
        if (c === rect.column) apply(record.left, 'left');
        else apply(record.vertical, 'left');
        if (c === lastColumn) apply(record.right, 'right');
        else apply(record.vertical, 'right');
      }
    }
  }
  return edges;
}

function conditionalRules(sheet: SheetSnapshot): ConditionalRuleView[] {
  return sheet.conditionalFormatRules.map((rule) => {
    const style: ConditionalRuleView['style'] = {};
    if (rule.style.background) style.background = rule.style.background;
    if (rule.style.fontColor) style.fontColor = rule.style.fontColor;
    if (rule.style.bold !== null) style.bold = rule.style.bold;
    if (rule.style.italic !== null) style.italic = rule.style.italic;
    if (rule.style.strikethrough !== null) style.strikethrough = rule.style.strikethrough;
    if (rule.style.underline !== null) style.underline = rule.style.underline;
    return {
      ranges: rule.ranges.map((a1) => rectOf(a1, sheet)).filter((rect): rect is RectView => rect !== null),
      condition: rule.condition
        ? { type: rule.condition.type, values: rule.condition.values.map(viewValue) }
        : null,
      gradient: rule.gradient,
      style,
    };
  });
}

type CellLookup = (sheetName: string, row: number, column: number) => ViewValue;

function chartView(
  sheet: SheetSnapshot,
  chart: SheetSnapshot['charts'][number],
  lookup: CellLookup,
  index: number,
): ChartView {
  const ranges = chart.ranges
    .map((a1) => ({ rect: rectOf(a1, sheet), sheetName: sheetNameOf(a1) ?? sheet.name }))
    .filter((entry): entry is { rect: RectView; sheetName: string } => entry.rect !== null);
  // Columns of all ranges side by side, as Sheets reads a chart's data: the first is the domain.
  const columns: Array<{ sheetName: string; column: number; rows: number[] }> = [];
  for (const { rect, sheetName } of ranges) {
    for (let c = rect.column; c < rect.column + rect.numColumns; c++) {
      const rows: number[] = [];
      for (let r = rect.row; r < rect.row + rect.numRows; r++) rows.push(r);
      columns.push({ sheetName, column: c, rows });
    }
  }
  const headers = chart.numHeaders > 0 ? chart.numHeaders : 1;
  const text = (value: ViewValue): string =>
    value === null ? '' : typeof value === 'object' ? value.date.slice(0, 10) : String(value);
  const [domain, ...seriesColumns] = columns;
  const labels = domain
    ? domain.rows.slice(headers).map((row) => text(lookup(domain.sheetName, row, domain.column)))
    : [];
  const series = seriesColumns.map((column) => ({
    name: text(lookup(column.sheetName, column.rows[0], column.column)),
    values: column.rows.slice(headers).map((row) => {
      const value = lookup(column.sheetName, row, column.column);
      return typeof value === 'number' ? value : null;
    }),
  }));
  const options = chart.options;
  const number = (key: string, fallback: number) =>
    typeof options[key] === 'number' ? (options[key] as number) : fallback;
  return {
    id: `${sheet.name}:${chart.id ?? index}`,
    type: chart.type,
    title: typeof options.title === 'string' ? options.title : '',
    anchorRow: chart.position.anchorRow,
    anchorColumn: chart.position.anchorColumn,
    offsetX: chart.position.offsetX,
    offsetY: chart.position.offsetY,
    width: number('width', DEFAULT_CHART_WIDTH),
    height: number('height', DEFAULT_CHART_HEIGHT),
    labels,
    series,
    ...chartAxes(options, series.length),
  };
}

/** The `vAxes` and `series` options as Google Charts reads them: objects keyed by index. */
function chartAxes(
  options: Record<string, unknown>,
  seriesCount: number,
): Pick<ChartView, 'axes' | 'seriesAxes'> {
  const record = (value: unknown): Record<string, unknown> =>
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const vAxes = record(options.vAxes);
  const axes: ChartView['axes'] = [];
  for (let index = 0; index < 2; index++) {
    const axis = record(vAxes[index]);
    axes.push({
      format: typeof axis.format === 'string' ? axis.format : '',
      title: typeof axis.title === 'string' ? axis.title : '',
    });
  }
  const series = record(options.series);
  const seriesAxes = Array.from({ length: seriesCount }, (_, i) =>
    record(series[i]).targetAxisIndex === 1 ? 1 : 0,
  );
  return { axes, seriesAxes };
}

export interface SheetCalculations {
  /** Results of every formula of the sheet, keyed "row:column", spills included. */
  get(sheetName: string): Map<string, CalculatedCell>;
}

export function workbookView(snapshot: SpreadsheetSnapshot, calculations: SheetCalculations): WorkbookView {
  const env = { locale: snapshot.locale, timeZone: snapshot.timeZone };
  const calculated = new Map(snapshot.sheets.map((sheet) => [sheet.name, calculations.get(sheet.name)]));
  const values = new Map<string, Map<string, ViewValue>>();
  for (const sheet of snapshot.sheets) {
    const map = new Map<string, ViewValue>();
    for (const cell of sheet.cells) map.set(`${cell.row}:${cell.column}`, viewValue(cell.value));
    for (const [key, result] of calculated.get(sheet.name) ?? []) map.set(key, viewValue(result.value));
    values.set(sheet.name, map);
  }
  const lookup: CellLookup = (sheetName, row, column) =>
    values.get(sheetName)?.get(`${row}:${column}`) ?? null;

  return {
    name: snapshot.name,
    activeSheet: snapshot.activeSheet,
    locale: snapshot.locale,
    timeZone: snapshot.timeZone,
    sheets: snapshot.sheets.map((sheet): SheetView => {
      const results = calculated.get(sheet.name) ?? new Map<string, CalculatedCell>();
      const borders = resolveBorders(sheet);
      const cells = new Map<string, CellView>();
      for (const cell of sheet.cells) {
        const key = `${cell.row}:${cell.column}`;
        const view: CellView = {
          row: cell.row,
          column: cell.column,
          value: viewValue(cell.value),
          display: cell.display,
        };
        if (cell.formula) view.formula = cell.formula;
        const result = results.get(key);
        if (result?.error) {
          view.error = true;
          view.note = result.error.message;
          view.display = result.error.code;
        } else if (cell.note) view.note = cell.note;
        const style = styleOf(cell);
        if (style) view.style = style;
        cells.set(key, view);
      }
      for (const [key, result] of results) {
        if (!result.spilledFrom) continue;
        const [row, column] = key.split(':').map(Number);
        const existing = cells.get(key);
        const format = existing?.style?.numberFormat ?? AUTOMATIC_FORMAT;
        const display = formatForDisplay(result.value, format, env);
        cells.set(key, {
          ...(existing ?? { row, column }),
          value: viewValue(result.value),
          display,
          spilled: true,
        });
      }
      for (const [key, edges] of borders) {
        if (Object.keys(edges).length === 0) continue;
        const [row, column] = key.split(':').map(Number);
        const existing = cells.get(key) ?? { row, column, value: null, display: '' };
        cells.set(key, { ...existing, style: { ...(existing.style ?? {}), borders: edges } });
      }
      const all = [...cells.values()].sort((a, b) => a.row - b.row || a.column - b.column);
      const usedRows = all.reduce(
        (most, cell) => Math.max(most, cell.row),
        Math.max(sheet.lastRow, sheet.frozenRows),
      );
      const usedColumns = all.reduce(
        (most, cell) => Math.max(most, cell.column),
        Math.max(sheet.lastColumn, sheet.frozenColumns),
      );
      return {
        name: sheet.name,
        rowCount: Math.min(sheet.maxRows, Math.max(usedRows + MARGIN_ROWS, 30)),
        columnCount: Math.min(sheet.maxColumns, Math.max(usedColumns + MARGIN_COLUMNS, 10)),
        frozenRows: sheet.frozenRows,
        frozenColumns: sheet.frozenColumns,
        columnWidths: Object.fromEntries(Object.entries(sheet.columnWidths).map(([k, v]) => [String(k), v])),
        defaultColumnWidth: DEFAULT_COLUMN_WIDTH,
        cells: all,
        merges: sheet.merges.map((a1) => rectOf(a1, sheet)).filter((rect): rect is RectView => rect !== null),
        conditionalFormats: conditionalRules(sheet),
        charts: sheet.charts.map((chart, index) => chartView(sheet, chart, lookup, index)),
      };
    }),
  };
}
