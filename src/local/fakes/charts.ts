import { ChartType, enumName, exposeAs, exposeUnchecked } from './boundary';
import type { FakeContext } from './context';
import { unwrapRange, type FakeRange } from './range';

type GasChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type GasChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type GasRange = GoogleAppsScript.Spreadsheet.Range;

export interface ChartPosition {
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
}

/** A chart as plain data; the builder edits a copy, the sheet keeps the inserted one. */
export interface ChartSpec {
  id: number | null;
  type: string;
  ranges: FakeRange[];
  options: Record<string, unknown>;
  position: ChartPosition;
  numHeaders: number;
  transpose: boolean;
}

function copySpec(spec: ChartSpec): ChartSpec {
  return { ...spec, ranges: [...spec.ranges], options: { ...spec.options }, position: { ...spec.position } };
}

export class FakeChartOptions implements Pick<GoogleAppsScript.Charts.ChartOptions, 'get'> {
  constructor(
    private readonly ctx: FakeContext,
    private readonly options: Record<string, unknown>,
  ) {}

  get(option: string): unknown {
    this.ctx.local('ChartOptions.get');
    return this.options[option] ?? null;
  }
}

export class FakeEmbeddedChart implements Pick<
  GasChart,
  | 'getChartId'
  | 'getContainerInfo'
  | 'getNumHeaders'
  | 'getOptions'
  | 'getRanges'
  | 'getTransposeRowsAndColumns'
  | 'modify'
> {
  constructor(
    private readonly ctx: FakeContext,
    readonly spec: ChartSpec,
  ) {}

  getChartId(): number | null {
    this.ctx.call('EmbeddedChart.getChartId');
    return this.spec.id;
  }

  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    this.ctx.call('EmbeddedChart.getContainerInfo');
    const { anchorRow, anchorColumn, offsetX, offsetY } = this.spec.position;
    return {
      getAnchorRow: () => anchorRow,
      getAnchorColumn: () => anchorColumn,
      getOffsetX: () => offsetX,
      getOffsetY: () => offsetY,
    };
  }

  getNumHeaders(): number {
    this.ctx.call('EmbeddedChart.getNumHeaders');
    return this.spec.numHeaders;
  }

  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    this.ctx.call('EmbeddedChart.getOptions');
    return exposeAs<GoogleAppsScript.Charts.ChartOptions>(
      new FakeChartOptions(this.ctx, { ...this.spec.options }),
    );
  }

  getRanges(): GasRange[] {
    this.ctx.call('EmbeddedChart.getRanges');
    return this.spec.ranges.map((range) => exposeAs<GasRange>(range));
  }

  getTransposeRowsAndColumns(): boolean {
    this.ctx.call('EmbeddedChart.getTransposeRowsAndColumns');
    return this.spec.transpose;
  }

  modify(): GasChartBuilder {
    this.ctx.call('EmbeddedChart.modify');
    return exposeAs<GasChartBuilder>(new FakeChartBuilder(this.ctx, copySpec(this.spec)));
  }

  /** The chart type, which the real EmbeddedChart only reveals through modify().getChartType(). */
  chartType(): string {
    return this.spec.type;
  }
}

type BuilderMethods =
  | 'addRange'
  | 'asAreaChart'
  | 'asBarChart'
  | 'asColumnChart'
  | 'asComboChart'
  | 'asHistogramChart'
  | 'asLineChart'
  | 'asPieChart'
  | 'asScatterChart'
  | 'asTableChart'
  | 'build'
  | 'clearRanges'
  | 'getChartType'
  | 'getRanges'
  | 'removeRange'
  | 'setChartType'
  | 'setNumHeaders'
  | 'setOption'
  | 'setPosition'
  | 'setTransposeRowsAndColumns';

/**
 * One builder for every chart type. The typed builders' own setters (setTitle, setColors…) are
 * stored as the chart options Sheets uses for them, so tests read them back with getOptions().
 */
export class FakeChartBuilder implements Pick<GasChartBuilder, BuilderMethods> {
  constructor(
    private readonly ctx: FakeContext,
    private readonly spec: ChartSpec = {
      id: null,
      type: 'COLUMN',
      ranges: [],
      options: {},
      position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
      numHeaders: -1,
      transpose: false,
    },
  ) {}

  private chain(method: string, change: (spec: ChartSpec) => void): GasChartBuilder {
    this.ctx.local(`EmbeddedChartBuilder.${method}`);
    change(this.spec);
    return exposeAs<GasChartBuilder>(this);
  }

  private as<T>(method: string, type: string): T {
    this.chain(method, (spec) => {
      spec.type = type;
    });
    return exposeUnchecked<T>(this);
  }

  private option(method: string, key: string, value: unknown): this {
    this.chain(method, (spec) => {
      spec.options[key] = value;
    });
    return this;
  }

