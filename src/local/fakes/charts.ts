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
  'getChartId' | 'getContainerInfo' | 'getOptions' | 'modify'
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

  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    this.ctx.call('EmbeddedChart.getOptions');
    return exposeAs<GoogleAppsScript.Charts.ChartOptions>(
      new FakeChartOptions(this.ctx, { ...this.spec.options }),
    );
  }

  modify(): GasChartBuilder {
    this.ctx.call('EmbeddedChart.modify');
    return exposeAs<GasChartBuilder>(new FakeChartBuilder(this.ctx, copySpec(this.spec)));
  }
}

type BuilderMethods =
  | 'addRange'
  | 'asColumnChart'
  | 'asLineChart'
  | 'build'
  | 'getChartType'
  | 'setChartType'
  | 'setOption'
  | 'setPosition';

/**
 * One builder for every chart type the add-on makes: the typed builders (asLineChart…) are this
 * builder with another type, and their options are set with setOption, read back with getOptions().
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

  addRange(range: GasRange): GasChartBuilder {
    return this.chain('addRange', (spec) => spec.ranges.push(unwrapRange(range)));
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

  asColumnChart(): GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder {
    return this.as('asColumnChart', 'COLUMN');
  }

  asLineChart(): GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder {
    return this.as('asLineChart', 'LINE');
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
