import type { Services } from '../services/services';
import { currentMonth, monthKeyToText, parseMonthText, type MonthKey } from './dates';
import { reportTextsFor, type ReportLabels } from '../i18n';
import { CURRENCY_PROPERTY, spreadsheetCurrency } from './currency';
import { findDataSheet, reportLabelsOf } from './data-sheet';
import type { ReportGoalRow } from './goal-rows';
import { monthLabel } from './layout';
import {
  defaultReportMonth,
  ENGAGEMENT_BASES,
  monthCompleteness,
  type EngagementBase,
  type ReportModel,
} from './model';
import { prepareReport, readReportData, type GoalRowsFor } from './prepare';
import { writeLayout } from './writer';
import type { SheetLayout } from './layout';

/*
 * The imperative shell of the report: one read of the data tab, the pure report, one write of
 * the report tab. Every failure the user can cause is a message, never a half-written tab.
 */

/** Marks a tab as a report this add-on wrote; its value is the month. Only such tabs are replaced. */
export const REPORT_METADATA_KEY = 'socialKpis.report';
/** A document property that fixes the engagement rate's base: "reach", "impressions" or "followers". */
export const ENGAGEMENT_BASE_PROPERTY = 'socialKpis.engagementBase';

export type BuildResult = { ok: true; tabName: string; model: ReportModel } | { ok: false; message: string };

export interface BuildOptions {
  /**
   * "2026-10"; absent (or null, as google.script.run sends a missing argument): the last complete
   * month the data has. Typed unknown because a script or a page can send anything.
   */
  month?: unknown;
  /** The goals, or how to read them once the data is read, from the spreadsheet the report has. */
  goals?: readonly ReportGoalRow[] | GoalRowsFrom;
  /** False when the caller shows the message itself, as the month dialog does. */
  alert?: boolean;
}

export type GoalRowsFrom = (
  ...args: [
    ...Parameters<GoalRowsFor>,
    { spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet; timeZone: string },
  ]
) => ReturnType<GoalRowsFor>;

export function buildMonthlyReport(services: Services, options: BuildOptions = {}): BuildResult {
  const spreadsheet = services.spreadsheet();
  const locale = spreadsheet.getSpreadsheetLocale();
  const L = reportTextsFor(locale);
  const fail = (message: string): BuildResult => {
    if (options.alert !== false) services.ui().alert(message);
    return { ok: false, message };
  };
  let month: MonthKey | undefined;
  const given = options.month;
  if (given !== undefined && given !== null && typeof given !== 'string') {
    return fail(L.monthNotText(describeValue(given)));
  }
  if (typeof given === 'string' && given !== '') {
    month = parseMonthText(given);
    if (month === undefined) return fail(L.badMonth(given));
  }

  const dataSheet = findDataSheet(spreadsheet, L);
  if (!dataSheet) return fail(L.noDataSheet(L.dataSheetName));
  const sheetName = dataSheet.getName();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  spreadsheet.toast(L.buildingToast(month === undefined ? '' : monthLabel(L, month)), L.toastTitle);

  const values = dataSheet.getDataRange().getValues();
  // The report's settings in one read: they are document properties, shared by every collaborator.
  const settings = services.documentProperties().getProperties();
  const prepared = prepareReport(values, {
    labels: L,
    timeZone,
    locale,
    now: services.now(),
    sheetName,
    month,
    ...reportSettings(settings, locale),
    goals:
      typeof options.goals === 'function'
        ? (read, month) => (options.goals as GoalRowsFrom)(read, month, { spreadsheet, timeZone })
        : options.goals,
  });
  if (!prepared.ok) return fail(prepared.message);

  const monthText = monthKeyToText(prepared.model.month);
  const target = reportTarget(spreadsheet, L, monthText);
  writeReportTab(spreadsheet, target, monthText, prepared.layout, services);
  // insertSheet has made the new tab the active one, and it keeps that through its rename.
  spreadsheet.toast(L.builtToast(target.name), L.toastTitle);
  return { ok: true, tabName: target.name, model: prepared.model };
}

