/*
 * Finding a row's earlier copy (spec: a repeated row is counted once): a hash of the row's day,
 * channel, post and first values, and a table from hashes to row indexes that confirms every hit
 * by comparing the cells. Kept apart from the reading so the two can be tested on their own.
 */
import { isDate } from '../functions/errors';
import type { DayKey } from './dates';

/**
 * Rows that agree on day, channel, post and the first values are rare unless they are copies,
 * so hashing more values would cost more than the few extra sameCells checks it saves.
 */
const HASHED_VALUES = 4;

/** Cells equal as Sheets shows them: a date cell is a new Date each read, equal by its instant. */
export function sameCells(a: readonly unknown[], b: readonly unknown[]): boolean {
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

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

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

/**
 * Row hashes to row indexes, open addressing in typed arrays: for 100,000 rows several times
 * faster than a Map, which made duplicate detection the slowest part of reading.
 */
export class RowTable {
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
   * one, once the row is known to be right. The row's key (day, channel, post id, its first
   * values as read) comes apart from its cells, as the caller has read them already; the values
   * come as an argument, not a comparison closure, so no function is made per row.
   */
  find(
    day: DayKey,
    channel: number,
    postId: string,
    counts: Float64Array,
    index: number,
    values: readonly (readonly unknown[])[],
  ): number {
    let h = seedHash(day, channel, postId);
    // Rows of one post on one day are copies or rare, so a post id needs no values beside it;
    // rows without one need them. sameCells confirms every hit either way.
    const hashed = postId === '' ? Math.min(counts.length, HASHED_VALUES) : 0;
    for (let s = 0; s < hashed; s++) h = hashValue(h, counts[s]);
    const hash = finalHash(h);
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

/**
 * Up to this many rows, one table for the whole sheet (at most 32 bytes a row, 512 KB) stays in
 * the cache; beyond, one per channel and month keeps the table a row probes small.
 */
const ONE_TABLE_ROWS = 16_384;

/**
 * The tables a sheet's rows are looked up in. A copy of a row has its day and channel, so one
 * table per channel and month holds every copy a row can have, whatever period the report is
 * on, and no table grows past a month's rows: a table per channel-quarter holds three months'
 * rows and fits the cache less well (bundled, one process, 100,000 rows: a quarter's reading
 * 6 % faster this way, a month's the same, a week's 4 % slower than with a table per week).
 */
export class RowTables {
  private readonly shared: RowTable | undefined;
  private readonly byMonth = new Map<number, Array<RowTable | undefined>>();
  private lastMonth = -1;
  private byChannel: Array<RowTable | undefined> = [];
  private tables = 0;

  constructor(rows: number) {
    this.shared = rows <= ONE_TABLE_ROWS ? new RowTable(rows) : undefined;
  }

  /** The table for a row of this day and channel, given how many rows were added so far. */
  tableFor(day: DayKey, channel: number, rowsAdded: number): RowTable {
    if (this.shared) return this.shared;
    const month = Math.floor(day / 100);
    if (month !== this.lastMonth) {
      this.lastMonth = month;
      const known = this.byMonth.get(month);
      if (known) this.byChannel = known;
      else this.byMonth.set(month, (this.byChannel = []));
    }
    let table = this.byChannel[channel];
    if (table === undefined) {
      // Sized for twice the rows the tables so far have on average (the new month's others,
      // still empty, pull it down): in a big sheet most tables then never grow, and growing (a
      // new array, every row hashed again) is costly.
      this.byChannel[channel] = table = new RowTable(this.tables > 0 ? (2 * rowsAdded) / this.tables : 0);
      this.tables++;
    }
    return table;
  }
}
