import { PLAIN_NUMBER } from '../functions/cells';
import { isDate } from '../functions/errors';
import { columnsOfInput } from '../kpi/engagement';
import { KPIS, type KpiDefinition } from '../kpi/registry';
import { DateReader, daysInMonthOf, dayKeyToText, isMonthText, monthOfDay, type DayKey } from './dates';
import { DayPlacer, type PeriodNumber } from './period-numbers';
import type { PeriodKind } from './periods';
import { readCurrency } from './currency';
import { recogniseHeaders, type HeaderMap } from './headers';

/*
 * One pass over the data sheet's values: each row is checked and added to its channel-period
 * (a week, a month or a quarter: the reading's kind) totals in the same look at its cells, so
 * 100,000 rows cost one loop. The rare row found wrong halfway has already added some cells: its
 * channel-period is summed again at the end, from the rows that were right, in their order, so
 * its totals are exactly those of the right rows.
 */

export type RowProblem =
  | 'bad_date'
  | 'no_channel'
  | 'not_a_number'
  | 'negative'
  | 'duplicate'
  | 'bad_currency'
  /** A row dated by a month alone (2026-10) in a weekly reading: no week holds a whole month. */
  | 'month_row_in_week';

export interface RowIssue {
  /** The sheet's row number, as the user sees it (the header is row 1). */
  row: number;
  problem: RowProblem;
  /** The column's header, for cell problems. */
  header?: string;
  /** The cell's text, for cell problems. */
  value?: string;
  /** For duplicates: the row it repeats. */
  firstRow?: number;
}

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

/** Net new followers are the one column that may be negative (spec: Conventions). */
const SIGNED_COLUMNS = new Set(['net_new_followers']);

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
  const plan = new RowPlan(headers, dates, kind);
  const data: DataSet = {
    headers,
    kind,
    channels: [],
    periods: new Map(),
    issues: [],
    rowsRead: 0,
    rowsUsed: 0,
  };
  const reading = readRows(values, plan, dates, data);
  if (reading.buckets.some((bucket) => bucket.dirty)) sumAgain(values, plan, reading);
  for (const [period, byChannel] of reading.byPeriod)
    data.periods.set(
      period,
      byChannel.map((bucket) => bucket && finishedTotals(bucket)),
    );
  return { ok: true, data };
}

/** One channel-period while reading. */
interface Bucket {
  /** Its place in Reading.buckets. */
  id: number;
  totals: ChannelPeriod;
  /** Finds the channel-period's repeated rows. */
  seen: RowTable;
  /** A wrong row added some of its cells before it was found wrong. */
  dirty: boolean;
}

interface Reading {
  byPeriod: Map<PeriodNumber, Array<Bucket | undefined>>;
  buckets: Bucket[];
  /** By row index: 1 + the id of the bucket the row was added to, 0 for a row not added. */
  bucketOfRow: Int32Array;
}

/** The sums and blanks of the dirty channel-periods again, from their right rows in row order. */
function sumAgain(values: readonly (readonly unknown[])[], plan: RowPlan, reading: Reading): void {
  for (const { dirty, totals } of reading.buckets) {
    if (!dirty) continue;
    totals.sums.fill(0);
    totals.counts.fill(0);
  }
  for (let r = 1; r < values.length; r++) {
    const bucket = reading.buckets[reading.bucketOfRow[r] - 1];
    if (bucket === undefined || !bucket.dirty) continue;
    const { sums, counts } = bucket.totals;
    for (let s = 0; s < plan.slotCount; s++) {
      const n = readCount(values[r][plan.slotIndex[s]]);
      if (n === n) sums[s] += n;
      else counts[s]++;
    }
  }
}

/**
 * While reading, `counts` holds how many rows left the cell blank: most rows leave none, so the
 * loop adds nothing for them. The count of values is the rows less the blanks.
 */
function finishedTotals({ totals }: Bucket): ChannelPeriod {
  const { counts, rows } = totals;
  for (let s = 0; s < counts.length; s++) counts[s] = rows - counts[s];
  return totals;
}

/**
 * Up to this many rows, one duplicate table for the whole sheet (at most 32 bytes a row, 512 KB)
 * stays in the cache; beyond, one per channel-period keeps the table a row probes small, and
 * making and growing them costs little beside so many rows.
 */
