/** The six KPI families of the spec, plus goals. */
export type KpiFamily =
  'engagement' | 'reach' | 'conversion' | 'awareness' | 'customer_experience' | 'financial' | 'goals';

/** How a value is shown: it picks the number format in the report and the checks in goals. */
export type KpiUnit = 'count' | 'fraction' | 'ratio' | 'money' | 'people' | 'hours' | 'nps' | 'sentiment';

/** Which way is good news: drives report colours and goal progress. */
export type Direction = 'up' | 'down';

/** Which guide lists the KPI: SV = the Swedish guide, HS = Hootsuite's. */
export type Seed = 'SV' | 'HS';

/**
 * What an argument of a custom function accepts. It decides both validation and the message:
 * counts and money cannot be negative, signed values can, dates are dates.
 */
export type ParamKind =
  'count' | 'money' | 'signed' | 'fraction' | 'date' | 'score' | 'rating' | 'whole' | 'text';

export interface ParamDefinition {
  /** snake_case, as Sheets shows it in the autocomplete help. */
  name: string;
  kind: ParamKind;
  /** Each row is summed first, so it may have more columns than the other arguments. */
  summed?: boolean;
  /** Optional arguments have a default; it is shown in the help text. */
  optional?: { default: number | string };
}

/**
 * elementwise: one result per cell, broadcasting single cells (like ARRAYFORMULA).
 * aggregate: one value from whole ranges (a mean, a median, a share of scores).
 */
export type FunctionShape = 'elementwise' | 'aggregate';

export interface CustomFunctionDefinition {
  /** The name the user types: ENGAGEMENT_RATE. */
  name: string;
  shape: FunctionShape;
  params: readonly ParamDefinition[];
}

/**
 * How a counted column is aggregated over a month (spec: Monthly aggregation).
 * flow: summed. stock: last observation in the month. unique: reach, not additive.
 */
export type ColumnAggregation = 'flow' | 'stock' | 'unique' | 'key';

export interface DataColumnDefinition {
  /** The canonical header of the data sheet, in English. */
  header: string;
  aggregation: ColumnAggregation;
  /**
   * Other headers that mean this column, compared case-insensitively after trimming:
   * platform names for it, and the Swedish and Vietnamese words.
   */
  aliases: readonly string[];
}

/**
 * What the add-on needs of a KPI at run time. Its prose (help, formula, examples, argument
 * descriptions) is in src/kpi/prose.ts, keyed by the same id, so the server code, which every
 * custom function call loads, imports none of it.
 */
export interface KpiFacts<Id extends string = string> {
  /** snake_case, stable: stored in goals and printed by the headless report. */
  id: Id;
  /** English display name: the fallback where a language has no name for it. */
  label: string;
  family: KpiFamily;
  unit: KpiUnit;
  direction: Direction;
  /** Present for formulaic KPIs: the custom function. */
  fn?: CustomFunctionDefinition;
  /** Present for counted KPIs: the data sheet column. */
  column?: DataColumnDefinition;
  /** Present for formulaic KPIs the monthly report computes from the data sheet's columns. */
  report?: KpiReportInputs;
}

/**
 * What feeds the KPI's kernel in the monthly report, in parameter order: a column KPI's id, or
 * a quantity the report derives: "engagements" (likes + comments + shares + saves the data has)
 * or "engagement_base" (reach, impressions or followers; spec: Engagement base).
 */
export interface KpiReportInputs {
  inputs: readonly string[];
  /** Inputs the kernel treats as 0 when the data lacks them (neutral mentions in sentiment). */
  optional?: readonly string[];
  /**
   * A mean over posts: it needs one row per post (a Post ID column), and daily or monthly
   * totals cannot give it. Goals say so instead of showing a KPI with no value.
   */
  postRows?: boolean;
  /**
   * A per-post rate (spec: Per-post rates in a month): with post rows, a month's value is the
   * mean of each post's numerator ÷ base; without, the month's total ÷ base.
   */
  perPost?: boolean;
}

export type { ColumnKpiId, KpiDefinition, KpiId, MeasuredKpiId } from './registry';
