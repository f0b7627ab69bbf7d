/*
 * The scheduled build and the test digest run the report's own code: the menu action's build,
 * and the same preparation without writing. Kept apart from ./server.ts, which takes them as
 * parameters, so its tests can give it any build.
 */
import * as goals from '../goals/server';
import { buildMonthlyReport, reportSettings } from '../report/actions';
import { findDataSheet, reportLabelsOf } from '../report/data-sheet';
import type { ReportGoalRow } from '../report/goal-rows';
import { periodKey } from '../report/periods';
import { prepareReport } from '../report/prepare';
import type { Services } from '../services/services';
import type { PeriodReportBuilder, PeriodReportPreview } from './server';

/** The goal rows the report's goal section shows, kept for the digest. */
function goalsKept(services: Services) {
  const rowsFor = goals.reportGoalRows(services);
  const kept: { rows: readonly ReportGoalRow[] } = { rows: [] };
  const read = (...args: Parameters<typeof rowsFor>) => {
    const section = rowsFor(...args);
    kept.rows = section.rows;
    return section;
  };
  return { read, kept };
}

/**
 * The menu action's monthly build. Weekly and quarterly reports come with the report's periods;
 * until then such a period is refused with the report's own message.
 */
export const buildPeriodReport: PeriodReportBuilder = (services, { period, qualityLines }) => {
  const { read, kept } = goalsKept(services);
  const result = buildMonthlyReport(services, {
    month: periodKey(period),
    alert: false,
    toasts: false,
    goals: read,
    qualityLines,
  });
  return result.ok
    ? { ok: true, tabName: result.tabName, model: result.model, goals: kept.rows }
    : { ok: false, message: result.message };
};

export const previewPeriodReport: PeriodReportPreview = (services, period) => {
  const spreadsheet = services.spreadsheet();
  const L = reportLabelsOf(spreadsheet);
  const month = period.kind === 'month' ? period.year * 100 + period.index : undefined;
  if (month === undefined) return { ok: false, message: L.badMonth(periodKey(period)) };
  const dataSheet = findDataSheet(spreadsheet, L);
  if (!dataSheet) return { ok: false, message: L.noDataSheet(L.dataSheetName) };
  const locale = spreadsheet.getSpreadsheetLocale();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const { read, kept } = goalsKept(services);
  const prepared = prepareReport(dataSheet.getDataRange().getValues(), {
    labels: L,
    timeZone,
    locale,
    now: services.now(),
    sheetName: dataSheet.getName(),
    month,
    ...reportSettings(services.documentProperties().getProperties(), locale),
    goals: (data, monthText) => read(data, monthText, { spreadsheet, timeZone }),
  });
  return prepared.ok ? { ok: true, model: prepared.model, goals: kept.rows } : prepared;
};
