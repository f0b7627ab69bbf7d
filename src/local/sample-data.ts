import { addMonths, currentMonth } from '../report/dates';
import { CANONICAL_HEADERS, sampleRows, type SampleOptions } from '../report/sample';

/*
 * The sample data the local workbench preloads and tests and benchmarks use: 15 months up to the
 * last complete month before today, four channels, daily rows, every canonical column.
 */

export { CANONICAL_HEADERS, SAMPLE_CHANNELS } from '../report/sample';

export function lastCompleteMonth(now: Date = new Date(), timeZone = 'Europe/Stockholm'): number {
  return addMonths(currentMonth(now, timeZone), -1);
}

/** The header row and rows, as the data sheet holds them. */
export function sampleData(options: Partial<SampleOptions> = {}): Array<Array<string | number>> {
  return [[...CANONICAL_HEADERS], ...sampleRows({ endMonth: lastCompleteMonth(), ...options })];
}