const SHARED_TABLE_ROWS = 16_384;

/** What the row loop needs to know about the columns, worked out once from the headers. */
class RowPlan {
  readonly slotCount: number;
  readonly slotIndex: Int32Array;
  readonly signed: boolean[];
  readonly stockSlots: number[] = [];
  readonly followersSlot: number;
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
  /** The slots the row hash reads. */
  readonly hashed: number;
  /** New channel-periods' arrays are copies of these (see zeros). */
  readonly doubleZeros: number[];
  readonly integerZeros: number[];
  /** Stock values are kept up to the last stock slot only: usually followers, the first. */
  readonly stockValueZeros: number[];
  readonly stockDayZeros: number[];

  constructor(
    readonly headers: HeaderMap,
    /** Also names a date found in a number column as the user sees it. */
    readonly dates: DateReader,
    readonly kind: PeriodKind,
  ) {
    const { slots } = headers;
    this.slotCount = slots.length;
    this.slotIndex = new Int32Array(this.slotCount);
    this.signed = slots.map((slot) => SIGNED_COLUMNS.has(slot.kpiId));
    slots.forEach((slot, s) => {
      this.slotIndex[s] = slot.index;
      if (slot.aggregation === 'stock') this.stockSlots.push(s);
    });
    this.doubleZeros = zeros(this.slotCount, 'double');
    this.integerZeros = zeros(this.slotCount, 'integer');
    const stockLength = this.stockSlots.length > 0 ? this.stockSlots[this.stockSlots.length - 1] + 1 : 0;
    this.stockValueZeros = zeros(stockLength, 'double');
    this.stockDayZeros = zeros(stockLength, 'integer');
    this.followersSlot = slots.findIndex((slot) => slot.kpiId === 'followers');
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
    this.hashed = Math.min(this.slotCount, HASHED_VALUES);
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
 *
 * A row of a channel-period already seen, with a day and plain counts in the hashed slots, takes
 * the quick way: checked for a repeat first, then checked and added in one look at its cells.
 * Any other row (the first of its channel-period, or one with a problem there) is parsed whole
 * first, as it may name a new channel or period only if it is right.
 */
function readRows(
  values: readonly (readonly unknown[])[],
  plan: RowPlan,
  dates: DateReader,
  data: DataSet,
): Reading {
  const { headers, slotCount, slotIndex, hashed } = plan;
  const { channels, issues } = data;
  const byPeriod = new Map<PeriodNumber, Array<Bucket | undefined>>();
  const placer = new DayPlacer(plan.kind);
  const weekly = plan.kind === 'week';
  const buckets: Bucket[] = [];
  const bucketOfRow = new Int32Array(values.length);
  const sharedTable = values.length <= SHARED_TABLE_ROWS ? new RowTable(values.length) : undefined;
  const channelByKey = new Map<string, number>();
  const channelByCell = new Map<unknown, number>();
  // Rows usually repeat the previous row's channel and period: skip the lookups then.
  let lastChannelCell: unknown = undefined;
  let lastChannel = -1;
  let lastPeriod: PeriodNumber = -1;
  let byChannel: Array<Bucket | undefined> | undefined = undefined;
  const parsed = new Float64Array(slotCount);
  let rowsRead = 0;
  let rowsUsed = 0;

  rows: for (let r = 1; r < values.length; r++) {
    const row = values[r];
    if (isBlankRow(row)) continue;
    rowsRead++;
    const sheetRow = r + 1;

    const dateCell = row[headers.date];
    const day = dates.read(dateCell);
    // A monthly row reads as the month's first day: only those are worth the text test.
    const monthRow = day !== undefined && day % 100 === 1 && isMonthText(dateCell);
    const channelCell = row[headers.channel];
    // Channel cells repeat a handful of texts: the raw cell finds its channel without new strings.
    const knownChannel = channelCell === lastChannelCell ? lastChannel : channelByCell.get(channelCell);
    const postId = headers.postId >= 0 ? textOf(row[headers.postId]) : '';

    let bucket: Bucket | undefined;
    if (day !== undefined && knownChannel !== undefined && !(weekly && monthRow)) {
      placer.place(day);
      const period = placer.number;
      if (period !== lastPeriod) {
        byChannel = byPeriod.get(period);
        lastPeriod = period;
      }
      bucket = byChannel?.[knownChannel];
      // A Currency cell that names no currency is a problem the slow way names.
      if (plan.currency >= 0 && currencyCode(row[plan.currency]) === undefined) bucket = undefined;
    }
    if (bucket !== undefined) {
      let hash = seedHash(day as DayKey, knownChannel as number, postId);
      for (let s = 0; s < hashed; s++) {
        const cell = row[slotIndex[s]];
        if (!(typeof cell === 'number' && cell >= 0 && cell < Infinity)) {
          bucket = undefined;
          break;
        }
        hash = hashValue(hash, cell);
      }
      if (bucket !== undefined) {
        const found = bucket.seen.find(finalHash(hash), r, values);
        if (found >= 0) {
          issues.push({ row: sheetRow, problem: 'duplicate', firstRow: found + 1 });
          continue;
        }
        const { sums, counts } = bucket.totals;
        for (let s = 0; s < slotCount; s++) {
          const cell = row[slotIndex[s]];
          // Counts are nearly every cell: the check inline, the rest in unusualCell.
          if (typeof cell === 'number' && cell >= 0 && cell < Infinity) {
            sums[s] += cell;
            parsed[s] = cell;
          } else {
            const issuesBefore = issues.length;
            const n = unusualCell(cell, s, sheetRow, plan, issues);
            if (issues.length > issuesBefore) {
              // Name the row's other problems too, then sum this channel-period again at the end.
              for (let t = s + 1; t < slotCount; t++)
                unusualCell(row[slotIndex[t]], t, sheetRow, plan, issues);
              bucket.dirty = true;
              continue rows;
            }
            parsed[s] = n;
            if (n === n) sums[s] += n;
            else counts[s]++;
          }
        }
        bucket.seen.insert();
        bucketOfRow[r] = bucket.id + 1;
        addRow(bucket, row, parsed, day as DayKey, monthRow, placer, postId, plan);
        lastChannelCell = channelCell;
        lastChannel = knownChannel as number;
        rowsUsed++;
        continue;
      }
    }

    const issuesBefore = issues.length;
    if (day === undefined)
      issues.push({ row: sheetRow, problem: 'bad_date', value: cellText(dateCell, dates) });
    else if (weekly && monthRow)
      issues.push({ row: sheetRow, problem: 'month_row_in_week', value: cellText(dateCell, dates) });
    const channelName = knownChannel === undefined ? textOf(channelCell) : channels[knownChannel];
    if (channelName === '') issues.push({ row: sheetRow, problem: 'no_channel' });
    for (let s = 0; s < slotCount; s++) parsed[s] = countOf(row[slotIndex[s]], s, sheetRow, plan, issues);
    if (plan.currency >= 0 && currencyCode(row[plan.currency]) === undefined) {
      const header = String(values[0][plan.currency]).trim();
      issues.push({
        row: sheetRow,
        problem: 'bad_currency',
        header,
        value: cellText(row[plan.currency], dates),
      });
    }
    if (issues.length > issuesBefore) continue;

    let channel = knownChannel ?? -1;
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
    const period = placer.number;
    let periodBuckets = byPeriod.get(period);
    if (!periodBuckets) byPeriod.set(period, (periodBuckets = []));
    lastPeriod = period;
    byChannel = periodBuckets;
    if (!(bucket = periodBuckets[channel])) {
      // Sized for twice the rows the channel-periods so far have on average (the new period's
      // others, still empty, pull it down): in a big sheet most tables then never grow, and
      // growing (a new array, every row hashed again) is costly.
      const seen = sharedTable ?? new RowTable(buckets.length > 0 ? (2 * rowsUsed) / buckets.length : 0);
      periodBuckets[channel] = bucket = {
        id: buckets.length,
        totals: emptyChannelPeriod(plan, placer.length),
        seen,
        dirty: false,
      };
      buckets.push(bucket);
    }

    // A copy of a row has its day and channel, so it can only be in the same channel-period.
    let hash = seedHash(dayKey, channel, postId);
    for (let s = 0; s < hashed; s++) hash = hashValue(hash, parsed[s]);
    const found = bucket.seen.find(finalHash(hash), r, values);
    if (found >= 0) {
      issues.push({ row: sheetRow, problem: 'duplicate', firstRow: found + 1 });
      continue;
    }
    bucket.seen.insert();
    bucketOfRow[r] = bucket.id + 1;
    const { sums, counts } = bucket.totals;
    for (let s = 0; s < slotCount; s++) {
      const n = parsed[s];
      if (n === n) sums[s] += n;
      else counts[s]++;
    }
    addRow(bucket, row, parsed, dayKey, monthRow, placer, postId, plan);
    rowsUsed++;
  }
  data.rowsRead = rowsRead;
  data.rowsUsed = rowsUsed;
  return { byPeriod, buckets, bucketOfRow };
}

/** A cell's number (NaN for blank), naming the problem when it has one. */
function countOf(cell: unknown, s: number, sheetRow: number, plan: RowPlan, issues: RowIssue[]): number {
  return typeof cell === 'number' && cell >= 0 && cell < Infinity
    ? cell
    : unusualCell(cell, s, sheetRow, plan, issues);
}

/** A cell that is not a plain count: blank (NaN), text, a signed value, or a problem to name. */
function unusualCell(cell: unknown, s: number, sheetRow: number, plan: RowPlan, issues: RowIssue[]): number {
  const n = readCount(cell);
  if (n === NOT_A_NUMBER) {
    const header = plan.headers.slots[s].header;
    issues.push({ row: sheetRow, problem: 'not_a_number', header, value: cellText(cell, plan.dates) });
  } else if (n < 0 && !plan.signed[s]) {
    issues.push({
      row: sheetRow,
      problem: 'negative',
      header: plan.headers.slots[s].header,
      value: cellText(cell, plan.dates),
    });
  }
  return n;
}

/** A right row's share beyond the sums: its row count, stock values and post rate. */
function addRow(
  bucket: Bucket,
  row: readonly unknown[],
  parsed: Float64Array,
  day: DayKey,
  /** Dated by a month alone (2026-10): it covers the month's days. */
  monthRow: boolean,
  /** Placed at `day`. */
  placer: DayPlacer,
  postId: string,
  plan: RowPlan,
): void {
  const totals = bucket.totals;
  totals.rows++;
  const { stockSlots, slotIndex } = plan;
  for (let i = 0; i < stockSlots.length; i++) {
    const s = stockSlots[i];
    const n = valueOf(row[slotIndex[s]]);
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
    const reach = plan.reachSlot >= 0 ? valueOf(row[slotIndex[plan.reachSlot]]) : NaN;
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
    const code = currencyCode(row[plan.currency]) as string;
    if (!totals.currencies.includes(code)) totals.currencies.push(code);
  }
}

/** A Currency cell's ISO code, '' for a blank cell, undefined for one that names no currency. */
function currencyCode(cell: unknown): string | undefined {
  if (cell === '' || cell === null || cell === undefined) return '';
  const text = textOf(cell);
  return text === '' ? '' : readCurrency(text);
}

/** A cell of a row known to be right, as a number (NaN for blank). */
function valueOf(cell: unknown): number {
  return typeof cell === 'number' ? cell : readCount(cell);
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

/** Blank travels as NaN; a value that is not a number gets its own marker. */
const NOT_A_NUMBER = -Infinity;

/** The functions' rule: numbers, or text that is a plain number; "1 200" and "12,5" are not guessed. */
function readCount(cell: unknown): number {
  if (typeof cell === 'number') return isFinite(cell) ? cell : NOT_A_NUMBER;
  if (cell === '' || cell === null || cell === undefined) return NaN;
  if (typeof cell === 'string') {
    const trimmed = cell.trim();
    if (trimmed === '') return NaN;
    return PLAIN_NUMBER.test(trimmed) ? Number(trimmed) : NOT_A_NUMBER;
  }
  return NOT_A_NUMBER;
}

function textOf(cell: unknown): string {
  if (typeof cell === 'string') {
    // Most cells need no trimming: skip making a copy of them.
    const last = cell.length - 1;
    return last >= 0 && (cell.charCodeAt(0) <= 32 || cell.charCodeAt(last) <= 32) ? cell.trim() : cell;
  }
  if (cell === null || cell === undefined) return '';
  return String(cell).trim();
}

/** A cell as the user sees it, near enough to find it: a date as its day in the sheet's zone. */
function cellText(cell: unknown, dates: DateReader): string {
  if (isDate(cell)) {
    const day = dates.read(cell);
    return day === undefined ? '' : dayKeyToText(day);
  }
  return textOf(cell);
}

function isBlankRow(row: readonly unknown[]): boolean {
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (cell !== '' && cell !== null && cell !== undefined) return false;
  }
  return true;
}

function sameCells(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let c = 0; c < a.length; c++) {
    const x = a[c];
    const y = b[c];
    if (x === y) continue;
    if (isDate(x) && isDate(y) && x.getTime() === y.getTime()) continue;
    return false;
  }
  return true;
}

/**
 * Rows that agree on day, channel, post and the first values are rare unless they are copies,
 * so hashing more values would cost more than the few extra sameCells checks it saves.
 */
const HASHED_VALUES = 4;

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/**
 * Row hashes to row indexes, open addressing in typed arrays: for 100,000 rows several times
 * faster than a Map, which made duplicate detection the slowest part of reading.
 */
class RowTable {
  /**
   * Slot i is entries[2i] (the hash) and entries[2i + 1] (row index + 1; 0 is empty): side by
   * side, so a probe reads one cache line. Doubles when half full, so probes stay short.
   */
  private entries: Int32Array;
  private mask: number;
  private count = 0;
  /** Where the last `find` stopped, for `insert`. */
  private emptySlot = -1;
  private lastHash = 0;
  private lastIndex = 0;

