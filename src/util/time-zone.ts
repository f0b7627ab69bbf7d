const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The wall clock of a time zone, to the second, 24-hour; read it with wallClockAt. The one such
 * formatter of the project: the server code, the fakes and the workbench all read time zones here.
 * Building an Intl formatter costs more than reading a thousand rows: one is kept per zone.
 * Throws RangeError for a zone Intl does not know.
 */
export function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export interface WallClockTime {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * What a wall-clock formatter shows at an instant, as numbers. By named parts, never by character
 * position: ECMA-402 fixes the parts' types, not the text's layout, which a locale-data update may
 * change.
 */
export function readWallClock(formatter: Intl.DateTimeFormat, instant: Date): WallClockTime {
  const wall: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) {
    if (part.type !== 'literal') wall[part.type] = Number(part.value);
  }
  return {
    year: wall.year,
    month: wall.month,
    day: wall.day,
    // Midnight is 0, also from an engine that shows it as 24.
    hour: wall.hour % 24,
    minute: wall.minute,
    second: wall.second,
  };
}

/** The wall clock of a time zone at an instant. Throws RangeError for a zone Intl does not know. */
export function wallClockAt(instant: Date, timeZone: string): WallClockTime {
  return readWallClock(wallClockFormatter(timeZone), instant);
}

/**
 * Date.UTC for any year: Date.UTC reads the years 0…99 as 1900…1999 (a two-digit shorthand of
 * JavaScript's), but a date Sheets holds in year 26 is year 26.
 */
export function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/**
 * The instant at which the zone's wall clock shows the given time. A time that a change of
 * daylight saving skips (02:30 on the night Stockholm's clocks go forward) gives the instant an
 * hour later on the new clock (03:30); a time the clocks show twice gives the later instant.
 * Throws RangeError for a zone Intl does not know.
 */
export function instantAtWallClock(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): Date {
  const asUtc = utcMs(year, month, day, hour, minute, second);
  // Two passes settle the offset even when the first guess lands across a change of offset.
  let guess = asUtc;
  for (let pass = 0; pass < 2; pass++) {
    const shown = wallClockAt(new Date(guess), timeZone);
    guess += asUtc - utcMs(shown.year, shown.month, shown.day, shown.hour, shown.minute, shown.second);
  }
  return new Date(guess);
}

const MS_PER_MINUTE = 60_000;
/**
 * Offsets found equal at two instants this far apart are taken to hold between them. No time
 * zone has had two changes within 3 weeks since 1970 (the closest: Ramadan pauses of DST in
 * Morocco, Egypt and Palestine, about a month apart), so nothing between can differ.
 */
const SAME_OFFSET_SPAN_MS = 21 * 86_400_000;

/** One 3-week cell of the grid: `before` up to the instant `change`, `after` from it on. */
interface OffsetCell {
  before: number;
  change: number;
  after: number;
}

/**
 * A time zone's UTC offsets, in ms. Asking Intl costs microseconds, more than reading a
 * thousand rows, so the offsets are measured on a fixed grid of 3-week cells, each cell once
 * per execution: a cell is a fact about the zone, whatever data asked for it.
 */
export class ZoneOffsets {
  private readonly cells = new Map<number, OffsetCell>();
  private readonly gridOffsets = new Map<number, number>();
  // Data runs in order, so the cell of the instant before is the usual answer.
  private lastIndex = NaN;
  private lastCell: OffsetCell = { before: 0, change: Infinity, after: 0 };

  constructor(private readonly formatter: Intl.DateTimeFormat) {}

  at(time: number): number {
    const index = Math.floor(time / SAME_OFFSET_SPAN_MS);
    let cell = this.lastCell;
    if (index !== this.lastIndex) {
      let found = this.cells.get(index);
      if (!found) this.cells.set(index, (found = this.measureCell(index)));
      this.lastIndex = index;
      this.lastCell = cell = found;
    }
    return time < cell.change ? cell.before : cell.after;
  }

  private measureCell(index: number): OffsetCell {
    const before = this.gridOffset(index);
    const after = this.gridOffset(index + 1);
    if (before === after) return { before, change: Infinity, after };
    // An offset change within the cell: find its minute (changes fall on whole minutes).
    let low = Math.floor((index * SAME_OFFSET_SPAN_MS) / MS_PER_MINUTE);
    let high = Math.floor(((index + 1) * SAME_OFFSET_SPAN_MS) / MS_PER_MINUTE);
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (this.measure(middle * MS_PER_MINUTE) === before) low = middle;
      else high = middle;
    }
    return { before, change: high * MS_PER_MINUTE, after };
  }

  /** Grid points are shared by neighbouring cells: each is measured once. */
  private gridOffset(index: number): number {
    let offset = this.gridOffsets.get(index);
    if (offset === undefined)
      this.gridOffsets.set(index, (offset = this.measure(index * SAME_OFFSET_SPAN_MS)));
    return offset;
  }

  /** The zone's UTC offset at an instant, from the wall clock Intl shows there. */
  private measure(time: number): number {
    const wall = readWallClock(this.formatter, new Date(time));
    return (
      utcMs(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second) -
      Math.floor(time / 1000) * 1000
    );
  }
}

const zones = new Map<string, ZoneOffsets>();

/** One per zone and execution, as the formatter. Throws RangeError for a zone Intl does not know. */
export function zoneOffsets(timeZone: string): ZoneOffsets {
  let offsets = zones.get(timeZone);
  if (!offsets) zones.set(timeZone, (offsets = new ZoneOffsets(wallClockFormatter(timeZone))));
  return offsets;
}
