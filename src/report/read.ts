import { PLAIN_NUMBER } from '../functions/cells';
import { isDate } from '../functions/errors';
import { DateReader, monthOfDay, type DayKey, type MonthKey } from './dates';
import { recogniseHeaders, type HeaderMap } from './headers';

/*
 * One pass over the data sheet's values: each row is checked whole, then added to its
 * channel-month totals, so nothing per row is kept and 100,000 rows cost one loop.
 */

export type RowProblem = 'bad_date' | 'no_channel' | 'not_a_number' | 'negative' | 'duplicate';

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

/** Totals of one channel in one month, per column slot (the order of `HeaderMap.slots`). */
export interface ChannelMonth {
  /** Sum of the values, for flows and reach. */
  sums: Float64Array;
  /** How many rows gave a value: 0 means the column is blank for this channel-month. */
  counts: Uint32Array;
  /** For stock slots only: the value on the last day seen (a later row wins a tie). */
  lastValues: Float64Array;
  lastDays: Float64Array;
  rows: number;
  /** Post rows (a post id and an engagement figure), for the average engagement rate. */
  posts: PostRates;
}

/**
 * The average engagement rate's running sums (spec: the mean of per-post rates). A post with its
 * own followers adds its rate; one without adds its engagements, divided later by the channel's
 * month-end followers, as the function divides by one shared followers cell.
 */
export interface PostRates {
  rateSum: number;
  rated: number;
  /** Engagements of posts with no followers figure of their own. */
  unratedEngagements: number;
  unrated: number;
  /** A post with 0 followers: its rate, and so the mean, is undefined. */
  undefinedRate: boolean;
}

export interface DataSet {
  headers: HeaderMap;
  /** Display names, in the order the data first names them. */
  channels: string[];
  /** Channel-month totals by month, indexed by channel. */
  months: Map<MonthKey, Array<ChannelMonth | undefined>>;
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
}

export function readDataValues(values: readonly (readonly unknown[])[], options: ReadOptions): ReadResult {
  if (values.length === 0) return { ok: false, reason: 'empty' };
  const recognised = recogniseHeaders(values[0]);
  if (!recognised.ok) return { ok: false, reason: 'missing_columns', missing: recognised.missing };
  const headers = recognised.headers;
  const { slots } = headers;
  const slotCount = slots.length;
  const slotIndex = Int32Array.from(slots, (slot) => slot.index);
  const signed = slots.map((slot) => SIGNED_COLUMNS.has(slot.kpiId));
  const stockSlots = Int32Array.from(slots.flatMap((slot, s) => (slot.aggregation === 'stock' ? [s] : [])));
  const engagementSlots = Int32Array.from(
    slots.flatMap((slot, s) => (ENGAGEMENT_PARTS.includes(slot.kpiId) ? [s] : [])),
  );
  const followersSlot = slots.findIndex((slot) => slot.kpiId === 'followers');
  const hasPosts = headers.postId >= 0 && engagementSlots.length > 0;

  const dates = new DateReader(options.timeZone, options.locale);
  const channels: string[] = [];
  const channelByKey = new Map<string, number>();
  const channelByCell = new Map<unknown, number>();
  const months = new Map<MonthKey, Array<ChannelMonth | undefined>>();
  const issues: RowIssue[] = [];
  const buckets = new Map<MonthKey, Array<{ totals: ChannelMonth; seen: RowTable } | undefined>>();
  // Rows usually repeat the previous row's channel: skip the lookup then.
  let lastChannelCell: unknown = undefined;
  let lastChannel = -1;
  const parsed = new Float64Array(slotCount);
  let rowsRead = 0;
  let rowsUsed = 0;

  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    if (isBlankRow(row)) continue;
    rowsRead++;
    const sheetRow = r + 1;
    const issuesBefore = issues.length;

    const dateCell = row[headers.date];
    const day = dates.read(dateCell);
    if (day === undefined) issues.push({ row: sheetRow, problem: 'bad_date', value: cellText(dateCell) });

    const channelCell = row[headers.channel];
    // Channel cells repeat a handful of texts: the raw cell finds its channel without new strings.
    const knownChannel = channelCell === lastChannelCell ? lastChannel : channelByCell.get(channelCell);
    const channelName = knownChannel === undefined ? textOf(channelCell) : channels[knownChannel];
    if (channelName === '') issues.push({ row: sheetRow, problem: 'no_channel' });

    for (let s = 0; s < slotCount; s++) {
      const cell = row[slotIndex[s]];
      // Numbers are nearly every cell: the check inline, the rest in readCount.
      const n = typeof cell === 'number' && cell - cell === 0 ? cell : readCount(cell);
      if (n === NOT_A_NUMBER) {
        issues.push({
          row: sheetRow,
          problem: 'not_a_number',
          header: slots[s].header,
          value: cellText(cell),
        });
      } else if (n < 0 && !signed[s]) {
        issues.push({ row: sheetRow, problem: 'negative', header: slots[s].header, value: cellText(cell) });
      }
      parsed[s] = n;
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
    const month = monthOfDay(dayKey);
    let byChannel = buckets.get(month);
    if (!byChannel) buckets.set(month, (byChannel = []));
    let bucket = byChannel[channel];
    if (!bucket) byChannel[channel] = bucket = { totals: emptyChannelMonth(slotCount), seen: new RowTable() };

    // A copy of a row has its day and channel, so it can only be in the same channel-month: one
    // small table each stays in the cache where one table for every row would not.
    const postId = headers.postId >= 0 ? textOf(row[headers.postId]) : '';
    const hash = rowHash(dayKey, channel, postId, parsed);
    const original = bucket.seen.findOrAdd(hash, r, values);
    if (original >= 0) {
      issues.push({ row: sheetRow, problem: 'duplicate', firstRow: original + 1 });
      continue;
    }

    const totals = bucket.totals;
    totals.rows++;
    const { sums, counts, lastDays, lastValues } = totals;
    for (let s = 0; s < slotCount; s++) {
      const n = parsed[s];
      if (n !== n) continue;
      sums[s] += n;
      counts[s]++;
    }
    for (let i = 0; i < stockSlots.length; i++) {
      const s = stockSlots[i];
      const n = parsed[s];
      if (n === n && dayKey >= lastDays[s]) {
        lastDays[s] = dayKey;
        lastValues[s] = n;
      }
    }
    if (hasPosts && postId !== '') addPost(totals.posts, parsed, engagementSlots, followersSlot);
    rowsUsed++;
  }
  for (const [month, byChannel] of buckets)
    months.set(
      month,
      byChannel.map((bucket) => bucket?.totals),
    );
  return { ok: true, data: { headers, channels, months, issues, rowsRead, rowsUsed } };
}

