/*
 * The workbench's sample data is what Set up data sheet ▸ Insert sample rows writes: the same
 * generator, months and columns, so the demo shows the add-on's own sample and a test of either
 * sees the same numbers. Deterministic: the same reference date gives the same sheet.
 */
import { REPORT_TEXTS } from '../../i18n';
import { lastCompleteMonth } from '../../report/dates';
import { CANONICAL_HEADERS, sampleRows } from '../../report/sample';

// The data sheet's header row and tab name are the report's: one definition, so the workbench's
// sample data is always what Set up data sheet would create (in the workbench's starting en_US
// locale) and the report would read.
export const SAMPLE_HEADERS = CANONICAL_HEADERS;

export const SAMPLE_SHEET_NAME = REPORT_TEXTS.en.dataSheetName;

/** The sample's money: what Insert sample rows writes in an en_US sheet. */
export const SAMPLE_CURRENCY = 'USD';

/** A data row as typed into the sheet: the date as yyyy-mm-dd, the channel, then the numbers. */
export type SampleRow = Array<string | number>;

/**
 * Daily rows for the four sample channels over `months` complete months (default: as many as
 * Insert sample rows writes) ending with the month before `today` in `timeZone`.
 */
export function workbenchSampleRows(
  options: { today?: Date; months?: number; timeZone?: string } = {},
): SampleRow[] {
  return sampleRows({
    endMonth: lastCompleteMonth(options.today ?? new Date(), options.timeZone ?? 'Europe/Stockholm'),
    months: options.months,
    currency: SAMPLE_CURRENCY,
  });
}

/** Number formats per column, as Sheets patterns, so the grid shows dates and money like Sheets. */
export function sampleNumberFormats(): string[] {
  return SAMPLE_HEADERS.map((header) => {
    if (header === 'Date') return 'yyyy-mm-dd';
    if (header === 'Channel') return '@';
    if (header === 'Cost' || header === 'Revenue') return '#,##0.00';
    return '#,##0';
  });
}
