import type { ElementwiseKernel } from '../functions/elementwise';
import { ELEMENTWISE_KERNELS } from '../functions/implementations';
import { columnsOfInput, ENGAGEMENT_BASES, ENGAGEMENT_PARTS, type EngagementBase } from '../kpi/engagement';
import { FAMILIES, KPIS, type KpiId } from '../kpi/registry';
import { columnKpis } from '../kpi/lookup';
import type { Direction, KpiDefinition, KpiFamily, KpiUnit } from '../kpi/types';
import {
  currentPeriodNumber,
  daysInPeriodNumber,
  shiftPeriodNumber,
  type PeriodNumber,
} from './period-numbers';
import type { PeriodKind } from './periods';
import {
  perPostKpiList,
  type ChannelPeriod,
  type DataSet,
  postRatesOf,
  type PostRates,
  type RowIssue,
} from './read';

/*
 * The report as plain numbers (spec: Monthly aggregation): flows summed, followers as the
 * month's last value, reach never silently summed, rates pooled through the same kernels the
 * custom functions use, All channels pooled from the channel totals.
 */

/**
 * The key of the pooled column in the model: a symbol, which no channel in the data can be. A
 * channel the user named "All channels" is a channel like any other (i18n/all-channels).
 */
export const ALL_CHANNELS: unique symbol = Symbol('All channels');

/** A report column: a channel's name as the data spells it, or the pooled column. */
export type ReportColumn = string | typeof ALL_CHANNELS;

/** Good news, bad news or no change, by the KPI's direction. */
export type Tone = 'good' | 'bad' | 'neutral';

export interface ReportCell {
  current: number | null;
  previous: number | null;
  /** GROWTH_RATE(previous, current); null when previous is missing, zero or only a bound. */
  change: number | null;
  /** Neutral whenever the change is not comparable. */
  tone: Tone;
  /**
   * Both months are complete for the column (spec: Completeness), so the change may be coloured;
   * otherwise it is shown uncoloured with a mark. All channels' change compares only the
   * channels complete in both months (ReportModel.allChannelsChange).
   */
  comparable: boolean;
  /** Reach summed over several rows: at most this many people, not the reach. */
  currentIsUpperBound: boolean;
  previousIsUpperBound: boolean;
}

/**
 * How a per-post KPI's month is measured (spec: Per-post rates in a month): the mean of the
 * per-post rates when the data has post rows; otherwise the month's total ÷ its base, which for a
 * base of followers is a monthly total per follower, not a rate.
 */
export type RowMeasure = 'per_post' | 'per_follower_month' | 'month_total';

/** The extra row of engagement rate on exact reach, for the channels that have one. */
export const ENGAGEMENT_RATE_BY_REACH = 'engagement_rate_by_reach';

export interface ReportRow {
  /** A registry KPI's id, or ENGAGEMENT_RATE_BY_REACH. */
  kpiId: string;
  label: string;
  unit: KpiUnit;
  direction: Direction;
  /** One per report column: the channels, then All channels. */
  cells: ReportCell[];
  measure?: RowMeasure;
  /**
   * The base every column of the row divides by (spec: One base per row): a quantity id, or
   * "per_post" for a mean of per-post rates.
   */
  base?: string;
  /** All channels pools only these channels (those with both figures), when not every channel. */
  pooledChannels?: string[];
}

/** The days one channel's rows cover in a month (spec: Completeness). */
export interface ChannelCoverage {
  days: number;
  daysInPeriod: number;
  /** Post rows in the month. */
  posts: number;
  complete: boolean;
  /** The month has not ended yet (in the spreadsheet's time zone), so it cannot be complete. */
  running: boolean;
}

export interface ReportFamily {
  family: KpiFamily;
  rows: ReportRow[];
}

export type ReportNote =
  | { kind: 'one_channel'; channel: string }
  | { kind: 'no_previous_period' }
  | { kind: 'ignored_headers'; headers: string[] }
  | { kind: 'repeated_headers'; headers: string[] }
  | { kind: 'base_unusable'; base: EngagementBase; columns: ReportColumn[] }
  /** A sum too large for a number (past about 1.8e308): its cell and every rate from it are blank. */
  | { kind: 'overflow'; column: ReportColumn; period: PeriodNumber; kpiId: string }
  | { kind: 'base_missing'; base: EngagementBase; columns: string[] }
  | { kind: 'incomplete'; channel: string; period: PeriodNumber; coverage: ChannelCoverage }
  | { kind: 'all_channels_change'; compared: string[]; leftOut: string[] }

  /** One channel-month's rows are in several currencies: its money cells are blank. */
  | { kind: 'mixed_currencies'; channel: string; period: PeriodNumber; currencies: string[] }
  /** The channels' money is in different currencies: All channels' money cells are blank. */
  | {
      kind: 'channel_currencies_differ';
      period: PeriodNumber;
      currencies: Array<{ currency: string; channels: string[] }>;
    };

export interface ReportModel {
  /** A week, a month or a quarter, by the kind the data was read in (DataSet.kind). */
  kind: PeriodKind;
  period: PeriodNumber;
  previousPeriod: PeriodNumber;
  /** Channel names as the data spells them, then ALL_CHANNELS. */
  columns: ReportColumn[];
  families: ReportFamily[];
  /** The engagement rate's base per column; undefined where no base is usable. */
  engagementBases: Array<EngagementBase | undefined>;
  /** The one base of the engagement rate row (spec: One base per row). */
  engagementBase: EngagementBase | undefined;
  /** KPI id → the base its row uses, for every rate row. */
  bases: Record<string, string>;
  /** Per channel column (All channels excluded), this month and last. */
  coverage: ChannelCoverage[];
  previousCoverage: ChannelCoverage[];
  /** Set when a document setting fixes the base instead of the spec's order. */
  fixedBase: EngagementBase | undefined;
  /** True when net new followers come from the change in followers, not a column. */
  netNewFollowersDerived: boolean;
  hasReach: boolean;
  hasFollowers: boolean;
  /** All channels over the 12 months ending with the report's month. */
  trend: ChartSeries & { periods: PeriodNumber[] };
  /** Each channel's rates this month. */
  comparison: ChartSeries & { channels: string[] };
  notes: ReportNote[];
  issues: RowIssue[];
  source: { sheetName: string; rowsRead: number; rowsUsed: number };
  builtAt: Date;
  timeZone: string;
  /** The spreadsheet's currency setting (ISO code): the currency of rows with no Currency cell. */
  currency: string;
  /**
   * The currency of each column's money, this month and last month; undefined where the money
   * is in several currencies (and so blank) or there is none.
   */
  columnCurrencies: { current: Array<string | undefined>; previous: Array<string | undefined> };
}

