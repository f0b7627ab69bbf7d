import { columnsOfInput } from '../kpi/engagement';
import { KPIS, type KpiDefinition } from '../kpi/registry';
import { DateReader, daysInMonthOf, isMonthText, monthOfDay, type DayKey } from './dates';
import { DayPlacer, type PeriodNumber } from './period-numbers';
import type { PeriodKind } from './periods';
import { recogniseHeaders, type HeaderMap } from './headers';
import { RowTables } from './row-table';
import { RowRules, type RowIssue } from './row-rules';

/*
 * One pass over the data sheet's values, one way for every row: it is checked (./row-rules.ts),
 * looked up among the rows before it (./row-table.ts), and, when right and new, added to the
 * totals of its channel-period (a week, a month or a quarter: the reading's kind).
 */

export type { RowIssue, RowProblem } from './row-rules';

/**
 * Totals of one channel in one period, per column slot (the order of `HeaderMap.slots`). Plain
 * arrays: a typed array this size gets a buffer of its own, and four of those per channel-period
 * cost more than reading a thousand rows.
 */
export interface ChannelPeriod {
  /** Sum of the values, for flows and reach. */
  sums: number[];
  /** How many rows gave a value: 0 means the column is blank for this channel-period. */
  counts: number[];
  /**
   * For stock slots only, up to the last one: the value on the last day seen (a later row wins
   * a tie).
   */
  lastValues: number[];
  lastDays: number[];
  rows: number;
  /**
   * Reach from rows dated by the whole period, and how many: one such row is the period's exact
   * reach, whatever daily rows add (spec: prefer a monthly reach row). Only a month has such
   * rows (2026-10): in a quarter, monthly reach rows are summed with the rest, and reach summed
   * over several rows is never exact (counts > 1).
   */
  periodReach: number;
  periodReachRows: number;
  /**
   * The days the rows cover (spec: Completeness), one entry a day of the period, 1 for covered,
   * from the period's first day; a row dated by a month alone (2026-10) covers that month's days.
   */
  covered: number[];
  /** How many entries of `covered` are 1. */
  coveredDays: number;
  /** Rows with a post id. */
  postRows: number;
  /**
   * Post rows' per-post rates, by perPostKpiList index k: PostRates' four sums at 4k … 4k + 3
   * (read them with postRatesOf). Flat, as every post row adds to each.
   */
  posts: Float64Array;
  /** Bit k: a post's base was 0, so KPI k's mean is undefined. */
  postsUndefined: number;
  /**
   * The Currency cells of its rows, each code once, '' for a blank cell (the spreadsheet's
   * currency); empty when the data has no Currency column.
   */
  currencies: string[];
}

/**
 * A per-post rate's running sums (spec: Per-post rates in a month, the mean of per-post rates).
 * A post with its own base adds its rate; one without its own followers adds its numerator,
 * divided later by the channel's month-end followers, as the function divides by one shared
 * followers cell.
 */
export interface PostRates {
  rateSum: number;
  rated: number;
  /** Numerators of posts with no followers figure of their own. */
  unratedNumerator: number;
  unrated: number;
  /** A post with a base of 0: its rate, and so the mean, is undefined. */
  undefinedRate: boolean;
}

/** One per-post KPI's sums in a channel-period. */
export function postRatesOf(totals: ChannelPeriod, k: number): PostRates {
  const { posts } = totals;
  return {
    rateSum: posts[4 * k],
    rated: posts[4 * k + 1],
    unratedNumerator: posts[4 * k + 2],
    unrated: posts[4 * k + 3],
    undefinedRate: (totals.postsUndefined & (1 << k)) !== 0,
  };
}

/** A rate a month can give as the mean over its posts: numerator ÷ base, each post's own. */
export interface PerPostKpi {
  id: string;
  /** Data column ids summed for the numerator (engagements: its parts). */
  numerator: readonly string[];
  base: string;
}

let perPostKpis: PerPostKpi[] | undefined;

/**
 * The KPIs defined as a mean over posts (postRows: the average engagement rate) first, then every
 * KPI the registry marks perPost, each from its report inputs.
 */
