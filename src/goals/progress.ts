import { channelDisplayName } from '../i18n/all-channels';
import { kpiById } from '../kpi/lookup';
import { ELEMENTWISE_KERNELS } from '../functions/implementations';
import type { MonthlyPoint, MonthlySeries } from './data';
import {
  addMonthsToMonth,
  dayNumber,
  firstDay,
  lastDay,
  monthIndex,
  monthOf,
  monthPosition,
  type IsoDate,
  type Month,
} from './dates';
import { goals as goalLabels } from '../i18n/en/goals';
import { goalsTab } from '../i18n/en/goals-tab';
import { countsWholeThings, roundWhole } from './numbers';
import type { Goal, GoalStatus, ProgressResult, ReportGoalRow } from './types';

/** What progress needs of a goal. */
export interface ProgressGoal {
  /** The KPI: a count's forecast is a whole number. */
  kpiId?: string;
  baseline: number;
  targetValue: number;
  start: IsoDate;
  deadline: IsoDate;
  baselineMonths: Month[];
}

/** GOAL_PROGRESS, through the same kernel as the custom function: (current − baseline) / (target − baseline). */
export function goalProgress(baseline: number, target: number, current: number): number | null {
  const value = ELEMENTWISE_KERNELS.goal_progress.compute(baseline, target, current, 0);
  return Number.isFinite(value) ? value : null;
}

/** The share of the goal's time passed on a day, 0 before the start and 1 from the deadline. */
export function expectedProgress(start: IsoDate, deadline: IsoDate, asOf: IsoDate): number {
  const s = dayNumber(start) as number;
  const d = dayNumber(deadline) as number;
  const t = dayNumber(asOf) as number;
  if (d <= s) return t >= d ? 1 : 0;
  return Math.min(1, Math.max(0, (t - s) / (d - s)));
}

/**
 * Least squares line through the baseline and the monthly values since the start, read at the
 * deadline. A month's value stands at the middle of the month; the baseline at the middle of the
 * months it was measured over (or of the month before the start, for a typed baseline).
 */
export function linearForecast(goal: ProgressGoal, since: MonthlyPoint[]): number | null {
  if (since.length === 0) return null;
  const baselineX =
    goal.baselineMonths.length > 0
      ? goal.baselineMonths.reduce((sum, m) => sum + monthIndex(m) + 0.5, 0) / goal.baselineMonths.length
      : monthIndex(monthOf(goal.start)) - 0.5;
  const points = [
    { x: baselineX, y: goal.baseline },
    ...since.map((p) => ({ x: monthIndex(p.month) + 0.5, y: p.value as number })),
  ];
  const n = points.length;
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - meanX) ** 2;
    sxy += (p.x - meanX) * (p.y - meanY);
  }
  if (sxx === 0) return null;
  const value = meanY + (sxy / sxx) * (monthPosition(goal.deadline) - meanX);
  return Number.isFinite(value) ? value : null;
}

/**
 * Progress as of a day. The current value is the latest month with data from the start's month
 * through `throughMonth` (by default the last complete month before `asOf`: a month in progress
 * would understate every summed KPI) and not after the deadline's month. It is one month's
 * figure, a rate already pooled within that month by the report (Σ numerators ÷ Σ bases), so
 * there is no period to pool and no mean of rates anywhere in progress; the same holds for the
 * points the forecast is fitted through.
 */
export function evaluateProgress(
  goal: ProgressGoal,
  series: MonthlyPoint[],
  asOf: IsoDate,
  throughMonth: Month = addMonthsToMonth(monthOf(asOf), -1),
): ProgressResult {
  const first = monthIndex(monthOf(goal.start));
  const last = Math.min(monthIndex(throughMonth), monthIndex(monthOf(goal.deadline)));
  const since = series.filter(
    (p) =>
      typeof p.value === 'number' &&
      Number.isFinite(p.value) &&
      monthIndex(p.month) >= first &&
      monthIndex(p.month) <= last,
  );
  const latest = since.length > 0 ? since[since.length - 1] : null;
  const current = latest ? (latest.value as number) : null;
  const progress = current === null ? null : goalProgress(goal.baseline, goal.targetValue, current);
  const expected = expectedProgress(goal.start, goal.deadline, asOf);
  const onTrack = progress === null ? null : progress >= expected;
  const status = statusOf(goal, asOf, progress, expected);
  const trend = linearForecast(goal, since);
  // A forecast of a count is a whole number of likes or followers, the nearest: it leans no way.
  const unit = goal.kpiId === undefined ? null : (kpiById(goal.kpiId)?.unit ?? null);
  const forecast = trend !== null && countsWholeThings(unit) ? roundWhole(trend) : trend;
  return {
    current,
    currentMonth: latest ? latest.month : null,
    progress,
    expectedProgress: expected,
    onTrack,
    status,
    statusLabel: goalLabels.statuses[status],
    forecast,
    forecastProgress: forecast === null ? null : goalProgress(goal.baseline, goal.targetValue, forecast),
    asOf,
  };
}

function statusOf(goal: ProgressGoal, asOf: IsoDate, progress: number | null, expected: number): GoalStatus {
  const today = dayNumber(asOf) as number;
  if (today < (dayNumber(goal.start) as number)) return 'not_started';
  if (progress !== null && progress >= 1) return 'achieved';
  if (today > (dayNumber(goal.deadline) as number)) return progress === null ? 'no_data' : 'missed';
  if (progress === null) return 'no_data';
  return progress >= expected ? 'on_track' : 'behind';
}

/** A goal runs in a month when its start–deadline span overlaps the month. */
export function isActiveIn(goal: { start: IsoDate; deadline: IsoDate }, month: Month): boolean {
  return goal.start <= lastDay(month) && goal.deadline >= firstDay(month);
}

/**
 * The report's goal section for a month: every goal running in it, evaluated at the month's end
 * with that month's data, in the order of the Goals tab.
 */
export function goalsForReport(goals: Goal[], month: Month, monthlySeries: MonthlySeries): ReportGoalRow[] {
  const asOf = lastDay(month);
  return goals
    .filter((goal) => isActiveIn(goal, month))
    .map((goal) => {
      const result = evaluateProgress(goal, monthlySeries(goal.kpiId, goal.channel), asOf, month);
      return {
        id: goal.id,
        what: goal.what,
        kpiId: goal.kpiId,
        kpiLabel: kpiById(goal.kpiId)?.label ?? goal.kpiId,
        channel: goal.channel,
        // A channel named like the label shows quoted (i18n/all-channels).
        channelLabel: goal.channel === null ? goalsTab.allChannels : channelDisplayName(goal.channel),
        baseline: goal.baseline,
        target: goal.targetValue,
        current: result.current,
        progress: result.progress,
        expectedProgress: result.expectedProgress,
        status: result.status,
        owner: goal.owner,
        start: goal.start,
        deadline: goal.deadline,
      };
    });
}