/** A chart's data: one series per KPI, one value per category. */
export interface ChartSeries {
  kpiIds: string[];
  /** values[series][category] */
  values: Array<Array<number | null>>;
}

export interface ReportContext {
  sheetName: string;
  builtAt: Date;
  timeZone: string;
  fixedBase?: EngagementBase;
  /** The spreadsheet's currency (ISO code); absent: USD. */
  currency?: string;
}

const TREND_KPIS = ['impressions', 'engagements', 'clicks', 'followers'] as const satisfies ReadonlyArray<
  KpiId | 'engagements'
>;
const COMPARISON_KPIS = ['engagement_rate', 'ctr', 'conversion_rate'] as const satisfies readonly KpiId[];
/** The trend chart's span: a year of weeks or months, two years of quarters. */
const TREND_LENGTH: Record<PeriodKind, number> = { week: 12, month: 12, quarter: 8 };

/**
 * One column's figures for one month, by quantity index (see quantityIndex); a quantity the
 * column lacks is blank.
 */
interface Quantities {
  values: number[];
  has: boolean[];
  /** Reach is one row's figure, or a single channel's exact figure: usable as a rate base. */
  reachExact: boolean;
  /**
   * Per-post rates summed and counted, by perPostKpiList index; null when a post's rate is
   * undefined.
   */
  posts: Array<PostMean | null>;
  /** Quantities whose sum overflowed: blank in `has`, named in a data-quality note. */
  overflowed: number[];
  /** The currencies of the column's rows, each once: more than one blanks its money. */
  currencies: string[];
}

interface PostMean {
  rateSum: number;
  count: number;
}

/**
 * The quantities a column can have, numbered: every column KPI, then engagements. Arrays by
 * number instead of maps by id, because a report reads and pools them thousands of times.
 * Built once from the registry.
 */
interface QuantityIndex {
  of: Map<string, number>;
  engagements: number;
  reach: number;
  followers: number;
  netNewFollowers: number;
  engagementParts: number[];
  /** Amounts of money (cost, revenue): never added across currencies. */
  money: number[];
  /** Copied for each new column. */
  zeros: number[];
  none: boolean[];
  /** The quantities' KPI ids, by index. */
  ids: string[];
}

let quantities: QuantityIndex | undefined;

function quantityIndex(): QuantityIndex {
  if (quantities) return quantities;
  const ids = [...columnKpis().map((kpi) => kpi.id), 'engagements'];
  const of = new Map(ids.map((id, i) => [id, i]));
  const zeros = ids.map(() => 0);
  quantities = {
    of,
    engagements: of.get('engagements') as number,
    reach: of.get('reach') ?? -1,
    followers: of.get('followers') ?? -1,
    netNewFollowers: of.get('net_new_followers') ?? -1,
    engagementParts: ENGAGEMENT_PARTS.flatMap((id) => (of.has(id) ? [of.get(id) as number] : [])),
    money: columnKpis().flatMap((kpi) => (kpi.unit === 'money' ? [of.get(kpi.id) as number] : [])),
    zeros,
    none: ids.map(() => false),
    ids,
  };
  return quantities;
}

function emptyQuantities(Q: QuantityIndex): Quantities {
  return {
    values: Q.zeros.slice(),
    has: Q.none.slice(),
    reachExact: false,
    posts: [],
    overflowed: [],
    currencies: [],
  };
}

const valueOf = (q: Quantities, index: number): number | undefined =>
  index >= 0 && q.has[index] ? q.values[index] : undefined;

/** How a KPI's cell is computed, worked out once per KPI. */
type KpiPlan =
  | { kind: 'quantity'; index: number }
  | { kind: 'average' }
  | {
      kind: 'kernel';
      kernel: ElementwiseKernel;
      /** Quantity indexes in parameter order; BASE for the engagement base, -1 for one no column has. */
      inputs: number[];
      optional: boolean[];
    }
  | { kind: 'none' };

const BASE = -2;
const kpiPlans = new Map<string, KpiPlan>();

function kpiPlan(kpi: KpiDefinition): KpiPlan {
  let plan = kpiPlans.get(kpi.id);
  if (plan) return plan;
  const Q = quantityIndex();
  const kernel = ELEMENTWISE_KERNELS[kpi.id];
  if (kpi.column || kpi.id === 'engagements') plan = { kind: 'quantity', index: Q.of.get(kpi.id) ?? -1 };
  else if (kpi.id === AVERAGE_ENGAGEMENT_RATE) plan = { kind: 'average' };
  else if (!kpi.report || !kernel) plan = { kind: 'none' };
  else {
    const report = kpi.report;
    plan = {
      kind: 'kernel',
      kernel,
      inputs: report.inputs.map((input) => (input === 'engagement_base' ? BASE : (Q.of.get(input) ?? -1))),
      optional: report.inputs.map((input) => report.optional?.includes(input) ?? false),
    };
  }
  kpiPlans.set(kpi.id, plan);
  return plan;
}

/** What the model's helpers share: the data, and which quantity each slot of its rows holds. */
interface ModelData {
  data: DataSet;
  Q: QuantityIndex;
  /** By slot: the slot's quantity index. */
  slotQuantity: number[];
  followersSlot: number;
  /** The spreadsheet's currency: a row's with a blank or no Currency cell. */
  currency: string;
}

const AVERAGE_ENGAGEMENT_RATE = 'average_engagement_rate';

export function periodsWithData(data: DataSet): PeriodNumber[] {
  return [...data.periods.keys()].sort((a, b) => a - b);
}

/** The last complete period the data has: the latest before the current one, else the latest. */
export function defaultReportPeriod(
  months: readonly PeriodNumber[],
  current: PeriodNumber,
): PeriodNumber | undefined {
  const complete = months.filter((period) => period < current);
  return complete.length > 0 ? complete[complete.length - 1] : months[months.length - 1];
}