export function perPostKpiList(): readonly PerPostKpi[] {
  if (perPostKpis) return perPostKpis;
  const ofKpi = (kpi: KpiDefinition): PerPostKpi => {
    const [numerator, base] = kpi.report?.inputs ?? [];
    return { id: kpi.id, numerator: columnsOfInput(numerator), base };
  };
  perPostKpis = [
    ...KPIS.filter((kpi) => kpi.report?.postRows).map(ofKpi),
    ...KPIS.filter((kpi) => kpi.report?.perPost).map(ofKpi),
  ];
  return perPostKpis;
}

export interface DataSet {
  headers: HeaderMap;
  /** Display names, in the order the data first names them. */
  channels: string[];
  /** The kind of the periods the rows are bucketed by. */
  kind: PeriodKind;
  /** Channel-period totals by period number (see period-numbers.ts), indexed by channel. */
  periods: Map<PeriodNumber, Array<ChannelPeriod | undefined>>;
  issues: RowIssue[];
  /** Data rows below the header that hold anything. */
  rowsRead: number;
  rowsUsed: number;
}

export type ReadResult =
  | { ok: true; data: DataSet }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'missing_columns'; missing: Array<'date' | 'channel'> };

export interface ReadOptions {
  timeZone: string;
  locale: string;
  /** The periods rows are bucketed by; months when not given. */
  period?: PeriodKind;
}

export function readDataValues(values: readonly (readonly unknown[])[], options: ReadOptions): ReadResult {
  if (values.length === 0) return { ok: false, reason: 'empty' };
  const recognised = recogniseHeaders(values[0]);
  if (!recognised.ok) return { ok: false, reason: 'missing_columns', missing: recognised.missing };
  const headers = recognised.headers;
  const dates = new DateReader(options.timeZone, options.locale);
  const kind = options.period ?? 'month';
  const data: DataSet = {
    headers,
    kind,
    channels: [],
    periods: new Map(),
    issues: [],
    rowsRead: 0,
    rowsUsed: 0,
  };
  const rules = new RowRules(headers, values[0], dates, kind === 'week');
  readRows(values, new RowPlan(headers, kind), rules, dates, data);
  return { ok: true, data };
}

/** What adding a right row needs to know about the columns, worked out once from the headers. */
class RowPlan {
  readonly slotCount: number;
  readonly stockSlots: number[] = [];
  readonly reachSlot: number;
  /** Each distinct numerator once: the slots of its parts; summed into postNumerators. */
  readonly numeratorParts: number[][];
  readonly postNumerators: Float64Array;
  /** By perPostKpiList index: its numerator (numeratorParts index), its base's slot (-1: none). */
  readonly postNumeratorOf: number[];
  readonly postBases: number[];
  /** The base's blank falls back to the month-end followers (followers bases only). */
  readonly postBaseIsFollowers: boolean[];
  readonly hasPosts: boolean;
  /** The Currency column's index, -1 for none. */
  readonly currency: number;
  /** New channel-periods' arrays are copies of these (see zeros). */
  readonly doubleZeros: number[];
  readonly integerZeros: number[];
  /** Stock values are kept up to the last stock slot only: usually followers, the first. */
  readonly stockValueZeros: number[];
  readonly stockDayZeros: number[];

  constructor(
    headers: HeaderMap,
    readonly kind: PeriodKind,
  ) {
    const { slots } = headers;
    this.slotCount = slots.length;
    slots.forEach((slot, s) => {
      if (slot.aggregation === 'stock') this.stockSlots.push(s);
    });
    this.doubleZeros = zeros(this.slotCount, 'double');
    this.integerZeros = zeros(this.slotCount, 'integer');
    const stockLength = this.stockSlots.length > 0 ? this.stockSlots[this.stockSlots.length - 1] + 1 : 0;
    this.stockValueZeros = zeros(stockLength, 'double');
    this.stockDayZeros = zeros(stockLength, 'integer');
    this.reachSlot = slots.findIndex((slot) => slot.kpiId === 'reach');
    const slotsOf = (ids: readonly string[]) =>
      slots.flatMap((slot, s) => (ids.includes(slot.kpiId) ? [s] : []));
    const kpis = perPostKpiList();
    const numerators = [...new Set(kpis.map((kpi) => kpi.numerator.join()))];
    this.numeratorParts = numerators.map((ids) => slotsOf(ids.split(',')));
    this.postNumerators = new Float64Array(numerators.length);
    this.postNumeratorOf = kpis.map((kpi) => numerators.indexOf(kpi.numerator.join()));
    this.postBases = kpis.map((kpi) => slotsOf([kpi.base])[0] ?? -1);
    this.postBaseIsFollowers = kpis.map((kpi) => kpi.base === 'followers');
    this.hasPosts = headers.postId >= 0;
    this.currency = headers.currency;
  }
}

