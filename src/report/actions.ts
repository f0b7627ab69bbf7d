import type { Services } from '../services/services';
import { PERIOD_TEXTS, languageFromLocale, reportTextsFor, type ReportLabels } from '../i18n';
import { ENGAGEMENT_BASES, type EngagementBase } from '../kpi/engagement';
import { CURRENCY_PROPERTY, spreadsheetCurrency } from './currency';
import { findDataSheet, reportLabelsOf } from './data-sheet';
import type { ReportGoalRow } from './goal-rows';
import { labelsForKind, periodLabel } from './layout';
import { defaultReportPeriod, periodCompleteness, type ReportModel } from './model';
import { currentPeriodNumber, periodNumberKey, periodNumberOf, type PeriodNumber } from './period-numbers';
import {
  parsePeriodKey,
  PERIOD_KINDS,
  periodKey,
  periodKeyMessage,
  type Period,
  type PeriodKind,
} from './periods';
import { prepareReport, readReportData, type GoalRowsFor } from './prepare';
import { writeLayout } from './writer';
import { sameTabName } from '../util/tab-names';
import type { SheetLayout } from './layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/*
 * The imperative shell of the report: one read of the data tab, the pure report, one write of
 * the report tab. Every failure the user can cause is a message, never a half-written tab.
 */

/**
 * Marks a tab as a report this add-on wrote; its value is the month and when its build started
 * ("2026-10 2026-11-03T09:00:00.000Z"). Only such tabs are replaced.
 */
export const REPORT_METADATA_KEY = 'socialKpis.report';

/**
 * Apps Script stops an execution after 6 minutes ("Script runtime: 6 min / execution",
 * https://developers.google.com/apps-script/guides/services/quotas): a building tab whose build
 * started longer ago than that is no execution's any more.
 */
export const EXECUTION_LIMIT_MS = 6 * 60_000;
/** A document property that fixes the engagement rate's base: "reach", "impressions" or "followers". */
export const ENGAGEMENT_BASE_PROPERTY = 'socialKpis.engagementBase';

export type BuildResult = { ok: true; tabName: string; model: ReportModel } | { ok: false; message: string };

export interface BuildOptions {
  /** False when the caller shows the message itself, as the report dialog does. */
  alert?: boolean;
  /** The goals, or how to read them once the data is read, from the spreadsheet the report has. */
  goals?: readonly ReportGoalRow[] | GoalRowsFrom;
  /** Lines the data-quality section starts with: the scheduled builds that failed since the last. */
  qualityLines?: readonly string[];
  /** False in a scheduled build: a time-driven trigger has no editor to show a toast in. */
  toasts?: boolean;
}

export interface PeriodBuildOptions extends BuildOptions {
  /**
   * The week, month or quarter: a Period, or its key ("2026-W43", "2026-10", "2026-Q4"); absent
   * (or null, as google.script.run sends a missing argument): the last complete month the data
   * has. Typed unknown because a script or a page can send anything.
   */
  period?: unknown;
  /** What a message about a bad period names: the dialog's title unless told (a CLI flag). */
  field?: string;
}

export interface MonthBuildOptions extends BuildOptions {
  /** "2026-10", or any period key; absent or null: the last complete month the data has. */
  month?: unknown;
}

export type GoalRowsFrom = (
  ...args: [
    ...Parameters<GoalRowsFor>,
    { spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet; timeZone: string },
  ]
) => ReturnType<GoalRowsFor>;

function isPeriod(value: unknown): value is Period {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, year, index } = value as Record<string, unknown>;
  return (
    PERIOD_KINDS.includes(kind as PeriodKind) &&
    Number.isInteger(year) &&
    Number.isInteger(index) &&
    parsePeriodKey(periodKey(value as Period)).ok
  );
}

