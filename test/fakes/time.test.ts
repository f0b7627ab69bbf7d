import { fromWallClock, toSerial, wallClock } from '../../src/local/fakes/time';

// The fakes read time zones with the add-on's own wall clock (src/util/time-zone.ts), adding the
// day of the week that number formats such as "dddd" show.
describe("the fakes' wall clock", () => {
  it("gives the day of the week of the zone's date, not of UTC's", () => {
    // Saturday 28 March 2026, 20:00 UTC is already Sunday 03:00 in Ho Chi Minh City.
    const instant = new Date(Date.UTC(2026, 2, 28, 20));
    expect(wallClock(instant, 'UTC')).toEqual({
      year: 2026,
      month: 3,
      day: 28,
      hour: 20,
      minute: 0,
      second: 0,
      weekday: 6,
    });
    expect(wallClock(instant, 'Asia/Ho_Chi_Minh')).toMatchObject({ day: 29, hour: 3, weekday: 0 });
    // Year 26: a year Date.UTC would read as 1926. 3 October 26 is a Saturday in the proleptic
    // Gregorian calendar Sheets uses (Zeller's congruence).
    expect(wallClock(new Date('0026-10-03T12:00:00Z'), 'UTC')).toMatchObject({ year: 26, weekday: 6 });
  });

  it('finds the instant a wall-clock time names, across a change of daylight saving', () => {
    // Stockholm, 29 March 2026: 01:30 is still winter time (UTC+1), 03:30 summer time (UTC+2).
    expect(fromWallClock('Europe/Stockholm', 2026, 3, 29, 1, 30).toISOString()).toBe(
      '2026-03-29T00:30:00.000Z',
    );
    expect(fromWallClock('Europe/Stockholm', 2026, 3, 29, 3, 30).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
  });

  it("gives Sheets' serial number of the zone's wall clock", () => {
    // 1 January 2026 00:00 in Stockholm is day 46023 since 1899-12-30.
    expect(toSerial(new Date(Date.UTC(2025, 11, 31, 23)), 'Europe/Stockholm')).toBe(46023);
    expect(toSerial(new Date(Date.UTC(2026, 0, 1, 12)), 'UTC')).toBe(46023.5);
  });
});
