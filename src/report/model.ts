import { ELEMENTWISE_KERNELS } from '../functions/implementations';
import { FAMILIES, KPIS } from '../kpi/registry';
import type { Direction, KpiDefinition, KpiFamily, KpiUnit } from '../kpi/types';
import { addMonths, type MonthKey } from './dates';
import { ENGAGEMENT_PARTS, type ChannelMonth, type DataSet, type RowIssue } from './read';

/*
 * The report as plain numbers (spec: Monthly aggregation): flows summed, followers as the
 * month's last value, reach never silently summed, rates pooled through the same kernels the
 * custom functions use, All channels pooled from the channel totals.
 */

/** The key of the pooled column in the model and in the headless JSON. */
export const ALL_CHANNELS = 'All channels';

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
  | { kind: 'base_unusable'; base: EngagementBase; columns: string[] };

export interface ReportModel {
  month: MonthKey;
  previousMonth: MonthKey;
  /** Channel names as the data spells them, then ALL_CHANNELS. */
  columns: string[];
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
}

const TREND_KPIS = ['impressions', 'engagements', 'clicks', 'followers'];
const COMPARISON_KPIS = ['engagement_rate', 'ctr', 'conversion_rate'];
const TREND_MONTHS = 12;

/** One column's figures for one month: column KPI ids and derived quantities; absent is blank. */
interface Quantities {
  values: Map<string, number>;
  /** Reach is one row's figure, or a single channel's exact figure: usable as a rate base. */
  reachExact: boolean;
  /** Per-post rates summed and counted; null when a post's rate is undefined. */
  posts: { rateSum: number; count: number } | null;
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

  const channelsInReport = data.channels
    .map((name, index) => ({ name, index }))
    .filter(({ index }) => hasRows(data, month, index) || hasRows(data, previousMonth, index));
  const current = columnsFor(data, month, channelsInReport, derivedNetNew);
  const previous = columnsFor(data, previousMonth, channelsInReport, derivedNetNew);
  const columns = [...channelsInReport.map((channel) => channel.name), ALL_CHANNELS];

  const engagementBases = current.map((q, i) => chooseBase(q, previous[i], context.fixedBase));
  const rows = supportedKpis(available).map((kpi) => ({
    kpiId: kpi.id,
    label: kpi.label,
    unit: kpi.unit,
    direction: kpi.direction,
    cells: current.map((q, i) => reportCell(kpi, q, previous[i], engagementBases[i])),
  }));
  const families = FAMILIES.map((family) => ({
    family,
    rows: rows.filter((row) => familyOf(row) === family),
  })).filter((family) => family.rows.length > 0);

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
    trend: trendSeries(data, month, available),
    comparison: comparisonSeries(rows, columns),
    notes: notesFor(
      data,
      month,
      channelsInReport,
      current,
      previous,
      engagementBases,
      context.fixedBase,
      columns,
    ),
    issues: data.issues,
    source: { sheetName: context.sheetName, rowsRead: data.rowsRead, rowsUsed: data.rowsUsed },
    builtAt: context.builtAt,
    timeZone: context.timeZone,
  };
}

const familyById = new Map(KPIS.map((kpi) => [kpi.id, kpi.family]));
const familyOf = (row: ReportRow): KpiFamily => familyById.get(row.kpiId) as KpiFamily;

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

