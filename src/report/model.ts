import type { ElementwiseKernel } from '../functions/elementwise';
import { ELEMENTWISE_KERNELS } from '../functions/implementations';
import { columnKpis, FAMILIES, KPIS } from '../kpi/registry';
import type { Direction, KpiDefinition, KpiFamily, KpiUnit } from '../kpi/types';
import { addMonths, type MonthKey } from './dates';
import { ENGAGEMENT_PARTS, type ChannelMonth, type DataSet, type RowIssue } from './read';

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

export type EngagementBase = 'reach' | 'impressions' | 'followers';
export const ENGAGEMENT_BASES: readonly EngagementBase[] = ['reach', 'impressions', 'followers'];

/** Good news, bad news or no change, by the KPI's direction. */
export type Tone = 'good' | 'bad' | 'neutral';

export interface ReportCell {
  current: number | null;
  previous: number | null;
  /** GROWTH_RATE(previous, current); null when previous is missing, zero or only a bound. */
  change: number | null;
  tone: Tone;
  /** Reach summed over several rows: at most this many people, not the reach. */
  currentIsUpperBound: boolean;
  previousIsUpperBound: boolean;
}

export interface ReportRow {
  kpiId: string;
  label: string;
  unit: KpiUnit;
  direction: Direction;
  /** One per report column: the channels, then All channels. */
  cells: ReportCell[];
}

export interface ReportFamily {
  family: KpiFamily;
  rows: ReportRow[];
}

export type ReportNote =
  | { kind: 'one_channel'; channel: string }
  | { kind: 'no_previous_month' }
  | { kind: 'ignored_headers'; headers: string[] }
  | { kind: 'repeated_headers'; headers: string[] }
  | { kind: 'base_unusable'; base: EngagementBase; columns: ReportColumn[] }
  /** A sum too large for a number (past about 1.8e308): its cell and every rate from it are blank. */
  | { kind: 'overflow'; column: ReportColumn; month: MonthKey; kpiId: string }
  /** One channel-month's rows are in several currencies: its money cells are blank. */
  | { kind: 'mixed_currencies'; channel: string; month: MonthKey; currencies: string[] }
  /** The channels' money is in different currencies: All channels' money cells are blank. */
  | {
      kind: 'channel_currencies_differ';
      month: MonthKey;
      currencies: Array<{ currency: string; channels: string[] }>;
    };

