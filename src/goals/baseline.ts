import type { GoalsData, MonthlyPoint } from './data';
import { addMonthsToMonth, isIsoDate, monthOf, type IsoDate, type Month } from './dates';
import { goals as goalLabels } from '../i18n/en/goals';
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
 * The baseline over a window: one month's value, or over three months the pooled value when the
 * data source can pool (the spec's period rule), else the mean of the monthly values. Months
 * without data are left out and named.
 */
export function computeBaseline(
  series: MonthlyPoint[],
  window: BaselineWindow,
  today: IsoDate,
  pool?: (months: Month[]) => number | null,
  start?: IsoDate,
): BaselineResult {
  const covered = windowMonths(window, today, start);
  if (window === 'manual') {
    return { value: null, window, months: [], windowMonths: [], message: goalLabels.baselineMessages.manual };
  }
  const byMonth = new Map(series.map((p) => [p.month, p.value]));
  const withData = covered.filter((m) => {
    const v = byMonth.get(m);
    return typeof v === 'number' && Number.isFinite(v);
  });
  if (withData.length === 0) {
    const bounded = series.some((p) => p.upperBound && covered.includes(p.month));
    return {
      value: null,
      window,
      months: [],
      windowMonths: covered,
      ...(bounded ? { onlyUpperBound: true } : {}),
      message: bounded
        ? goalLabels.baselineMessages.onlyUpperBound(covered)
        : goalLabels.baselineMessages.noData(covered),
    };
  }
  let value: number | null = withData.length > 1 && pool ? pool(withData) : null;
  if (value === null || !Number.isFinite(value)) {
    value = withData.reduce((sum, m) => sum + (byMonth.get(m) as number), 0) / withData.length;
  }
  const missing = covered.filter((m) => !withData.includes(m));
  return {
    value,
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
  return computeBaseline(data.series(kpiId, channel), window, today, pool, start);
}
