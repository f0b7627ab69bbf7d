import { KPIS, kpiById } from '../kpi/registry';
import { addMonths, monthKeyToText, type MonthKey } from '../report/dates';
import { findDataSheet, reportLabelsOf } from '../report/data-sheet';
import { ALL_CHANNELS, buildReportModel, type ReportCell, type ReportModel } from '../report/model';
import { readReportData } from '../report/prepare';
import type { Services } from '../services/services';
import { emptyGoalsData, type GoalsData, type KpiAvailability, type MonthlyPoint } from './data';

/*
 * Where goals meet the monthly report: a goal's baseline, history and current value are the
 * very figures the report shows for that KPI, channel and month (same reader, same pooling).
 */
export function goalsDataFor(services: Services): GoalsData {
  const spreadsheet = services.spreadsheet();
  const labels = reportLabelsOf(spreadsheet);
  const sheet = findDataSheet(spreadsheet, labels);
  if (!sheet) return emptyGoalsData();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const sheetName = sheet.getName();
  const read = readReportData(sheet.getDataRange().getValues(), {
    labels,
    timeZone,
    locale: spreadsheet.getSpreadsheetLocale(),
    sheetName,
  });
  if (!read.ok) return emptyGoalsData();
  return goalsDataFromReport(read.data, read.months, services.now(), timeZone, sheetName);
}

export function goalsDataFromReport(
  data: Parameters<typeof buildReportModel>[0],
  months: readonly MonthKey[],
  builtAt: Date,
  timeZone: string,
  sheetName: string,
): GoalsData {
  // Every month's model is the report for that month; built once each, on first use.
  const models = new Map<MonthKey, ReportModel>();
  const modelFor = (month: MonthKey): ReportModel => {
    let model = models.get(month);
    if (!model) {
      model = buildReportModel(data, month, { sheetName, builtAt, timeZone });
      models.set(month, model);
    }
    return model;
  };
  const presentColumns = new Set(data.headers.slots.map((slot) => slot.kpiId));
  const computable = new Set(
    months.flatMap((month) => modelFor(month).families.flatMap((f) => f.rows.map((r) => r.kpiId))),
  );

  const cellIn = (month: MonthKey, kpiId: string, channel: string | null): ReportCell | undefined => {
    const model = modelFor(month);
    const column = model.columns.indexOf(channel ?? ALL_CHANNELS);
    if (column < 0) return undefined;
    for (const family of model.families) {
      const row = family.rows.find((r) => r.kpiId === kpiId);
      if (row) return row.cells[column];
    }
    return undefined;
  };
  const pointIn = (month: MonthKey, kpiId: string, channel: string | null): MonthlyPoint => {
    const text = monthKeyToText(month);
    const cell = cellIn(month, kpiId, channel);
    // An upper bound is not a value a goal can be measured against.
    if (cell && cell.current !== null && !cell.currentIsUpperBound)
      return { month: text, value: cell.current };
    const reach =
      kpiId === 'reach' ? cell : builtOnReach(kpiId) ? cellIn(month, 'reach', channel) : undefined;
    return reach?.currentIsUpperBound
      ? { month: text, value: null, upperBound: true }
      : { month: text, value: null };
  };

  return {
    channels: [...data.channels],
    months: months.map(monthKeyToText),
    series: (kpiId, channel): MonthlyPoint[] =>
      monthRange(months).map((month) => pointIn(month, kpiId, channel)),
    availability: (kpiId): KpiAvailability => {
      if (computable.has(kpiId)) return { computable: true, missingColumns: [] };
      return { computable: false, missingColumns: missingColumnsFor(kpiId, presentColumns) };
    },
  };
}

/** A KPI whose formula needs reach itself (post reach rate), not reach as one base of several. */
function builtOnReach(kpiId: string): boolean {
  const report = kpiById(kpiId)?.report;
  return (
    report !== undefined && report.inputs.includes('reach') && !(report.optional ?? []).includes('reach')
  );
}

/** Every month from the first to the last the data has, gaps included, so a missing month shows. */
function monthRange(months: readonly MonthKey[]): MonthKey[] {
  if (months.length === 0) return [];
  const range: MonthKey[] = [];
  for (let month = months[0]; month <= months[months.length - 1]; month = addMonths(month, 1))
    range.push(month);
  return range;
}

const ENGAGEMENT_PARTS = ['likes', 'comments', 'shares', 'saves'];

/** The data sheet headers a KPI needs and the data lacks, for "add a … column" messages. */
function missingColumnsFor(kpiId: string, present: ReadonlySet<string>): string[] {
  const kpi = kpiById(kpiId);
  if (!kpi) return [];
  if (kpi.column) return present.has(kpi.id) ? [] : [kpi.column.header];
  const inputs = kpi.id === 'engagements' ? ['engagements'] : (kpi.report?.inputs ?? []);
  const optional = kpi.report?.optional ?? [];
  const missing: string[] = [];
  for (const input of inputs) {
    if (optional.includes(input)) continue;
    const needs =
      input === 'engagements'
        ? ENGAGEMENT_PARTS
        : input === 'engagement_base'
          ? ['reach', 'impressions', 'followers']
          : [input];
    // Any one of several columns is enough (likes or comments…; reach or impressions…).
    if (needs.some((id) => present.has(id))) continue;
    const header = KPIS.find((k) => k.id === needs[0])?.column?.header;
    if (header) missing.push(header);
  }
  return missing;
}
