/*
 * A sheet as an HTML table string. Pure, so it is unit-tested in Node; every piece of user text
 * (cell text, notes, sheet names) goes through escapeHtml, because a cell may hold markup.
 */
import { columnLetter, type CellView, type SheetView } from '../view-model';
import type { ConditionalStyle } from './conditional';
import { escapeHtml } from '../../../util/html';

export const ROW_HEIGHT = 22;
export const ROW_HEADER_WIDTH = 46;
/** A cell's left and right padding and its right border (page.css). */
const CELL_PADDING = 9;

/** Only plain colours reach a style attribute: a colour is data too. */
function safeColor(color: string | undefined): string | undefined {
  return color && /^#[0-9a-f]{3,8}$|^[a-z]{3,20}$/i.test(color) ? color : undefined;
}

function safeBorder(css: string | undefined): string | undefined {
  return css && /^\d+px (solid|dotted|dashed|double) #[0-9a-f]{3,8}$/i.test(css) ? css : undefined;
}

export function columnWidth(sheet: SheetView, column: number): number {
  return sheet.columnWidths[String(column)] ?? sheet.defaultColumnWidth;
}

/** Left edge of a column in pixels from the table's left, row header included. */
export function columnLeft(sheet: SheetView, column: number): number {
  let left = ROW_HEADER_WIDTH;
  for (let c = 1; c < column; c++) left += columnWidth(sheet, c);
  return left;
}

/** Numbers and dates align right, text left, booleans centre, unless the cell says otherwise. */
function defaultAlignment(cell: CellView): string {
  if (cell.error) return 'center';
  if (typeof cell.value === 'number' || (cell.value !== null && typeof cell.value === 'object'))
    return 'right';
  if (typeof cell.value === 'boolean') return 'center';
  return 'left';
}

function alignmentOf(cell: CellView): string {
  return cell.style?.horizontalAlignment ?? defaultAlignment(cell);
}

/**
 * Like Sheets, left-aligned text that is not wrapped runs on over the empty cells to its right,
 * so a report's title stays readable in a narrow first column: the width it may use, in pixels,
 * or 0 when it has no empty neighbour to run into.
 */
function overflowWidth(
  sheet: SheetView,
  cells: Map<string, CellView>,
  occupied: Set<string>,
  row: number,
  column: number,
  cell: CellView | undefined,
): number {
  if (!cell || cell.display === '' || cell.style?.wrap || alignmentOf(cell) !== 'left') return 0;
  if (typeof cell.value !== 'string' || cell.error) return 0;
  let width = columnWidth(sheet, column);
  let next = column + 1;
  for (; next <= sheet.columnCount; next++) {
    const key = `${row}:${next}`;
    if (occupied.has(key) || (cells.get(key)?.display ?? '') !== '') break;
    width += columnWidth(sheet, next);
  }
  return next > column + 1 ? width : 0;
}

function cellStyle(cell: CellView | undefined, conditional: ConditionalStyle | undefined): string {
  const rules: string[] = [];
  const style = cell?.style;
  const bold = conditional?.bold ?? style?.bold;
  const italic = conditional?.italic ?? style?.italic;
  if (bold) rules.push('font-weight:bold');
  if (italic) rules.push('font-style:italic');
  const decorations = [
    conditional?.underline ? 'underline' : '',
    conditional?.strikethrough ? 'line-through' : '',
  ]
    .filter(Boolean)
    .join(' ');
  if (decorations) rules.push(`text-decoration:${decorations}`);
  const color = safeColor(conditional?.fontColor ?? style?.fontColor);
  if (color) rules.push(`color:${color}`);
  const background = safeColor(conditional?.background ?? style?.background);
  if (background) rules.push(`background:${background}`);
  if (cell) {
    const align = alignmentOf(cell);
    if (/^(left|right|center)$/.test(align)) rules.push(`text-align:${align}`);
  }
  if (style?.wrap) rules.push('white-space:normal');
  for (const edge of ['top', 'right', 'bottom', 'left'] as const) {
    const border = safeBorder(style?.borders?.[edge]);
    if (border) rules.push(`border-${edge}:${border}`);
  }
  return rules.join(';');
}

/** Rows to draw besides the frozen ones: a 1,700-row tab as one DOM takes seconds to lay out. */
export interface RowWindow {
  first: number;
  last: number;
}

