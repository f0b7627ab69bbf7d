/*
 * The report's goal section: what the report shows of a goal. The report defines it and the goals
 * fill it in, so the report never depends on the goals' code.
 */

export type GoalStatus = 'not_started' | 'on_track' | 'behind' | 'achieved' | 'missed' | 'no_data';

/** The goal section for a month: the goals running in it, and how many others there are. */
export interface ReportGoals {
  rows: ReportGoalRow[];
  /** Goals on the Goals tab that start after the month or ended before it. */
  notRunning: number;
}

export interface ReportGoalRow {
  id: string;
  what: string;
  kpiId: string;
  kpiLabel: string;
  channel: string | null;
  channelLabel: string;
  baseline: number;
  target: number;
  current: number | null;
  progress: number | null;
  expectedProgress: number;
  /** Worded by the report in the sheet's language. */
  status: GoalStatus;
  owner: string;
  /** YYYY-MM-DD */
  start: string;
  deadline: string;
}