  addRange(range: GasRange): GasChartBuilder {
    return this.chain('addRange', (spec) => spec.ranges.push(unwrapRange(range)));
  }

  removeRange(range: GasRange): GasChartBuilder {
    const target = unwrapRange(range);
    return this.chain('removeRange', (spec) => {
      spec.ranges = spec.ranges.filter(
        (r) => r.host !== target.host || JSON.stringify(r.rect) !== JSON.stringify(target.rect),
      );
    });
  }

  clearRanges(): GasChartBuilder {
    return this.chain('clearRanges', (spec) => {
      spec.ranges = [];
    });
  }

  getRanges(): GasRange[] {
    this.ctx.local('EmbeddedChartBuilder.getRanges');
    return this.spec.ranges.map((range) => exposeAs<GasRange>(range));
  }

  getChartType(): GoogleAppsScript.Charts.ChartType {
    this.ctx.local('EmbeddedChartBuilder.getChartType');
    return ChartType[this.spec.type as keyof typeof ChartType];
  }

  setChartType(type: GoogleAppsScript.Charts.ChartType): GasChartBuilder {
    return this.chain('setChartType', (spec) => {
      spec.type = enumName(type);
    });
  }

  setOption(option: string, value: unknown): GasChartBuilder {
    return this.chain('setOption', (spec) => {
      spec.options[option] = value;
    });
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): GasChartBuilder {
    return this.chain('setPosition', (spec) => {
      spec.position = { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    });
  }

  setNumHeaders(headers: number): GasChartBuilder {
    return this.chain('setNumHeaders', (spec) => {
      spec.numHeaders = headers;
    });
  }

  setTransposeRowsAndColumns(transpose: boolean): GasChartBuilder {
    return this.chain('setTransposeRowsAndColumns', (spec) => {
      spec.transpose = transpose;
    });
  }

  asAreaChart(): GoogleAppsScript.Spreadsheet.EmbeddedAreaChartBuilder {
    return this.as('asAreaChart', 'AREA');
  }

  asBarChart(): GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder {
    return this.as('asBarChart', 'BAR');
  }

  asColumnChart(): GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder {
    return this.as('asColumnChart', 'COLUMN');
  }

  asComboChart(): GoogleAppsScript.Spreadsheet.EmbeddedComboChartBuilder {
    return this.as('asComboChart', 'COMBO');
  }

  asHistogramChart(): GoogleAppsScript.Spreadsheet.EmbeddedHistogramChartBuilder {
    return this.as('asHistogramChart', 'HISTOGRAM');
  }

  asLineChart(): GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder {
    return this.as('asLineChart', 'LINE');
  }

  asPieChart(): GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder {
    return this.as('asPieChart', 'PIE');
  }

  asScatterChart(): GoogleAppsScript.Spreadsheet.EmbeddedScatterChartBuilder {
    return this.as('asScatterChart', 'SCATTER');
  }

  asTableChart(): GoogleAppsScript.Spreadsheet.EmbeddedTableChartBuilder {
    return this.as('asTableChart', 'TABLE');
  }

  // Setters of the typed builders, stored under the option names Sheets documents for them.

  setTitle(title: string): this {
    return this.option('setTitle', 'title', title);
  }

  setColors(cssValues: string[]): this {
    return this.option('setColors', 'colors', [...cssValues]);
  }

  setLegendPosition(position: GoogleAppsScript.Charts.Position): this {
    return this.option('setLegendPosition', 'legend.position', enumName(position).toLowerCase());
  }

  setStacked(): this {
    return this.option('setStacked', 'isStacked', true);
  }

  setBackgroundColor(cssValue: string): this {
    return this.option('setBackgroundColor', 'backgroundColor', cssValue);
  }

  setXAxisTitle(title: string): this {
    return this.option('setXAxisTitle', 'hAxis.title', title);
  }

  setYAxisTitle(title: string): this {
    return this.option('setYAxisTitle', 'vAxis.title', title);
  }

  set3D(): this {
    return this.option('set3D', 'is3D', true);
  }

  setPointStyle(style: unknown): this {
    return this.option('setPointStyle', 'pointStyle', enumName(style));
  }

  setRange(start: number, end: number): this {
    return this.option('setRange', 'vAxis.viewWindow', { min: start, max: end });
  }

  build(): GasChart {
    this.ctx.local('EmbeddedChartBuilder.build');
    return exposeAs<GasChart>(new FakeEmbeddedChart(this.ctx, copySpec(this.spec)));
  }
}

export function unwrapChart(chart: GasChart): FakeEmbeddedChart {
  if (chart instanceof FakeEmbeddedChart) return chart;
  throw new TypeError('Expected a chart built by the fake sheet');
}
