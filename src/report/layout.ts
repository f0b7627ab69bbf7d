import type { GoalStatus, ReportGoalRow } from '../goals/types';
import type { ReportLabels } from '../i18n';
import { kpiById } from '../kpi/registry';
import type { KpiUnit } from '../kpi/types';
import { shortDateExample as shortDateExampleFor, type MonthKey } from './dates';
import { ALL_CHANNELS, type EngagementBase, type ReportCell, type ReportModel, type Tone } from './model';
import type { RowIssue } from './read';

/*
 * The report tab as plain data: one rectangle of values with a number format, weight, background
 * and font colour per cell, plus charts. The writer sends each matrix in one call, so building
 * the whole picture here first is what keeps a rebuild cheap and never half-written.
 */

export type CellValue = string | number;
export type FontWeight = 'bold' | 'normal';

export interface GridRect {
  /** 1-based, as Range coordinates are. */
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface ChartSpec {
  kind: 'line' | 'column';
  title: string;
  data: GridRect;
  /** Top-left cell the chart floats over. */
  anchor: { row: number; column: number };
  /** Rates are fractions: the axis shows them as percentages. */
  percentAxis: boolean;
}

export interface SheetLayout {
  values: CellValue[][];
  numberFormats: string[][];
  fontWeights: FontWeight[][];
  backgrounds: string[][];
  fontColors: string[][];
  frozenRows: number;
  /** Pixels for the label column; the others are fitted to their contents. */
  labelColumnWidth: number;
  charts: ChartSpec[];
}

export interface LayoutOptions {
  /** Every text of the tab, in the spreadsheet's language (REPORT_TEXTS). */
  labels: ReportLabels;
  /** The spreadsheet's locale: it picks the currency of money formats. */
  locale: string;
  /** The goals engine's rows for the month (goalsForReport); none gives a labelled placeholder. */
  goals?: readonly ReportGoalRow[];
  /** Skipped-row lines beyond this are summarised in one line, so the tab stays readable. */
  maxIssueLines?: number;
}

export const COLOURS = {
  text: '#202124',
  muted: '#5f6368',
  white: '#ffffff',
  header: '#d2e3fc',
  family: '#e8eaed',
  band: '#f8f9fa',
  good: '#137333',
  goodFill: '#e6f4ea',
  bad: '#c5221f',
  badFill: '#fce8e6',
} as const;

const TEXT_FORMAT = '@';
const COUNT_FORMAT = '#,##0';
const UPPER_BOUND_FORMAT = '"≤ "#,##0';
const CHANGE_FORMAT = '+0.0%;-0.0%;0.0%';
const PERCENT_FORMAT = '0.00%';

/** Currency by locale, as Sheets' own currency button would pick it. */
export function moneyFormat(locale: string): string {
  const lower = locale.toLowerCase();
  const language = lower.split(/[_-]/)[0];
  if (language === 'sv' || language === 'nb' || language === 'no' || language === 'da')
    return '#,##0.00 "kr"';
  if (language === 'vi') return '#,##0 "₫"';
  if (lower === 'en_gb') return '"£"#,##0.00';
  if (lower === 'en_us' || lower === 'en') return '"$"#,##0.00';
  if (['de', 'fr', 'es', 'it', 'nl', 'fi', 'pt'].includes(language)) return '#,##0.00 "€"';
  return '#,##0.00';
}

export function unitFormat(unit: KpiUnit, locale: string): string {
  switch (unit) {
    case 'fraction':
      return PERCENT_FORMAT;
    case 'money':
      return moneyFormat(locale);
    case 'ratio':
      return '0.00"×"';
    case 'sentiment':
      return '+0.00;-0.00;0.00';
    case 'nps':
      return '+0;-0;0';
    case 'hours':
      return '0.0" h"';
    default:
      return COUNT_FORMAT;
  }
}

/**
 * User text is data: Sheets would run "=HYPERLINK(…)" or read "+46 70…" as a number, so text
 * starting with =, +, - or @ gets the apostrophe a user would type to keep it text.
 */
export function asText(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

export function monthLabel(L: ReportLabels, month: MonthKey): string {
  return L.monthLabel(L.monthNames[(month % 100) - 1], Math.floor(month / 100));
}

function shortMonthLabel(L: ReportLabels, month: MonthKey): string {
  return L.shortMonthLabel(L.monthNames[(month % 100) - 1], Math.floor(month / 100));
}

interface Cell {
  value: CellValue;
  format: string;
  bold: boolean;
  background: string;
  color: string;
}

const blankCell = (background: string = COLOURS.white): Cell => ({
  value: '',
  format: TEXT_FORMAT,
  bold: false,
  background,
  color: COLOURS.text,
});

/** Collects rows of cells; each row is padded to the sheet's width when the layout is done. */
class GridBuilder {
  readonly rows: Cell[][] = [];

  get nextRow(): number {
    return this.rows.length + 1;
  }

  text(text: string, style: Partial<Omit<Cell, 'value'>> = {}): Cell {
    return { ...blankCell(style.background), ...style, value: asText(text), format: TEXT_FORMAT };
  }

  number(value: number | null, format: string, style: Partial<Omit<Cell, 'value' | 'format'>> = {}): Cell {
    if (value === null) return { ...blankCell(style.background), ...style, format };
    return { ...blankCell(style.background), ...style, value, format };
  }

  push(cells: Cell[], fill?: string): void {
    this.rows.push(
      cells.map((cell) => (fill && cell.background === COLOURS.white ? { ...cell, background: fill } : cell)),
    );
  }

  line(text: string, style: Partial<Omit<Cell, 'value'>> = {}): void {
    this.push([this.text(text, style)]);
  }

  blank(): void {
    this.rows.push([]);
  }

  /** Fills every row to `width` with blank cells of the row's first cell's background, for full-width bands. */
  matrices(
    width: number,
    fullWidthRows: ReadonlySet<number>,
  ): Omit<SheetLayout, 'frozenRows' | 'labelColumnWidth' | 'charts'> {
    const padded = this.rows.map((row, index) => {
      const fill = fullWidthRows.has(index + 1) && row.length > 0 ? row[0].background : COLOURS.white;
      const out = row.slice(0, width);
      while (out.length < width) out.push(blankCell(fill));
      return out;
    });
    return {
      values: padded.map((row) => row.map((cell) => cell.value)),
      numberFormats: padded.map((row) => row.map((cell) => cell.format)),
      fontWeights: padded.map((row) => row.map((cell) => (cell.bold ? 'bold' : 'normal'))),
      backgrounds: padded.map((row) => row.map((cell) => cell.background)),
      fontColors: padded.map((row) => row.map((cell) => cell.color)),
    };
  }
}

const toneColour = (tone: Tone): string =>
  tone === 'good' ? COLOURS.good : tone === 'bad' ? COLOURS.bad : COLOURS.text;
const toneFill = (tone: Tone, fallback: string): string =>
  tone === 'good' ? COLOURS.goodFill : tone === 'bad' ? COLOURS.badFill : fallback;

/** Sheets gives a new tab 26 columns; the report must fit without inserting any. */
export const MAX_REPORT_COLUMNS = 26;

type Part = 'current' | 'previous' | 'change';

/**
 * Each channel gets this month and the change; All channels also gets last month. With too
 * many channels for 26 columns, the channels keep only this month.
 */
function columnPlan(model: ReportModel): Part[][] {
  const channels = model.columns.length - 1;
  const channelParts: Part[] =
    1 + 2 * channels + 3 <= MAX_REPORT_COLUMNS ? ['current', 'change'] : ['current'];
  return model.columns.map((column) =>
    column === ALL_CHANNELS ? ['current', 'previous', 'change'] : channelParts,
  );
}

export function layoutReport(model: ReportModel, options: LayoutOptions): SheetLayout {
  const L = options.labels;
  const grid = new GridBuilder();
  const fullWidth = new Set<number>();
  const plan = columnPlan(model);
  const tableWidth = 1 + plan.reduce((sum, parts) => sum + parts.length, 0);
  const chartDataWidth = 1 + Math.max(model.trend.kpiIds.length, model.comparison.kpiIds.length);
  const goalsWidth = options.goals && options.goals.length > 0 ? L.goalColumns.length : 0;
  const width = Math.max(tableWidth, chartDataWidth, goalsWidth);

  grid.line(`${L.title}: ${monthLabel(L, model.month)}`, { bold: true });
  grid.line(L.period(monthLabel(L, model.month), monthLabel(L, model.previousMonth)));
  grid.line(L.source(model.source.sheetName, model.source.rowsUsed, model.source.rowsRead), {
    color: COLOURS.muted,
  });
  grid.line(L.builtAt(formatInstant(model.builtAt, model.timeZone)), { color: COLOURS.muted });

  const header = { bold: true, background: COLOURS.header };
  const partTitle: Record<Part, string> = {
    current: shortMonthLabel(L, model.month),
    previous: shortMonthLabel(L, model.previousMonth),
    change: L.change,
  };
  fullWidth.add(grid.nextRow);
  grid.push([
    grid.text(L.kpiHeader, header),
    ...model.columns.flatMap((column, i) =>
      plan[i].map((_, p) => grid.text(p === 0 ? columnName(L, column) : '', header)),
    ),
  ]);
  fullWidth.add(grid.nextRow);
  grid.push([
    grid.text('', header),
    ...plan.flatMap((parts) => parts.map((part) => grid.text(partTitle[part], header))),
  ]);
  const frozenRows = grid.rows.length;

  for (const family of model.families) {
    fullWidth.add(grid.nextRow);
    grid.push([grid.text(L.families[family.family], { bold: true, background: COLOURS.family })]);
    family.rows.forEach((row, index) => {
      const band = index % 2 === 1 ? COLOURS.band : COLOURS.white;
      const format = unitFormat(row.unit, options.locale);
      const label = L.kpis[row.kpiId] ?? row.label;
      grid.push([
        grid.text(label, { background: band }),
        ...row.cells.flatMap((cell, i) => plan[i].map((part) => kpiCell(grid, cell, part, format, band))),
      ]);
    });
  }

  grid.blank();
  goalsSection(L, grid, options.goals ?? [], options.locale, fullWidth);
  grid.blank();
  dataQualitySection(L, grid, model, options.maxIssueLines ?? 200, options.locale, fullWidth);
  grid.blank();
  footnotes(L, grid, model, fullWidth);
  grid.blank();
  const charts = chartData(L, grid, model, fullWidth, chartDataWidth + 2);

  return {
    ...grid.matrices(width, fullWidth),
    frozenRows,
    labelColumnWidth: labelWidth(L, model),
    charts,
  };
}

function kpiCell(grid: GridBuilder, cell: ReportCell, part: Part, format: string, band: string): Cell {
  if (part === 'current') {
    return grid.number(cell.current, cell.currentIsUpperBound ? UPPER_BOUND_FORMAT : format, {
      background: band,
    });
  }
  if (part === 'previous') {
    return grid.number(cell.previous, cell.previousIsUpperBound ? UPPER_BOUND_FORMAT : format, {
      background: band,
    });
  }
  return grid.number(cell.change, CHANGE_FORMAT, {
    background: toneFill(cell.tone, band),
    color: toneColour(cell.tone),
    bold: cell.tone !== 'neutral',
  });
}

const GOAL_TONES: Record<GoalStatus, Tone> = {
  achieved: 'good',
  on_track: 'good',
  behind: 'bad',
  missed: 'bad',
  not_started: 'neutral',
  no_data: 'neutral',
};

/** The goals engine fills this from its own rows; with none it is a labelled placeholder. */
function goalsSection(
  L: ReportLabels,
  grid: GridBuilder,
  goals: readonly ReportGoalRow[],
  locale: string,
  fullWidth: Set<number>,
): void {
  fullWidth.add(grid.nextRow);
  grid.line(L.goalsHeading, { bold: true, background: COLOURS.family });
  if (goals.length === 0) {
    grid.line(L.goalsPlaceholder, { color: COLOURS.muted });
    return;
  }
  grid.push(L.goalColumns.map((title) => grid.text(title, { bold: true, background: COLOURS.header })));
  goals.forEach((goal, index) => {
    const band = index % 2 === 1 ? COLOURS.band : COLOURS.white;
    const format = unitFormat(kpiById(goal.kpiId)?.unit ?? 'count', locale);
    const tone = GOAL_TONES[goal.status];
    grid.push([
      grid.text(goal.what, { background: band }),
      grid.text(L.kpis[goal.kpiId] ?? goal.kpiLabel, { background: band }),
      grid.text(goal.channel === null ? L.allChannels : goal.channelLabel, { background: band }),
      grid.number(goal.baseline, format, { background: band }),
      grid.number(goal.target, format, { background: band }),
      grid.number(goal.current, format, { background: band }),
      grid.number(goal.progress, PERCENT_FORMAT, { background: band }),
      grid.text(goal.deadline, { background: band }),
      grid.text(goal.statusLabel, { background: toneFill(tone, band), color: toneColour(tone) }),
    ]);
  });
}

function dataQualitySection(
  L: ReportLabels,
  grid: GridBuilder,
  model: ReportModel,
  maxIssueLines: number,
  locale: string,
  fullWidth: Set<number>,
): void {
  fullWidth.add(grid.nextRow);
  grid.line(L.dataQualityHeading, { bold: true, background: COLOURS.family });
  for (const line of noteLines(L, model)) grid.line(line);
  const lines = issueLines(L, model.issues, locale);
  if (lines.length === 0) grid.line(L.dataQualityNone, { color: COLOURS.muted });
  for (const line of lines.slice(0, maxIssueLines)) grid.line(line);
  if (lines.length > maxIssueLines) grid.line(L.moreRowsSkipped(lines.length - maxIssueLines));
}

function noteLines(L: ReportLabels, model: ReportModel): string[] {
  return model.notes.map((note) => {
    switch (note.kind) {
      case 'one_channel':
        return L.oneChannel(note.channel);
      case 'no_previous_month':
        return L.noPreviousMonth(monthLabel(L, model.previousMonth));
      case 'ignored_headers':
        return L.ignoredHeaders(note.headers);
      case 'repeated_headers':
        return L.repeatedHeaders(note.headers);
      case 'base_unusable':
        return L.baseUnusable(
          L.baseNames[note.base],
          note.columns.map((column) => columnName(L, column)),
        );
    }
  });
}

/** One line per skipped row, its reasons joined, in row order. */
export function issueLines(L: ReportLabels, issues: readonly RowIssue[], locale: string): string[] {
  const byRow = new Map<number, string[]>();
  for (const issue of issues) {
    let reasons = byRow.get(issue.row);
    if (!reasons) byRow.set(issue.row, (reasons = []));
    reasons.push(issueReason(L, issue, locale));
  }
  return [...byRow.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, reasons]) => L.rowSkipped(row, reasons.join('; ')));
}