export function buildReportModel(data: DataSet, period: PeriodNumber, context: ReportContext): ReportModel {
  const { kind } = data;
  const previousPeriod = shiftPeriodNumber(kind, period, -1);
  const available = availableQuantities(data);
  const derivedNetNew = !available.has('net_new_followers_column') && available.has('followers');
  const Q = quantityIndex();
  const model: ModelData = {
    data,
    Q,
    slotQuantity: data.headers.slots.map((slot) => Q.of.get(slot.kpiId) ?? -1),
    followersSlot: data.headers.slots.findIndex((slot) => slot.kpiId === 'followers'),
    currency: context.currency ?? 'USD',
  };

  const channelsInReport = data.channels
    .map((name, index) => ({ name, index }))
    .filter(({ index }) => hasRows(data, period, index) || hasRows(data, previousPeriod, index));
  const names = channelsInReport.map((channel) => channel.name);
  const current = columnsFor(model, period, channelsInReport, derivedNetNew);
  const previous = columnsFor(model, previousPeriod, channelsInReport, derivedNetNew);
  const columns: ReportColumn[] = [...names, ALL_CHANNELS];

  const now = currentPeriodNumber(kind, context.builtAt, context.timeZone);
  const coverage = channelsInReport.map(({ index }) => coverageOf(data, period, index, now));
  const previousCoverage = channelsInReport.map(({ index }) => coverageOf(data, previousPeriod, index, now));
  const comparable = coverage.map((c, i) => c.complete && previousCoverage[i].complete);
  const compared = comparable.flatMap((ok, i) => (ok ? [i] : []));
  const months: MonthColumns = {
    current,
    previous,
    comparable,
    // All channels' change compares only the channels complete in both months.
    comparedCurrent: current.map((q, i) => (comparable[i] ? q : undefined)),
    comparedPrevious: previous.map((q, i) => (comparable[i] ? q : undefined)),
    allComparable: compared.length > 0,
    pooledCurrent: poolChannels(Q, current),
    pooledPrevious: poolChannels(Q, previous),
  };

  const rowBase = chooseRowBase(Q, current, previous, context.fixedBase);
  const perPostMode =
    data.headers.postId >= 0 && channelsInReport.some(({ index }) => postRowsIn(data, period, index) > 0);
  const rowsByFamily = new Map<KpiFamily, ReportRow[]>();
  const rows: ReportRow[] = [];
  for (const kpi of supportedKpis(available)) {
    const specs = rowSpecs(Q, kpi, kpiPlan(kpi), rowBase.base, perPostMode, context.fixedBase, current);
    for (const spec of specs) {
      const row = reportRow(Q, spec, months, names);
      if (kpi.unit === 'money') keepChangesWithinOneCurrency(Q, row, months);
      rows.push(row);
      const familyRows = rowsByFamily.get(kpi.family);
      if (familyRows) familyRows.push(row);
      else rowsByFamily.set(kpi.family, [row]);
    }
  }
  const overflows: ReportNote[] = [];
  const trend = trendSeries(data, period, available, (m, kpiId) =>
    overflows.push({ kind: 'overflow', column: ALL_CHANNELS, period: m, kpiId }),
  );
  const families: ReportFamily[] = [];
  for (const family of FAMILIES) {
    const familyRows = rowsByFamily.get(family);
    if (familyRows) families.push({ family, rows: familyRows });
  }
  const bases: Record<string, string> = {};
  for (const row of rows) if (row.base !== undefined) bases[row.kpiId] = row.base;
  const engagementRow = rows.find((row) => row.kpiId === 'engagement_rate');
  const engagementBases = columns.map((_, i) =>
    engagementRow && engagementRow.cells[i].current !== null ? rowBase.base : undefined,
  );

  return {
    kind,
    period,
    previousPeriod,
    columns,
    families,
    engagementBases,
    engagementBase: rowBase.base,
    bases,
    coverage,
    previousCoverage,
    fixedBase: context.fixedBase,
    netNewFollowersDerived: derivedNetNew,
    hasReach: available.has('reach'),
    hasFollowers: available.has('followers'),
    trend,
    comparison: comparisonSeries(rows, channelsInReport),
    // Sums too large for a number first: they are mistakes in the data to fix.
    notes: overflowNotes(
      Q,
      columns,
      [
        { period, quantities: [...current, months.pooledCurrent] },
        { period: previousPeriod, quantities: [...previous, months.pooledPrevious] },
      ],
      overflows,
    ).concat(
      notesFor({
        data,
        period,
        previousPeriod,
        channels: channelsInReport,
        current,
        previous,
        engagementRow,
        rowBase,
        fixedBase: context.fixedBase,
        columns,
        coverage,
        previousCoverage,
        comparable,
      }),
      currencyNotes(Q, period, channelsInReport, current),
      currencyNotes(Q, previousPeriod, channelsInReport, previous),
    ),
    issues: data.issues,
    source: { sheetName: context.sheetName, rowsRead: data.rowsRead, rowsUsed: data.rowsUsed },
    builtAt: context.builtAt,
    timeZone: context.timeZone,
    currency: model.currency,
    columnCurrencies: {
      current: [...current, months.pooledCurrent].map((q) => moneyCurrency(Q, q)),
      previous: [...previous, months.pooledPrevious].map((q) => moneyCurrency(Q, q)),
    },
  };
}

/** The one currency of a column's money; undefined when it has none, or several (then blank). */
function moneyCurrency(Q: QuantityIndex, q: Quantities | undefined): string | undefined {
  return q && q.currencies.length === 1 && Q.money.some((index) => q.has[index])
    ? q.currencies[0]
    : undefined;
}

/** Money in the column, or money blanked because its rows are in several currencies. */
function hasMoney(Q: QuantityIndex, q: Quantities): boolean {
  return q.currencies.length > 1 || Q.money.some((index) => q.has[index]);
}

/** Money in more than one currency is not added up: those amounts, and all built on them, are blank. */
function blankMoney(Q: QuantityIndex, q: Quantities): void {
  for (const index of Q.money) q.has[index] = false;
}

/** An amount in SEK beside one in EUR is not a change: such a cell's change is left out. */
function keepChangesWithinOneCurrency(Q: QuantityIndex, row: ReportRow, months: MonthColumns): void {
  const current = [...months.current, months.pooledCurrent];
  const previous = [...months.previous, months.pooledPrevious];
  row.cells.forEach((cell, i) => {
    if (moneyCurrency(Q, current[i]) === moneyCurrency(Q, previous[i])) return;
    cell.change = null;
    cell.tone = 'neutral';
  });
}