function emptyChannelMonth(slotCount: number): ChannelMonth {
  return {
    sums: new Float64Array(slotCount),
    counts: new Uint32Array(slotCount),
    lastValues: new Float64Array(slotCount),
    lastDays: new Float64Array(slotCount),
    rows: 0,
    posts: { rateSum: 0, rated: 0, unratedEngagements: 0, unrated: 0, undefinedRate: false },
  };
}

/** Engagements = likes + comments + shares + saves the data has (spec: Engagements). */
export const ENGAGEMENT_PARTS = ['likes', 'comments', 'shares', 'saves'];

/**
 * One post row into the average engagement rate's sums. Like AVERAGE_ENGAGEMENT_RATE, a post
 * whose engagement cells are all blank is not a post with a rate; its own blank followers cell
 * falls back to the shared (month-end) followers.
 */
function addPost(
  posts: PostRates,
  parsed: Float64Array,
  engagementSlots: Int32Array,
  followersSlot: number,
): void {
  let engagements = NaN;
  for (let i = 0; i < engagementSlots.length; i++) {
    const n = parsed[engagementSlots[i]];
    if (n === n) engagements = engagements === engagements ? engagements + n : n;
  }
  if (engagements !== engagements) return;
  const followers = followersSlot >= 0 ? parsed[followersSlot] : NaN;
  if (followers !== followers) {
    posts.unratedEngagements += engagements;
    posts.unrated++;
  } else if (followers === 0) {
    posts.undefinedRate = true;
  } else {
    posts.rateSum += engagements / followers;
    posts.rated++;
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

function cellText(cell: unknown): string {
  if (isDate(cell)) return isNaN(cell.getTime()) ? '' : cell.toISOString();
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
  private entries = new Int32Array(2 * 64);
  private mask = 63;
  private count = 0;

  /**
   * The earlier row identical to row `index` of `values`, or -1 after recording this one. The
   * values come as an argument, not a comparison closure, so no function is made per row.
   */
  findOrAdd(hash: number, index: number, values: readonly (readonly unknown[])[]): number {
    const entries = this.entries;
    let slot = hash & this.mask;
    while (entries[2 * slot + 1] !== 0) {
      const row = entries[2 * slot + 1] - 1;
      if (entries[2 * slot] === hash && sameCells(values[row], values[index])) return row;
      slot = (slot + 1) & this.mask;
    }
    entries[2 * slot] = hash;
    entries[2 * slot + 1] = index + 1;
    if (++this.count * 2 > this.mask) this.grow();
    return -1;
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

/**
 * Two FNV-1a style hashes folded into 30 bits; collisions of different rows are rare, and
 * sameCells confirms every hit.
 */
function rowHash(day: DayKey | undefined, channel: number, postId: string, parsed: Float64Array): number {
  let h1 = 0x811c9dc5 ^ (day as DayKey);
  let h2 = 0x01000193 ^ channel;
  h1 = Math.imul(h1 ^ channel, 16777619);
  h2 = Math.imul(h2 ^ (day as DayKey), 2246822519);
  for (let i = 0; i < postId.length; i++) {
    h1 = Math.imul(h1 ^ postId.charCodeAt(i), 16777619);
    h2 = Math.imul(h2 ^ postId.charCodeAt(i), 2246822519);
  }
  const hashed = Math.min(parsed.length, HASHED_VALUES);
  for (let s = 0; s < hashed; s++) {
    bits[0] = parsed[s];
    h1 = Math.imul(h1 ^ words[0], 16777619);
    h1 = Math.imul(h1 ^ words[1], 16777619);
    h2 = Math.imul(h2 ^ words[1], 2246822519);
    h2 = Math.imul(h2 ^ words[0], 2246822519);
  }
  return (h1 ^ (h2 >>> 7)) & 0x3fffffff;
}
