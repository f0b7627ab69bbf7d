import { ELEMENTWISE_KERNELS } from '../functions/implementations';
import { ENGAGEMENT_BASES, ENGAGEMENT_PARTS, type EngagementBase } from '../kpi/engagement';
import { KPIS } from '../kpi/registry';
import { kpiById } from '../kpi/lookup';
import type { KpiDefinition } from '../kpi/types';
import { addMonths, monthKeyToText, parseMonthText, type MonthKey } from '../report/dates';
import { findDataSheet, reportLabelsOf } from '../report/data-sheet';
import {
  ALL_CHANNELS,
  buildReportModel,
  type ReportCell,
  type ReportContext,
  type ReportModel,
} from '../report/model';
import { reportSettings } from '../report/actions';
import { readReportData } from '../report/prepare';
import type { Services } from '../services/services';
import { emptyGoalsData, type GoalsData, type KpiAvailability, type MonthlyPoint } from './data';
import { postRatesOf } from '../report/read';

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
  const locale = spreadsheet.getSpreadsheetLocale();
  const read = readReportData(sheet.getDataRange().getValues(), { labels, timeZone, locale, sheetName });
  if (!read.ok) return emptyGoalsData();
  // The report's settings, so a goal's figures are the report's: a blank Currency cell is in the
  // spreadsheet's currency, and an engagement base a user fixed is the goals' base too.
  const settings = reportSettings(services.documentProperties().getProperties(), locale);
  return goalsDataFromReport(read.data, read.periods, {
    builtAt: services.now(),
    timeZone,
    sheetName,
    ...settings,
  });
}

export function goalsDataFromReport(
  data: Parameters<typeof buildReportModel>[0],
  months: readonly MonthKey[],
  context: ReportContext,
): GoalsData {
  // Every month's model is the report for that month; built once each, on first use.
  const models = new Map<MonthKey, ReportModel>();
  const modelFor = (month: MonthKey): ReportModel => {
    let model = models.get(month);
    if (!model) {
      model = buildReportModel(data, month, context);
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

  /** A cell's value when a rate may stand on it: reach summed over rows is only a bound. */
  const exactValue = (month: MonthKey, kpiId: string, channel: string | null): number | null => {
    const cell = cellIn(month, kpiId, channel);
    return !cell || cell.currentIsUpperBound ? null : cell.current;
  };

  /**
   * The engagement base for a period: the one the report's row used in every month when they
   * agree, else the best base every month has, so no pooled rate adds reach to impressions.
   */
  const periodBase = (keys: readonly MonthKey[], channel: string | null): EngagementBase | undefined => {
    const used = new Set(
      keys.map((month) => {
        const model = modelFor(month);
        return model.engagementBases[model.columns.indexOf(channel ?? ALL_CHANNELS)];
      }),
    );
    const [only] = used;
    if (used.size === 1 && only !== undefined) return only;
    return ENGAGEMENT_BASES.find((base) => keys.every((month) => exactValue(month, base, channel) !== null));
  };

  const moneyCurrencyIn = (month: MonthKey, channel: string | null): string | undefined => {
    const model = modelFor(month);
    return model.columnCurrencies.current[model.columns.indexOf(channel ?? ALL_CHANNELS)];
  };

  /** The channel-month's posts, for weighting a mean over posts: all channels' for null. */
  const postCount = (month: MonthKey, channel: string | null): number => {
    const byChannel = data.periods.get(month) ?? [];
    const wanted = channel === null ? null : data.channels.indexOf(channel);
    let count = 0;
    byChannel.forEach((totals, index) => {
      if (!totals || (wanted !== null && index !== wanted)) return;
      // The average engagement rate is the first per-post KPI.
      const posts = postRatesOf(totals, 0);
      count += posts.rated + posts.unrated;
    });
    return count;
  };

  /**
   * A rate over several months, pooled as the report pools a month (spec: a period's rate is
   * the formula on sums, never a mean of the monthly rates): Σ of each input over the months,
   * then the KPI's kernel; Σ engagements ÷ Σ base for the engagement rate. A KPI defined as a
   * mean over posts is the mean over every post of the months: each month's mean weighted by
   * its posts. Null when the months cannot be pooled (no base they all have).
   */
  const pooled = (kpiId: string, channel: string | null, monthTexts: string[]): number | null => {
    const keys = monthTexts.map(parseMonthText);
    if (keys.length === 0 || keys.some((key) => key === undefined)) return null;
    const months = keys as MonthKey[];
    const kpi = kpiById(kpiId);
    if (!kpi) return null;
    const values = months.map((month) => pointIn(month, kpiId, channel).value);
    if (values.some((value) => value === null)) return null;
    // Kronor and euros are not added up (spec: Currency), over months no more than over channels.
    if (involvesMoney(kpi) && new Set(months.map((month) => moneyCurrencyIn(month, channel))).size > 1)
      return null;
    if (kpi.report?.postRows) {
      const counts = months.map((month) => postCount(month, channel));
      const posts = counts.reduce((sum, n) => sum + n, 0);
      if (posts === 0) return null;
      return values.reduce((sum: number, value, i) => sum + (value as number) * counts[i], 0) / posts;
    }
    const kernel = ELEMENTWISE_KERNELS[kpi.id];
    if (!kpi.report || !kernel) return null;
    const base = kpi.report.inputs.includes('engagement_base') ? periodBase(months, channel) : undefined;
    const sums: number[] = [0, 0, 0, 0];
    for (const [i, input] of kpi.report.inputs.entries()) {
      const column = input === 'engagement_base' ? base : input;
      const optional = (kpi.report.optional ?? []).includes(input);
      for (const month of months) {
        const value = column === undefined ? null : exactValue(month, column, channel);
        if (value === null && !optional) return null;
        sums[i] += value ?? 0;
      }
    }
    const value = kernel.compute(sums[0], sums[1], sums[2], sums[3]);
    return Number.isFinite(value) ? value : null;
  };

  return {
    channels: [...data.channels],
    months: months.map(monthKeyToText),
    pooled,
    series: (kpiId, channel): MonthlyPoint[] =>
      monthRange(months).map((month) => pointIn(month, kpiId, channel)),
    availability: (kpiId): KpiAvailability => {
      if (computable.has(kpiId)) return { computable: true, missingColumns: [] };
      const missingColumns = missingColumnsFor(kpiId, presentColumns);
      // A mean over posts on daily or monthly rows: say that it needs post rows, not that it
      // comes from surveys (no column is missing) or has no value.
      if (kpiById(kpiId)?.report?.postRows && data.headers.postId < 0)
        return { computable: false, missingColumns, needsPostRows: true };
      return { computable: false, missingColumns };
    },
  };
}

/** Money itself, or a KPI computed from money (CPC, ROI). */
function involvesMoney(kpi: KpiDefinition): boolean {
  return kpi.unit === 'money' || (kpi.report?.inputs ?? []).some((input) => kpiById(input)?.unit === 'money');
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
    const needs: readonly string[] =
      input === 'engagements' ? ENGAGEMENT_PARTS : input === 'engagement_base' ? ENGAGEMENT_BASES : [input];
    // Any one of several columns is enough (likes or comments…; reach or impressions…).
    if (needs.some((id) => present.has(id))) continue;
    const header = KPIS.find((k) => k.id === needs[0])?.column?.header;
    if (header) missing.push(header);
  }
  return missing;
}