function hasRows(data: DataSet, period: PeriodNumber, channel: number): boolean {
  return (data.periods.get(period)?.[channel]?.rows ?? 0) > 0;
}

function postRowsIn(data: DataSet, period: PeriodNumber, channel: number): number {
  return data.periods.get(period)?.[channel]?.postRows ?? 0;
}

/**
 * Post rows cover a period when they run from its first to its last such span (spec:
 * Completeness): a month's or a quarter's first and last week, a week's first and last day.
 */
const POST_SPAN_DAYS: Record<PeriodKind, number> = { week: 1, month: 7, quarter: 7 };

/**
 * How much of the period one channel's rows cover (spec: Completeness): every day, a row dated by
 * a month alone (its days), or, for post rows, posts from the first week to the last (a week's
 * first day to its last). The current period (in the spreadsheet's time zone) and later ones are
 * never complete.
 */
export function coverageOf(
  data: DataSet,
  period: PeriodNumber,
  channel: number,
  current: PeriodNumber,
): ChannelCoverage {
  const totals = data.periods.get(period)?.[channel];
  const daysInPeriod = daysInPeriodNumber(data.kind, period);
  const running = period >= current;
  if (!totals || totals.rows === 0) return { days: 0, daysInPeriod, posts: 0, complete: false, running };
  const days = totals.coveredDays;
  // Days as 1-based places in the period, as its first and last spans are counted.
  const first = totals.covered.indexOf(1) + 1;
  const last = totals.covered.lastIndexOf(1) + 1;
  const span = POST_SPAN_DAYS[data.kind];
  const spansPeriod = totals.postRows > 0 && first <= span && last > daysInPeriod - span;
  const complete = !running && (days === daysInPeriod || spansPeriod);
  return { days, daysInPeriod, posts: totals.postRows, complete, running };
}

/** Whether each period the data has is complete for every channel with rows in it, for the dialog. */
export function periodCompleteness(
  data: DataSet,
  period: PeriodNumber,
  current: PeriodNumber,
): { complete: boolean; incomplete: Array<{ channel: string; coverage: ChannelCoverage }> } {
  const incomplete: Array<{ channel: string; coverage: ChannelCoverage }> = [];
  data.channels.forEach((channel, index) => {
    if (!hasRows(data, period, index)) return;
    const coverage = coverageOf(data, period, index, current);
    if (!coverage.complete) incomplete.push({ channel, coverage });
  });
  return { complete: incomplete.length === 0 && period < current, incomplete };
}

/** Which quantities the data's columns can give at all: it decides which KPI rows the report has. */
function availableQuantities(data: DataSet): Set<string> {
  const ids = new Set(data.headers.slots.map((slot) => slot.kpiId));
  if (ids.has('net_new_followers')) ids.add('net_new_followers_column');
  if (ENGAGEMENT_PARTS.some((id) => ids.has(id))) ids.add('engagements');
  if (ids.has('followers')) ids.add('net_new_followers');
  if (ENGAGEMENT_BASES.some((id) => ids.has(id)) && ids.has('engagements')) ids.add('engagement_base');
  // The mean of per-post rates needs post rows: a post id column, engagements and followers.
  if (data.headers.postId >= 0 && ids.has('engagements') && ids.has('followers'))
    ids.add(AVERAGE_ENGAGEMENT_RATE);
  return ids;
}

function supportedKpis(available: Set<string>): KpiDefinition[] {
  return KPIS.filter((kpi) => {
    if (kpi.column) return available.has(kpi.id);
    if (kpi.id === 'engagements' || kpi.id === AVERAGE_ENGAGEMENT_RATE) return available.has(kpi.id);
    if (!kpi.report || !ELEMENTWISE_KERNELS[kpi.id]) return false;
    const optional = kpi.report.optional ?? [];
    return kpi.report.inputs.every((input) => optional.includes(input) || available.has(input));
  });
}

function channelQuantities(model: ModelData, totals: ChannelPeriod | undefined): Quantities | undefined {
  if (!totals || totals.rows === 0) return undefined;
  const { Q, slotQuantity } = model;
  const q = emptyQuantities(Q);
  const { values, has } = q;
  const { slots } = model.data.headers;
  for (let s = 0; s < slots.length; s++) {
    const index = slotQuantity[s];
    if (totals.counts[s] === 0 || index < 0) continue;
    values[index] = slots[s].aggregation === 'stock' ? totals.lastValues[s] : totals.sums[s];
    has[index] = true;
    if (index === Q.reach) q.reachExact = totals.counts[s] === 1;
  }
  if (Q.reach >= 0 && totals.periodReachRows === 1) {
    values[Q.reach] = totals.periodReach;
    has[Q.reach] = true;
    q.reachExact = true;
  }
  for (let i = 0; i < values.length; i++) {
    if (has[i] && !Number.isFinite(values[i])) blankOverflow(q, i);
  }
  addEngagements(Q, q);
  const followers = valueOf(q, Q.followers);
  q.posts = perPostKpiList().map((_, k) => postRates(postRatesOf(totals, k), followers));
  q.currencies = rowCurrencies(totals.currencies, model.currency);
  if (q.currencies.length > 1) blankMoney(Q, q);
  return q;
}

/** The currencies of a channel-month's rows, a blank Currency cell (or none) being the spreadsheet's. */
function rowCurrencies(cells: readonly string[], spreadsheetCurrency: string): string[] {
  if (cells.length === 0) return [spreadsheetCurrency];
  const codes = cells.map((code) => (code === '' ? spreadsheetCurrency : code));
  return codes.filter((code, i) => codes.indexOf(code) === i).sort();
}

/** Followers at the end of a channel-month, as channelQuantities would give them. */
function periodEndFollowers(model: ModelData, totals: ChannelPeriod | undefined): number | undefined {
  const s = model.followersSlot;
  if (!totals || totals.rows === 0 || s < 0 || totals.counts[s] === 0) return undefined;
  return model.data.headers.slots[s].aggregation === 'stock' ? totals.lastValues[s] : totals.sums[s];
}

/**
 * Each post's numerator ÷ base (registry: mean over posts of post engagements / followers): its
 * own followers, else the channel's month-end followers, as one shared followers cell.
 */
