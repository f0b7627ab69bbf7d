import type { Direction } from '../kpi/types';
import type { MonthlyPoint } from './data';
import { monthFromIndex, monthIndex, monthOf, monthsBetween, type IsoDate, type Month } from './dates';
import { formatChange, goals as goalLabels } from '../i18n/en/goals';
import type { AchievabilityReason, AchievabilityResult } from './types';

export interface AchievabilityInput {
  baseline: number;
  targetValue: number;
  start: IsoDate;
  deadline: IsoDate;
  direction: Direction;
  /** The KPI's monthly values; only months before the start's month count as history. */
  history: MonthlyPoint[];
}

/** (target / baseline)^(1/months) − 1, or null when either is not positive. */
export function requiredMonthlyChange(baseline: number, target: number, months: number): number | null {
  if (!(baseline > 0) || !(target > 0) || !(months > 0)) return null;
  return Math.pow(target / baseline, 1 / months) - 1;
}

/**
 * The history is the KPI's monthly values, each already pooled within its month (the report's
 * figure: Σ numerators ÷ Σ bases for a rate), never a mean of daily rates. Its ends are single
 * months on purpose, although a baseline may be pooled over three: the goal is judged by one
 * month's value at the deadline (progress reads the latest month), so the change it needs is
 * compared with changes from one month's value to another's, the same kind of figure.
 *
 * The best compounded monthly change over any window of `length` months: for each month with a
 * positive value and the month `length` later with one, (end / begin)^(1/length) − 1. "Best" is in
 * the good direction: the largest rise for ↑ KPIs, the steepest fall for ↓ KPIs, and it is
 * returned as a magnitude in that direction (a 5 % monthly fall of a ↓ KPI is +0.05).
 */
export function bestSustainedChange(
  history: MonthlyPoint[],
  length: number,
  direction: Direction,
): { change: number; from: Month; to: Month } | null {
  const byIndex = new Map<number, number>();
  for (const point of history) {
    if (typeof point.value === 'number' && point.value > 0 && Number.isFinite(point.value)) {
      byIndex.set(monthIndex(point.month), point.value);
    }
  }
  let best: { change: number; from: Month; to: Month } | null = null;
  for (const [index, begin] of byIndex) {
    const end = byIndex.get(index + length);
    if (end === undefined) continue;
    const change = Math.pow(end / begin, 1 / length) - 1;
    const good = direction === 'up' ? change : -change;
    if (best === null || good > best.change) {
      best = { change: good, from: monthFromIndex(index), to: monthFromIndex(index + length) };
    }
  }
  return best;
}

/**
 * The spec's verdicts against the best monthly change seen (b): realistic up to b, ambitious up to
 * 2b, a stretch up to 4b, out of reach beyond; and out of reach whatever the history when the goal
 * needs more than +100 % a month (more than doubling every month).
 */
export const OUT_OF_REACH_MONTHLY = 1;

export function assessAchievability(input: AchievabilityInput): AchievabilityResult {
  const months = monthsBetween(input.start, input.deadline);
  const windowMonths = Math.max(1, Math.round(months));
  const m = goalLabels.achievabilityMessages;
  const result = (
    label: AchievabilityResult['label'],
    reason: AchievabilityReason,
    message: string,
    extra: Partial<AchievabilityResult> = {},
  ): AchievabilityResult => ({
    label,
    reason,
    requiredMonthlyChange: null,
    bestMonthlyChange: null,
    windowMonths,
    bestWindow: null,
    months,
    message,
    ...extra,
  });

  if (!(input.baseline > 0)) return result('not_applicable', 'baselineNotPositive', m.baselineNotPositive);
  const required = requiredMonthlyChange(input.baseline, input.targetValue, months);
  if (required === null) return result('not_applicable', 'targetNotPositive', m.targetNotPositive);
  const goodRequired = input.direction === 'up' ? required : -required;
  // A target on the wrong side of the baseline (or on it) is a validation matter, not an easy
  // goal: the comparison with the best change seen only means something for an improvement.
  if (goodRequired < 0) {
    const reason = input.direction === 'up' ? 'targetBelowBaseline' : 'targetAboveBaseline';
    return result('not_applicable', reason, m[reason], { requiredMonthlyChange: required });
  }
  if (goodRequired === 0)
    return result('not_applicable', 'alreadyThere', m.alreadyThere, { requiredMonthlyChange: required });

  // Doubling every month is out of reach whatever the history (spec): no data makes it plausible.
  if (required > OUT_OF_REACH_MONTHLY) {
    return result('out_of_reach', 'outOfReachAbove100', m.outOfReachAbove100(formatChange(required)), {
      requiredMonthlyChange: required,
    });
  }

  const startMonth = monthIndex(monthOf(input.start));
  const history = input.history.filter((p) => monthIndex(p.month) < startMonth);
  const best = bestSustainedChange(history, windowMonths, input.direction);
  if (best === null) {
    return result('not_enough_history', 'notEnoughHistory', m.notEnoughHistory(windowMonths), {
      requiredMonthlyChange: required,
    });
  }
  const bestSigned = input.direction === 'up' ? best.change : -best.change;
  const extra = {
    requiredMonthlyChange: required,
    bestMonthlyChange: bestSigned,
    bestWindow: { from: best.from, to: best.to },
  };
  const requiredText = formatChange(required);
  const bestText = formatChange(bestSigned);
  // Multiples of the best seen mean nothing when the data never improved: "four times no
  // improvement" would make +1 % a month out of reach. A stretch, saying why (and the +100 %
  // rule above still applies).
  if (best.change <= 0)
    return result(
      'stretch',
      'stretchNoImprovement',
      m.stretchNoImprovement(requiredText, windowMonths),
      extra,
    );
  if (goodRequired <= best.change)
    return result('realistic', 'realistic', m.realistic(requiredText, bestText, windowMonths), extra);
  if (goodRequired <= 2 * best.change) {
    return result('ambitious', 'ambitious', m.ambitious(requiredText, bestText, windowMonths), extra);
  }
  if (goodRequired <= 4 * best.change) {
    return result('stretch', 'stretch', m.stretch(requiredText, bestText, windowMonths), extra);
  }
  return result('out_of_reach', 'outOfReach', m.outOfReach(requiredText, bestText, windowMonths), extra);
}
