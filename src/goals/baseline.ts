import { kpiById } from '../kpi/lookup';
import type { GoalsData, MonthlyPoint } from './data';
import { addMonthsToMonth, isIsoDate, monthOf, type IsoDate, type Month } from './dates';
import { goals as goalLabels } from '../i18n/en/goals';
import { countsWholeThings, roundWhole } from './numbers';
import type { BaselineResult, BaselineWindow } from './types';

/**
 * The complete months a window covers, oldest first. A window ends with the month before the
 * goal's start, so a goal dated back is measured on where things stood before it began, not on
 * its own first months; and never later than the month before today's, the last complete one.
 */
export function windowMonths(window: BaselineWindow, today: IsoDate, start?: IsoDate): Month[] {
  const todayMonth = monthOf(today);
  const from =
    start !== undefined && isIsoDate(start) && monthOf(start) < todayMonth ? monthOf(start) : todayMonth;
  const last = addMonthsToMonth(from, -1);
  if (window === 'last_month') return [last];
  if (window === 'last_3_months') return [-2, -1, 0].map((n) => addMonthsToMonth(last, n));
  return [];
}

/**
 * How a KPI's monthly values make one value for a window of several months (spec: SMART goals
 * and Monthly aggregation):
 * - pooled: a rate, ratio or score is the formula on the window's sums (Σ numerators ÷ Σ bases),
 *   or for a mean over posts the mean over every post; never the mean of the monthly values,
 *   which weighs a quiet month like a busy one (4.531 % where the pooled figure is 4.536 %);
 * - last: a stock (followers) is the last observation of the window, as a month's is the last
 *   of the month: month-end audiences are never added up, and their mean is a size the account
 *   never had at any one time;
 * - mean: a count (likes, reach) is the monthly average, Σ counts ÷ months, so a baseline over
 *   three months is comparable with the one month's value the goal is followed on.
 */
export type PeriodRule = 'pooled' | 'last' | 'mean';

export function periodRule(kpiId: string): PeriodRule {
  const kpi = kpiById(kpiId);
  if (kpi?.column?.aggregation === 'stock') return 'last';
  if (kpi?.column || kpiId === 'engagements') return 'mean';
  return 'pooled';
}

export interface BaselineOptions {
  /** The KPI: its rule over several months, and whether it counts whole things. */
  kpiId: string;
  /** The data source's pooling of the KPI over months (GoalsData.pooled); a rate needs it. */
  pool?: (months: Month[]) => number | null;
  /** The goal's start: the window ends before it. */
  start?: IsoDate;
}

/**
 * The baseline over a window, by the KPI's period rule. Months without data are left out and
 * named. A count's baseline is a whole number (the nearest: a measured figure has no direction
 * to lean in, unlike a target); a rate that cannot be pooled has no baseline, never an average.
 */
export function computeBaseline(
  series: MonthlyPoint[],
  window: BaselineWindow,
  today: IsoDate,
  options: BaselineOptions,
): BaselineResult {
  const covered = windowMonths(window, today, options.start);
  if (window === 'manual') {
    return { value: null, window, months: [], windowMonths: [], message: goalLabels.baselineMessages.manual };
  }
  const kpi = kpiById(options.kpiId);
  const byMonth = new Map(series.map((p) => [p.month, p.value]));
  const withData = covered.filter((m) => {
    const v = byMonth.get(m);
    return typeof v === 'number' && Number.isFinite(v);
  });
  if (withData.length === 0) {
    const bounded = series.some((p) => p.upperBound && covered.includes(p.month));
    const postRows = kpi?.report?.postRows === true;
    return {
      value: null,
      window,
      months: [],
      windowMonths: covered,
      ...(bounded ? { onlyUpperBound: true } : {}),
      ...(postRows ? { needsPostRows: true } : {}),
      message: bounded
        ? goalLabels.baselineMessages.onlyUpperBound(covered)
        : postRows
          ? goalLabels.baselineMessages.noPostRows(covered)
          : goalLabels.baselineMessages.noData(covered),
    };
  }
  const valueIn = (m: Month) => byMonth.get(m) as number;
  const rule = periodRule(options.kpiId);
  const missing = covered.filter((m) => !withData.includes(m));
  if (rule === 'last') {
    const last = withData[withData.length - 1];
    return {
      value: kpi && countsWholeThings(kpi.unit) ? roundWhole(valueIn(last)) : valueIn(last),
      window,
      months: [last],
      windowMonths: covered,
      stock: true,
      message: goalLabels.baselineMessages.stock(last),
    };
  }
  let value: number | null;
  if (rule === 'mean') value = withData.reduce((sum, m) => sum + valueIn(m), 0) / withData.length;
  // One month's value is already pooled within the month.
  else if (withData.length === 1) value = valueIn(withData[0]);
  else value = options.pool ? options.pool(withData) : null;
  if (value === null || !Number.isFinite(value)) {
    return {
      value: null,
      window,
      months: [],
      windowMonths: covered,
      notPooled: true,
      message: goalLabels.baselineMessages.notPooled(covered),
    };
  }
  return {
    value: kpi && countsWholeThings(kpi.unit) ? roundWhole(value) : value,
    window,
    months: withData,
    windowMonths: covered,
    message:
      missing.length === 0
        ? goalLabels.baselineMessages.measured(withData)
        : goalLabels.baselineMessages.partly(withData, missing),
  };
}

export function baselineFromData(
  data: GoalsData,
  kpiId: string,
  channel: string | null,
  window: BaselineWindow,
  today: IsoDate,
  start?: IsoDate,
): BaselineResult {
  const pool = data.pooled ? (months: Month[]) => data.pooled!(kpiId, channel, months) : undefined;
  return computeBaseline(data.series(kpiId, channel), window, today, { kpiId, pool, start });
}