function postRates(rates: PostRates, periodEndFollowers: number | undefined): PostMean | null {
  const { rateSum, rated, unratedNumerator, unrated, undefinedRate } = rates;
  if (undefinedRate) return null;
  if (unrated === 0) return { rateSum, count: rated };
  if (periodEndFollowers === undefined || periodEndFollowers === 0) return null;
  return { rateSum: rateSum + unratedNumerator / periodEndFollowers, count: rated + unrated };
}

function addEngagements(Q: QuantityIndex, q: Quantities): void {
  // Without a part that overflowed, the others' sum would be a wrong figure, not a smaller one.
  if (Q.engagementParts.some((part) => q.overflowed.includes(part))) return;
  let engagements: number | undefined;
  for (const part of Q.engagementParts) {
    if (q.has[part]) engagements = (engagements ?? 0) + q.values[part];
  }
  if (engagements === undefined) return;
  if (!Number.isFinite(engagements)) return blankOverflow(q, Q.engagements);
  q.values[Q.engagements] = engagements;
  q.has[Q.engagements] = true;
}

/** A sum past the largest number: blank, remembered for the data-quality section. */
function blankOverflow(q: Quantities, index: number): void {
  q.has[index] = false;
  q.overflowed.push(index);
}

/** The report's channel columns for one month; All channels is pooled from them (poolChannels). */
function columnsFor(
  model: ModelData,
  period: PeriodNumber,
  channels: ReadonlyArray<{ index: number }>,
  derivedNetNew: boolean,
): Array<Quantities | undefined> {
  const { Q, data } = model;
  const byChannel = data.periods.get(period);
  const before = derivedNetNew ? data.periods.get(shiftPeriodNumber(data.kind, period, -1)) : undefined;
  const perChannel = channels.map(({ index }) => {
    const q = channelQuantities(model, byChannel?.[index]);
    if (q && derivedNetNew) {
      const end = valueOf(q, Q.followers);
      const startOfPeriod = periodEndFollowers(model, before?.[index]);
      if (end !== undefined && startOfPeriod !== undefined && Number.isFinite(end - startOfPeriod)) {
        q.values[Q.netNewFollowers] = end - startOfPeriod;
        q.has[Q.netNewFollowers] = true;
      }
    }
    return q;
  });
  return perChannel;
}

/**
 * All channels: sums of the channel totals. Followers add up too, as each account is a distinct
 * audience; reach does not, so the pooled reach is exact only when one channel has any.
 */
function poolChannels(
  Q: QuantityIndex,
  channels: ReadonlyArray<Quantities | undefined>,
): Quantities | undefined {
  const present = channels.filter((q): q is Quantities => q !== undefined);
  if (present.length === 0) return undefined;
  const pooled = emptyQuantities(Q);
  const { values, has } = pooled;
  for (const q of present) {
    for (let i = 0; i < values.length; i++) {
      if (!q.has[i]) continue;
      values[i] += q.values[i];
      has[i] = true;
    }
  }
  // A channel's overflowed sum leaves All channels blank too (its own note says why); a sum of
  // channels that each fit can still overflow, and is noted for All channels.
  for (let i = 0; i < values.length; i++) {
    if (present.some((q) => q.overflowed.includes(i))) has[i] = false;
    else if (has[i] && !Number.isFinite(values[i])) blankOverflow(pooled, i);
  }
  // A channel with no money at all has no currency to disagree with.
  const currencies = present.filter((q) => hasMoney(Q, q)).flatMap((q) => q.currencies);
  pooled.currencies = currencies.filter((code, i) => currencies.indexOf(code) === i).sort();
  if (pooled.currencies.length > 1) blankMoney(Q, pooled);
  const withReach = present.filter((q) => Q.reach >= 0 && q.has[Q.reach]);
  // A pooled net change means something only if every channel counted in followers has one.
  const withFollowers = present.filter((q) => Q.followers >= 0 && q.has[Q.followers]);
  if (withFollowers.some((q) => !q.has[Q.netNewFollowers])) has[Q.netNewFollowers] = false;
  // The reach of some channels only is neither everyone's reach nor a bound on it: blank, so no
  // rate divides every channel's figures by part of the audience.
  if (withReach.length > 0 && withReach.length < present.length) has[Q.reach] = false;
  pooled.reachExact = present.length === 1 && withReach.length === 1 && withReach[0].reachExact;
  return pooled;
}

function usableBase(Q: QuantityIndex, q: Quantities | undefined, base: EngagementBase): boolean {
  if (!q || valueOf(q, Q.of.get(base) ?? -1) === undefined) return false;
  return base !== 'reach' || q.reachExact;
}

/** The engagement rate row's one base, and the channels that lack it this month. */
interface RowBase {
  base: EngagementBase | undefined;
  /** Channel indexes with engagements this month but not the base: blank in the row. */
  missing: number[];
}

/**
 * One base for the whole engagement rate row (spec: One base per row): reach when exact, else
 * impressions, else followers, the first that every channel with engagements has in both months
 * and that All channels has too (reach, not additive across channels, only for a lone channel);
 * a document setting can fix it. When no base serves every channel, the one most channels have
 * this month, and the others are blank and named.
 */
function chooseRowBase(
  Q: QuantityIndex,
  current: ReadonlyArray<Quantities | undefined>,
  previous: ReadonlyArray<Quantities | undefined>,
  fixed: EngagementBase | undefined,
): RowBase {
  const engaged = (q: Quantities | undefined) => q !== undefined && q.has[Q.engagements];
  const participants = current.flatMap((q, i) => (engaged(q) || engaged(previous[i]) ? [i] : []));
  const servesAll = (base: EngagementBase) =>
    (base !== 'reach' || participants.length <= 1) &&
    participants.every(
      (i) =>
        (!engaged(current[i]) || usableBase(Q, current[i], base)) &&
        (!engaged(previous[i]) || usableBase(Q, previous[i], base)),
    );
  const candidates = fixed ? [fixed] : ENGAGEMENT_BASES;
  let base = candidates.find(servesAll);
  if (base === undefined) {
    let most = 0;
    for (const candidate of candidates) {
      const count = current.filter((q) => engaged(q) && usableBase(Q, q, candidate)).length;
      if (count > most) [base, most] = [candidate, count];
    }
    base ??= fixed;
  }
  // A base that overflowed is named by its own note, not as missing.
  const overflowed = (q: Quantities | undefined) =>
    base !== undefined && q !== undefined && q.overflowed.includes(Q.of.get(base) ?? -1);
  const missing = current.flatMap((q, i) =>
    engaged(q) && !overflowed(q) && (base === undefined || !usableBase(Q, q, base)) ? [i] : [],
  );
  return { base, missing };
}

