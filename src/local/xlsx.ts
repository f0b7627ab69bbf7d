/*
 * A workbook view as an .xlsx file (exceljs): values, number formats, bold/italic, colours,
 * borders, merges, frozen rows and columns, column widths. Shared by the workbench's download
 * button and the headless report CLI. Left out on purpose:
 * - charts (exceljs cannot write them);
 * - conditional formats;
 * - formulas: cells hold the calculated values, because Excel does not know the add-on's custom
 *   functions and would show #NAME? for them.
 */
import ExcelJS from 'exceljs';
import { wallClock } from './fakes/time';
import type { BorderView, CellView, SheetView, WorkbookView } from './workbench/view-model';

/** Sheets' pixels to Excel's character widths (Calibri 11: about 7 px per character plus padding). */
export function pixelsToExcelWidth(pixels: number): number {
  return Math.max(1, Math.round(((pixels - 5) / 7) * 100) / 100);
}

/** "#1a73e8" → "FF1A73E8", the ARGB exceljs wants; anything else is left out. */
export function argb(color: string | undefined): string | undefined {
  if (!color) return undefined;
  const match = /^#([0-9a-f]{6})$/i.exec(color.trim());
  return match ? `FF${match[1].toUpperCase()}` : undefined;
}

/**
 * Excel has no time zones: a date cell is a wall-clock serial. Sheets' dates are instants in the
 * spreadsheet's zone, so the wall clock there is what the file must hold.
 */
function excelDate(iso: string, timeZone: string): Date {
  const clock = wallClock(new Date(iso), timeZone);
  return new Date(Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second));
}

function cellValue(cell: CellView, timeZone: string): ExcelJS.CellValue {
  const value = cell.value;
  if (cell.error) return { error: cell.display as ExcelJS.CellErrorValue['error'] };
  if (value === null) return null;
  if (typeof value === 'object') return excelDate(value.date, timeZone);
  return value;
}

function borderStyle(css: string): ExcelJS.BorderStyle {
  if (css.includes('dotted')) return 'dotted';
  if (css.includes('dashed')) return 'dashed';
  if (css.includes('double')) return 'double';
  if (css.startsWith('3px')) return 'thick';
  if (css.startsWith('2px')) return 'medium';
  return 'thin';
}

function borders(view: BorderView): Partial<ExcelJS.Borders> {
  const result: Partial<ExcelJS.Borders> = {};
  for (const edge of ['top', 'right', 'bottom', 'left'] as const) {
    const css = view[edge];
    if (!css) continue;
    const color = argb(/#[0-9a-f]{6}/i.exec(css)?.[0]);
    result[edge] = { style: borderStyle(css), ...(color ? { color: { argb: color } } : {}) };
  }
  return result;
}

function writeSheet(workbook: ExcelJS.Workbook, sheet: SheetView, timeZone: string): void {
  // Excel limits tab names to 31 characters and forbids a few characters Sheets allows.
  const name = sheet.name.replace(/[\\/?*[\]:]/g, '_').slice(0, 31) || 'Sheet';
  const worksheet = workbook.addWorksheet(name, {
    views:
      sheet.frozenRows > 0 || sheet.frozenColumns > 0
        ? [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }]
        : [],
  });
  let widest = 0;
  for (const key of Object.keys(sheet.columnWidths)) widest = Math.max(widest, Number(key));
  for (let column = 1; column <= widest; column++) {
    const pixels = sheet.columnWidths[String(column)];
    if (pixels) worksheet.getColumn(column).width = pixelsToExcelWidth(pixels);
  }
  for (const cell of sheet.cells) {
    const target = worksheet.getCell(cell.row, cell.column);
    target.value = cellValue(cell, timeZone);
    const style = cell.style;
    if (!style) continue;
    if (style.numberFormat) target.numFmt = style.numberFormat;
    const fontColor = argb(style.fontColor);
    if (style.bold || style.italic || fontColor) {
      target.font = {
        ...(style.bold ? { bold: true } : {}),
        ...(style.italic ? { italic: true } : {}),
        ...(fontColor ? { color: { argb: fontColor } } : {}),
      };
    }
    const fill = argb(style.background);
    if (fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
    if (style.horizontalAlignment) {
      target.alignment = { horizontal: style.horizontalAlignment as ExcelJS.Alignment['horizontal'] };
    }
    if (style.borders) target.border = borders(style.borders);
  }
  for (const merge of sheet.merges) {
    worksheet.mergeCells(
      merge.row,
      merge.column,
      merge.row + merge.numRows - 1,
      merge.column + merge.numColumns - 1,
    );
  }
}

export async function workbookToXlsx(view: WorkbookView): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Social KPIs';
  workbook.title = view.name;
  for (const sheet of view.sheets) writeSheet(workbook, sheet, view.timeZone);
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
