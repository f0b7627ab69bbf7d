/*
 * SMART goals: the pure core (checks, baselines, achievability, progress, report rows), the Goals
 * tab behind the document lock, and the sidebar's server functions.
 */
export * from './types';
export type { GoalsData, KpiAvailability, MonthlyPoint, MonthlySeries } from './data';
export { emptyGoalsData } from './data';
export { goals as goalLabels } from '../i18n/en/goals';
export { checkGoalInput } from './rules';
export { computeBaseline as computeBaselineFromSeries, windowMonths } from './baseline';
export { assessAchievability, bestSustainedChange, requiredMonthlyChange } from './achievability';
export { evaluateProgress, goalProgress, goalsForReport, isActiveIn } from './progress';
export { parseGoalsTable, GOAL_HEADERS } from './sheet';
export { readGoals } from './store';
export { goalsDataFor } from './adapter';
export * as goalsServer from './server';
