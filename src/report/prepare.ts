import { currentMonth, monthKeyToText, type MonthKey } from './dates';
import type { ReportLabels } from '../i18n';
import type { EngagementBase } from '../kpi/engagement';
import type { ReportGoalRow, ReportGoals } from './goal-rows';
import { layoutReport, monthLabel, type SheetLayout } from './layout';
import {
  buildReportModel,
  defaultReportMonth,
  monthsWithData,
  type ReportContext,
  type ReportModel,
} from './model';
import { readDataValues, type DataSet } from './read';

/**
 * The goal section from the data the report has read, for the month it shows, so a goal's
 * current value is the number the report shows (and the data is read only once).
 */
export type GoalRowsFor = (
  read: { data: DataSet; months: readonly MonthKey[]; context: ReportContext },
  month: string,
) => ReportGoals;

/*
 * The whole report from the data sheet's values to the cell layout, with no service in sight:
 * the action reads once, calls this, and writes once.
 */

export interface ReportRequest {
  /** Every text, in the spreadsheet's language: the shell picks them, the core only uses them. */
  labels: ReportLabels;
  timeZone: string;
  locale: string;
  now: Date;
  sheetName: string;
  /** Absent: the last complete month the data has. */
  month?: MonthKey;
  fixedBase?: EngagementBase;
  /** The spreadsheet's currency (ISO code), from its setting or its locale (spreadsheetCurrency). */
  currency: string;
  /** The goal section's rows, or how to make them from the data the report has read. */
  goals?: readonly ReportGoalRow[] | GoalRowsFor;
  /** Lines the data-quality section starts with (the scheduled builds that failed). */
  qualityLines?: readonly string[];
}

export type PreparedReport =
  { ok: true; model: ReportModel; layout: SheetLayout } | { ok: false; message: string };

export type ReadDataResult = { ok: true; data: DataSet; months: MonthKey[] } | { ok: false; message: string };

/** Reads the values and says, in the user's words, why there is nothing to report on. */
export function readReportData(
  values: readonly (readonly unknown[])[],
  request: Pick<ReportRequest, 'labels' | 'timeZone' | 'locale' | 'sheetName'>,
): ReadDataResult {
  const L = request.labels;
  const read = readDataValues(values, request);
  if (!read.ok) {
    if (read.reason === 'empty') return { ok: false, message: L.emptyDataSheet(request.sheetName) };
    const names = read.missing.map((key) => (key === 'date' ? L.dateColumnName : L.channelColumnName));
    return { ok: false, message: L.missingColumns(request.sheetName, names) };
  }
  const { data } = read;
  if (data.rowsRead === 0) return { ok: false, message: L.emptyDataSheet(request.sheetName) };
  const months = monthsWithData(data);
  if (months.length === 0) return { ok: false, message: L.noUsableRows(request.sheetName, data.rowsRead) };
  return { ok: true, data, months };
}

export function prepareReport(
  values: readonly (readonly unknown[])[],
  request: ReportRequest,
): PreparedReport {
  const read = readReportData(values, request);
  if (!read.ok) return read;
  const { data, months } = read;
  const L = request.labels;
  const month = request.month ?? defaultReportMonth(months, currentMonth(request.now, request.timeZone));
  if (month === undefined || !months.includes(month)) {
    const wanted = month === undefined ? '' : monthLabel(L, month);
    return { ok: false, message: L.emptyMonth(wanted, months.map(monthKeyToText).join(', ')) };
  }
  const context: ReportContext = {
    sheetName: request.sheetName,
    builtAt: request.now,
    timeZone: request.timeZone,
    fixedBase: request.fixedBase,
    currency: request.currency,
  };
  const model = buildReportModel(data, month, context);
  const goals =
    typeof request.goals === 'function'
      ? request.goals({ data, months, context }, monthKeyToText(month))
      : { rows: request.goals ?? [], notRunning: 0 };
  const layout = layoutReport(model, {
    labels: L,
    locale: request.locale,
    goals: goals.rows,
    goalsNotRunning: goals.notRunning,
    qualityLines: request.qualityLines,
  });
  return { ok: true, model, layout };
}
