import type { Services } from '../services/services';
import { currentMonth, addMonths } from './dates';
import { REPORT_LABELS as L } from './labels';
import { CANONICAL_HEADERS, sampleRows } from './sample';

/** The columns where a value must be a number of 0 or more: every canonical one but Date and Channel. */
const FIRST_NUMBER_COLUMN = 3;

export type SetUpResult = 'created' | 'reused_empty' | 'left_alone';

/**
 * Creates the data tab with its header row and validation. A tab of that name that holds
 * anything is the user's data and is never touched.
 */
export function setUpDataSheet(services: Services): SetUpResult {
  const spreadsheet = services.spreadsheet();
  const ui = services.ui();
  const name = L.dataSheetName;
  const existing = spreadsheet.getSheetByName(name);
  if (existing && existing.getLastRow() > 0) {
    existing.activate();
    ui.alert(L.dataSheetExists(name));
    return 'left_alone';
  }
  const sheet = existing ?? spreadsheet.insertSheet(name);
  const columns = CANONICAL_HEADERS.length;
  const header = sheet.getRange(1, 1, 1, columns);
  header.setValues([[...CANONICAL_HEADERS]]);
  header.setFontWeight('bold');
  sheet.setFrozenRows(1);

  const bodyRows = sheet.getMaxRows() - 1;
  sheet
    .getRange(2, 1, bodyRows, 1)
    .setDataValidation(
      services
        .newDataValidation()
        .requireDate()
        .setAllowInvalid(false)
        .setHelpText(L.dateValidationHelp)
        .build(),
    );
  sheet
    .getRange(2, FIRST_NUMBER_COLUMN, bodyRows, columns - FIRST_NUMBER_COLUMN + 1)
    .setDataValidation(
      services
        .newDataValidation()
        .requireNumberGreaterThanOrEqualTo(0)
        .setAllowInvalid(false)
        .setHelpText(L.numberValidationHelp)
        .build(),
    );

  const answer = ui.alert(
    existing ? L.dataSheetReused(name) : L.dataSheetCreated(name),
    L.offerSampleRows,
    ui.ButtonSet.YES_NO,
  );
  if (answer === ui.Button.YES) insertSampleRows(services, sheet);
  return existing ? 'reused_empty' : 'created';
}

/** Enough months for the report's 12-month trend and a year-on-year look. */
const SAMPLE_MONTHS = 15;

/** Sample rows up to last month, written in one call below the header. */
function insertSampleRows(services: Services, sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  const spreadsheet = services.spreadsheet();
  const lastMonth = addMonths(currentMonth(services.now(), spreadsheet.getSpreadsheetTimeZone()), -1);
  const rows = sampleRows({ endMonth: lastMonth, months: SAMPLE_MONTHS });
  const missingRows = rows.length + 1 - sheet.getMaxRows();
  if (missingRows > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missingRows);
  sheet.getRange(2, 1, rows.length, CANONICAL_HEADERS.length).setValues(rows);
  spreadsheet.toast(L.sampleRowsInserted(rows.length, sheet.getName()), L.toastTitle);
}