export function renderSheet(
  sheet: SheetView,
  conditional: Map<string, ConditionalStyle>,
  window: RowWindow = { first: 1, last: sheet.rowCount },
  cells: Map<string, CellView> = new Map(sheet.cells.map((cell) => [`${cell.row}:${cell.column}`, cell])),
): string {
  // Every cell of a merge, its top-left one included: text never runs on into a merge. The
  // others are covered by the top-left one's span and drawn not at all.
  const merged = new Set<string>();
  const spans = new Map<string, { rows: number; columns: number }>();
  for (const merge of sheet.merges) {
    spans.set(`${merge.row}:${merge.column}`, { rows: merge.numRows, columns: merge.numColumns });
    for (let r = merge.row; r < merge.row + merge.numRows; r++) {
      for (let c = merge.column; c < merge.column + merge.numColumns; c++) merged.add(`${r}:${c}`);
    }
  }
  // A fixed table width makes the columns as wide as the sheet says, whatever text they hold.
  const tableWidth = columnLeft(sheet, sheet.columnCount + 1);
  const parts: string[] = [
    `<table class="grid" style="width:${tableWidth}px"><colgroup>`,
    `<col style="width:${ROW_HEADER_WIDTH}px">`,
  ];
  for (let c = 1; c <= sheet.columnCount; c++) parts.push(`<col style="width:${columnWidth(sheet, c)}px">`);
  parts.push('</colgroup><thead><tr><th class="corner"></th>');
  for (let c = 1; c <= sheet.columnCount; c++) parts.push(`<th class="colhead">${columnLetter(c)}</th>`);
  parts.push('</tr></thead><tbody>');
  const first = Math.max(window.first, sheet.frozenRows + 1);
  const last = Math.min(window.last, sheet.rowCount);
  const rows: number[] = [];
  for (let r = 1; r <= Math.min(sheet.frozenRows, sheet.rowCount); r++) rows.push(r);
  for (let r = first; r <= last; r++) rows.push(r);
  const spacer = (count: number) =>
    count > 0
      ? `<tr class="spacer" style="height:${count * ROW_HEIGHT}px"><td colspan="${sheet.columnCount + 1}"></td></tr>`
      : '';
  for (const r of rows) {
    if (r === first) parts.push(spacer(first - sheet.frozenRows - 1));
    const frozen = r <= sheet.frozenRows;
    const top = ROW_HEIGHT * r;
    const frozenAttributes = frozen
      ? ` class="frozen${r === sheet.frozenRows ? ' frozen-last' : ''}" style="top:${top}px"`
      : '';
    parts.push(`<tr data-row="${r}"${frozenAttributes}><th class="rowhead">${r}</th>`);
    for (let c = 1; c <= sheet.columnCount; c++) {
      const key = `${r}:${c}`;
      const span = spans.get(key);
      if (!span && merged.has(key)) continue;
      const cell = cells.get(key);
      const spanAttributes = span ? ` rowspan="${span.rows}" colspan="${span.columns}"` : '';
      const runsOn = span ? 0 : overflowWidth(sheet, cells, merged, r, c, cell);
      const classes = [
        cell?.spilled ? 'spilled' : '',
        cell?.error ? 'error' : '',
        cell?.formula ? 'formula' : '',
        runsOn ? 'runs-on' : '',
      ]
        .filter(Boolean)
        .join(' ');
      const style = cellStyle(cell, conditional.get(key));
      const title = cell?.note ? ` title="${escapeHtml(cell.note)}"` : '';
      const text = escapeHtml(cell?.display ?? '');
      // The text's own box is as wide as the empty cells it may cover, less the cell's padding.
      const content = runsOn ? `<span style="width:${runsOn - CELL_PADDING}px">${text}</span>` : text;
      parts.push(
        `<td data-row="${r}" data-column="${c}"${spanAttributes}${classes ? ` class="${classes}"` : ''}${
          style ? ` style="${style}"` : ''
        }${title}>${content}</td>`,
      );
    }
    parts.push('</tr>');
  }
  parts.push(spacer(sheet.rowCount - Math.max(last, sheet.frozenRows)));
  parts.push('</tbody></table>');
  return parts.join('');
}

export function renderTabs(sheets: readonly SheetView[], active: string): string {
  return sheets
    .map(
      (sheet, index) =>
        `<button type="button" class="tab${sheet.name === active ? ' active' : ''}" data-sheet-index="${index}">${escapeHtml(
          sheet.name,
        )}</button>`,
    )
    .join('');
}