export interface ReportModel {
  month: MonthKey;
  previousMonth: MonthKey;
  /** Channel names as the data spells them, then ALL_CHANNELS. */
  columns: ReportColumn[];
  families: ReportFamily[];
  /** The engagement rate's base per column; undefined where no base is usable. */
  engagementBases: Array<EngagementBase | undefined>;
  /** Set when a document setting fixes the base instead of the spec's order. */
  fixedBase: EngagementBase | undefined;
  /** True when net new followers come from the change in followers, not a column. */
  netNewFollowersDerived: boolean;
  hasReach: boolean;
  hasFollowers: boolean;
  /** All channels over the 12 months ending with the report's month. */
  trend: ChartSeries & { months: MonthKey[] };
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

const TREND_KPIS = ['impressions', 'engagements', 'clicks', 'followers'];
const COMPARISON_KPIS = ['engagement_rate', 'ctr', 'conversion_rate'];
const TREND_MONTHS = 12;

/**
 * One column's figures for one month, by quantity index (see quantityIndex); a quantity the
 * column lacks is blank.
 */
interface Quantities {
  values: number[];
  has: boolean[];
  /** Reach is one row's figure, or a single channel's exact figure: usable as a rate base. */
  reachExact: boolean;
  /** Per-post rates summed and counted; null when a post's rate is undefined. */
  posts: { rateSum: number; count: number } | null;
  /** Quantities whose sum overflowed: blank in `has`, named in a data-quality note. */
  overflowed: number[];
  /** The currencies of the column's rows, each once: more than one blanks its money. */
  currencies: string[];
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
  /** Copied for each new column: doubles from the start, so every column's arrays share a shape. */
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
  const zeros = ids.map(() => 0.5).fill(0);
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
    posts: null,
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

export function monthsWithData(data: DataSet): MonthKey[] {
  return [...data.months.keys()].sort((a, b) => a - b);
}

/** The last complete month the data has: the latest before the current month, else the latest. */
export function defaultReportMonth(months: readonly MonthKey[], current: MonthKey): MonthKey | undefined {
  const complete = months.filter((month) => month < current);
  return complete.length > 0 ? complete[complete.length - 1] : months[months.length - 1];
}

export function buildReportModel(data: DataSet, month: MonthKey, context: ReportContext): ReportModel {
  const previousMonth = addMonths(month, -1);
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
    .filter(({ index }) => hasRows(data, month, index) || hasRows(data, previousMonth, index));
  const current = columnsFor(model, month, channelsInReport, derivedNetNew);
  const previous = columnsFor(model, previousMonth, channelsInReport, derivedNetNew);
  const columns: ReportColumn[] = [...channelsInReport.map((channel) => channel.name), ALL_CHANNELS];

  const engagementBases = current.map((q, i) => chooseBase(Q, q, previous[i], context.fixedBase));
  const rowsByFamily = new Map<KpiFamily, ReportRow[]>();
  const rows = supportedKpis(available).map((kpi) => {
    const plan = kpiPlan(kpi);
    const row: ReportRow = {
      kpiId: kpi.id,
      label: kpi.label,
      unit: kpi.unit,
      direction: kpi.direction,
      cells: current.map((q, i) => reportCell(Q, kpi, plan, q, previous[i], engagementBases[i])),
    };
    // An amount in SEK beside one in EUR is not a change.
    if (kpi.unit === 'money')
      row.cells.forEach((cell, i) => {
        if (moneyCurrency(Q, current[i]) === moneyCurrency(Q, previous[i])) return;
        cell.change = null;
        cell.tone = 'neutral';
      });
    const familyRows = rowsByFamily.get(kpi.family);
    if (familyRows) familyRows.push(row);
    else rowsByFamily.set(kpi.family, [row]);
    return row;
  });
  const overflows: ReportNote[] = [];
  const trend = trendSeries(data, month, available, (m, kpiId) =>
    overflows.push({ kind: 'overflow', column: ALL_CHANNELS, month: m, kpiId }),
  );
  const families: ReportFamily[] = [];
  for (const family of FAMILIES) {
    const familyRows = rowsByFamily.get(family);
    if (familyRows) families.push({ family, rows: familyRows });
  }

  return {
    month,
    previousMonth,
    columns,
    families,
    engagementBases,
    fixedBase: context.fixedBase,
    netNewFollowersDerived: derivedNetNew,
    hasReach: available.has('reach'),
    hasFollowers: available.has('followers'),
    trend,
    comparison: comparisonSeries(rows, channelsInReport),
    notes: notesFor(
      Q,
      data,
      month,
      channelsInReport,
      current,
      previous,
      engagementBases,
      context.fixedBase,
      columns,
    ).concat(
      overflowNotes(
        Q,
        columns,
        [
          { month, quantities: current },
          { month: previousMonth, quantities: previous },
        ],
        overflows,
      ),
      currencyNotes(Q, month, channelsInReport, current),
      currencyNotes(Q, previousMonth, channelsInReport, previous),
    ),
    issues: data.issues,
    source: { sheetName: context.sheetName, rowsRead: data.rowsRead, rowsUsed: data.rowsUsed },
    builtAt: context.builtAt,
    timeZone: context.timeZone,
    currency: model.currency,
    columnCurrencies: {
      current: current.map((q) => moneyCurrency(Q, q)),
      previous: previous.map((q) => moneyCurrency(Q, q)),
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

function hasRows(data: DataSet, month: MonthKey, channel: number): boolean {
  return (data.months.get(month)?.[channel]?.rows ?? 0) > 0;
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

function channelQuantities(model: ModelData, totals: ChannelMonth | undefined): Quantities | undefined {
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
  if (Q.reach >= 0 && totals.monthReachRows === 1) {
    values[Q.reach] = totals.monthReach;
    has[Q.reach] = true;
    q.reachExact = true;
  }
  for (let i = 0; i < values.length; i++) {
    if (has[i] && !Number.isFinite(values[i])) blankOverflow(q, i);
  }
  addEngagements(Q, q);
  q.posts = postRates(totals, valueOf(q, Q.followers));
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
function monthEndFollowers(model: ModelData, totals: ChannelMonth | undefined): number | undefined {
  const s = model.followersSlot;
  if (!totals || totals.rows === 0 || s < 0 || totals.counts[s] === 0) return undefined;
  return model.data.headers.slots[s].aggregation === 'stock' ? totals.lastValues[s] : totals.sums[s];
}

/**
 * Each post's engagements ÷ followers (registry: mean over posts of post engagements / followers):
 * its own followers, else the channel's month-end followers, as one shared followers cell.
 */
function postRates(totals: ChannelMonth, monthEndFollowers: number | undefined): Quantities['posts'] {
  const { rateSum, rated, unratedEngagements, unrated, undefinedRate } = totals.posts;
  if (undefinedRate) return null;
  if (unrated === 0) return { rateSum, count: rated };
  if (monthEndFollowers === undefined || monthEndFollowers === 0) return null;
  return { rateSum: rateSum + unratedEngagements / monthEndFollowers, count: rated + unrated };
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

/** The report's columns for one month: each channel, then All channels pooled from them. */
function columnsFor(
  model: ModelData,
  month: MonthKey,
  channels: ReadonlyArray<{ index: number }>,
  derivedNetNew: boolean,
): Array<Quantities | undefined> {
  const { Q, data } = model;
  const byChannel = data.months.get(month);
  const before = derivedNetNew ? data.months.get(addMonths(month, -1)) : undefined;
  const perChannel = channels.map(({ index }) => {
    const q = channelQuantities(model, byChannel?.[index]);
    if (q && derivedNetNew) {
      const end = valueOf(q, Q.followers);
      const startOfMonth = monthEndFollowers(model, before?.[index]);
      if (end !== undefined && startOfMonth !== undefined && Number.isFinite(end - startOfMonth)) {
        q.values[Q.netNewFollowers] = end - startOfMonth;
        q.has[Q.netNewFollowers] = true;
      }
    }
    return q;
  });
  return [...perChannel, poolChannels(Q, perChannel)];
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
  // All channels' average is the mean over every post of every channel, not a mean of means.
  let posts: Quantities['posts'] = { rateSum: 0, count: 0 };
  for (const q of present) {
    posts =
      q.posts && posts
        ? { rateSum: posts.rateSum + q.posts.rateSum, count: posts.count + q.posts.count }
        : null;
  }
  pooled.posts = posts;
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

/**
 * Reach when exact, else impressions, else followers (spec: Engagement base), the same base in
 * both months so the change compares like with like; a document setting can fix it. When no
 * base serves both months, this month's rate still stands on its own base: last month's rate,
 * and so the change, are then blank.
 */
function chooseBase(
  Q: QuantityIndex,
  current: Quantities | undefined,
  previous: Quantities | undefined,
  fixed: EngagementBase | undefined,
): EngagementBase | undefined {
  const candidates = fixed ? [fixed] : ENGAGEMENT_BASES;
  const previousMatters = previous !== undefined && previous.has[Q.engagements];
  return (
    candidates.find(
      (base) => usableBase(Q, current, base) && (!previousMatters || usableBase(Q, previous, base)),
    ) ?? candidates.find((base) => usableBase(Q, current, base))
  );
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
      return q.posts && q.posts.count > 0 ? finiteOrNull(q.posts.rateSum / q.posts.count) : null;
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

function reportCell(
  Q: QuantityIndex,
  kpi: KpiDefinition,
  plan: KpiPlan,
  current: Quantities | undefined,
  previous: Quantities | undefined,
  base: EngagementBase | undefined,
): ReportCell {
  const isReach = kpi.id === 'reach';
  const currentIsUpperBound = isReach && current !== undefined && current.has[Q.reach] && !current.reachExact;
  const previousIsUpperBound =
    isReach && previous !== undefined && previous.has[Q.reach] && !previous.reachExact;
  const currentValue = kpiValue(Q, plan, current, base);
  const previousValue = kpiValue(Q, plan, previous, base);
  const change =
    currentIsUpperBound || previousIsUpperBound ? null : monthOverMonth(previousValue, currentValue);
  return {
    current: currentValue,
    previous: previousValue,
    change,
    tone: toneOf(change, kpi.direction),
    currentIsUpperBound,
    previousIsUpperBound,
  };
}

/**
 * All channels over 12 months for the trend chart. Its KPIs are flows, engagements and
 * followers, which All channels adds up from the channels (poolChannels), so they are summed here
 * straight from the channel-month totals instead of building every month's full columns.
 */
function trendSeries(
  data: DataSet,
  month: MonthKey,
  available: Set<string>,
  onOverflow: (month: MonthKey, kpiId: string) => void,
): ReportModel['trend'] {
  const kpiIds = TREND_KPIS.filter((id) => available.has(id));
  const months: MonthKey[] = [];
  for (let i = 1 - TREND_MONTHS; i <= 0; i++) months.push(addMonths(month, i));
  const slotsOf = (id: string): number[] => {
    const slots: number[] = [];
    data.headers.slots.forEach((slot, s) => {
      if (id === 'engagements' ? ENGAGEMENT_PARTS.includes(slot.kpiId) : slot.kpiId === id) slots.push(s);
    });
    return slots;
  };
  const series = kpiIds.map((id) => ({ slots: slotsOf(id), stock: id === 'followers' }));
  const values = series.map(({ slots, stock }, k) =>
    months.map((m) => {
      // A plain number and a flag, not number | null: the engine keeps the sum unboxed.
      let total = 0;
      let any = false;
      const byChannel = data.months.get(m) ?? [];
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
  return { months, kpiIds, values };
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

function notesFor(
  Q: QuantityIndex,
  data: DataSet,
  month: MonthKey,
  channels: ReadonlyArray<{ name: string; index: number }>,
  current: ReadonlyArray<Quantities | undefined>,
  previous: ReadonlyArray<Quantities | undefined>,
  bases: ReadonlyArray<EngagementBase | undefined>,
  fixedBase: EngagementBase | undefined,
  columns: readonly ReportColumn[],
): ReportNote[] {
  const notes: ReportNote[] = [];
  const channelsThisMonth = channels.filter(({ index }) => hasRows(data, month, index));
  if (channelsThisMonth.length === 1) notes.push({ kind: 'one_channel', channel: channelsThisMonth[0].name });
  if (previous[previous.length - 1] === undefined) notes.push({ kind: 'no_previous_month' });
  if (data.headers.ignored.length > 0) notes.push({ kind: 'ignored_headers', headers: data.headers.ignored });
  if (data.headers.repeated.length > 0)
    notes.push({ kind: 'repeated_headers', headers: data.headers.repeated });
  if (fixedBase) {
    const unusable = columns.filter((_, i) => current[i]?.has[Q.engagements] && bases[i] === undefined);
    if (unusable.length > 0) notes.push({ kind: 'base_unusable', base: fixedBase, columns: unusable });
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
  months: ReadonlyArray<{ month: MonthKey; quantities: ReadonlyArray<Quantities | undefined> }>,
  trend: readonly ReportNote[],
): ReportNote[] {
  const notes: ReportNote[] = [];
  const named = new Set<string>();
  for (const { month, quantities } of months) {
    quantities.forEach((q, i) => {
      for (const index of q?.overflowed ?? []) {
        notes.push({ kind: 'overflow', column: columns[i], month, kpiId: Q.ids[index] });
        named.add(`${month}|${Q.ids[index]}`);
      }
    });
  }
  for (const note of trend) {
    if (note.kind === 'overflow' && !named.has(`${note.month}|${note.kpiId}`)) notes.push(note);
  }
  return notes;
}

/** What the data-quality section says about money left blank for its currencies, for one month. */
function currencyNotes(
  Q: QuantityIndex,
  month: MonthKey,
  channels: ReadonlyArray<{ name: string }>,
  columns: ReadonlyArray<Quantities | undefined>,
): ReportNote[] {
  const notes: ReportNote[] = [];
  const byCurrency = new Map<string, string[]>();
  channels.forEach(({ name }, i) => {
    const q = columns[i];
    if (!q || !hasMoney(Q, q)) return;
    if (q.currencies.length > 1)
      notes.push({ kind: 'mixed_currencies', channel: name, month, currencies: q.currencies });
    else {
      const list = byCurrency.get(q.currencies[0]) ?? [];
      list.push(name);
      byCurrency.set(q.currencies[0], list);
    }
  });
  if (byCurrency.size > 1)
    notes.push({
      kind: 'channel_currencies_differ',
      month,
      currencies: [...byCurrency.entries()].map(([currency, names]) => ({ currency, channels: names })),
    });
  return notes;
}
