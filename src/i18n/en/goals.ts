import type { Direction, KpiUnit } from '../../kpi/types';
import type { BaselineWindow, IssueCode, IssueParams } from '../../goals/types';
import { familyNames, goalFieldNames, goalStatusNames } from './names';

const months = (n: number) => `${n} ${n === 1 ? 'month' : 'months'}`;

/*
 * SMART goals in English: `goals` words what the goal rules report (issues, baselines,
 * achievability, statuses, conflicts); the sidebar words them from their codes in the sheet's
 * language, and the server keeps this English wording in its results for logs and tests.
 * `goalsTab` is what the server itself writes into the Goals tab, so it is the only goal section
 * the server script carries in every language. Keep strings here only, as plain strings or
 * functions of their parameters, and build no sentences elsewhere.
 */

/**
 * Numbers inside messages: rates as percentages, the rest with a few decimals; `decimalMark` is
 * the language's (Swedish and Vietnamese write 4,5 %).
 */
export function formatValue(value: number, unit: KpiUnit | null, decimalMark = '.'): string {
  const text = (n: number) => String(n).replace('.', decimalMark);
  if (unit === 'fraction') return `${text(round(value * 100, 2))} %`;
  if (unit === 'money' || unit === 'ratio' || unit === 'hours') return text(round(value, 2));
  if (unit === 'sentiment') return text(round(value, 3));
  return text(round(value, 2));
}

export function formatChange(value: number): string {
  const text = `${round(Math.abs(value) * 100, 1)} %`;
  return value < 0 ? `−${text}` : `+${text}`;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** An issue's parameters, read for a message (shared by every language's templates). */
export const num = (params: IssueParams, key: string): number => Number(params[key]);
export const str = (params: IssueParams, key: string): string => String(params[key] ?? '');
export const unitOf = (params: IssueParams): KpiUnit | null =>
  params.unit ? (String(params.unit) as KpiUnit) : null;

