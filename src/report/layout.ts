import type { GoalStatus, ReportGoalRow } from './goal-rows';
import type { ReportLabels } from '../i18n';
import type { EngagementBase } from '../kpi/engagement';
import { kpiById } from '../kpi/lookup';
import type { KpiUnit } from '../kpi/types';
import { currencyFormat } from './currency';
import { dateSerial, shortDateExample as shortDateExampleFor, type MonthKey } from './dates';
import type { PeriodNumber } from './period-numbers';
import type { PeriodKind } from './periods';
import {
  ALL_CHANNELS,
  ENGAGEMENT_RATE_BY_REACH,
  type ReportColumn,
  type ReportModel,
  type ReportRow,
  type Tone,
} from './model';
import { channelDisplayName } from '../i18n/all-channels';
import type { RowIssue } from './read';

/*
 * The report tab as plain data: one rectangle of values with a number format, weight, background
 * and font colour per cell, plus charts. The writer sends each matrix in one call, so building
 * the whole picture here first is what keeps a rebuild cheap and never half-written.
 */

/** Dates are instants: Sheets shows them in the spreadsheet's time zone, by the cell's format. */
export type CellValue = string | number | Date;
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
  /**
   * The value axes, left then right, each with the number format its labels are shown in (rates
   * are fractions: a percent format shows 0.07 as 7 %) and a title naming its series.
   */
  axes: ChartAxis[];
  /** Per series, in column order: the index of the axis it is measured on. */
  seriesAxes: number[];
}

export interface ChartAxis {
  format: string;
  title: string;
}

/** A conditional format rule as data; the writer builds it with Apps Script's rule builder. */
export type ConditionalRuleSpec =
  | {
      kind: 'number';
      when: 'greater_than' | 'less_than';
      threshold: number;
      ranges: GridRect[];
      background: string;
      fontColor: string;
      bold: boolean;
    }
  | {
      /** A colour scale between fixed values: below min takes min's colour, past max max's. */
      kind: 'scale';
      ranges: GridRect[];
      min: { value: number; color: string };
      mid: { value: number; color: string };
      max: { value: number; color: string };
    };

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
  /** Set in one call after the values; a fixed handful of rules, however big the data. */
  conditionalRules: ConditionalRuleSpec[];
}

export interface LayoutOptions {
  /** Every text of the tab, in the spreadsheet's language (REPORT_TEXTS). */
  labels: ReportLabels;
  /** The spreadsheet's locale: how dates in messages are exemplified. */
  locale: string;
  /** The goals engine's rows for the month (goalsForReport); none gives a labelled placeholder. */
  goals?: readonly ReportGoalRow[];
  /** Goals set that do not run in the month: the placeholder then says so, not "no goals yet". */
  goalsNotRunning?: number;
  /**
   * The month goals are measured in, for a week's or a quarter's report (goals are monthly):
   * the goal section and a footnote name it. A month's report measures goals in its own month.
   */
  goalsMonth?: MonthKey;
  /** Skipped-row lines beyond this are summarised in one line, so the tab stays readable. */
  maxIssueLines?: number;
  /** Lines the data-quality section starts with: the scheduled builds that failed since the last. */
  qualityLines?: readonly string[];
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
  progressNone: '#fce8e6',
  progressHalf: '#fef7e0',
  progressDone: '#ceead6',
} as const;

const TEXT_FORMAT = '@';
const COUNT_FORMAT = '#,##0';
const UPPER_BOUND_FORMAT = '"≤ "#,##0';
const CHANGE_FORMAT = '+0.0%;-0.0%;0.0%';
/** A change that is not coloured, because a month is not complete: marked, footnoted. */
const MARKED_CHANGE_FORMAT = '+0.0%" *";-0.0%" *";0.0%" *"';
const PERCENT_FORMAT = '0.00%';
/** A monthly total per follower: a plain number, never a percentage (spec: Per-post rates). */
const PER_FOLLOWER_FORMAT = '#,##0.00';

