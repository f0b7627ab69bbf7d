import { ZoneOffsets, wallClockFormatter, zoneOffsets } from '../../src/util/time-zone';

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