function issueReason(L: ReportLabels, issue: RowIssue, locale: string): string {
  switch (issue.problem) {
    case 'bad_date':
      return L.badDate(issue.value ?? '', shortDateExampleFor(locale));
    case 'no_channel':
      return L.noChannel;
    case 'not_a_number':
      return L.notANumber(issue.header ?? '', issue.value ?? '');
    case 'negative':
      return L.negative(issue.header ?? '', issue.value ?? '');
    case 'duplicate':
      return L.duplicate(issue.firstRow ?? 0);
  }
}

const columnName = (L: ReportLabels, column: string): string =>
  column === ALL_CHANNELS ? L.allChannels : column;

function footnotes(L: ReportLabels, grid: GridBuilder, model: ReportModel, fullWidth: Set<number>): void {
  fullWidth.add(grid.nextRow);
  grid.line(L.footnotesHeading, { bold: true, background: COLOURS.family });
  const muted = { color: COLOURS.muted };
  const hasEngagementRate = model.families.some((family) =>
    family.rows.some((row) => row.kpiId === 'engagement_rate'),
  );
  if (model.families.some((family) => family.rows.some((row) => row.kpiId === 'engagements'))) {
    grid.line(L.footnoteEngagements, muted);
  }
  if (hasEngagementRate) {
    grid.line(L.footnoteBase(basesText(L, model)), muted);
    grid.line(
      model.fixedBase ? L.footnoteBaseFixed(L.baseNames[model.fixedBase]) : L.footnoteBaseOrder,
      muted,
    );
  }
  if (model.hasReach) grid.line(L.footnoteReach, muted);
  if (model.hasFollowers) grid.line(L.footnoteFollowers, muted);
  if (model.netNewFollowersDerived) grid.line(L.footnoteNetNewDerived, muted);
  grid.line(L.footnotePooled, muted);
  grid.line(L.footnoteChange, muted);
}