/**
 * `length` zeros, always the same kind of array: pushed one by one, where Array.prototype.map
 * makes a holey array or not depending on how the engine runs the caller, and an array of
 * another kind makes the code using it slower. Doubles are doubles from the start, so adding
 * to them never changes the array's kind either.
 */
function zeros(length: number, kind: 'double' | 'integer'): number[] {
  const array: number[] = [];
  for (let i = 0; i < length; i++) array.push(kind === 'double' ? 0.5 : 0);
  return kind === 'double' ? array.fill(0) : array;
}

/**
 * The loop over the rows, on its own: the engine optimises a small function sooner and once
 * for all reports, where the loop inside readDataValues was optimised mid-loop (on-stack) and
 * thrown away at its end on every call.
 */
function readRows(
  values: readonly (readonly unknown[])[],
  plan: RowPlan,
  rules: RowRules,
  dates: DateReader,
  data: DataSet,
): void {
  const { headers } = rules;
  const { slotCount } = plan;
  const { channels, issues } = data;
  const byPeriod = new Map<PeriodNumber, Array<ChannelPeriod | undefined>>();
  const placer = new DayPlacer(plan.kind);
  const tables = new RowTables(values.length);
  const channelByKey = new Map<string, number>();
  const channelByCell = new Map<unknown, number>();
  // Rows usually repeat the previous row's channel and period: skip the lookups then.
  let lastChannelCell: unknown = undefined;
  let lastChannel = -1;
  let lastPeriod: PeriodNumber = -1;
  let byChannel: Array<ChannelPeriod | undefined> = [];
  const parsed = new Float64Array(slotCount);
  let rowsRead = 0;
  let rowsUsed = 0;

  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    if (rules.isBlank(row)) continue;
    rowsRead++;

    const dateCell = row[headers.date];
    const day = dates.read(dateCell);
    // A monthly row reads as the month's first day: only those are worth the text test.
    const monthRow = day !== undefined && day % 100 === 1 && isMonthText(dateCell);
    const channelCell = row[headers.channel];
    // Channel cells repeat a handful of texts: the raw cell finds its channel without new strings.
    let channel = channelCell === lastChannelCell ? lastChannel : (channelByCell.get(channelCell) ?? -1);
    const channelName = channel >= 0 ? channels[channel] : rules.channelOf(channelCell);
    if (!rules.check(row, r + 1, day, monthRow, channelName !== '', parsed, issues)) continue;

    if (channel < 0) {
      const channelKey = channelName.toLowerCase();
      const known = channelByKey.get(channelKey);
      if (known === undefined) {
        channel = channels.length;
        channels.push(channelName);
        channelByKey.set(channelKey, channel);
      } else channel = known;
      channelByCell.set(channelCell, channel);
    }
    lastChannelCell = channelCell;
    lastChannel = channel;

    const dayKey = day as DayKey;
    placer.place(dayKey);
    if (placer.number !== lastPeriod) {
      lastPeriod = placer.number;
      const known = byPeriod.get(lastPeriod);
      if (known) byChannel = known;
      else byPeriod.set(lastPeriod, (byChannel = []));
    }
    const postId = rules.postIdOf(row);
    const table = tables.tableFor(dayKey, channel, rowsUsed);
    const found = table.find(dayKey, channel, postId, parsed, r, values);
    if (found >= 0) {
      issues.push({ row: r + 1, problem: 'duplicate', firstRow: found + 1 });
      continue;
    }
    table.insert();
    let totals = byChannel[channel];
    if (totals === undefined) byChannel[channel] = totals = emptyChannelPeriod(plan, placer.length);
    const { sums, counts } = totals;
    for (let s = 0; s < slotCount; s++) {
      const n = parsed[s];
      if (n === n) sums[s] += n;
      else counts[s]++;
    }
    addRow(totals, row, parsed, dayKey, monthRow, placer, postId, plan, rules);
    rowsUsed++;
  }
  data.rowsRead = rowsRead;
  data.rowsUsed = rowsUsed;
  for (const [period, totalsByChannel] of byPeriod)
    data.periods.set(
      period,
      totalsByChannel.map((totals) => totals && finishedTotals(totals)),
    );
}

