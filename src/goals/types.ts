import type { Direction, KpiFamily, KpiUnit } from '../kpi/types';
import type { Language } from '../i18n/language';
import type { IsoDate, Month } from './dates';
import type { GoalStatus } from '../report/goal-rows';

/*
 * Everything the sidebar and the server exchange: plain JSON data only (google.script.run
 * refuses Dates), so dates travel as ISO strings and "all channels" as null.
 */

/** How the baseline was obtained: measured over a window of the data, or typed by hand. */
export type BaselineWindow = 'last_month' | 'last_3_months' | 'manual';
export const BASELINE_WINDOWS: readonly BaselineWindow[] = ['last_month', 'last_3_months', 'manual'];

/** What the sidebar's form sends: as the user typed it, numbers possibly as text ("4,5 %"). */
export interface GoalInput {
  what: string;
  kpiId: string;
  /** null: all channels. */
  channel: string | null;
  /** A number, or text as typed: "0,031", "3,1 %" for a rate. */
  baseline: number | string;
  baselineWindow: BaselineWindow;
  /** The months the baseline was measured over, 'YYYY-MM'; empty for a typed baseline. */
  baselineMonths: Month[];
  /** Absolute ("4,5 %", "0.045", "120") or a change from the baseline ("+35 %", "−10 %"). */
  target: string;
  start: IsoDate;
  deadline: IsoDate;
  owner: string;
  why: string;
}

/** A stored goal: the input as typed plus what the server resolved and the row's bookkeeping. */
export interface Goal {
  id: string;
  /** Starts at 1; every save adds 1. A save based on an older version is a conflict. */
  version: number;
  what: string;
  kpiId: string;
  channel: string | null;
  baseline: number;
  baselineWindow: BaselineWindow;
  baselineMonths: Month[];
  /** The target exactly as the user typed it. */
  target: string;
  /** The target as a value of the KPI, resolved from `target` and the baseline at save time. */
  targetValue: number;
  start: IsoDate;
  deadline: IsoDate;
  owner: string;
  why: string;
  updatedBy: string;
  /** ISO date-time (UTC) of the last save. */
  updatedAt: string;
}

export type GoalField =
  | 'what'
  | 'kpiId'
  | 'channel'
  | 'baseline'
  | 'baselineWindow'
  | 'baselineMonths'
  | 'target'
  | 'start'
  | 'deadline'
  | 'owner'
  | 'why';

export type IssueCode =
  | 'required'
  | 'tooLong'
  | 'unknownKpi'
  | 'kpiNotComputable'
  | 'noKpiData'
  | 'kpiNotFromData'
  | 'needsPostRows'
  | 'notWholeNumber'
  | 'notANumber'
  | 'ambiguousNumber'
  | 'percentNotForUnit'
  | 'changeFromZeroBaseline'
  | 'invalidDate'
  | 'invalidMonth'
  | 'invalidWindow'
  | 'deadlineNotAfterStart'
  | 'rateAbove100'
  | 'negativeNotAllowed'
  | 'npsOutOfRange'
  | 'sentimentOutOfRange'
  | 'roiBelowMinus100'
  | 'targetEqualsBaseline'
  | 'wrongDirection';

export type IssueParams = Record<string, string | number>;

/**
 * One finding about a form, for one field. `error` blocks the save; `confirm` blocks it until the
 * user confirms (only a target on the wrong side of the baseline, today).
 */
export interface Issue {
  field: GoalField;
  code: IssueCode;
  severity: 'error' | 'confirm';
  params: IssueParams;
  message: string;
}

/** A goal's fields as merged: the input with the baseline read as a number. */
export type GoalValues = Omit<GoalInput, 'baseline'> & { baseline: number };

export interface SaveRequest {
  /** Absent for a new goal. */
  id?: string;
  /** The version the user loaded; required with an id. */
  baseVersion?: number;
  /**
   * The goal as it was in that version: what the user started from. With it, a save over a
   * teammate's newer version merges field by field; without it, every differing field conflicts.
   */
  base?: GoalValues;
  goal: GoalInput;
  /** The user saw the wrong-direction question and confirmed the target. */
  confirmWrongDirection?: boolean;
}

export type SaveResult =
  | {
      status: 'saved';
      goal: GoalView;
      /** Set when a teammate had saved since: whose changes, to which fields, were kept with the user's. */
      merged?: { by: string; fields: GoalField[] };
    }
  | { status: 'invalid'; issues: Issue[] }
  | { status: 'confirm'; issues: Issue[] }
  /**
   * Someone saved (or deleted: theirs is null) since the user loaded the goal, and changed some
   * of the same fields to other values (`fields`). Every other change of both is kept whichever
   * the user picks: `keepMine` and `keepTheirs` are the saves to send (keepTheirs null when it
   * would store their version unchanged: nothing to save). A deleted goal has no fields in
   * conflict; keepMine saves the user's edit as a new goal.
   */
  | {
      status: 'conflict';
      message: string;
      theirs: Goal | null;
      yours: SaveRequest;
      fields: GoalField[];
      keepMine: SaveRequest;
      keepTheirs: SaveRequest | null;
    }
  | { status: 'busy'; message: string };