/** Money follows its currency (spec: Currency), never the spreadsheet's language. */
export function unitFormat(unit: KpiUnit, currency: string): string {
  switch (unit) {
    case 'fraction':
      return PERCENT_FORMAT;
    case 'money':
      return currencyFormat(currency);
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

/** A column's money in its own currency, when the data says another than the spreadsheet's. */
function moneyFormat(currency: string | undefined, fallback: string): string {
  return currency === undefined ? fallback : currencyFormat(currency);
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

/** "October 2026", "Week 43, 2026", "Q4 2026": titles and sentences. */
export function periodLabel(L: ReportLabels, kind: PeriodKind, period: PeriodNumber): string {
  if (kind === 'month') return monthLabel(L, period);
  if (kind === 'week') return L.periodTexts.weekLabel(period % 100, Math.floor(period / 100));
  return L.periodTexts.quarterLabel(period % 10, Math.floor(period / 10));
}

/** "Oct 2026", "W43 2026", "Q4 2026": column headers and the trend chart's categories. */
function shortPeriodLabel(L: ReportLabels, kind: PeriodKind, period: PeriodNumber): string {
  if (kind === 'month') return shortMonthLabel(L, period);
  if (kind === 'week') return L.periodTexts.shortWeekLabel(period % 100, Math.floor(period / 100));
  return L.periodTexts.shortQuarterLabel(period % 10, Math.floor(period / 10));
}

/**
 * The texts of a report of a kind: a month's as they are; a week's or a quarter's with every text
 * that names the month replaced by one that names the week or the quarter.
 */
export function labelsForKind(L: ReportLabels, kind: PeriodKind): ReportLabels {
  return kind === 'month' ? L : { ...L, ...L.periodTexts[kind] };
}

/** How a cell looks; unset parts take the defaults (plain text format, normal, white, text colour). */
interface Style {
  bold?: boolean;
  background?: string;
  color?: string;
}

const NO_STYLE: Style = {};
/** KPI rows alternate white and a light band. */
const BAND_STYLES: readonly Style[] = [{ background: COLOURS.white }, { background: COLOURS.band }];

/**
 * The five matrices, filled row by row in place: a row starts as blank cells of its fill colour
 * (white, or the heading's colour for full-width bands) and cells are set into it, so no object
 * per cell is made and nothing is padded or copied afterwards. A new row is a copy of a blank
 * row made once per layout, which costs far less than filling a new array.
 */
class Grid {
  readonly values: CellValue[][] = [];
  readonly numberFormats: string[][] = [];
  readonly fontWeights: FontWeight[][] = [];
  readonly backgrounds: string[][] = [];
  readonly fontColors: string[][] = [];
  private readonly blankValues: CellValue[];
  private readonly blankFormats: string[];
  private readonly blankWeights: FontWeight[];
  private readonly blankColors: string[];
  private readonly blankFills = new Map<string, string[]>();
  // The current row's arrays, so setting a cell does not look them up.
  private rowValues: CellValue[] = [];
  private rowFormats: string[] = [];
  private rowWeights: FontWeight[] = [];
  private rowFills: string[] = [];
  private rowColors: string[] = [];

  constructor(readonly width: number) {
    this.blankValues = new Array<CellValue>(width).fill('');
    this.blankFormats = new Array<string>(width).fill(TEXT_FORMAT);
    this.blankWeights = new Array<FontWeight>(width).fill('normal');
    this.blankColors = new Array<string>(width).fill(COLOURS.text);
  }

  /** The sheet row (1-based) the next `row()` call starts. */
  get nextRow(): number {
    return this.values.length + 1;
  }

  /** Starts a row of blank cells; returns its sheet row. */
  row(fill: string = COLOURS.white): number {
    let blankFill = this.blankFills.get(fill);
    if (!blankFill) this.blankFills.set(fill, (blankFill = new Array<string>(this.width).fill(fill)));
    this.values.push((this.rowValues = this.blankValues.slice()));
    this.numberFormats.push((this.rowFormats = this.blankFormats.slice()));
    this.fontWeights.push((this.rowWeights = this.blankWeights.slice()));
    this.backgrounds.push((this.rowFills = blankFill.slice()));
    this.fontColors.push((this.rowColors = this.blankColors.slice()));
    return this.values.length;
  }

  /** Text is data: it is written so that a leading =, +, - or @ stays text (see asText). */
  text(column: number, text: string, style: Style = NO_STYLE): void {
    this.set(column, asText(text), TEXT_FORMAT, style);
  }

  /** A number, or a blank cell that keeps the number format when the value is null. */
  number(column: number, value: number | null, format: string, style: Style = NO_STYLE): void {
    this.set(column, value === null ? '' : value, format, style);
  }

  date(column: number, value: Date, format: string, style: Style = NO_STYLE): void {
    this.set(column, value, format, style);
  }

  private set(column: number, value: CellValue, format: string, style: Style): void {
    if (column >= this.width) return;
    this.rowValues[column] = value;
    this.rowFormats[column] = format;
    if (style.bold) this.rowWeights[column] = 'bold';
    if (style.background !== undefined) this.rowFills[column] = style.background;
    if (style.color !== undefined) this.rowColors[column] = style.color;
  }

  /** A one-cell line; a heading (with a background) fills the whole row with its colour. */
  line(text: string, style: Style = NO_STYLE): void {
    this.row(style.background);
    this.text(0, text, style);
  }

  blank(): void {
    this.row();
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

/**
 * Where the month-over-month change cells are, by the KPI's direction: what the colour rules
 * cover. Sheet rows by column (1-based), each list in row order as the rows are laid out.
 */
interface ChangeCells {
  up: number[][];
  down: number[][];
}

export function layoutReport(model: ReportModel, options: LayoutOptions): SheetLayout {
  const L = labelsForKind(options.labels, model.kind);
  const label = (period: PeriodNumber) => periodLabel(L, model.kind, period);
  const plan = columnPlan(model);
  const tableWidth = 1 + plan.reduce((sum, parts) => sum + parts.length, 0);
  const chartDataWidth = 1 + Math.max(model.trend.kpiIds.length, model.comparison.kpiIds.length);
  const goalsWidth = options.goals && options.goals.length > 0 ? L.goalColumns.length : 0;
  const grid = new Grid(Math.max(tableWidth, chartDataWidth, goalsWidth));

  grid.line(`${L.title}: ${label(model.period)}`, { bold: true });
  grid.line(L.period(label(model.period), label(model.previousPeriod)));
  grid.line(L.source(model.source.sheetName, model.source.rowsUsed, model.source.rowsRead), {
    color: COLOURS.muted,
  });
  // The build time is a date cell, so the spreadsheet shows it by its format and time zone.
  grid.line(L.builtAt, { color: COLOURS.muted });
  grid.date(1, model.builtAt, L.dateTimeFormat, { color: COLOURS.muted });
  grid.text(2, `(${model.timeZone})`, { color: COLOURS.muted });

  const header = { bold: true, background: COLOURS.header };
  const partTitle: Record<Part, string> = {
    current: shortPeriodLabel(L, model.kind, model.period),
    previous: shortPeriodLabel(L, model.kind, model.previousPeriod),
    change: L.change,
  };
  grid.row(COLOURS.header);
  grid.text(0, L.kpiHeader, header);
  let column = 1;
  model.columns.forEach((name, i) => {
    grid.text(column, columnName(L, name), header);
    column += plan[i].length;
  });
  grid.row(COLOURS.header);
  grid.text(0, '', header);
  column = 1;
  for (const parts of plan) for (const part of parts) grid.text(column++, partTitle[part], header);
  const frozenRows = grid.values.length;

  const changes: ChangeCells = { up: [], down: [] };
  const formats = new Map<string, string>();
  for (const family of model.families) {
    // A row blank for every column says nothing: left out, and the data-quality section says why.
    const shown = family.rows.filter((row) => !isBlankRow(row));
    if (shown.length === 0) continue;
    grid.line(L.families[family.family], { bold: true, background: COLOURS.family });
    shown.forEach((row, index) => {
      const style = BAND_STYLES[index % 2];
      let format = formats.get(row.unit);
      if (format === undefined) formats.set(row.unit, (format = unitFormat(row.unit, model.currency)));
      if (row.measure === 'per_follower_month') format = PER_FOLLOWER_FORMAT;
      const money = row.unit === 'money' && row.measure !== 'per_follower_month';
      const sheetRow = grid.row();
      grid.text(0, rowLabel(L, row), style);
      const changeRows = changes[row.direction];
      let c = 1;
      for (let i = 0; i < row.cells.length; i++) {
        const cell = row.cells[i];
        const parts = plan[i];
        for (let p = 0; p < parts.length; p++) {
          const part = parts[p];
          if (part === 'current') {
            const own = money ? moneyFormat(model.columnCurrencies.current[i], format) : format;
            grid.number(c, cell.current, cell.currentIsUpperBound ? UPPER_BOUND_FORMAT : own, style);
          } else if (part === 'previous') {
            const own = money ? moneyFormat(model.columnCurrencies.previous[i], format) : format;
            grid.number(c, cell.previous, cell.previousIsUpperBound ? UPPER_BOUND_FORMAT : own, style);
          } else if (cell.comparable || cell.change === null) {
            // Coloured by the conditional rules, so the colour follows the value if a user edits it.
            grid.number(c, cell.change, CHANGE_FORMAT, style);
            if (cell.comparable) (changeRows[c + 1] ??= []).push(sheetRow);
          } else {
            // A month is not complete: the change is shown, marked, and left out of the colours.
            grid.number(c, cell.change, MARKED_CHANGE_FORMAT, style);
          }
          c++;
        }
      }
    });
  }

  grid.blank();
  const goalsMonth =
    options.goalsMonth === undefined ? label(model.period) : monthLabel(L, options.goalsMonth);
  const progressCells = goalsSection(L, grid, options, goalsMonth, model.currency);
  grid.blank();
  dataQualitySection(
    L,
    grid,
    model,
    options.maxIssueLines ?? 200,
    options.locale,
    options.qualityLines ?? [],
  );
  grid.blank();
  footnotes(L, grid, model, options.goalsMonth);
  grid.blank();
  const charts = chartData(L, grid, model, chartDataWidth + 2);

  return {
    values: grid.values,
    numberFormats: grid.numberFormats,
    fontWeights: grid.fontWeights,
    backgrounds: grid.backgrounds,
    fontColors: grid.fontColors,
    frozenRows,
    labelColumnWidth: labelWidth(L, model),
    charts,
    conditionalRules: conditionalRules(changes, progressCells),
  };
}

/**
 * Conditional rules instead of fixed colours: a fixed set of rules, each covering many ranges,
 * so the writer sets them all in one call whatever the data. Good news is green and bad news red
 * by the KPI's direction (spec: Month over month): a rise of a ↑ KPI or a fall of a ↓ KPI is
 * good. Zero and blank match no rule.
 */
function conditionalRules(changes: ChangeCells, progress: GridRect | undefined): ConditionalRuleSpec[] {
  const good = { background: COLOURS.goodFill, fontColor: COLOURS.good, bold: true };
  const bad = { background: COLOURS.badFill, fontColor: COLOURS.bad, bold: true };
  const up = columnRuns(changes.up);
  const down = columnRuns(changes.down);
  const rules: ConditionalRuleSpec[] = [
    { kind: 'number', when: 'greater_than', threshold: 0, ranges: up, ...good },
    { kind: 'number', when: 'less_than', threshold: 0, ranges: up, ...bad },
    { kind: 'number', when: 'less_than', threshold: 0, ranges: down, ...good },
    { kind: 'number', when: 'greater_than', threshold: 0, ranges: down, ...bad },
  ];
  if (progress) {
    // Goal progress as a colour bar from nothing done (0) to the target reached (1 and past it).
    rules.push({
      kind: 'scale',
      ranges: [progress],
      min: { value: 0, color: COLOURS.progressNone },
      mid: { value: 0.5, color: COLOURS.progressHalf },
      max: { value: 1, color: COLOURS.progressDone },
    });
  }
  return rules.filter((rule) => rule.ranges.length > 0);
}

/** Cells merged into the fewest ranges: vertical runs of consecutive rows in each column. */
function columnRuns(rowsByColumn: ReadonlyArray<readonly number[] | undefined>): GridRect[] {
  const runs: GridRect[] = [];
  for (let column = 0; column < rowsByColumn.length; column++) {
    let run: GridRect | undefined;
    for (const row of rowsByColumn[column] ?? []) {
      if (run && run.row + run.rows === row) run.rows++;
      else runs.push((run = { row, column, rows: 1, columns: 1 }));
    }
  }
  return runs;
}

const GOAL_TONES: Record<GoalStatus, Tone> = {
  achieved: 'good',
  on_track: 'good',
  behind: 'bad',
  missed: 'bad',
  not_started: 'neutral',
  no_data: 'neutral',
};

/**
 * Every goal running in the month (the goals engine's rows), or a labelled placeholder. Returns
 * the progress cells, which a colour scale turns into a progress bar.
 */
function goalsSection(
  L: ReportLabels,
  grid: Grid,
  { goals = [], goalsNotRunning = 0 }: LayoutOptions,
  month: string,
  currency: string,
): GridRect | undefined {
  grid.line(L.goalsHeading, { bold: true, background: COLOURS.family });
  if (goals.length === 0) {
    const placeholder = goalsNotRunning > 0 ? L.goalsNoneRunning(month, goalsNotRunning) : L.goalsPlaceholder;
    grid.line(placeholder, { color: COLOURS.muted });
    return undefined;
  }
  const header = { bold: true, background: COLOURS.header };
  grid.row();
  L.goalColumns.forEach((title, i) => grid.text(i, title, header));
  const first = grid.nextRow;
  goals.forEach((goal, index) => {
    const band = index % 2 === 1 ? COLOURS.band : COLOURS.white;
    const format = unitFormat(kpiById(goal.kpiId)?.unit ?? 'count', currency);
    const tone = GOAL_TONES[goal.status];
    grid.row();
    // The goal's text and owner are what a teammate typed: text(), so "=…" or "+46…" stays text.
    grid.text(GOAL_COLUMN.what, goal.what, { background: band });
    grid.text(GOAL_COLUMN.kpi, L.kpis[goal.kpiId] ?? goal.kpiLabel, { background: band });
    grid.text(GOAL_COLUMN.channel, goal.channel === null ? L.allChannels : goal.channelLabel, {
      background: band,
    });
    grid.number(GOAL_COLUMN.baseline, goal.baseline, format, { background: band });
    grid.number(GOAL_COLUMN.target, goal.target, format, { background: band });
    grid.number(GOAL_COLUMN.current, goal.current, format, { background: band });
    grid.number(GOAL_COLUMN.progress, goal.progress, PERCENT_FORMAT, { background: band });
    grid.number(GOAL_COLUMN.deadline, dateSerial(goal.deadline), L.dateFormat, { background: band });
    grid.text(GOAL_COLUMN.status, L.goalStatuses[goal.status], {
      background: toneFill(tone, band),
      color: toneColour(tone),
    });
    grid.text(GOAL_COLUMN.owner, goal.owner, { background: band });
  });
  return { row: first, column: GOAL_COLUMN.progress + 1, rows: goals.length, columns: 1 };
}

/** Zero-based positions of the goal table's columns, in the order of L.goalColumns. */
const GOAL_COLUMN = {
  what: 0,
  kpi: 1,
  channel: 2,
  baseline: 3,
  target: 4,
  current: 5,
  progress: 6,
  deadline: 7,
  status: 8,
  owner: 9,
} as const;

/**
 * A per-post rate's row blank for every column (spec: Per-post rates in a month): left out, with
 * a line saying why. Other blank rows stay, as the data-quality section explains them (overflow).
 */
function isBlankRow(row: ReportRow): boolean {
  return (
    row.measure !== undefined && row.cells.every((cell) => cell.current === null && cell.previous === null)
  );
}

/** A KPI whose name already says it is a mean over posts (the registry's postRows). */
const meanOverPostsByDefinition = (kpiId: string): boolean => kpiById(kpiId)?.report?.postRows === true;

/** The row's label: a per-post KPI's says how its month was measured (spec: Per-post rates). */
export function rowLabel(L: ReportLabels, row: ReportRow): string {
  if (row.kpiId === ENGAGEMENT_RATE_BY_REACH) return L.engagementRateByReach;
  const name = L.kpis[row.kpiId] ?? row.label;
  if (row.measure === 'per_follower_month' || row.measure === 'month_total')
    return L.monthTotalLabels[row.kpiId] ?? name;
  if (row.measure === 'per_post' && !meanOverPostsByDefinition(row.kpiId)) return L.perPost(name);
  return name;
}

function dataQualitySection(
  L: ReportLabels,
  grid: Grid,
  model: ReportModel,
  maxIssueLines: number,
  locale: string,
  qualityLines: readonly string[],
): void {
  grid.line(L.dataQualityHeading, { bold: true, background: COLOURS.family });
  for (const line of qualityLines) grid.line(line);
  for (const line of noteLines(L, model)) grid.line(line);
  for (const line of leftOutLines(L, model)) grid.line(line);
  const lines = issueLines(L, model.issues, locale);
  if (lines.length === 0 && qualityLines.length === 0) grid.line(L.dataQualityNone, { color: COLOURS.muted });
  for (const line of lines.slice(0, maxIssueLines)) grid.line(line);
  if (lines.length > maxIssueLines) grid.line(L.moreRowsSkipped(lines.length - maxIssueLines));
}

/**
 * The data-quality section's lines as the tab words them, with at most `maxIssueLines` skipped
 * rows: what the team digest lists under its data-quality heading.
 */
export function dataQualityNotes(
  labels: ReportLabels,
  model: ReportModel,
  locale: string,
  maxIssueLines: number,
): string[] {
  const L = labelsForKind(labels, model.kind);
  const skipped = issueLines(L, model.issues, locale);
  return [
    ...noteLines(L, model),
    ...leftOutLines(L, model),
    ...skipped.slice(0, maxIssueLines),
    ...(skipped.length > maxIssueLines ? [L.moreRowsSkipped(skipped.length - maxIssueLines)] : []),
  ];
}

function noteLines(L: ReportLabels, model: ReportModel): string[] {
  const label = (period: PeriodNumber) => periodLabel(L, model.kind, period);
  const lines = model.notes.map((note) => {
    switch (note.kind) {
      case 'one_channel':
        return L.oneChannel(channelDisplayName(note.channel));
      case 'no_previous_period':
        return L.noPreviousMonth(label(model.previousPeriod));
      case 'ignored_headers':
        return L.ignoredHeaders(note.headers);
      case 'repeated_headers':
        return L.repeatedHeaders(note.headers);
      case 'base_unusable':
        return L.baseUnusable(
          L.baseNames[note.base],
          note.columns.map((column) => columnName(L, column)),
        );
      case 'overflow':
        return L.overflow(L.kpis[note.kpiId] ?? note.kpiId, columnName(L, note.column), label(note.period));
      case 'base_missing':
        return L.baseMissing(L.baseNames[note.base], note.columns);
      case 'incomplete': {
        const { days, daysInPeriod, posts, running } = note.coverage;
        const extra = running ? L.coverageRunning : posts > 0 ? L.coveragePosts(posts) : '';
        return L.coverage(note.channel, days, daysInPeriod, label(note.period), extra);
      }
      case 'all_channels_change':
        return L.allChannelsChange(note.compared, note.leftOut);
      case 'mixed_currencies':
        return L.mixedCurrencies(note.channel, label(note.period), note.currencies);
      case 'channel_currencies_differ':
        return L.channelCurrenciesDiffer(
          label(note.period),
          note.currencies.map((part) => L.currencyPart(part.currency, part.channels)),
        );
    }
  });
  const first = model.notes.findIndex((note) => note.kind === 'incomplete');
  if (first >= 0) lines.splice(first, 0, L.incompleteIntro);
  return lines;
}

/** One line per KPI row left out because it is blank for every column, saying why. */
function leftOutLines(L: ReportLabels, model: ReportModel): string[] {
  return model.families.flatMap((family) =>
    family.rows.filter(isBlankRow).map((row) => {
      const name = L.kpis[row.kpiId] ?? rowLabel(L, row);
      return row.kpiId === 'post_reach_rate' ? L.rowLeftOutReach(name) : L.rowLeftOut(name);
    }),
  );
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
    case 'bad_currency':
      return L.badCurrency(issue.header ?? '', issue.value ?? '');
    case 'month_row_in_week':
      return L.monthRowInWeek(issue.value ?? '');
  }
}

/** A column's header: the pooled label, or the channel, quoted if it reads like that label. */
export const columnName = (L: ReportLabels, column: ReportColumn): string =>
  column === ALL_CHANNELS ? L.allChannels : channelDisplayName(column);

function footnotes(L: ReportLabels, grid: Grid, model: ReportModel, goalsMonth?: MonthKey): void {
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
  const rows = model.families.flatMap((family) => family.rows.filter((row) => !isBlankRow(row)));
  const byReach = rows.find((row) => row.kpiId === ENGAGEMENT_RATE_BY_REACH);
  if (byReach) {
    const channels = model.columns
      .filter((_, i) => byReach.cells[i].current !== null)
      .map((column) => columnName(L, column));
    grid.line(L.footnoteByReach(channels), muted);
  }
  if (rows.some((row) => row.measure === 'per_post' && !meanOverPostsByDefinition(row.kpiId)))
    grid.line(L.footnotePerPost, muted);
  if (rows.some((row) => row.measure === 'per_follower_month')) grid.line(L.footnotePerFollowerMonth, muted);
  for (const row of rows) {
    if (row.pooledChannels) grid.line(L.footnotePooledChannels(rowLabel(L, row), row.pooledChannels), muted);
  }
  if (model.families.some((family) => family.rows.some((row) => row.kpiId === 'average_engagement_rate'))) {
    grid.line(L.footnoteAverageEngagementRate, muted);
  }
  if (model.hasReach) grid.line(L.footnoteReach, muted);
  if (model.hasFollowers) grid.line(L.footnoteFollowers, muted);
  if (model.netNewFollowersDerived) grid.line(L.footnoteNetNewDerived, muted);
  if (model.families.some((family) => family.rows.some((row) => row.unit === 'money')))
    grid.line(L.footnoteCurrency(model.currency), muted);
  grid.line(L.footnotePooled, muted);
  if (goalsMonth !== undefined) grid.line(L.periodTexts.footnoteGoalsMonth(monthLabel(L, goalsMonth)), muted);
  grid.line(L.footnoteChange, muted);
  if (rows.some((row) => row.cells.some((cell) => !cell.comparable && cell.change !== null)))
    grid.line(L.footnoteIncompleteMark, muted);
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
function chartData(L: ReportLabels, grid: Grid, model: ReportModel, anchorColumn: number): ChartSpec[] {
  grid.line(L.chartDataHeading, { bold: true, background: COLOURS.family });
  const charts: ChartSpec[] = [];
  const firstRow = grid.nextRow;
  const header = { bold: true, background: COLOURS.header };
  const seriesLabels = (ids: string[]) => ids.forEach((id, i) => grid.text(i + 1, L.kpis[id] ?? id, header));

  if (model.trend.kpiIds.length > 0) {
    const start = grid.row();
    grid.text(0, L.monthColumn, header);
    seriesLabels(model.trend.kpiIds);
    model.trend.periods.forEach((period, c) => {
      grid.row();
      grid.text(0, shortPeriodLabel(L, model.kind, period));
      model.trend.values.forEach((series, i) => grid.number(i + 1, series[c], COUNT_FORMAT));
    });
    const sizes = model.trend.values.map((series) => Math.max(0, ...series.map((value) => value ?? 0)));
    const seriesAxes = axesBySize(sizes);
    const names = model.trend.kpiIds.map((id) => L.kpis[id] ?? id);
    const axisTitle = (axis: number) => names.filter((_, i) => seriesAxes[i] === axis).join(', ');
    charts.push({
      kind: 'line',
      title: L.trendChartTitle,
      data: {
        row: start,
        column: 1,
        rows: model.trend.periods.length + 1,
        columns: model.trend.kpiIds.length + 1,
      },
      anchor: { row: firstRow, column: anchorColumn },
      axes: [...new Set(seriesAxes)].sort().map((axis) => ({ format: COUNT_FORMAT, title: axisTitle(axis) })),
      seriesAxes,
    });
    grid.blank();
  }

  if (model.comparison.kpiIds.length > 0 && model.comparison.channels.length > 0) {
    const start = grid.row();
    grid.text(0, L.channelColumn, header);
    seriesLabels(model.comparison.kpiIds);
    model.comparison.channels.forEach((channel, c) => {
      grid.row();
      grid.text(0, channelDisplayName(channel));
      model.comparison.values.forEach((series, i) => grid.number(i + 1, series[c], PERCENT_FORMAT));
    });
    charts.push({
      kind: 'column',
      title: L.comparisonChartTitle(periodLabel(L, model.kind, model.period)),
      data: {
        row: start,
        column: 1,
        rows: model.comparison.channels.length + 1,
        columns: model.comparison.kpiIds.length + 1,
      },
      anchor: { row: firstRow + CHART_HEIGHT_ROWS, column: anchorColumn },
      axes: [{ format: AXIS_PERCENT_FORMAT, title: '' }],
      seriesAxes: model.comparison.kpiIds.map(() => 0),
    });
  }
  return charts;
}

/** Whole percentages are enough to read a rate axis: 7 %, not 0.07. */
const AXIS_PERCENT_FORMAT = '0%';

/**
 * Series far smaller than the largest would lie flat at zero on its axis (engagements beside
 * impressions in millions): those go on a second axis on the right. A tenth is where a line
 * starts to look flat on a chart a few hundred pixels high.
 */
export function axesBySize(sizes: readonly number[]): number[] {
  const largest = Math.max(0, ...sizes);
  return sizes.map((size) => (size * 10 < largest ? 1 : 0));
}

/** Wide enough for the longest KPI label at about 7 pixels a character, within sane bounds. */
function labelWidth(L: ReportLabels, model: ReportModel): number {
  let longest = L.kpiHeader.length;
  for (const family of model.families)
    for (const row of family.rows) longest = Math.max(longest, rowLabel(L, row).length);
  return Math.min(360, Math.max(140, longest * 7 + 24));
}
