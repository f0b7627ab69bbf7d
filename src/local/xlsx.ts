import ExcelJS from 'exceljs';
import type { SpreadsheetSnapshot } from './fakes';

/*
 * Any fake spreadsheet as an .xlsx file, from its snapshot: values, number formats, bold, colours,
 * frozen rows and column widths. Charts and conditional formats do not carry over (exceljs
 * cannot write charts); the report's colours are plain cell colours, so they do.
 */

const argb = (hex: string | null): string | undefined =>
  hex && /^#[0-9a-f]{6}$/i.test(hex) ? `FF${hex.slice(1).toUpperCase()}` : undefined;

/** Sheets' widths are pixels; Excel's are characters of about 7 pixels. */
const PIXELS_PER_CHARACTER = 7;

export function snapshotToWorkbook(snapshot: SpreadsheetSnapshot): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of snapshot.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, {
      views:
        sheet.frozenRows > 0 || sheet.frozenColumns > 0
          ? [{ state: 'frozen', ySplit: sheet.frozenRows, xSplit: sheet.frozenColumns }]
          : [],
    });
    for (const [column, width] of Object.entries(sheet.columnWidths)) {
      worksheet.getColumn(Number(column)).width = width / PIXELS_PER_CHARACTER;
    }
    for (const cell of sheet.cells) {
      const target = worksheet.getCell(cell.row, cell.column);
      const value = cell.value;
      if (cell.formula) target.value = { formula: cell.formula.replace(/^=/, '') };
      else if (value.type === 'date') target.value = new Date(value.value);
      else if (value.type !== 'blank') target.value = value.value;
      if (cell.numberFormat && cell.numberFormat !== '@' && !cell.numberFormat.startsWith('0.###')) {
        target.numFmt = cell.numberFormat;
      }
      const color = argb(cell.fontColor);
      if (cell.fontWeight === 'bold' || color)
        target.font = { bold: cell.fontWeight === 'bold', color: color ? { argb: color } : undefined };
      const fill = argb(cell.background);
      if (fill && fill !== 'FFFFFFFF')
        target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
    }
  }
  return workbook;
}

export async function writeXlsx(snapshot: SpreadsheetSnapshot, file: string): Promise<void> {
  await snapshotToWorkbook(snapshot).xlsx.writeFile(file);
}
