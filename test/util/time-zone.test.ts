import {
  instantAtWallClock,
  readWallClock,
  utcMs,
  wallClockAt,
  wallClockFormatter,
  ZoneOffsets,
  zoneOffsets,
} from '../../src/util/time-zone';

const HOUR = 3_600_000;

describe('time-zone offsets', () => {
  it('reads Stockholm’s winter and summer offsets and the instant daylight saving starts', () => {
    const stockholm = zoneOffsets('Europe/Stockholm');
    expect(stockholm.at(Date.UTC(2026, 0, 15, 12))).toBe(1 * HOUR);
    expect(stockholm.at(Date.UTC(2026, 6, 15, 12))).toBe(2 * HOUR);
    // 29 March 2026, 01:00 UTC: clocks go from 02:00 to 03:00.
    expect(stockholm.at(Date.UTC(2026, 2, 29, 0, 59))).toBe(1 * HOUR);
    expect(stockholm.at(Date.UTC(2026, 2, 29, 1, 0))).toBe(2 * HOUR);
    expect(zoneOffsets('Asia/Ho_Chi_Minh').at(Date.UTC(2026, 5, 1))).toBe(7 * HOUR);
  });

  it('reads the wall clock by named parts, whatever the text’s layout', () => {
    const real = wallClockFormatter('Asia/Ho_Chi_Minh');
    // The same parts, in another order and with other separators: what a locale-data update may bring.
    const relaidOut = {
      formatToParts: (date: Date) => [...real.formatToParts(date)].reverse(),
      format: () => 'not the en-US layout at all',
    } as unknown as Intl.DateTimeFormat;
    expect(new ZoneOffsets(relaidOut).at(Date.UTC(2026, 5, 1, 12))).toBe(7 * HOUR);
  });

  it('keeps a year below 100 as that year, not 19xx', () => {
    const instant = Date.UTC(2026, 5, 1) - 2000 * 365.2425 * 86_400_000;
    expect(new Date(instant).getUTCFullYear()).toBe(26);
    expect(zoneOffsets('UTC').at(instant)).toBe(0);
  });
});

describe('the wall clock of a time zone', () => {
  it('shows Stockholm’s clock on either side of the start of daylight saving, midnight as 0', () => {
    // 29 March 2026, 01:00 UTC: clocks go from 02:00 to 03:00.
    expect(wallClockAt(new Date(Date.UTC(2026, 2, 29, 0, 59, 30)), 'Europe/Stockholm')).toEqual({
      year: 2026,
      month: 3,
      day: 29,
      hour: 1,
      minute: 59,
      second: 30,
    });
    expect(wallClockAt(new Date(Date.UTC(2026, 2, 29, 1)), 'Europe/Stockholm')).toMatchObject({
      hour: 3,
      minute: 0,
    });
    expect(wallClockAt(new Date(Date.UTC(2026, 11, 31, 17)), 'Asia/Ho_Chi_Minh')).toEqual({
      year: 2027,
      month: 1,
      day: 1,
      hour: 0,
      minute: 0,
      second: 0,
    });
  });

  it('reads the parts by name, whatever their order', () => {
    const real = wallClockFormatter('UTC');
    const reversed = {
      formatToParts: (date: Date) => [...real.formatToParts(date)].reverse(),
    } as unknown as Intl.DateTimeFormat;
    expect(readWallClock(reversed, new Date(Date.UTC(2026, 9, 3, 14, 5, 6)))).toEqual({
      year: 2026,
      month: 10,
      day: 3,
      hour: 14,
      minute: 5,
      second: 6,
    });
  });

  it('refuses a zone Intl does not know', () => {
    expect(() => wallClockAt(new Date(0), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });

  it('keeps years below 100 in utcMs', () => {
    expect(new Date(utcMs(26, 10, 3, 12)).toISOString()).toBe('0026-10-03T12:00:00.000Z');
    expect(utcMs(2026, 10, 3, 12, 30, 15)).toBe(Date.UTC(2026, 9, 3, 12, 30, 15));
  });
});

describe('instantAtWallClock', () => {
  it('finds the instant a zone’s clock shows a time, and settles the hours a change of daylight saving skips or repeats', () => {
    expect(instantAtWallClock('Europe/Stockholm', 2026, 3, 30, 6).toISOString()).toBe(
      '2026-03-30T04:00:00.000Z',
    );
    expect(instantAtWallClock('Asia/Ho_Chi_Minh', 2026, 1, 1, 6).toISOString()).toBe(
      '2025-12-31T23:00:00.000Z',
    );
    // 29 March 2026: Stockholm's clocks skip 02:00–03:00, so 02:30 is read on the new clock, as 03:30.
    expect(instantAtWallClock('Europe/Stockholm', 2026, 3, 29, 2, 30).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    // 25 October 2026: they show 02:30 twice; the later one (winter time) is taken.
    expect(instantAtWallClock('Europe/Stockholm', 2026, 10, 25, 2, 30).toISOString()).toBe(
      '2026-10-25T01:30:00.000Z',
    );
  });
});