  /** Room for `rows` rows before it first grows. */
  constructor(rows: number) {
    let slots = 64;
    while (slots < 2 * rows + 2) slots *= 2;
    this.entries = new Int32Array(2 * slots);
    this.mask = slots - 1;
  }

  /**
   * The earlier row identical to row `index` of `values`, or -1; `insert` then records this
   * one, once the row is known to be right. The values come as an argument, not a comparison
   * closure, so no function is made per row.
   */
  find(hash: number, index: number, values: readonly (readonly unknown[])[]): number {
    const entries = this.entries;
    let slot = hash & this.mask;
    while (entries[2 * slot + 1] !== 0) {
      const row = entries[2 * slot + 1] - 1;
      if (entries[2 * slot] === hash && sameCells(values[row], values[index])) return row;
      slot = (slot + 1) & this.mask;
    }
    this.emptySlot = slot;
    this.lastHash = hash;
    this.lastIndex = index;
    return -1;
  }

  /** Records the row the last `find` did not find. */
  insert(): void {
    const slot = this.emptySlot;
    this.entries[2 * slot] = this.lastHash;
    this.entries[2 * slot + 1] = this.lastIndex + 1;
    if (++this.count * 2 > this.mask) this.grow();
  }

  private grow(): void {
    const old = this.entries;
    this.mask = this.mask * 2 + 1;
    this.entries = new Int32Array(2 * (this.mask + 1));
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1] === 0) continue;
      let slot = old[i] & this.mask;
      while (this.entries[2 * slot + 1] !== 0) slot = (slot + 1) & this.mask;
      this.entries[2 * slot] = old[i];
      this.entries[2 * slot + 1] = old[i + 1];
    }
  }
}

/*
 * An FNV-1a style hash of day, channel, post and the first values, mixed at the end so its low
 * bits (the table's slot) depend on all of it; collisions of different rows are rare, and
 * sameCells confirms every hit.
 */

function seedHash(day: DayKey, channel: number, postId: string): number {
  let h = Math.imul(0x811c9dc5 ^ day, 16777619);
  h = Math.imul(h ^ channel, 16777619);
  for (let i = 0; i < postId.length; i++) h = Math.imul(h ^ postId.charCodeAt(i), 16777619);
  return h;
}

function hashValue(h: number, value: number): number {
  bits[0] = value;
  h = Math.imul(h ^ words[0], 16777619);
  return Math.imul(h ^ words[1], 16777619);
}

/** Murmur3's finaliser, to 30 bits. */
function finalHash(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & 0x3fffffff;
}