/** The report for a week, a month or a quarter: one read of the data, the pure report, one write. */
export function buildReport(services: Services, options: PeriodBuildOptions = {}): BuildResult {
  const spreadsheet = services.spreadsheet();
  const locale = spreadsheet.getSpreadsheetLocale();
  const L = reportTextsFor(locale);
  const given = options.period;
  if (given === undefined || given === null || given === '')
    return buildChecked(services, spreadsheet, locale, undefined, options);
  if (isPeriod(given)) return buildChecked(services, spreadsheet, locale, given, options);
  const parsed = parsePeriodKey(given);
  if (!parsed.ok) {
    const message = periodKeyMessage(
      options.field ?? L.dialogTitle,
      parsed.problem,
      PERIOD_TEXTS[languageFromLocale(locale)],
    );
    if (options.alert !== false) services.ui().alert(message);
    return { ok: false, message };
  }
  return buildChecked(services, spreadsheet, locale, parsed.period, options);
}

/**
 * The month dialog's and the scheduled build's entry, kept for their callers: a month's messages
 * name the month and its form YYYY-MM; any other period key goes to buildReport.
 */
export function buildMonthlyReport(services: Services, options: MonthBuildOptions = {}): BuildResult {
  const spreadsheet = services.spreadsheet();
  const locale = spreadsheet.getSpreadsheetLocale();
  const L = reportTextsFor(locale);
  const given = options.month;
  const fail = (message: string): BuildResult => {
    if (options.alert !== false) services.ui().alert(message);
    return { ok: false, message };
  };
  if (given !== undefined && given !== null && typeof given !== 'string') {
    return fail(L.monthNotText(describeValue(given)));
  }
  if (typeof given !== 'string' || given === '')
    return buildChecked(services, spreadsheet, locale, undefined, options);
  const parsed = parsePeriodKey(given);
  if (!parsed.ok) return fail(L.badMonth(given));
  return buildChecked(services, spreadsheet, locale, parsed.period, options);
}