function kpiValue(
  Q: QuantityIndex,
  plan: KpiPlan,
  q: Quantities | undefined,
  base: EngagementBase | undefined,
): number | null {
  if (!q) return null;
  switch (plan.kind) {
    case 'quantity':
      return plan.index >= 0 && q.has[plan.index] ? q.values[plan.index] : null;
    case 'average':
      return postMean(q.posts[0]);
    case 'none':
      return null;
  }
  const { inputs, optional } = plan;
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  for (let i = 0; i < inputs.length; i++) {
    const index = inputs[i] === BASE ? (base === undefined ? -1 : (Q.of.get(base) ?? -1)) : inputs[i];
    const usable = index >= 0 && q.has[index] && (index !== Q.reach || q.reachExact);
    if (!usable && !optional[i]) return null;
    const value = usable ? q.values[index] : 0;
    if (i === 0) a = value;
    else if (i === 1) b = value;
    else if (i === 2) c = value;
    else if (i === 3) d = value;
  }
  return finiteOrNull(plan.kernel.compute(a, b, c, d));
}

function finiteOrNull(value: number): number | null {
  if (value !== value || value === Infinity || value === -Infinity) return null;
  return value === 0 ? 0 : value;
}

const growth = ELEMENTWISE_KERNELS.growth_rate;

/** GROWTH_RATE(previous, current): blank when previous is missing or zero. */
export function monthOverMonth(previous: number | null, current: number | null): number | null {
  if (previous === null || current === null || previous === 0) return null;
  return finiteOrNull(growth.compute(previous, current, 0, 0));
}

export function toneOf(change: number | null, direction: Direction): Tone {
  if (change === null || change === 0) return 'neutral';
  return change > 0 === (direction === 'up') ? 'good' : 'bad';
}

/** Both months' columns, and which channels the All channels change compares. */
interface MonthColumns {
  current: ReadonlyArray<Quantities | undefined>;
  previous: ReadonlyArray<Quantities | undefined>;
  comparable: readonly boolean[];
  /** The channels complete in both months; the others undefined. */
  comparedCurrent: ReadonlyArray<Quantities | undefined>;
  comparedPrevious: ReadonlyArray<Quantities | undefined>;
  allComparable: boolean;
  pooledCurrent: Quantities | undefined;
  pooledPrevious: Quantities | undefined;
}

/** One report row to compute: a KPI, the base every column uses, and how its month is measured. */
interface RowSpec {
  kpi: KpiDefinition;
  kpiId: string;
  label: string;
  plan: KpiPlan;
  base: EngagementBase | undefined;
  measure?: RowMeasure;
  /** For means over posts: the perPostKpiList index. */
  postIndex: number;
  /** The extra row by exact reach: All channels has no exact reach to divide by. */
  byReach?: boolean;
}

/**
 * The rows one KPI gives. A per-post KPI is the mean over posts when the month has post rows,
 * else the month's total ÷ its base; the engagement rate gets a second row by exact reach when
 * some channels have one and the row's shared base is another.
 */
function rowSpecs(
  Q: QuantityIndex,
  kpi: KpiDefinition,
  plan: KpiPlan,
  base: EngagementBase | undefined,
  perPostMode: boolean,
  fixed: EngagementBase | undefined,
  current: ReadonlyArray<Quantities | undefined>,
): RowSpec[] {
  const postIndex = perPostKpiList().findIndex((entry) => entry.id === kpi.id);
  const spec: RowSpec = { kpi, kpiId: kpi.id, label: kpi.label, plan, base, postIndex };
  if (plan.kind === 'average') return [{ ...spec, measure: 'per_post' }];
  if (kpi.report?.perPost) {
    if (perPostMode) return [{ ...spec, measure: 'per_post' }];
    const perFollower = kpi.report.inputs[1] === 'followers';
    return [{ ...spec, measure: perFollower ? 'per_follower_month' : 'month_total' }];
  }
  if (kpi.id !== 'engagement_rate') return [spec];
  const withReach = current.some((q) => q?.has[Q.engagements] && usableBase(Q, q, 'reach'));
  if (fixed || base === 'reach' || !withReach) return [spec];
  return [
    spec,
    {
      ...spec,
      kpiId: ENGAGEMENT_RATE_BY_REACH,
      label: 'Engagement rate by reach',
      base: 'reach',
      byReach: true,
    },
  ];
}

function reportRow(
  Q: QuantityIndex,
  spec: RowSpec,
  months: MonthColumns,
  names: readonly string[],
): ReportRow {
  const { kpi } = spec;
  const isReach = kpi.id === 'reach';
  const cells: ReportCell[] = months.current.map((current, i) => {
    const previous = months.previous[i];
    const currentIsUpperBound = isReach && isUpperBound(Q, current);
    const previousIsUpperBound = isReach && isUpperBound(Q, previous);
    const currentValue = channelValue(Q, spec, current);
    const previousValue = channelValue(Q, spec, previous);
    const change =
      currentIsUpperBound || previousIsUpperBound ? null : monthOverMonth(previousValue, currentValue);
    return cellOf(currentValue, previousValue, change, months.comparable[i], kpi.direction, {
      currentIsUpperBound,
      previousIsUpperBound,
    });
  });

  const pooled = pooledValue(Q, spec, months.current, months.pooledCurrent);
  const pooledBefore = pooledValue(Q, spec, months.previous, months.pooledPrevious);
  const currentIsUpperBound = isReach && isUpperBound(Q, months.pooledCurrent);
  const previousIsUpperBound = isReach && isUpperBound(Q, months.pooledPrevious);
  let change: number | null = null;
  if (months.allComparable) {
    const now = pooledValue(Q, spec, months.comparedCurrent, poolChannels(Q, months.comparedCurrent));
    const before = pooledValue(Q, spec, months.comparedPrevious, poolChannels(Q, months.comparedPrevious));
    const bound = isReach && isUpperBound(Q, poolChannels(Q, months.comparedCurrent));
    const boundBefore = isReach && isUpperBound(Q, poolChannels(Q, months.comparedPrevious));
    change = bound || boundBefore ? null : monthOverMonth(before.value, now.value);
  } else if (!currentIsUpperBound && !previousIsUpperBound) {
    change = monthOverMonth(pooledBefore.value, pooled.value);
  }
  cells.push(
    cellOf(pooled.value, pooledBefore.value, change, months.allComparable, kpi.direction, {
      currentIsUpperBound,
      previousIsUpperBound,
    }),
  );

  const present = months.current.filter((q) => q !== undefined).length;
  const row: ReportRow = {
    kpiId: spec.kpiId,
    label: spec.label,
    unit: kpi.unit,
    direction: kpi.direction,
    cells,
    ...(spec.measure ? { measure: spec.measure } : {}),
  };
  const base = rowBaseName(spec);
  if (base !== undefined) row.base = base;
  if (pooled.value !== null && pooled.used.length < present)
    row.pooledChannels = pooled.used.map((i) => names[i]);
  return row;
}

