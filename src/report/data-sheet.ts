import type { Services } from '../services/services';
import { lastCompleteMonth } from './dates';
import { LANGUAGES, REPORT_TEXTS, reportTextsFor, type ReportLabels } from '../i18n';
import { CURRENCY_PROPERTY, readCurrency, spreadsheetCurrency } from './currency';
import { CANONICAL_HEADERS, sampleRows } from './sample';
import { sameTabName } from '../util/tab-names';

/** The columns where a value must be a number of 0 or more: every canonical one but Date and Channel. */
const FIRST_NUMBER_COLUMN = 3;

export type SetUpResult = 'created' | 'reused_empty' | 'left_alone';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The texts of the data sheet and the report, in the spreadsheet's language. */
export function reportLabelsOf(spreadsheet: Spreadsheet): ReportLabels {
  return reportTextsFor(spreadsheet.getSpreadsheetLocale());
}

/**
 * The data tab's names to look for: the spreadsheet's language's first, then every other
 * language's, so a Swedish and a Vietnamese colleague on one spreadsheet share one data tab.
 */
export function dataSheetNames(labels: ReportLabels): string[] {
  const names = [labels.dataSheetName, ...LANGUAGES.map((language) => REPORT_TEXTS[language].dataSheetName)];
  return names.filter((name, index) => names.indexOf(name) === index);
}

/**
 * The existing data tab under any language's name, or null. getSheetByName finds only the exact
 * name; a tab named so in another case ("kpi data") is the data tab too, as Sheets would refuse a
 * "KPI data" beside it. Looked for only when no exact name is there, so the usual case costs no call.
 */
export function findDataSheet(
  spreadsheet: Spreadsheet,
  labels: ReportLabels = reportLabelsOf(spreadsheet),
): GoogleAppsScript.Spreadsheet.Sheet | null {
  const names = dataSheetNames(labels);
  for (const name of names) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet) return sheet;
  }
  const tabs = spreadsheet.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
  for (const name of names) {
    const tab = tabs.find((candidate) => sameTabName(candidate.name, name));
    if (tab) return tab.sheet;
  }
  return null;
}

/**
 * Creates the data tab, named in the spreadsheet's language, with its header row and validation.
 * A data tab under any language's name that holds anything is the user's data and is never
 * touched.
 */
export function setUpDataSheet(services: Services): SetUpResult {
  const spreadsheet = services.spreadsheet();
  const ui = services.ui();
  const L = reportLabelsOf(spreadsheet);
  const existing = findDataSheet(spreadsheet, L);
  const name = existing ? existing.getName() : L.dataSheetName;
  if (existing && existing.getLastRow() > 0) {
    existing.activate();
    ui.alert(L.dataSheetExists(name));
    chooseCurrency(services, L);
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

  const currency = chooseCurrency(services, L);
  const answer = ui.alert(
    existing ? L.dataSheetReused(name) : L.dataSheetCreated(name),
    L.offerSampleRows,
    ui.ButtonSet.YES_NO,
  );
  if (answer === ui.Button.YES) insertSampleRows(services, sheet, L, currency);
  return existing ? 'reused_empty' : 'created';
}

/**
 * Asks which currency the data's money is in, proposing the current one (the setting, else the
 * locale's), and stores the answer as a document property: the spreadsheet's currency for every
 * collaborator. Cancel leaves everything as it was; an answer that is no currency code is said so
 * and changes nothing.
 */
function chooseCurrency(services: Services, L: ReportLabels): string {
  const ui = services.ui();
  const properties = services.documentProperties();
  const stored = properties.getProperty(CURRENCY_PROPERTY);
  const current = spreadsheetCurrency(stored, services.spreadsheet().getSpreadsheetLocale());
  const response = ui.prompt(L.currencyPromptTitle, L.currencyPrompt(current), ui.ButtonSet.OK_CANCEL);
  if (response.getSelectedButton() !== ui.Button.OK) return current;
  const typed = response.getResponseText().trim();
  const chosen = typed === '' ? current : readCurrency(typed);
  if (chosen === undefined) {
    ui.alert(L.currencyNotACode(typed, current));
    return current;
  }
  if (stored !== chosen) properties.setProperty(CURRENCY_PROPERTY, chosen);
  return chosen;
}

/** Sample rows up to last month, their money in the spreadsheet's currency, written in one call. */
function insertSampleRows(
  services: Services,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  L: ReportLabels,
  currency: string,
): void {
  const spreadsheet = services.spreadsheet();
  const rows = sampleRows({
    endMonth: lastCompleteMonth(services.now(), spreadsheet.getSpreadsheetTimeZone()),
    currency,
  });
  const missingRows = rows.length + 1 - sheet.getMaxRows();
  if (missingRows > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missingRows);
  sheet.getRange(2, 1, rows.length, CANONICAL_HEADERS.length).setValues(rows);
  spreadsheet.toast(L.sampleRowsInserted(rows.length, sheet.getName()), L.toastTitle);
}
