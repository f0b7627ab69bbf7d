import {
  createFakeAppsScript,
  fakeServices,
  type FakeAppsScript,
  type FakeSheet,
} from '../../src/local/fakes';
import type { Services } from '../../src/services/services';
import { DATA_SHEET_NAME } from '../../src/import/server';

/*
 * A spreadsheet on the shared fakes for the import tests. Ho Chi Minh City is UTC+7 all year,
 * so a date stored at local midnight falls on the previous UTC day: code that keys dates in UTC
 * instead of the spreadsheet's time zone fails here.
 */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface FakeBook {
  gas: FakeAppsScript;
  services: Services;
  /** The data tab, or undefined while it does not exist. */
  dataSheet(): GoogleAppsScript.Spreadsheet.Sheet | undefined;
  /** The data tab's values with dates as ISO text, read without counting toward the test. */
  values(): unknown[][];
}

export function fakeBook(rows?: unknown[][], htmlFiles: Record<string, string> = {}): FakeBook {
  const gas = createFakeAppsScript({
    spreadsheet: { timeZone: TIME_ZONE, locale: 'en_US' },
    html: { files: htmlFiles },
  });
  if (rows) {
    const sheet = gas.SpreadsheetApp.getActive().insertSheet(DATA_SHEET_NAME);
    const width = Math.max(...rows.map((row) => row.length));
    sheet
      .getRange(1, 1, rows.length, width)
      .setValues(rows.map((row) => [...row, ...Array(width - row.length).fill('')]));
  }
  gas.calls.reset();
  const dataSheet = () => gas.SpreadsheetApp.getActive().getSheetByName(DATA_SHEET_NAME) ?? undefined;
  const iso = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return {
    gas,
    services: fakeServices(gas),
    dataSheet,
    values() {
      const sheet = dataSheet();
      if (!sheet) return [];
      const values = sheet.getDataRange().getValues();
      gas.calls.reset();
      return values.map((row) => row.map((cell) => (cell instanceof Date ? iso.format(cell) : cell)));
    },
  };
}

/** Test setup only: shrinks the grid the way a user deleting rows and columns would. */
export function shrinkGrid(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number, columns: number): void {
  (sheet as unknown as FakeSheet).resize(rows, columns);
}