export type DeleteResult =
  | { status: 'deleted'; id: string }
  /** Already gone: nothing to do, and nothing lost. */
  | { status: 'notFound'; id: string; message: string }
  | { status: 'conflict'; message: string; theirs: Goal }
  | { status: 'busy'; message: string };

export type Achievability =
  'realistic' | 'ambitious' | 'stretch' | 'out_of_reach' | 'not_enough_history' | 'not_applicable';

/** Which message explains the judgement: the sidebar words it in the sheet's language. */
export type AchievabilityReason =
  | 'realistic'
  | 'ambitious'
  | 'stretch'
  | 'stretchNoImprovement'
  | 'outOfReach'
  | 'outOfReachAbove100'
  | 'notEnoughHistory'
  | 'baselineNotPositive'
  | 'targetNotPositive'
  | 'alreadyThere'
  | 'targetBelowBaseline'
  | 'targetAboveBaseline';

export interface AchievabilityResult {
  label: Achievability;
  reason: AchievabilityReason;
  /** Compounded monthly change the goal needs: (target / baseline)^(1/months) − 1. */
  requiredMonthlyChange: number | null;
  /** Best compounded monthly change seen over any window of `windowMonths` months, in the good direction. */
  bestMonthlyChange: number | null;
  /** The window length used: the goal's duration rounded to whole months, at least 1. */
  windowMonths: number;
  /** When the best was seen: first and last month of that window. */
  bestWindow: { from: Month; to: Month } | null;
  months: number;
  message: string;
}

export interface ProgressResult {
  /** The KPI's value in `currentMonth`: the latest complete month with data since the start. */
  current: number | null;
  currentMonth: Month | null;
  /** GOAL_PROGRESS(baseline, target, current); not clamped. */
  progress: number | null;
  /** The share of the goal's time passed by `asOf`, 0…1. */
  expectedProgress: number;
  onTrack: boolean | null;
  status: GoalStatus;
  statusLabel: string;
  /** Linear trend through the baseline at the start and the monthly values since, at the deadline. */
  forecast: number | null;
  forecastProgress: number | null;
  asOf: IsoDate;
}

/** A goal with everything the sidebar shows next to it. */
export interface GoalView {
  goal: Goal;
  kpiLabel: string;
  unit: KpiUnit | null;
  direction: Direction | null;
  progress: ProgressResult;
  achievability: AchievabilityResult | null;
}

/** A row of the Goals tab that could not be read, and why: shown, never dropped silently. */
export interface RowProblem {
  /** 1-based row number in the tab. */
  row: number;
  id: string;
  messages: string[];
}

export interface BaselineResult {
  value: number | null;
  window: BaselineWindow;
  /** The months with data that the value was computed from. */
  months: Month[];
  /** The months the window covers, with or without data. */
  windowMonths: Month[];
  /** No month has a value, and some have reach only as an upper bound (spec: not additive). */
  onlyUpperBound?: boolean;
  /** No month has a value, and the KPI is a mean over posts: the data needs one row per post. */
  needsPostRows?: boolean;
  /** A stock (followers): the value is the last month's, `months` that month alone. */
  stock?: boolean;
  /** A rate whose months have values but cannot be pooled into one (no base they all share). */
  notPooled?: boolean;
  message: string;
}

export interface KpiOption {
  id: string;
  label: string;
  unit: KpiUnit;
  direction: Direction;
  computable: boolean;
  /** Data columns the KPI needs that the data does not have. */
  missingColumns: string[];
  /** A mean over posts: it needs one row per post, which the data does not have. */
  needsPostRows?: boolean;
}

export interface KpiGroup {
  family: KpiFamily;
  label: string;
  kpis: KpiOption[];
}

export interface GoalsSidebarData {
  /** The sheet's language (from its locale): the sidebar words everything in it. */
  language: Language;
  goals: GoalView[];
  problems: RowProblem[];
  kpis: KpiGroup[];
  channels: string[];
  /** Months the data covers, ascending. */
  months: Month[];
  today: IsoDate;
  locale: string;
  timeZone: string;
  userEmail: string;
  baselineWindows: Array<{ id: BaselineWindow; label: string }>;
}

export interface CheckResult {
  issues: Issue[];
  targetValue: number | null;
  /** A count's change target before it was rounded to a whole number in the goal's direction. */
  targetBeforeRounding?: number;
  achievability: AchievabilityResult | null;
}

/** The report's goal section, as the report defines it: goals fill it in. */
export type { GoalStatus, ReportGoalRow, ReportGoals } from '../report/goal-rows';
