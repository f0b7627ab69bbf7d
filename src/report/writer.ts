import type { SheetLayout } from './layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Writes a finished layout into an empty tab: each matrix in one call on one range, formats
 * before values so text cells are plain text when the values land, then the charts.
 */
export function writeLayout(sheet: Sheet, layout: SheetLayout): void {
  const rows = layout.values.length;
  const columns = layout.values[0].length;
  const range = sheet.getRange(1, 1, rows, columns);
  range.setNumberFormats(layout.numberFormats);
  range.setValues(layout.values);
  range.setFontWeights(layout.fontWeights);
  range.setBackgrounds(layout.backgrounds);
  range.setFontColors(layout.fontColors);
  sheet.setFrozenRows(layout.frozenRows);
  sheet.setColumnWidth(1, layout.labelColumnWidth);
  sheet.autoResizeColumns(2, columns - 1);
  for (const chart of layout.charts) {
    const { data, anchor } = chart;
    const builder = chart.kind === 'line' ? sheet.newChart().asLineChart() : sheet.newChart().asColumnChart();
    sheet.insertChart(
      builder
        .addRange(sheet.getRange(data.row, data.column, data.rows, data.columns))
        .setPosition(anchor.row, anchor.column, 0, 0)
        .setOption('title', chart.title)
        .build(),
    );
  }
}