function channelQuantities(data: DataSet, totals: ChannelMonth | undefined): Quantities | undefined {
  if (!totals || totals.rows === 0) return undefined;
  const values = new Map<string, number>();
  let reachExact = false;
  data.headers.slots.forEach((slot, s) => {
    if (totals.counts[s] === 0) return;
    if (slot.aggregation === 'stock') values.set(slot.kpiId, totals.lastValues[s]);
    else values.set(slot.kpiId, totals.sums[s]);
    if (slot.kpiId === 'reach') reachExact = totals.counts[s] === 1;
  });
  addEngagements(values);
  return { values, reachExact, posts: postRates(totals, values.get('followers')) };
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

function addEngagements(values: Map<string, number>): void {
  let engagements: number | undefined;
  for (const part of ENGAGEMENT_PARTS) {
    const value = values.get(part);
    if (value !== undefined) engagements = (engagements ?? 0) + value;
  }
  if (engagements !== undefined) values.set('engagements', engagements);
}

/** The report's columns for one month: each channel, then All channels pooled from them. */
function columnsFor(
  data: DataSet,
  month: MonthKey,
  channels: ReadonlyArray<{ index: number }>,
  derivedNetNew: boolean,
): Array<Quantities | undefined> {
  const byChannel = data.months.get(month);
  const before = derivedNetNew ? data.months.get(addMonths(month, -1)) : undefined;
  const perChannel = channels.map(({ index }) => {
    const q = channelQuantities(data, byChannel?.[index]);
    if (q && derivedNetNew) {
      const end = q.values.get('followers');
      const startOfMonth = channelQuantities(data, before?.[index])?.values.get('followers');
      if (end !== undefined && startOfMonth !== undefined)
        q.values.set('net_new_followers', end - startOfMonth);
    }
    return q;
  });
  return [...perChannel, poolChannels(perChannel)];
}

/**
 * All channels: sums of the channel totals. Followers add up too, as each account is a distinct
 * audience; reach does not, so the pooled reach is exact only when one channel has any.
 */
function poolChannels(channels: ReadonlyArray<Quantities | undefined>): Quantities | undefined {
  const present = channels.filter((q): q is Quantities => q !== undefined);
  if (present.length === 0) return undefined;
  const values = new Map<string, number>();
  for (const q of present) {
    for (const [id, value] of q.values) values.set(id, (values.get(id) ?? 0) + value);
  }
  // All channels' average is the mean over every post of every channel, not a mean of means.
  let posts: Quantities['posts'] = { rateSum: 0, count: 0 };
  for (const q of present) {
    posts =
      q.posts && posts
        ? { rateSum: posts.rateSum + q.posts.rateSum, count: posts.count + q.posts.count }
        : null;
  }
  const withReach = present.filter((q) => q.values.has('reach'));
  // A pooled net change means something only if every channel counted in followers has one.
  const withFollowers = present.filter((q) => q.values.has('followers'));
  if (withFollowers.some((q) => !q.values.has('net_new_followers'))) values.delete('net_new_followers');
  return { values, reachExact: withReach.length === 1 && withReach[0].reachExact, posts };
}

function usableBase(q: Quantities | undefined, base: EngagementBase): boolean {
  if (!q || !q.values.has(base)) return false;
  return base !== 'reach' || q.reachExact;
}

/**
 * Reach when exact, else impressions, else followers (spec: Engagement base), the same base in
 * both months so the change compares like with like; a document setting can fix it.
 */
function chooseBase(
  current: Quantities | undefined,
  previous: Quantities | undefined,
  fixed: EngagementBase | undefined,
): EngagementBase | undefined {
  const candidates = fixed ? [fixed] : ENGAGEMENT_BASES;
  const previousMatters = previous !== undefined && previous.values.has('engagements');
  return candidates.find(
    (base) => usableBase(current, base) && (!previousMatters || usableBase(previous, base)),
  );
}

function kpiValue(
  kpi: KpiDefinition,
  q: Quantities | undefined,
  base: EngagementBase | undefined,
): number | null {
  if (!q) return null;
  if (kpi.column || kpi.id === 'engagements') return q.values.get(kpi.id) ?? null;
  if (kpi.id === AVERAGE_ENGAGEMENT_RATE) {
    return q.posts && q.posts.count > 0 ? finiteOrNull(q.posts.rateSum / q.posts.count) : null;
  }
  const report = kpi.report;
  const kernel = ELEMENTWISE_KERNELS[kpi.id];
  if (!report || !kernel) return null;
  const inputs = [0, 0, 0, 0];
  for (let i = 0; i < report.inputs.length; i++) {
    const input = report.inputs[i];
    const quantity = input === 'engagement_base' ? base : input;
    const usable = quantity !== undefined && (quantity !== 'reach' || q.reachExact);
    const value = usable ? q.values.get(quantity) : undefined;
    if (value !== undefined) inputs[i] = value;
    else if (report.optional?.includes(input)) inputs[i] = 0;
    else return null;
  }
  return finiteOrNull(kernel.compute(inputs[0], inputs[1], inputs[2], inputs[3]));
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
  kpi: KpiDefinition,
  current: Quantities | undefined,
  previous: Quantities | undefined,
  base: EngagementBase | undefined,
): ReportCell {
  const isReach = kpi.id === 'reach';
  const currentIsUpperBound =
    isReach && current !== undefined && current.values.has('reach') && !current.reachExact;
  const previousIsUpperBound =
    isReach && previous !== undefined && previous.values.has('reach') && !previous.reachExact;
  const currentValue = kpiValue(kpi, current, base);
  const previousValue = kpiValue(kpi, previous, base);
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
function trendSeries(data: DataSet, month: MonthKey, available: Set<string>): ReportModel['trend'] {
  const kpiIds = TREND_KPIS.filter((id) => available.has(id));
  const months = Array.from({ length: TREND_MONTHS }, (_, i) => addMonths(month, i - TREND_MONTHS + 1));
  const slotsOf = (id: string): number[] =>
    data.headers.slots.flatMap((slot, s) =>
      (id === 'engagements' ? ENGAGEMENT_PARTS.includes(slot.kpiId) : slot.kpiId === id) ? [s] : [],
    );
  const series = kpiIds.map((id) => ({ slots: slotsOf(id), stock: id === 'followers' }));
  const values = series.map(({ slots, stock }) =>
    months.map((m) => {
      let total: number | null = null;
      for (const totals of data.months.get(m) ?? []) {
        if (!totals || totals.rows === 0) continue;
        for (const s of slots) {
          if (totals.counts[s] === 0) continue;
          total = (total ?? 0) + (stock ? totals.lastValues[s] : totals.sums[s]);
        }
      }
      return total;
    }),
  );
  return { months, kpiIds, values };
}

function comparisonSeries(rows: readonly ReportRow[], columns: readonly string[]): ReportModel['comparison'] {
  const chosen = COMPARISON_KPIS.map((id) => rows.find((row) => row.kpiId === id)).filter(
    (row): row is ReportRow => row !== undefined,
  );
  const channelCount = columns.length - 1;
  return {
    channels: columns.slice(0, channelCount),
    kpiIds: chosen.map((row) => row.kpiId),
    values: chosen.map((row) => row.cells.slice(0, channelCount).map((cell) => cell.current)),
  };
}

function notesFor(
  data: DataSet,
  month: MonthKey,
  channels: ReadonlyArray<{ name: string; index: number }>,
  current: ReadonlyArray<Quantities | undefined>,
  previous: ReadonlyArray<Quantities | undefined>,
  bases: ReadonlyArray<EngagementBase | undefined>,
  fixedBase: EngagementBase | undefined,
  columns: readonly string[],
): ReportNote[] {
  const notes: ReportNote[] = [];
  const channelsThisMonth = channels.filter(({ index }) => hasRows(data, month, index));
  if (channelsThisMonth.length === 1) notes.push({ kind: 'one_channel', channel: channelsThisMonth[0].name });
  if (previous[previous.length - 1] === undefined) notes.push({ kind: 'no_previous_month' });
  if (data.headers.ignored.length > 0) notes.push({ kind: 'ignored_headers', headers: data.headers.ignored });
  if (data.headers.repeated.length > 0)
    notes.push({ kind: 'repeated_headers', headers: data.headers.repeated });
  if (fixedBase) {
    const unusable = columns.filter(
      (_, i) => current[i]?.values.has('engagements') && bases[i] === undefined,
    );
    if (unusable.length > 0) notes.push({ kind: 'base_unusable', base: fixedBase, columns: unusable });
  }
  return notes;
}
