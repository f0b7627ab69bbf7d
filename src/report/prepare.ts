import { monthOfDay, type MonthKey } from './dates';
import type { ReportLabels } from '../i18n';
import type { EngagementBase } from '../kpi/engagement';
import type { ReportGoalRow, ReportGoals } from './goal-rows';
import { labelsForKind, layoutReport, periodLabel, type SheetLayout } from './layout';
import {
  buildReportModel,
  defaultReportPeriod,
  periodsWithData,
  type ReportContext,
  type ReportModel,
} from './model';
import { currentPeriodNumber, periodNumberKey, periodOfNumber, type PeriodNumber } from './period-numbers';
import { lastDayOf, type PeriodKind } from './periods';
import { readDataValues, type DataSet } from './read';

/**
 * The goal section from the data the report has read, for the month goals are measured in, so a
 * goal's current value is the number the report shows (and the data is read only once). Goals are
 * monthly: `read` holds the data by month whatever the report's period.
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
  /** What the report is on: weeks, months (when not given) or quarters. */
  kind?: PeriodKind;
  /** The period of that kind (period-numbers.ts); absent: the last complete one the data has. */
  period?: PeriodNumber;
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

export type ReadDataResult =
  { ok: true; data: DataSet; periods: PeriodNumber[] } | { ok: false; message: string };

/**
 * Reads the values by periods of a kind (months by default) and says, in the user's words, why
 * there is nothing to report on.
 */
export function readReportData(
  values: readonly (readonly unknown[])[],
  request: Pick<ReportRequest, 'labels' | 'timeZone' | 'locale' | 'sheetName' | 'kind'>,
): ReadDataResult {
  const L = request.labels;
  const read = readDataValues(values, { ...request, period: request.kind });
  if (!read.ok) {
    if (read.reason === 'empty') return { ok: false, message: L.emptyDataSheet(request.sheetName) };
    const names = read.missing.map((key) => (key === 'date' ? L.dateColumnName : L.channelColumnName));
    return { ok: false, message: L.missingColumns(request.sheetName, names) };
  }
  const { data } = read;
  if (data.rowsRead === 0) return { ok: false, message: L.emptyDataSheet(request.sheetName) };
  const periods = periodsWithData(data);
  if (periods.length === 0) return { ok: false, message: L.noUsableRows(request.sheetName, data.rowsRead) };
  return { ok: true, data, periods };
}

export function prepareReport(
  values: readonly (readonly unknown[])[],
  request: ReportRequest,
): PreparedReport {
  const kind = request.kind ?? 'month';
  const read = readReportData(values, { ...request, kind });
  if (!read.ok) return read;
  const { data, periods } = read;
  const L = labelsForKind(request.labels, kind);
  const period =
    request.period ?? defaultReportPeriod(periods, currentPeriodNumber(kind, request.now, request.timeZone));
  if (period === undefined || !periods.includes(period)) {
    const wanted = period === undefined ? '' : periodLabel(L, kind, period);
    const available = periods.map((n) => periodNumberKey(kind, n)).join(', ');
    return { ok: false, message: L.emptyMonth(wanted, available) };
  }
  const context: ReportContext = {
    sheetName: request.sheetName,
    builtAt: request.now,
    timeZone: request.timeZone,
    fixedBase: request.fixedBase,
    currency: request.currency,
  };
  const model = buildReportModel(data, period, context);
  // Goals are monthly: a week or a quarter measures them in the month that holds its last day.
  const goalsMonth = kind === 'month' ? period : monthOfDay(lastDayOf(periodOfNumber(kind, period)));
  const goals =
    typeof request.goals === 'function'
      ? request.goals(monthlyRead(values, request, kind, read, context), periodNumberKey('month', goalsMonth))
      : { rows: request.goals ?? [], notRunning: 0 };
  const layout = layoutReport(model, {
    labels: request.labels,
    locale: request.locale,
    goals: goals.rows,
    goalsNotRunning: goals.notRunning,
    qualityLines: request.qualityLines,
    ...(kind === 'month' ? {} : { goalsMonth }),
  });
  return { ok: true, model, layout };
}

/**
 * The data by month, for goals: the report's own reading for a month's report; for a week's or a
 * quarter's, a second reading by month, made only when there are goals to measure.
 */
function monthlyRead(
  values: readonly (readonly unknown[])[],
  request: ReportRequest,
  kind: PeriodKind,
  read: { data: DataSet; periods: PeriodNumber[] },
  context: ReportContext,
): { data: DataSet; months: readonly MonthKey[]; context: ReportContext } {
  if (kind === 'month') return { data: read.data, months: read.periods, context };
  const byMonth = readReportData(values, { ...request, kind: 'month' });
  // The same rows read by month: it has rows wherever the report's reading had.
  return byMonth.ok
    ? { data: byMonth.data, months: byMonth.periods, context }
    : { data: read.data, months: [], context };
}