export const goals = {
  fields: goalFieldNames,

  families: familyNames,

  directions: {
    up: 'Higher is better',
    down: 'Lower is better',
  } satisfies Record<Direction, string>,

  baselineWindows: {
    last_month: 'Last month',
    last_3_months: 'Last 3 months',
    manual: 'Entered by hand',
  } satisfies Record<BaselineWindow, string>,

  statuses: goalStatusNames,

  achievabilityMessages: {
    realistic: (required: string, best: string, n: number) =>
      `Needs ${required} a month; the data has shown ${best} a month over ${months(n)}.`,
    ambitious: (required: string, best: string, n: number) =>
      `Needs ${required} a month, past the best the data has shown over ${months(n)} (${best} a month).`,
    stretch: (required: string, best: string, n: number) =>
      `Needs ${required} a month, more than twice the best the data has shown over ${months(n)} (${best} a month).`,
    outOfReach: (required: string, best: string, n: number) =>
      `Needs ${required} a month, more than four times the best the data has shown over ${months(n)} (${best} a month).`,
    outOfReachAbove100: (required: string) =>
      `Needs ${required} a month: more than doubling every month, which no history makes realistic.`,
    stretchNoImprovement: (required: string, n: number) =>
      `Needs ${required} a month; the data has shown no improvement over any ${months(n)}.`,
    notEnoughHistory: (n: number) =>
      `Not enough history: comparing needs ${months(n + 1)} of data before the start.`,
    baselineNotPositive: 'The baseline is zero or negative, so a monthly rate of change cannot be computed.',
    targetNotPositive: 'The target is zero or negative, so a monthly rate of change cannot be computed.',
    alreadyThere: 'The target equals the baseline, so there is no change to judge.',
    targetBelowBaseline:
      'Higher is better for this KPI, but the target is below the baseline, so achievability does not apply.',
    targetAboveBaseline:
      'Lower is better for this KPI, but the target is above the baseline, so achievability does not apply.',
  },

  baselineMessages: {
    measured: (months: string[]) => `Measured over ${months.join(', ')}.`,
    partly: (months: string[], missing: string[]) =>
      `Measured over ${months.join(', ')}; no data for ${missing.join(', ')}.`,
    noData: (months: string[]) => `The data has no value for ${months.join(', ')}.`,
    onlyUpperBound: (months: string[]) =>
      `For ${months.join(', ')} the data has reach only as a sum of several rows, an upper bound: reach counts people once, so it is not added up across days or posts. Add a monthly reach row (dated like 2026-10) or type the baseline.`,
    stock: (month: string) =>
      `The value at the end of ${month}, the latest month with data: followers are counted at a moment, so a stock is neither added up nor averaged over months.`,
    notPooled: (months: string[]) =>
      `The rates of ${months.join(', ')} stand on different bases, so they cannot be pooled into one baseline: choose Last month, or type the baseline.`,
    noPostRows: (months: string[]) =>
      `No post rows for ${months.join(', ')}: this KPI is a mean over posts, so it needs one row per post (with a Post ID), not daily or monthly totals.`,
    manual: 'Entered by hand.',
  },

  issues: {
    required: (p: IssueParams) => `${str(p, 'label')} is required.`,
    tooLong: (p: IssueParams) =>
      `${str(p, 'label')} is too long for a cell (${num(p, 'max')} characters at most).`,
    unknownKpi: (p: IssueParams) => `“${str(p, 'kpiId')}” is not a KPI this add-on knows.`,
    kpiNotComputable: (p: IssueParams) =>
      `${str(p, 'kpiLabel')} cannot be computed from your data: it needs the column ${str(p, 'missing')}.`,
    kpiNotFromData: (p: IssueParams) =>
      `${str(p, 'kpiLabel')} is not worked out from the KPI data tab: no column there gives it (it comes from surveys or other tools), so a goal on it could not show progress.`,
    needsPostRows: (p: IssueParams) =>
      `${str(p, 'kpiLabel')} needs one row per post: it is the mean of each post’s engagements divided by followers, and your KPI data has daily or monthly totals (no Post ID column). Import a posts export, or choose Engagement rate.`,
    notWholeNumber: (p: IssueParams) =>
      `${str(p, 'label')}: ${formatValue(num(p, 'value'), unitOf(p))} is not a whole number, and ${str(p, 'kpiLabel')} counts whole ones. Type ${Math.floor(num(p, 'value'))} or ${Math.ceil(num(p, 'value'))}.`,
    noKpiData: (p: IssueParams) =>
      `${str(p, 'kpiLabel')} cannot be computed yet: the spreadsheet has no KPI data. Import your data first.`,
    notANumber: (p: IssueParams) => `${str(p, 'label')}: “${str(p, 'text')}” is not a number.`,
    ambiguousNumber: (p: IssueParams) =>
      `${str(p, 'label')}: “${str(p, 'text')}” could mean ${str(p, 'asDecimal')} or ${str(p, 'asThousands')}; write it without a thousands separator.`,
    percentNotForUnit: (p: IssueParams) =>
      `${str(p, 'label')}: this KPI is not a rate, so give a value without %, or a change such as +10 %.`,
    changeFromZeroBaseline: () =>
      'A change in per cent needs a baseline other than zero: give the target as a value.',
    invalidDate: (p: IssueParams) => `${str(p, 'label')}: “${str(p, 'text')}” is not a date.`,
    invalidMonth: (p: IssueParams) => `${str(p, 'label')}: “${str(p, 'text')}” is not a month (YYYY-MM).`,
    invalidWindow: (p: IssueParams) => `“${str(p, 'text')}” is not a baseline window.`,
    deadlineNotAfterStart: (p: IssueParams) =>
      `The deadline (${str(p, 'deadline')}) must be after the start (${str(p, 'start')}).`,
    rateAbove100: (p: IssueParams) =>
      `${str(p, 'label')}: ${formatValue(num(p, 'value'), 'fraction')} is above 100 %, which this rate cannot be.`,
    negativeNotAllowed: (p: IssueParams) =>
      `${str(p, 'label')}: ${formatValue(num(p, 'value'), unitOf(p))} is negative, which this KPI cannot be.`,
    npsOutOfRange: (p: IssueParams) =>
      `${str(p, 'label')}: ${num(p, 'value')} is outside −100 to +100, the range of NPS.`,
    sentimentOutOfRange: (p: IssueParams) =>
      `${str(p, 'label')}: ${num(p, 'value')} is outside −1 to +1, the range of the sentiment score.`,
    roiBelowMinus100: (p: IssueParams) =>
      `${str(p, 'label')}: ${formatValue(num(p, 'value'), 'fraction')} is below −100 %, which ROI cannot be.`,
    targetEqualsBaseline: () => 'The target equals the baseline: there is nothing to reach.',
    wrongDirection: (p: IssueParams) =>
      str(p, 'direction') === 'down'
        ? `Lower is better for ${str(p, 'kpiLabel')}, but the target (${formatValue(num(p, 'target'), unitOf(p))}) is above the baseline (${formatValue(num(p, 'baseline'), unitOf(p))}). Save anyway?`
        : `Higher is better for ${str(p, 'kpiLabel')}, but the target (${formatValue(num(p, 'target'), unitOf(p))}) is below the baseline (${formatValue(num(p, 'baseline'), unitOf(p))}). Save anyway?`,
  } satisfies Record<IssueCode, (p: IssueParams) => string>,

  busy: 'Someone else is saving goals right now. Try again in a moment.',
  conflictChanged: (by: string, at: string) =>
    `${by || 'A teammate'} changed this goal (${at}) while you were editing it. Keep your version or theirs?`,
  conflictDeleted:
    'A teammate deleted this goal while you were editing it. Save yours as a new goal, or drop it?',
  deletedAlready: 'This goal was already deleted.',

  rowProblems: {
    missingId: 'The row has goal data but no ID.',
    duplicateId: (row: number) => `The ID is also used by row ${row}; this row is ignored.`,
    badVersion: (text: string) => `Version “${text}” is not a whole number of 1 or more.`,
    badNumber: (header: string, text: string) => `${header}: “${text}” is not a number.`,
    badDate: (header: string, text: string) => `${header}: “${text}” is not a date (YYYY-MM-DD).`,
    badWindow: (text: string) =>
      `Baseline window: “${text}” is not one of last_month, last_3_months, manual.`,
    badMonths: (text: string) => `Baseline months: “${text}” is not a list of months (YYYY-MM).`,
  },
};

export function issueMessage(code: IssueCode, params: IssueParams): string {
  return goals.issues[code](params);
}