/** "reach (Instagram); impressions (Facebook, All channels)": which base each column used. */
function basesText(L: ReportLabels, model: ReportModel): string {
  const byBase = new Map<EngagementBase, string[]>();
  model.engagementBases.forEach((base, i) => {
    if (!base) return;
    const list = byBase.get(base) ?? [];
    list.push(columnName(L, model.columns[i]));
    byBase.set(base, list);
  });
  return [...byBase.entries()]
    .map(([base, columns]) => L.footnoteBasePart(L.baseNames[base], columns))
    .join(L.footnoteBaseJoin);
}

/** A default-sized chart covers about 18 rows; two more keep the second one clear of it. */
const CHART_HEIGHT_ROWS = 20;

/** The helper block the charts read: on the report tab itself, so the tab is self-contained. */
function chartData(
  L: ReportLabels,
  grid: GridBuilder,
  model: ReportModel,
  fullWidth: Set<number>,
  anchorColumn: number,
): ChartSpec[] {
  fullWidth.add(grid.nextRow);
  grid.line(L.chartDataHeading, { bold: true, background: COLOURS.family });
  const charts: ChartSpec[] = [];
  const firstRow = grid.nextRow;
  const header = { bold: true, background: COLOURS.header };
  const seriesLabels = (ids: string[]) => ids.map((id) => grid.text(L.kpis[id] ?? id, header));

  if (model.trend.kpiIds.length > 0) {
    const start = grid.nextRow;
    grid.push([grid.text(L.monthColumn, header), ...seriesLabels(model.trend.kpiIds)]);
    model.trend.months.forEach((month, c) => {
      grid.push([
        grid.text(shortMonthLabel(L, month)),
        ...model.trend.values.map((series) => grid.number(series[c], COUNT_FORMAT)),
      ]);
    });
    charts.push({
      kind: 'line',
      title: L.trendChartTitle,
      data: {
        row: start,
        column: 1,
        rows: model.trend.months.length + 1,
        columns: model.trend.kpiIds.length + 1,
      },
      anchor: { row: firstRow, column: anchorColumn },
      percentAxis: false,
    });
    grid.blank();
  }

  if (model.comparison.kpiIds.length > 0 && model.comparison.channels.length > 0) {
    const start = grid.nextRow;
    grid.push([grid.text(L.channelColumn, header), ...seriesLabels(model.comparison.kpiIds)]);
    model.comparison.channels.forEach((channel, c) => {
      grid.push([
        grid.text(channel),
        ...model.comparison.values.map((series) => grid.number(series[c], PERCENT_FORMAT)),
      ]);
    });
    charts.push({
      kind: 'column',
      title: L.comparisonChartTitle(monthLabel(L, model.month)),
      data: {
        row: start,
        column: 1,
        rows: model.comparison.channels.length + 1,
        columns: model.comparison.kpiIds.length + 1,
      },
      anchor: { row: firstRow + CHART_HEIGHT_ROWS, column: anchorColumn },
      percentAxis: true,
    });
  }
  return charts;
}

/** Wide enough for the longest KPI label at about 7 pixels a character, within sane bounds. */
function labelWidth(L: ReportLabels, model: ReportModel): number {
  const longest = Math.max(
    L.kpiHeader.length,
    ...model.families.flatMap((family) => family.rows.map((row) => (L.kpis[row.kpiId] ?? row.label).length)),
  );
  return Math.min(360, Math.max(140, longest * 7 + 24));
}

const instantFormatters = new Map<string, Intl.DateTimeFormat>();

/** "2026-11-03 09:15 (Europe/Stockholm)": unambiguous in every locale. */
export function formatInstant(instant: Date, timeZone: string): string {
  let formatter = instantFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    instantFormatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')} (${timeZone})`;
}