function cellOf(
  current: number | null,
  previous: number | null,
  change: number | null,
  comparable: boolean,
  direction: Direction,
  bounds: { currentIsUpperBound: boolean; previousIsUpperBound: boolean },
): ReportCell {
  return {
    current,
    previous,
    change,
    tone: comparable ? toneOf(change, direction) : 'neutral',
    comparable,
    ...bounds,
  };
}

function isUpperBound(Q: QuantityIndex, q: Quantities | undefined): boolean {
  return q !== undefined && Q.reach >= 0 && q.has[Q.reach] && !q.reachExact;
}

/** The base a rate row divides by, as --json's "bases" names it. */
function rowBaseName(spec: RowSpec): string | undefined {
  if (spec.measure === 'per_post') return 'per_post';
  const report = spec.kpi.report;
  if (!report || report.inputs.length !== 2 || (report.optional ?? []).length > 0) return undefined;
  return report.inputs[1] === 'engagement_base' ? spec.base : report.inputs[1];
}

function postMean(mean: PostMean | null | undefined): number | null {
  return mean && mean.count > 0 ? finiteOrNull(mean.rateSum / mean.count) : null;
}

function channelValue(Q: QuantityIndex, spec: RowSpec, q: Quantities | undefined): number | null {
  if (!q) return null;
  if (spec.measure === 'per_post') return postMean(q.posts[spec.postIndex]);
  return kpiValue(Q, spec.plan, q, spec.base);
}

/**
 * All channels' figure and the channels it pools. A rate pools only the channels that have its
 * numerator and its base (spec: One base per row); a mean over posts takes every post of every
 * channel; counts are the pooled column's.
 */
function pooledValue(
  Q: QuantityIndex,
  spec: RowSpec,
  channels: ReadonlyArray<Quantities | undefined>,
  pooled: Quantities | undefined,
): { value: number | null; used: number[] } {
  const used: number[] = [];
  if (spec.byReach) return { value: null, used };
  if (spec.measure === 'per_post') {
    let mean: PostMean | null = { rateSum: 0, count: 0 };
    channels.forEach((q, i) => {
      if (!q) return;
      const own = q.posts[spec.postIndex];
      if (own && own.count > 0) used.push(i);
      mean = own && mean ? { rateSum: mean.rateSum + own.rateSum, count: mean.count + own.count } : null;
    });
    return { value: postMean(mean), used };
  }
  const plan = spec.plan;
  if (plan.kind !== 'kernel') {
    channels.forEach((q, i) => q && used.push(i));
    return { value: kpiValue(Q, plan, pooled, spec.base), used };
  }
  const inputs = plan.inputs.map((input) => resolveInput(Q, input, spec.base));
  const sums = inputs.map(() => 0);
  // A channel whose input overflowed has that figure, too large to add: All channels has none.
  if (channels.some((q) => q && inputs.some((index) => q.overflowed.includes(index))))
    return { value: null, used };
  // Money in different currencies is not added up (spec: Currency).
  if (pooled && pooled.currencies.length > 1 && inputs.some((index) => Q.money.includes(index)))
    return { value: null, used };
  channels.forEach((q, i) => {
    if (!q) return;
    if (inputs.some((index, k) => !plan.optional[k] && !usableInput(Q, q, index))) return;
    used.push(i);
    inputs.forEach((index, k) => {
      if (usableInput(Q, q, index)) sums[k] += q.values[index];
    });
  });
  // Reach is not additive across channels: All channels has it only as one channel's exact figure.
  if (used.length === 0 || (inputs.includes(Q.reach) && !pooled?.reachExact))
    return { value: null, used: [] };
  const [a = 0, b = 0, c = 0, d = 0] = sums;
  return { value: finiteOrNull(plan.kernel.compute(a, b, c, d)), used };
}

function resolveInput(Q: QuantityIndex, input: number, base: EngagementBase | undefined): number {
  if (input !== BASE) return input;
  return base === undefined ? -1 : (Q.of.get(base) ?? -1);
}

function usableInput(Q: QuantityIndex, q: Quantities, index: number): boolean {
  return index >= 0 && q.has[index] && (index !== Q.reach || q.reachExact);
}

/**
 * All channels over the trend's periods (12 weeks, 12 months, 8 quarters) for the trend chart. Its
 * KPIs are flows, engagements and followers, which All channels adds up from the channels
 * (poolChannels), so they are summed here straight from the channel-period totals instead of
 * building every period's full columns.
 */
function trendSeries(
  data: DataSet,
  period: PeriodNumber,
  available: Set<string>,
  onOverflow: (period: PeriodNumber, kpiId: string) => void,
): ReportModel['trend'] {
  const kpiIds = TREND_KPIS.filter((id) => available.has(id));
  const periods: PeriodNumber[] = [];
  for (let i = 1 - TREND_LENGTH[data.kind]; i <= 0; i++)
    periods.push(shiftPeriodNumber(data.kind, period, i));
  const slotsOf = (id: string): number[] => {
    const slots: number[] = [];
    data.headers.slots.forEach((slot, s) => {
      if (columnsOfInput(id).includes(slot.kpiId)) slots.push(s);
    });
    return slots;
  };
  const series = kpiIds.map((id) => ({ slots: slotsOf(id), stock: id === 'followers' }));
  const values = series.map(({ slots, stock }, k) =>
    periods.map((m) => {
      // A plain number and a flag, not number | null: the engine keeps the sum unboxed.
      let total = 0;
      let any = false;
      const byChannel = data.periods.get(m) ?? [];
      for (let c = 0; c < byChannel.length; c++) {
        const totals = byChannel[c];
        if (!totals || totals.rows === 0) continue;
        for (let i = 0; i < slots.length; i++) {
          const s = slots[i];
          if (totals.counts[s] === 0) continue;
          total += stock ? totals.lastValues[s] : totals.sums[s];
          any = true;
        }
      }
      if (!any) return null;
      if (Number.isFinite(total)) return total;
      // Too large a sum is blank in the chart data too, and named in the data-quality section.
      onOverflow(m, kpiIds[k]);
      return null;
    }),
  );
  return { periods, kpiIds, values };
}

