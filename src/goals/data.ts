import type { IsoDate, Month } from './dates';

/*
 * What goals need from the data: the KPI's monthly values per channel, the channels, and which
 * KPIs the data's columns can compute. The report module computes these from the `KPI data`
 * tab; goals depend only on this interface, and src/goals/adapter.ts is where the two meet.
 */

export interface MonthlyPoint {
  month: Month;
  /** null: no data that month, or the KPI is undefined (a zero denominator). */
  value: number | null;
  /**
   * With value null: the month has reach only as a sum of several rows, an upper bound (spec:
   * reach is not additive), which the KPI is or is built on.
   */
  upperBound?: boolean;
}

/** A KPI's monthly values for a channel (null: all channels), ascending by month. */
export type MonthlySeries = (kpiId: string, channel: string | null) => MonthlyPoint[];

export interface KpiAvailability {
  computable: boolean;
  /**
   * Canonical headers of the data columns the KPI needs and the data lacks. Empty with
   * computable false: no data column gives the KPI (NPS needs survey answers), or, with noData,
   * there is no data at all.
   */
  missingColumns: string[];
  /** The spreadsheet has no KPI data yet. */
  noData?: boolean;
  /** A mean over posts on data without post rows (no Post ID column): daily totals cannot give it. */
  needsPostRows?: boolean;
}

export interface GoalsData {
  /** Channel names as they appear in the data, without "all channels". */
  channels: string[];
  /** Months the data covers, ascending. */
  months: Month[];
  series: MonthlySeries;
  availability(kpiId: string): KpiAvailability;
  /**
   * A rate's value over several months, pooled the way the report pools a month (the formula on
   * the sums of its inputs). Without it a rate has no multi-month baseline: a mean of monthly
   * rates is never a substitute (spec: SMART goals).
   */
  pooled?(kpiId: string, channel: string | null, months: Month[]): number | null;
}

/** No data yet: nothing computable (and no column to name), nothing measured. */
export function emptyGoalsData(): GoalsData {
  return {
    channels: [],
    months: [],
    series: () => [],
    availability: () => ({ computable: false, missingColumns: [], noData: true }),
  };
}

export type { IsoDate, Month };
