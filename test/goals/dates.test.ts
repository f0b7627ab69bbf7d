import fc from 'fast-check';
import {
  addMonths,
  dayNumber,
  fromDayNumber,
  isoDateInZone,
  monthsBetween,
  monthFromIndex,
  monthIndex,
} from '../../src/goals/dates';

const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('dates', () => {
  test('rejects impossible dates and other shapes', () => {
    expect(dayNumber('2025-02-29')).toBeNull();
    expect(dayNumber('2024-02-29')).not.toBeNull();
    expect(dayNumber('2025-13-01')).toBeNull();
    expect(dayNumber('2025-1-01')).toBeNull();
    expect(dayNumber('01/02/2025')).toBeNull();
  });

  test('addMonths clamps to the end of shorter months', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-10-15', 4)).toBe('2026-02-15');
  });

  test('monthsBetween counts calendar months, with a fractional rest', () => {
    expect(monthsBetween('2025-01-15', '2025-05-15')).toBe(4);
    expect(monthsBetween('2025-01-01', '2025-01-16')).toBeCloseTo(15 / 31);
    expect(monthsBetween('2025-01-31', '2025-02-28')).toBe(1);
  });

  test('property: n months after a date is n months away', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 36 }), (date, n) => {
        const later = addMonths(date, n);
        // Clamping (Jan 31 → Feb 28) can only shorten the span, never lengthen it.
        const months = monthsBetween(date, later);
        return months <= n && months > n - 1;
      }),
    );
  });

  test('property: monthsBetween grows with the end date', () => {
    fc.assert(
      fc.property(
        isoDate,
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 100 }),
        (start, a, b) => {
          const s = dayNumber(start) as number;
          return monthsBetween(start, fromDayNumber(s + a)) < monthsBetween(start, fromDayNumber(s + a + b));
        },
      ),
    );
  });

  test('property: month index round-trips', () => {
    fc.assert(
      fc.property(fc.integer({ min: 12 * 1900, max: 12 * 2200 }), (i) => monthIndex(monthFromIndex(i)) === i),
    );
  });

  test('today is taken in the spreadsheet time zone', () => {
    const instant = new Date('2025-03-31T23:30:00Z');
    expect(isoDateInZone(instant, 'Europe/Stockholm')).toBe('2025-04-01');
    expect(isoDateInZone(instant, 'Asia/Ho_Chi_Minh')).toBe('2025-04-01');
    expect(isoDateInZone(instant, 'America/New_York')).toBe('2025-03-31');
    expect(isoDateInZone(instant, 'Not/AZone')).toBe('2025-03-31');
  });
});