/**
 * While reading, `counts` holds how many rows left the cell blank: most rows leave none, so the
 * loop adds nothing for them. The count of values is the rows less the blanks.
 */
function finishedTotals(totals: ChannelPeriod): ChannelPeriod {
  const { counts, rows } = totals;
  for (let s = 0; s < counts.length; s++) counts[s] = rows - counts[s];
  return totals;
}

/** A right row's share beyond the sums: its row count, stock values and post rate. */
function addRow(
  totals: ChannelPeriod,
  row: readonly unknown[],
  /** The row's count cells, NaN for blank. */
  parsed: Float64Array,
  day: DayKey,
  /** Dated by a month alone (2026-10): it covers the month's days. */
  monthRow: boolean,
  /** Placed at `day`. */
  placer: DayPlacer,
  postId: string,
  plan: RowPlan,
  rules: RowRules,
): void {
  totals.rows++;
  const { stockSlots } = plan;
  for (let i = 0; i < stockSlots.length; i++) {
    const s = stockSlots[i];
    const n = parsed[s];
    if (n === n && day >= totals.lastDays[s]) {
      totals.lastDays[s] = day;
      totals.lastValues[s] = n;
    }
  }
  const { covered } = totals;
  if (!monthRow) {
    if (covered[placer.offset] === 0) {
      covered[placer.offset] = 1;
      totals.coveredDays++;
    }
  } else {
    const end = placer.offset + daysInMonthOf(monthOfDay(day));
    for (let d = placer.offset; d < end; d++) {
      if (covered[d] === 0) {
        covered[d] = 1;
        totals.coveredDays++;
      }
    }
    const reach = plan.reachSlot >= 0 ? parsed[plan.reachSlot] : NaN;
    // Only a month is the whole period of a monthly row (weeks refuse them).
    if (plan.kind === 'month' && reach === reach) {
      totals.periodReach = reach;
      totals.periodReachRows++;
    }
  }
  if (plan.hasPosts && postId !== '') {
    totals.postRows++;
    addPost(totals, parsed, plan);
  }
  if (plan.currency >= 0) {
    const code = rules.currencyOf(row);
    if (!totals.currencies.includes(code)) totals.currencies.push(code);
  }
}

function emptyChannelPeriod(plan: RowPlan, days: number): ChannelPeriod {
  return {
    sums: plan.doubleZeros.slice(),
    counts: plan.integerZeros.slice(),
    lastValues: plan.stockValueZeros.slice(),
    lastDays: plan.stockDayZeros.slice(),
    rows: 0,
    periodReach: 0,
    periodReachRows: 0,
    covered: zeros(days, 'integer'),
    coveredDays: 0,
    postRows: 0,
    posts: new Float64Array(4 * plan.postBases.length),
    postsUndefined: 0,
    currencies: [],
  };
}

/**
 * One post row into each per-post rate's sums. Like AVERAGE_ENGAGEMENT_RATE, a post whose
 * numerator cells are all blank is not a post with a rate; its own blank followers cell falls
 * back to the shared (month-end) followers. A post without a base of another kind (impressions)
 * has no rate.
 */
function addPost(totals: ChannelPeriod, parsed: Float64Array, plan: RowPlan): void {
  const { numeratorParts, postNumerators, postNumeratorOf, postBases } = plan;
  for (let g = 0; g < numeratorParts.length; g++) {
    const parts = numeratorParts[g];
    let numerator = NaN;
    for (let i = 0; i < parts.length; i++) {
      const n = parsed[parts[i]];
      if (n === n) numerator = numerator === numerator ? numerator + n : n;
    }
    postNumerators[g] = numerator;
  }
  const sums = totals.posts;
  for (let k = 0; k < postBases.length; k++) {
    const numerator = postNumerators[postNumeratorOf[k]];
    if (numerator !== numerator) continue;
    const position = postBases[k];
    const base = position >= 0 ? parsed[position] : NaN;
    if (base !== base) {
      if (position < 0 || !plan.postBaseIsFollowers[k]) continue;
      sums[4 * k + 2] += numerator;
      sums[4 * k + 3]++;
    } else if (base === 0) {
      totals.postsUndefined |= 1 << k;
    } else {
      sums[4 * k] += numerator / base;
      sums[4 * k + 1]++;
    }
  }
}
