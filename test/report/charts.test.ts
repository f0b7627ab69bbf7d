import { buildMonthlyReport } from '../../src/report/actions';
import { axesBySize } from '../../src/report/layout';
import { CANONICAL_HEADERS, sampleRows } from '../../src/report/sample';
import { workbookView } from '../../src/local/workbench/snapshot-view';
import { axisLabel, chartJsConfig } from '../../src/local/workbench/page/charts';
import { reportBook } from '../support/world';

/*
 * Charts a boss can read: rates on a percent axis, and series of very different size on two axes.
 * The writer's options are read back from the fake EmbeddedChart, and the workbench draws the
 * same options with Chart.js.
 */

function builtCharts(locale = 'en_US') {
  const values = [[...CANONICAL_HEADERS], ...sampleRows({ endMonth: 202610 })];
  const book = reportBook(values, { locale });
  const result = buildMonthlyReport(book.services, { month: '2026-10' });
  if (!result.ok) throw new Error(result.message);
  const sheet = book.gas.spreadsheet.getSheetByName(result.tabName)!;
  const charts = sheet.getCharts();
  const snapshot = book.gas.spreadsheet.snapshot();
  const view = workbookView(snapshot, { get: () => new Map() });
  const views = view.sheets.find((s) => s.name === result.tabName)!.charts;
  return { charts, views, model: result.model };
}

describe('the report’s charts', () => {
  const { charts, views, model } = builtCharts();
  const [trend, comparison] = charts.map((chart) => chart.getOptions());

  it('puts the channels’ rates on a percent axis', () => {
    expect(comparison.get('vAxes')).toEqual({ 0: { format: '0%' } });
    expect(comparison.get('series')).toEqual({
      0: { targetAxisIndex: 0 },
      1: { targetAxisIndex: 0 },
      2: { targetAxisIndex: 0 },
    });
  });

  it('puts series far smaller than impressions on a second axis, each axis titled by its series', () => {
    expect(model.trend.kpiIds).toEqual(['impressions', 'engagements', 'clicks', 'followers']);
    // Sample data: impressions in the millions a month, followers in the tens of thousands.
    const maxima = model.trend.values.map((series) => Math.max(...series.map((v) => v ?? 0)));
    expect(maxima[0]).toBeGreaterThan(10 * maxima[1]);
    expect(trend.get('series')).toEqual({
      0: { targetAxisIndex: 0 },
      1: { targetAxisIndex: 1 },
      2: { targetAxisIndex: 1 },
      3: { targetAxisIndex: 1 },
    });
    expect(trend.get('vAxes')).toEqual({
      0: { format: '#,##0', title: 'Impressions' },
      1: { format: '#,##0', title: 'Engagements, Clicks, Followers' },
    });
  });

  it('is drawn in the workbench as set: percent labels, and a right axis for the small series', () => {
    const [trendView, comparisonView] = views;
    const bars = chartJsConfig(comparisonView);
    const percentTicks = (bars.options.scales as Record<string, { ticks: { callback(v: number): string } }>).y
      .ticks;
    expect(percentTicks.callback(0.07)).toBe('7%');
    expect(bars.options.scales).not.toHaveProperty('y1');
    const lines = chartJsConfig(trendView);
    expect(lines.data.datasets.map((d) => d.yAxisID)).toEqual(['y', 'y1', 'y1', 'y1']);
    const scales = lines.options.scales as Record<string, { position: string; title: { text: string } }>;
    expect(scales.y.position).toBe('left');
    expect(scales.y1.position).toBe('right');
    expect(scales.y1.title.text).toBe('Engagements, Clicks, Followers');
  });

  it('titles the axes in the spreadsheet’s language', () => {
    const sv = builtCharts('sv_SE').charts[0].getOptions().get('vAxes') as Record<number, { title: string }>;
    expect(sv[0].title).toBe('Visningar');
  });
});

describe('axes by size', () => {
  it('keeps series within a tenth of the largest on the left axis, and moves the rest right', () => {
    expect(axesBySize([2_000_000, 300_000, 150_000, 5_000])).toEqual([0, 0, 1, 1]);
    expect(axesBySize([50, 900, 100])).toEqual([1, 0, 0]);
    expect(axesBySize([0, 0])).toEqual([0, 0]);
  });

  it('labels axis values in the axis’s format', () => {
    expect(axisLabel(0.07, '0%')).toBe('7%');
    expect(axisLabel(0.0712, '0.0%')).toBe('7.1%');
    expect(axisLabel(1234567, '#,##0')).toBe('1,234,567');
    expect(axisLabel(12.5, '')).toBe('12.5');
  });
});
