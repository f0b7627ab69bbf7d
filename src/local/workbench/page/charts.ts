/*
 * Embedded charts drawn with chart.js (served from node_modules by the workbench, never a CDN),
 * placed over the grid where Sheets anchors them.
 */
import type { ChartView, SheetView } from '../view-model';
import { columnLeft, ROW_HEIGHT } from './grid';

interface ChartJsConfig {
  type: string;
  data: { labels: string[]; datasets: Array<Record<string, unknown>> };
  options: Record<string, unknown>;
}
interface ChartInstance {
  destroy(): void;
}
type ChartConstructor = new (canvas: HTMLCanvasElement, config: ChartJsConfig) => ChartInstance;

const PALETTE = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6', '#7baaf7', '#f07b72'];

/** Apps Script's ChartType names mapped to chart.js types. Pure, for tests. */
export function chartJsConfig(chart: ChartView): ChartJsConfig {
  const kind = chart.type.toUpperCase();
  const type =
    kind === 'PIE'
      ? 'pie'
      : kind === 'SCATTER'
        ? 'scatter'
        : kind === 'LINE' || kind === 'AREA'
          ? 'line'
          : 'bar';
  // Line and column charts draw the value axes the chart's options set, as Sheets does.
  const valueAxes = type === 'line' || (type === 'bar' && kind !== 'BAR');
  const datasets = chart.series.map((series, index) => {
    const color = PALETTE[index % PALETTE.length];
    return {
      label: series.name,
      data:
        type === 'scatter'
          ? series.values.map((value, i) => ({ x: Number(chart.labels[i]), y: value }))
          : series.values,
      backgroundColor: type === 'pie' ? chart.labels.map((_, i) => PALETTE[i % PALETTE.length]) : color,
      borderColor: color,
      fill: kind === 'AREA',
      pointRadius: 0,
      ...(valueAxes ? { yAxisID: chart.seriesAxes[index] === 1 ? 'y1' : 'y' } : {}),
    };
  });
  return {
    type,
    data: { labels: chart.labels, datasets },
    options: {
      animation: false,
      responsive: false,
      indexAxis: kind === 'BAR' ? 'y' : 'x',
      plugins: {
        title: { display: chart.title !== '', text: chart.title },
        legend: { display: chart.series.length > 0 },
      },
      ...(valueAxes ? { scales: valueScales(chart) } : {}),
    },
  };
}

/** The left axis, and the right one when a series is on it, labelled in their formats. */
function valueScales(chart: ChartView): Record<string, unknown> {
  const scale = (axis: { format: string; title: string }, position: 'left' | 'right') => ({
    type: 'linear',
    position,
    beginAtZero: true,
    title: { display: axis.title !== '', text: axis.title },
    ticks: { callback: (value: number | string) => axisLabel(Number(value), axis.format) },
    // The right axis draws no grid of its own: two grids over one chart read as one muddle.
    grid: { drawOnChartArea: position === 'left' },
  });
  const fallback = { format: '', title: '' };
  const scales: Record<string, unknown> = { y: scale(chart.axes[0] ?? fallback, 'left') };
  if (chart.seriesAxes.includes(1)) scales.y1 = scale(chart.axes[1] ?? fallback, 'right');
  return scales;
}

/**
 * An axis label in the axis's format: a percent pattern ("0%", "0.0%") shows a fraction as a
 * percentage, "#,##0" a whole number with grouping; no format, the number as it is.
 */
export function axisLabel(value: number, format: string): string {
  const decimals = (format.split('.')[1] ?? '').replace(/[^0#]/g, '').length;
  if (format.endsWith('%')) return `${(value * 100).toFixed(decimals)}%`;
  if (format.includes('0'))
    return value.toLocaleString('en-US', {
      maximumFractionDigits: decimals,
      minimumFractionDigits: decimals,
    });
  return String(value);
}

const live: ChartInstance[] = [];

export function drawCharts(container: HTMLElement, sheet: SheetView): void {
  while (live.length > 0) live.pop()?.destroy();
  container.querySelectorAll('.chart-box').forEach((node) => node.remove());
  const Chart = (window as unknown as { Chart?: ChartConstructor }).Chart;
  if (!Chart) return;
  for (const chart of sheet.charts) {
    const box = document.createElement('div');
    box.className = 'chart-box';
    box.dataset.chartId = chart.id;
    box.style.left = `${columnLeft(sheet, chart.anchorColumn) + chart.offsetX}px`;
    box.style.top = `${ROW_HEIGHT * chart.anchorRow + chart.offsetY}px`;
    const canvas = document.createElement('canvas');
    canvas.width = chart.width;
    canvas.height = chart.height;
    box.appendChild(canvas);
    container.appendChild(box);
    live.push(new Chart(canvas, chartJsConfig(chart)));
  }
}
