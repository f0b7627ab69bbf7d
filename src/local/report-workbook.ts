import type { Services } from '../services/services';
import { createFakeAppsScript, fakeServices, type FakeAppsScript } from './fakes';
import type { HtmlFiles } from './fakes/html';

/*
 * An in-memory spreadsheet whose "KPI data" tab holds given values: what the headless report,
 * its benchmark and its tests run the real report code on.
 */

export interface WorkbookOptions {
  locale?: string;
  timeZone?: string;
  /** Tabs besides "Notes" and "KPI data", e.g. a user's own tab with a report's name. */
  extraSheets?: string[];
  documentProperties?: Record<string, string>;
  now?: Date;
  /** Where HtmlService finds files: dist/ for the built script's dialogs and on-demand code. */
  html?: HtmlFiles;
}

export interface FakeWorkbook {
  fake: FakeAppsScript;
  services: Services;
}

/** `values` null: no data tab at all. The call counter starts at zero after the setup. */
export function workbookWith(values: unknown[][] | null, options: WorkbookOptions = {}): FakeWorkbook {
  const now = options.now ?? new Date();
  const fake = createFakeAppsScript({
    spreadsheet: {
      locale: options.locale ?? 'en_US',
      timeZone: options.timeZone ?? 'Europe/Stockholm',
      sheets: ['Notes', ...(values ? ['KPI data'] : []), ...(options.extraSheets ?? [])],
    },
    properties: options.documentProperties ? { document: options.documentProperties } : undefined,
    now: () => now,
    html: options.html,
  });
  if (values && values.length > 0) fillDataTab(fake.spreadsheet.getSheetByName('KPI data')!, values);
  fake.calls.reset();
  return { fake, services: fakeServices(fake) };
}

/** Writes `values` from A1 in one setValues, padding short rows and growing the grid to fit. */
export function fillDataTab(sheet: GoogleAppsScript.Spreadsheet.Sheet, values: unknown[][]): void {
  // A loop, not Math.max(...lengths): spreading 125,000 or more rows into one call overflows the stack.
  let width = 0;
  for (const row of values) if (row.length > width) width = row.length;
  const rect = values.map((row) =>
    row.length === width ? row : [...row, ...Array(width - row.length).fill('')],
  );
  if (rect.length > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), rect.length - sheet.getMaxRows());
  if (width > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  sheet.getRange(1, 1, rect.length, width).setValues(rect);
}
