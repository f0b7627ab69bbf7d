const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The wall clock of a time zone, to the second, 24-hour, in en-US form ("10/31/2026, 23:05:09").
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