/** A value that is not text, as a message shows it: 202610, true, {"month":10}, [2026,10]. */
function describeValue(value: unknown): string {
  if (typeof value === 'object' && value !== null) {
    try {
      return truncate(JSON.stringify(value) ?? String(value));
    } catch {
      return Array.isArray(value) ? '[…]' : '{…}';
    }
  }
  return truncate(String(value));
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * Builds the report completely in a new tab before anything of the old one is touched: the new
 * tab takes the old one's place in the tab bar under a name Sheets picks (it cannot clash with a
 * user's tab), and only once every cell, rule and chart is written is the old report deleted and
 * the new one renamed into place. If the build fails, the half-built tab goes and the old report
 * stays as it was.
 */
function writeReportTab(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  target: { name: string; replace: GoogleAppsScript.Spreadsheet.Sheet | null },
  monthText: string,
  layout: SheetLayout,
  services: Services,
): void {
  // insertSheet's index counts from 0 and getIndex from 1: the new tab lands just before the old.
  const sheet = target.replace
    ? spreadsheet.insertSheet(target.replace.getIndex() - 1)
    : spreadsheet.insertSheet();
  try {
    sheet.addDeveloperMetadata(REPORT_METADATA_KEY, monthText);
    growToFit(sheet, layout);
    writeLayout(sheet, layout, {
      newRule: () => services.newConditionalFormatRule(),
      numberPoint: services.interpolationNumber(),
    });
  } catch (error) {
    // A tab that stopped halfway would look like a report; the old one, if any, is still there.
    spreadsheet.deleteSheet(sheet);
    throw error;
  }
  if (target.replace) spreadsheet.deleteSheet(target.replace);
  sheet.setName(target.name);
}

/**
 * A new tab has 1,000 rows and 26 columns; a report with many channels is wider. Each direction
 * grows in one call, and only when needed, so the usual report makes no call for it.
 */
function growToFit(sheet: GoogleAppsScript.Spreadsheet.Sheet, layout: SheetLayout): void {
  const rows = layout.values.length;
  const columns = layout.values[0].length;
  if (columns > NEW_SHEET_COLUMNS) sheet.insertColumnsAfter(NEW_SHEET_COLUMNS, columns - NEW_SHEET_COLUMNS);
  if (rows > NEW_SHEET_ROWS) sheet.insertRowsAfter(NEW_SHEET_ROWS, rows - NEW_SHEET_ROWS);
}

/** The size of a tab insertSheet makes. */
const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLUMNS = 26;

/**
 * The tab to write: the month's name, or "(2)", "(3)"… past tabs the user owns. A tab this
 * add-on wrote for the month is replaced; a user's own tab is never overwritten or deleted. The
 * name is in the spreadsheet's language; a report built under another language's name stays.
 */
function reportTarget(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  L: ReportLabels,
  monthText: string,
): { name: string; replace: GoogleAppsScript.Spreadsheet.Sheet | null } {
  for (let n = 1; ; n++) {
    const name = n === 1 ? L.reportTabName(monthText) : L.reportTabNameNumbered(monthText, n);
    const existing = spreadsheet.getSheetByName(name);
    if (!existing) return { name, replace: null };
    if (isOurReport(existing)) return { name, replace: existing };
  }
}

function isOurReport(sheet: GoogleAppsScript.Spreadsheet.Sheet): boolean {
  return sheet.getDeveloperMetadata().some((entry) => entry.getKey() === REPORT_METADATA_KEY);
}

function fixedEngagementBase(value: string | undefined): EngagementBase | undefined {
  return ENGAGEMENT_BASES.find((base) => base === value?.trim().toLowerCase());
}

/**
 * The report's settings, from the document properties every collaborator shares: the engagement
 * base a user fixed, if any, and the currency (its setting, else the locale's).
 */
export function reportSettings(
  properties: Readonly<Record<string, string>>,
  locale: string,
): { fixedBase: EngagementBase | undefined; currency: string } {
  return {
    fixedBase: fixedEngagementBase(properties[ENGAGEMENT_BASE_PROPERTY]),
    currency: spreadsheetCurrency(properties[CURRENCY_PROPERTY], locale),
  };
}

/** The spreadsheet's currency: its setting (chosen in Set up data sheet or Import CSV), else the locale's. */
export function currencyOf(services: Services): string {
  const stored = services.documentProperties().getProperty(CURRENCY_PROPERTY);
  return spreadsheetCurrency(stored, services.spreadsheet().getSpreadsheetLocale());
}

export interface MonthChoice {
  value: string;
  label: string;
  /** Every channel with rows in the month covers it whole, and the month has ended. */
  complete: boolean;
  /** What the list shows: the month and whether it is complete. */
  text: string;
  /** Why it is not complete, shown under the list when it is chosen; '' when it is. */
  detail: string;
}

export interface MonthChoices {
  months: MonthChoice[];
  /** The last complete month the data has. */
  selected: string;
  texts: { prompt: string; build: string; cancel: string; building: string; noMonths: string };
  /** Set when the data cannot be read: the dialog shows it instead of the list. */
  message?: string;
}

/** What the month dialog lists: the months the data has, newest first. */
export function reportMonthChoices(services: Services): MonthChoices {
  const spreadsheet = services.spreadsheet();
  const L = reportLabelsOf(spreadsheet);
  const texts = {
    prompt: L.dialogPrompt,
    build: L.dialogBuild,
    cancel: L.dialogCancel,
    building: L.dialogBuilding,
    noMonths: L.dialogNoMonths,
  };
  const dataSheet = findDataSheet(spreadsheet, L);
  if (!dataSheet) return { months: [], selected: '', texts, message: L.noDataSheet(L.dataSheetName) };
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const read = readReportData(dataSheet.getDataRange().getValues(), {
    labels: L,
    timeZone,
    locale: spreadsheet.getSpreadsheetLocale(),
    sheetName: dataSheet.getName(),
  });
  if (!read.ok) return { months: [], selected: '', texts, message: read.message };
  const current = currentMonth(services.now(), timeZone);
  const selected = defaultReportMonth(read.months, current);
  const choice = (month: MonthKey): MonthChoice => {
    const label = monthLabel(L, month);
    const { complete, incomplete } = monthCompleteness(read.data, month, current);
    const parts = incomplete
      .filter(({ coverage }) => !coverage.running)
      .map(({ channel, coverage }) => L.dialogCoveragePart(channel, coverage.days, coverage.daysInMonth));
    const detail = month >= current ? L.dialogNotEnded : parts.length > 0 ? L.dialogCoverage(parts) : '';
    const text = complete ? L.dialogComplete(label) : L.dialogIncomplete(label);
    return { value: monthKeyToText(month), label, complete, text, detail };
  };
  return {
    months: [...read.months].reverse().map(choice),
    selected: selected === undefined ? '' : monthKeyToText(selected),
    texts,
  };
}

/** The dialog page's file name in dist/ (src/ui/report-month/page.html). */
export const MONTH_DIALOG_FILE = 'report-month';

export function showReportDialog(services: Services): void {
  const output = services.html().createHtmlOutputFromFile(MONTH_DIALOG_FILE).setWidth(380).setHeight(250);
  const L = reportLabelsOf(services.spreadsheet());
  services.ui().showModalDialog(output, L.dialogTitle);
}
