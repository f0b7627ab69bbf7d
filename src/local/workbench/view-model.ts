/*
 * What the workbench page renders: plain JSON, built on the server from the fake spreadsheet's
 * snapshot plus the formula results. The page and the .xlsx exporter depend only on this shape,
 * so a change in the fakes' snapshot touches one adapter, not the renderer.
 * No Node imports here: the page bundle includes this file.
 */

/** A cell value as JSON carries it: dates travel as ISO strings in a tagged object. */
export type ViewValue = number | string | boolean | { date: string } | null;

export interface BorderView {
  top?: string;
  right?: string;
  bottom?: string;
  left?: string;
}

export interface CellStyleView {
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  background?: string;
  fontSize?: number;
  horizontalAlignment?: string;
  numberFormat?: string;
  wrap?: boolean;
  /** CSS colours per edge, only for edges that have a border. */
  borders?: BorderView;
}

export interface CellView {
  /** 1-based, like Apps Script. */
  row: number;
  column: number;
  value: ViewValue;
  /** What Sheets would show: the value through its number format and the spreadsheet locale. */
  display: string;
  formula?: string;
  /** True when the value was placed here by a formula above or to the left (an array result). */
  spilled?: boolean;
  /** True when the value is an error such as #VALUE!, for styling. */
  error?: boolean;
  /** The error's message, shown as a tooltip, as Sheets shows it on hover. */
  note?: string;
  style?: CellStyleView;
}

export interface RectView {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface GradientPointView {
  color: string;
  /** MIN, MAX, NUMBER, PERCENT or PERCENTILE, as Apps Script's InterpolationType names them. */
  type: string;
  value: string;
}

export interface ConditionalRuleView {
  ranges: RectView[];
  /** BooleanCriteria name (NUMBER_GREATER_THAN, TEXT_CONTAINS, …) and its values. */
  condition: { type: string; values: ViewValue[] } | null;
  gradient: { min?: GradientPointView; mid?: GradientPointView; max?: GradientPointView } | null;
  style: {
    background?: string;
    fontColor?: string;
    bold?: boolean;
    italic?: boolean;
    strikethrough?: boolean;
    underline?: boolean;
  };
}

export interface ChartSeriesView {
  name: string;
  values: Array<number | null>;
}

export interface ChartView {
  id: string;
  /** Apps Script's ChartType name: LINE, COLUMN, BAR, PIE, AREA, SCATTER, COMBO… */
  type: string;
  title: string;
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  width: number;
  height: number;
  labels: string[];
  series: ChartSeriesView[];
  /** The value axes the chart's `vAxes` option sets, left then right: label format and title. */
  axes: Array<{ format: string; title: string }>;
  /** Per series: the axis its `series.N.targetAxisIndex` option puts it on (0, the left, by default). */
  seriesAxes: number[];
}

export interface SheetView {
  name: string;
  /** Rows and columns to draw: the used area plus a margin, within the sheet's size. */
  rowCount: number;
  columnCount: number;
  frozenRows: number;
  frozenColumns: number;
  /** Pixel widths by 1-based column number; others use defaultColumnWidth. */
  columnWidths: Record<string, number>;
  defaultColumnWidth: number;
  cells: CellView[];
  merges: RectView[];
  conditionalFormats: ConditionalRuleView[];
  charts: ChartView[];
}

export interface WorkbookView {
  name: string;
  /** The sheet the add-on last activated, which Sheets would show. */
  activeSheet: string;
  locale: string;
  timeZone: string;
  sheets: SheetView[];
}

export interface MenuView {
  title: string;
  items: Array<{ caption: string; functionName: string } | { separator: true }>;
}

export interface PanelView {
  kind: 'sidebar' | 'dialog';
  title: string;
  width: number | null;
  height: number | null;
  /** Increases with every panel shown, so the page knows to reload the frame. */
  serial: number;
}

export interface WorkbenchState {
  workbook: WorkbookView;
  menus: MenuView[];
  panel: PanelView | null;
  /** The user the page acts as (Session.getActiveUser() in its calls); set per request. */
  user?: string;
  toasts: Array<{ title: string; message: string }>;
  alerts: string[];
  locales: string[];
}

export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function cellA1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}
