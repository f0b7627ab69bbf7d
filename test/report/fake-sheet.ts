import { createFakeAppsScript, fakeServices, type FakeAppsScript } from '../../src/local/fakes';
import type { Services } from '../../src/services/services';

export const NOW = new Date('2026-11-03T09:00:00Z');

export interface FakeWorkbook {
  fake: FakeAppsScript;
  services: Services;
}

/** A spreadsheet whose "KPI data" tab holds `values`, with the call counter reset after setup. */
export function workbookWith(
  values: unknown[][] | null,
  options: {
    locale?: string;
    timeZone?: string;
    extraSheets?: string[];
    properties?: Record<string, string>;
  } = {},
): FakeWorkbook {
  const fake = createFakeAppsScript({
    spreadsheet: {
      locale: options.locale ?? 'sv_SE',
      timeZone: options.timeZone ?? 'Europe/Stockholm',
      sheets: ['Notes', ...(values ? ['KPI data'] : []), ...(options.extraSheets ?? [])],
    },
    properties: options.properties ? { document: options.properties } : undefined,
    now: () => NOW,
  });
  if (values && values.length > 0) {
    const sheet = fake.spreadsheet.getSheetByName('KPI data')!;
    const width = Math.max(...values.map((row) => row.length));
    const rect = values.map((row) => [...row, ...Array(width - row.length).fill('')]);
    if (rect.length > sheet.getMaxRows())
      fake.spreadsheet.sheet('KPI data').resize(rect.length, Math.max(26, width));
    sheet.getRange(1, 1, rect.length, width).setValues(rect);
  }
  fake.calls.reset();
  return { fake, services: fakeServices(fake) };
}
