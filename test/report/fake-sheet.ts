import { workbookWith as workbook, type WorkbookOptions } from '../../src/local/report-workbook';

export type { FakeWorkbook } from '../../src/local/report-workbook';

export const NOW = new Date('2026-11-03T09:00:00Z');

/**
 * An English (en_US) spreadsheet in Stockholm on 3 November 2026 whose "KPI data" tab holds
 * `values`. The locale picks the report's language and number formats: pass `locale` for others.
 */
export function workbookWith(
  values: unknown[][] | null,
  options: Omit<WorkbookOptions, 'documentProperties'> & { properties?: Record<string, string> } = {},
) {
  return workbook(values, {
    locale: 'en_US',
    now: NOW,
    ...options,
    documentProperties: options.properties,
  });
}
