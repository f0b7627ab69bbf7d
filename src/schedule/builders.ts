/*
 * The scheduled build and the test digest run the report's own code: the menu action's build,
 * and the same preparation without writing. Kept apart from ./server.ts, which takes them as
 * parameters, so its tests can give it any build.
 */
import * as goals from '../goals/server';
import { buildReport, reportSettings } from '../report/actions';
import { findDataSheet, reportLabelsOf } from '../report/data-sheet';
import type { ReportGoalRow } from '../report/goal-rows';
import { periodNumberOf } from '../report/period-numbers';
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

/** The menu action's build, for the week, month or quarter that just ended. */
export const buildPeriodReport: PeriodReportBuilder = (services, { period, qualityLines }) => {
  const { read, kept } = goalsKept(services);
  const result = buildReport(services, {
    period,
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
    kind: period.kind,
    period: periodNumberOf(period),
    ...reportSettings(services.documentProperties().getProperties(), locale),
    goals: (data, monthText) => read(data, monthText, { spreadsheet, timeZone }),
  });
  return prepared.ok ? { ok: true, model: prepared.model, goals: kept.rows } : prepared;
};