/** The build itself, once the period is known (absent: the last complete month). */
function buildChecked(
  services: Services,
  spreadsheet: Spreadsheet,
  locale: string,
  period: Period | undefined,
  options: BuildOptions,
): BuildResult {
  const kind = period?.kind ?? 'month';
  const labels = reportTextsFor(locale);
  const L = labelsForKind(labels, kind);
  const fail = (message: string): BuildResult => {
    if (options.alert !== false) services.ui().alert(message);
    return { ok: false, message };
  };
  const dataSheet = findDataSheet(spreadsheet, L);
  if (!dataSheet) return fail(L.noDataSheet(L.dataSheetName));
  const sheetName = dataSheet.getName();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const number = period && periodNumberOf(period);
  if (options.toasts !== false)
    spreadsheet.toast(
      L.buildingToast(number === undefined ? '' : periodLabel(L, kind, number)),
      L.toastTitle,
    );

  const values = dataSheet.getDataRange().getValues();
  // The report's settings in one read: they are document properties, shared by every collaborator.
  const settings = services.documentProperties().getProperties();
  const prepared = prepareReport(values, {
    labels,
    timeZone,
    locale,
    now: services.now(),
    sheetName,
    kind,
    period: number,
    ...reportSettings(settings, locale),
    goals:
      typeof options.goals === 'function'
        ? (read, month) => (options.goals as GoalRowsFrom)(read, month, { spreadsheet, timeZone })
        : options.goals,
    qualityLines: options.qualityLines,
  });
  if (!prepared.ok) return fail(prepared.message);

  const key = periodNumberKey(kind, prepared.model.period);
  const target = reportTarget(spreadsheet, L, key);
  const written = writeReportTab(
    spreadsheet,
    target,
    { L, key, now: services.now() },
    prepared.layout,
    services,
  );
  if ('busy' in written) return fail(written.busy);
  // insertSheet has made the new tab the active one, and it keeps that through its rename.
  if (options.toasts !== false) spreadsheet.toast(L.builtToast(written.name), L.toastTitle);
  return { ok: true, tabName: written.name, model: prepared.model };
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
 * tab takes the old one's place in the tab bar under a building name ("KPI report 2026-10
 * (building…)"), and only once every cell, rule and chart is written is the old report deleted and
 * the new one renamed into place. If the build fails, the half-built tab goes and the old report
 * stays as it was. If Apps Script stops the execution halfway (its time limit), nothing runs to
 * clear the half-built tab: it keeps its building name and its mark, and the next build of the
 * month, finding the name taken, removes it (see buildingTab).
 */
function writeReportTab(
  spreadsheet: Spreadsheet,
  target: { name: string; replace: Sheet | null },
  build: { L: ReportLabels; key: string; now: Date },
  layout: SheetLayout,
  services: Services,
): { name: string } | { busy: string } {
  const sheet = buildingTab(spreadsheet, target, build);
  if ('busy' in sheet) return sheet;
  try {
    sheet.addDeveloperMetadata(REPORT_METADATA_KEY, `${build.key} ${build.now.toISOString()}`);
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
  return { name: renameIntoPlace(spreadsheet, sheet, target, build) };
}

/**
 * The new tab, under the month's building name, where the old report is (insertSheet's index
 * counts from 0 and getIndex from 1: it lands just before the old one). The name is the same for
 * every build of the month, so a tab a stopped build left behind is found by trying it: Sheets
 * refuses a name a tab has. Only then is anything looked up, so a build that finds nothing left
 * behind makes no call for it. A building tab the add-on marked whose build started more than an
 * execution's time limit ago is removed; a younger one may be a teammate's build still writing,
 * and is left alone with a message; a tab of that name the add-on did not mark is never touched
 * (the new tab then takes a name Sheets picks).
 */
function buildingTab(
  spreadsheet: Spreadsheet,
  target: { name: string; replace: Sheet | null },
  build: { L: ReportLabels; now: Date },
): Sheet | { busy: string } {
  const name = build.L.reportTabBuilding(target.name);
  const insert = (named: string | null) => {
    // Asked at each try: removing a tab left behind before the old report moves the old report.
    const index = target.replace ? target.replace.getIndex() - 1 : null;
    if (named === null) return index === null ? spreadsheet.insertSheet() : spreadsheet.insertSheet(index);
    return index === null ? spreadsheet.insertSheet(named) : spreadsheet.insertSheet(named, index);
  };
  try {
    return insert(name);
  } catch {
    const left = spreadsheet.getSheetByName(name);
    // Another failure, or a tab named so in another case (Sheets refuses that too): not ours to judge.
    if (!left) return insert(null);
    const started = buildStart(left);
    if (started === null) return insert(null);
    const age = build.now.getTime() - started;
    if (age < EXECUTION_LIMIT_MS) {
      return { busy: build.L.reportBeingBuilt(name, Math.ceil((EXECUTION_LIMIT_MS - age) / 60_000)) };
    }
    spreadsheet.deleteSheet(left);
    return insert(name);
  }
}

/** When the build of a tab the add-on marked started (ms), or null for a tab it did not mark. */
function buildStart(sheet: Sheet): number | null {
  const mark = sheet.getDeveloperMetadata().find((entry) => entry.getKey() === REPORT_METADATA_KEY);
  if (!mark) return null;
  // A mark without a time (an older version's) is as old as can be.
  const time = Date.parse((mark.getValue() ?? '').split(' ')[1] ?? '');
  return Number.isNaN(time) ? 0 : time;
}

/**
 * The built tab under the report's name. The name was free when looked up by getSheetByName, but
 * Sheets also refuses a name another tab has in another case ("kpi report 2026-10", a user's): the
 * report then takes the first numbered name no tab has in any case, or one of its own reports'
 * (replaced, so rebuilding does not number it again). Looked up only when the rename is refused.
 */
function renameIntoPlace(
  spreadsheet: Spreadsheet,
  sheet: Sheet,
  target: { name: string; replace: Sheet | null },
  build: { L: ReportLabels; key: string },
): string {
  try {
    sheet.setName(target.name);
    return target.name;
  } catch (error) {
    if (target.replace) throw error;
    // The new tab has its building name, which no numbered name is: it is among them harmlessly.
    const holders = spreadsheet.getSheets().map((other) => ({ sheet: other, name: other.getName() }));
    for (let n = 2; ; n++) {
      const name = build.L.reportTabNameNumbered(build.key, n);
      const holder = holders.find((other) => sameTabName(other.name, name));
      if (holder && !isOurReport(holder.sheet)) continue;
      if (holder) spreadsheet.deleteSheet(holder.sheet);
      sheet.setName(name);
      return name;
    }
  }
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
  spreadsheet: Spreadsheet,
  L: ReportLabels,
  key: string,
): { name: string; replace: Sheet | null } {
  for (let n = 1; ; n++) {
    const name = n === 1 ? L.reportTabName(key) : L.reportTabNameNumbered(key, n);
    const existing = spreadsheet.getSheetByName(name);
    if (!existing) return { name, replace: null };
    if (isOurReport(existing)) return { name, replace: existing };
  }
}

function isOurReport(sheet: Sheet): boolean {
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

export interface PeriodChoice {
  /** The period's key: "2026-W43", "2026-10", "2026-Q4". */
  value: string;
  label: string;
  /** Every channel with rows in the period covers it whole, and the period has ended. */
  complete: boolean;
  /** What the list shows: the period and whether it is complete. */
  text: string;
  /** Why it is not complete, shown under the list when it is chosen; '' when it is. */
  detail: string;
}

export interface PeriodChoices {
  kind: PeriodKind;
  /** The kind selector: week, month, quarter, in the spreadsheet's language. */
  kinds: Array<{ value: PeriodKind; label: string }>;
  periods: PeriodChoice[];
  /** The last complete period of the kind the data has. */
  selected: string;
  texts: {
    kindPrompt: string;
    prompt: string;
    build: string;
    cancel: string;
    building: string;
    noPeriods: string;
  };
  /** Set when the data cannot be read: the dialog shows it instead of the list. */
  message?: string;
}

/** What the report dialog lists for a kind (months unless told): the periods the data has, newest first. */
export function reportPeriodChoices(services: Services, kindGiven?: unknown): PeriodChoices {
  const spreadsheet = services.spreadsheet();
  const kind: PeriodKind = PERIOD_KINDS.find((k) => k === kindGiven) ?? 'month';
  const labels = reportLabelsOf(spreadsheet);
  const L = labelsForKind(labels, kind);
  const texts = {
    kindPrompt: L.periodTexts.dialogKindPrompt,
    prompt: L.dialogPrompt,
    build: L.dialogBuild,
    cancel: L.dialogCancel,
    building: L.dialogBuilding,
    noPeriods: L.dialogNoMonths,
  };
  const kinds = PERIOD_KINDS.map((value) => ({ value, label: L.periodTexts.dialogKinds[value] }));
  const none = { kind, kinds, periods: [], selected: '', texts };
  const dataSheet = findDataSheet(spreadsheet, L);
  if (!dataSheet) return { ...none, message: L.noDataSheet(L.dataSheetName) };
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const read = readReportData(dataSheet.getDataRange().getValues(), {
    labels,
    timeZone,
    locale: spreadsheet.getSpreadsheetLocale(),
    sheetName: dataSheet.getName(),
    kind,
  });
  if (!read.ok) return { ...none, message: read.message };
  const current = currentPeriodNumber(kind, services.now(), timeZone);
  const selected = defaultReportPeriod(read.periods, current);
  const choice = (period: PeriodNumber): PeriodChoice => {
    const label = periodLabel(L, kind, period);
    const { complete, incomplete } = periodCompleteness(read.data, period, current);
    const parts = incomplete
      .filter(({ coverage }) => !coverage.running)
      .map(({ channel, coverage }) => L.dialogCoveragePart(channel, coverage.days, coverage.daysInPeriod));
    const detail = period >= current ? L.dialogNotEnded : parts.length > 0 ? L.dialogCoverage(parts) : '';
    const text = complete ? L.dialogComplete(label) : L.dialogIncomplete(label);
    return { value: periodNumberKey(kind, period), label, complete, text, detail };
  };
  return {
    kind,
    kinds,
    periods: [...read.periods].reverse().map(choice),
    selected: selected === undefined ? '' : periodNumberKey(kind, selected),
    texts,
  };
}

/** The dialog page's file name in dist/ (src/ui/report-month/page.html). */
export const MONTH_DIALOG_FILE = 'report-month';

export function showReportDialog(services: Services): void {
  const output = services.html().createHtmlOutputFromFile(MONTH_DIALOG_FILE).setWidth(380).setHeight(320);
  const L = reportLabelsOf(services.spreadsheet());
  services.ui().showModalDialog(output, L.dialogTitle);
}