function comparisonSeries(
  rows: readonly ReportRow[],
  channels: ReadonlyArray<{ name: string }>,
): ReportModel['comparison'] {
  const chosen = COMPARISON_KPIS.map((id) => rows.find((row) => row.kpiId === id)).filter(
    (row): row is ReportRow => row !== undefined,
  );
  const channelCount = channels.length;
  return {
    channels: channels.map((channel) => channel.name),
    kpiIds: chosen.map((row) => row.kpiId),
    values: chosen.map((row) => row.cells.slice(0, channelCount).map((cell) => cell.current)),
  };
}

interface NoteInputs {
  data: DataSet;
  period: PeriodNumber;
  previousPeriod: PeriodNumber;
  channels: ReadonlyArray<{ name: string; index: number }>;
  current: ReadonlyArray<Quantities | undefined>;
  previous: ReadonlyArray<Quantities | undefined>;
  engagementRow: ReportRow | undefined;
  rowBase: RowBase;
  fixedBase: EngagementBase | undefined;
  columns: readonly ReportColumn[];
  coverage: readonly ChannelCoverage[];
  previousCoverage: readonly ChannelCoverage[];
  comparable: readonly boolean[];
}

function notesFor(input: NoteInputs): ReportNote[] {
  const { data, period, previousPeriod, channels, current, previous, engagementRow, rowBase, fixedBase } =
    input;
  const notes: ReportNote[] = [];
  const channelsThisPeriod = channels.filter(({ index }) => hasRows(data, period, index));
  if (channelsThisPeriod.length === 1)
    notes.push({ kind: 'one_channel', channel: channelsThisPeriod[0].name });
  const hasPreviousPeriod = previous.some((q) => q !== undefined);
  if (!hasPreviousPeriod) notes.push({ kind: 'no_previous_period' });
  if (data.headers.ignored.length > 0) notes.push({ kind: 'ignored_headers', headers: data.headers.ignored });
  if (data.headers.repeated.length > 0)
    notes.push({ kind: 'repeated_headers', headers: data.headers.repeated });
  if (fixedBase && engagementRow) {
    const Q = quantityIndex();
    const engaged = current.map((q) => q?.has[Q.engagements] ?? false);
    engaged.push(engaged.some(Boolean));
    const unusable = input.columns.filter((_, i) => engaged[i] && engagementRow.cells[i].current === null);
    if (unusable.length > 0) notes.push({ kind: 'base_unusable', base: fixedBase, columns: unusable });
  } else if (rowBase.base && rowBase.missing.length > 0) {
    const columns = rowBase.missing.map((i) => channels[i].name);
    notes.push({ kind: 'base_missing', base: rowBase.base, columns });
  }
  // The month before and the month itself, each channel that is not complete in it; a month with
  // no rows at all is said once (no_previous_period), not channel by channel.
  const periods = [
    { at: previousPeriod, coverage: input.previousCoverage, any: hasPreviousPeriod },
    { at: period, coverage: input.coverage, any: true },
  ];
  for (const { at, coverage, any } of periods) {
    if (!any) continue;
    coverage.forEach((c, i) => {
      if (!c.complete) notes.push({ kind: 'incomplete', channel: channels[i].name, period: at, coverage: c });
    });
  }
  const leftOut = channels.filter((_, i) => !input.comparable[i]).map((channel) => channel.name);
  if (leftOut.length > 0 && hasPreviousPeriod) {
    const compared = channels.filter((_, i) => input.comparable[i]).map((channel) => channel.name);
    notes.push({ kind: 'all_channels_change', compared, leftOut });
  }
  return notes;
}

/**
 * One note per column, month and KPI whose sum overflowed, this month's first. The trend chart's
 * All channels months add only what no column's note already names.
 */
function overflowNotes(
  Q: QuantityIndex,
  columns: readonly ReportColumn[],
  months: ReadonlyArray<{ period: PeriodNumber; quantities: ReadonlyArray<Quantities | undefined> }>,
  trend: readonly ReportNote[],
): ReportNote[] {
  const notes: ReportNote[] = [];
  const named = new Set<string>();
  for (const { period, quantities } of months) {
    quantities.forEach((q, i) => {
      for (const index of q?.overflowed ?? []) {
        notes.push({ kind: 'overflow', column: columns[i], period, kpiId: Q.ids[index] });
        named.add(`${period}|${Q.ids[index]}`);
      }
    });
  }
  for (const note of trend) {
    if (note.kind === 'overflow' && !named.has(`${note.period}|${note.kpiId}`)) notes.push(note);
  }
  return notes;
}

/** What the data-quality section says about money left blank for its currencies, for one month. */
function currencyNotes(
  Q: QuantityIndex,
  period: PeriodNumber,
  channels: ReadonlyArray<{ name: string }>,
  columns: ReadonlyArray<Quantities | undefined>,
): ReportNote[] {
  const notes: ReportNote[] = [];
  const byCurrency = new Map<string, string[]>();
  channels.forEach(({ name }, i) => {
    const q = columns[i];
    if (!q || !hasMoney(Q, q)) return;
    if (q.currencies.length > 1)
      notes.push({ kind: 'mixed_currencies', channel: name, period, currencies: q.currencies });
    else {
      const list = byCurrency.get(q.currencies[0]) ?? [];
      list.push(name);
      byCurrency.set(q.currencies[0], list);
    }
  });
  if (byCurrency.size > 1)
    notes.push({
      kind: 'channel_currencies_differ',
      period,
      currencies: [...byCurrency.entries()].map(([currency, names]) => ({ currency, channels: names })),
    });
  return notes;
}
