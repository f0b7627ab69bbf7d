import type { ChartSpec, ConditionalRuleSpec, GridRect, SheetLayout } from './layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** The rule builder and the colour-scale point type: local objects of SpreadsheetApp, passed in. */
export interface RuleTools {
  newRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  numberPoint: GoogleAppsScript.Spreadsheet.InterpolationType;
}

/**
 * Writes a finished layout into an empty tab: every range the write needs from one range list,
 * each matrix in one call, formats before values so text cells are plain text when the values
 * land, all conditional rules in one call, then the charts. The number of calls depends on the
 * number of charts only, never on the data.
 */
export function writeLayout(sheet: Sheet, layout: SheetLayout, tools: RuleTools): void {
  const rows = layout.values.length;
  const columns = layout.values[0].length;
  const rects: GridRect[] = [
    { row: 1, column: 1, rows, columns },
    ...layout.charts.map((chart) => chart.data),
    ...layout.conditionalRules.flatMap((rule) => rule.ranges),
  ];
  // Sheet.getRangeList's reference does not say what a notation given twice returns (a chart's
  // data and a colour rule may cover the same cells): each is asked for once, then shared.
  const notations = rects.map(rectA1);
  const unique = [...new Set(notations)];
  const listed = sheet.getRangeList(unique).getRanges();
  const ranges = notations.map((notation) => listed[unique.indexOf(notation)]);
  const range = ranges[0];
  range.setNumberFormats(layout.numberFormats);
  range.setValues(layout.values);
  range.setFontWeights(layout.fontWeights);
  range.setBackgrounds(layout.backgrounds);
  range.setFontColors(layout.fontColors);
  let next = 1 + layout.charts.length;
  const rules = layout.conditionalRules.map((rule) => {
    const ruleRanges = ranges.slice(next, next + rule.ranges.length);
    next += rule.ranges.length;
    return buildRule(rule, ruleRanges, tools);
  });
  if (rules.length > 0) sheet.setConditionalFormatRules(rules);
  sheet.setFrozenRows(layout.frozenRows);
  sheet.setColumnWidth(1, layout.labelColumnWidth);
  sheet.autoResizeColumns(2, columns - 1);
  layout.charts.forEach((chart, i) => {
    const builder = chart.kind === 'line' ? sheet.newChart().asLineChart() : sheet.newChart().asColumnChart();
    const options = chartOptions(chart);
    let built = builder.addRange(ranges[1 + i]).setPosition(chart.anchor.row, chart.anchor.column, 0, 0);
    for (const key of Object.keys(options)) built = built.setOption(key, options[key]);
    sheet.insertChart(built.build());
  });
}

/**
 * The chart's options as Google Charts names them: axes as `vAxes` by index (Sheets ignores a
 * plain `vAxis` on embedded charts), each series' axis as `series.N.targetAxisIndex`.
 */
export function chartOptions(chart: ChartSpec): Record<string, unknown> {
  const vAxes: Record<number, { format: string; title?: string }> = {};
  chart.axes.forEach((axis, index) => {
    vAxes[index] = axis.title === '' ? { format: axis.format } : { format: axis.format, title: axis.title };
  });
  const series: Record<number, { targetAxisIndex: number }> = {};
  chart.seriesAxes.forEach((axis, index) => {
    series[index] = { targetAxisIndex: axis };
  });
  return { title: chart.title, vAxes, series };
}

/** Builder calls are local object construction in Apps Script: none of them is a round trip. */
function buildRule(
  rule: ConditionalRuleSpec,
  ranges: Range[],
  tools: RuleTools,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  const builder = tools.newRule().setRanges(ranges);
  if (rule.kind === 'scale') {
    return builder
      .setGradientMinpointWithValue(rule.min.color, tools.numberPoint, String(rule.min.value))
      .setGradientMidpointWithValue(rule.mid.color, tools.numberPoint, String(rule.mid.value))
      .setGradientMaxpointWithValue(rule.max.color, tools.numberPoint, String(rule.max.value))
      .build();
  }
  const when =
    rule.when === 'greater_than'
      ? builder.whenNumberGreaterThan(rule.threshold)
      : builder.whenNumberLessThan(rule.threshold);
  return when.setBackground(rule.background).setFontColor(rule.fontColor).setBold(rule.bold).build();
}

/** "B7:B12": A1 notation of a rectangle, for Sheet.getRangeList. */
export function rectA1(rect: GridRect): string {
  const start = `${columnLetters(rect.column)}${rect.row}`;
  if (rect.rows === 1 && rect.columns === 1) return start;
  return `${start}:${columnLetters(rect.column + rect.columns - 1)}${rect.row + rect.rows - 1}`;
}

function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
