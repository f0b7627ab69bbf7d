import { kpiById } from '../kpi/lookup';
import type { KpiDefinition } from '../kpi/types';
import type { KpiAvailability } from './data';
import { dayNumber, isMonth } from './dates';
import { goals as goalLabels, issueMessage } from '../i18n/en/goals';
import {
  applyChange,
  countsWholeThings,
  isWhole,
  parseTargetText,
  parseValueText,
  roundTargetAmbitiously,
  roundWhole,
} from './numbers';
import {
  BASELINE_WINDOWS,
  type GoalField,
  type GoalInput,
  type GoalValues,
  type Issue,
  type IssueCode,
  type IssueParams,
} from './types';

/*
 * The checks of a goal form, pure: the sidebar runs them as the user types (checkGoal) and the
 * server runs them again on every save, so a modified client cannot store a bad goal.
 */

/** A Sheets cell holds at most 50,000 characters; longer text would be cut, so it is refused. */
export const MAX_CELL_TEXT = 50000;

/** KPIs a goal may not name: progress of a goal is not itself a goal. */
const NOT_GOALS = new Set(['goal_progress']);

export interface RulesContext {
  locale: string;
  availability(kpiId: string): KpiAvailability;
  /**
   * The stored version the user opened, when editing one. A goal saved before counts had to be
   * whole can hold a fraction of a follower; a number the user leaves as stored, for the same KPI,
   * is kept as it is rather than refused, so the goal stays editable and nothing stored changes.
   */
  stored?: Pick<GoalValues, 'kpiId' | 'baseline' | 'target'>;
}

export interface CheckedGoal {
  issues: Issue[];
  kpi: KpiDefinition | null;
  baseline: number | null;
  targetValue: number | null;
  /** A count's change target before it was made whole (1665.9 for 1666): the sidebar shows both. */
  targetBeforeRounding: number | null;
}

export function issue(
  field: GoalField,
  code: IssueCode,
  params: IssueParams = {},
  severity: Issue['severity'] = 'error',
): Issue {
  const full = { label: goalLabels.fields[field], ...params };
  return { field, code, severity, params: full, message: issueMessage(code, full) };
}

export function goalKpi(kpiId: string): KpiDefinition | null {
  const kpi = kpiById(kpiId);
  return kpi && !NOT_GOALS.has(kpi.id) ? kpi : null;
}

/**
 * The range a KPI's values can take, by unit, with the product's choices: rates are shares of
 * 0…100 %, except those that measure change (ROI ≥ −100 %, growth rates unbounded) and post reach
 * rate (reach counts non-followers too, so it may pass 100 %). Net new followers may be negative.
 */
export function rangeIssue(kpi: KpiDefinition, value: number): IssueCode | null {
  switch (kpi.unit) {
    case 'nps':
      return value < -100 || value > 100 ? 'npsOutOfRange' : null;
    case 'sentiment':
      return value < -1 || value > 1 ? 'sentimentOutOfRange' : null;
    case 'fraction':
      if (kpi.id === 'growth_rate' || kpi.id === 'audience_growth_rate') return null;
      if (kpi.id === 'roi') return value < -1 ? 'roiBelowMinus100' : null;
      if (value < 0) return 'negativeNotAllowed';
      if (kpi.id === 'post_reach_rate') return null;
      return value > 1 ? 'rateAbove100' : null;
    default:
      if (kpi.id === 'net_new_followers') return null;
      return value < 0 ? 'negativeNotAllowed' : null;
  }
}

/**
 * A count or stock given with a fraction: refused, naming the field, rather than rounded; unless
 * it is the stored value the user did not touch (`untouched`), which stays the user's own.
 */
function wholeIssue(kpi: KpiDefinition, value: number, untouched = false): IssueCode | null {
  return countsWholeThings(kpi.unit) && !isWhole(value) && !untouched ? 'notWholeNumber' : null;
}

const isBlank = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/**
 * The most a goal's text may hold: a cell's limit counts what is written, and the Goals tab writes
 * every text after an apostrophe that keeps it from being read as a formula or a number.
 */
export const MAX_GOAL_TEXT = MAX_CELL_TEXT - 1;

/** What a field too long to store is checked as: a value no further check reports on. */
const SKIPPED: Partial<Record<GoalField, unknown>> = { baselineMonths: [], baselineWindow: 'manual' };

/** The goal's fields the Goals tab stores as text, each as its cell would hold it. */
function storedTexts(input: GoalInput): Array<[GoalField, string]> {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const months = Array.isArray(input.baselineMonths) ? input.baselineMonths.map(String).join(', ') : '';
  return [
    ['what', text(input.what)],
    ['kpiId', text(input.kpiId)],
    ['channel', text(input.channel)],
    ['baseline', text(input.baseline)],
    ['baselineWindow', text(input.baselineWindow)],
    ['baselineMonths', months],
    ['target', text(input.target)],
    ['start', text(input.start)],
    ['deadline', text(input.deadline)],
    ['owner', text(input.owner)],
    ['why', text(input.why)],
  ];
}

export function checkGoalInput(input: GoalInput, context: RulesContext): CheckedGoal {
  const issues: Issue[] = [];
  const required: GoalField[] = ['what', 'kpiId', 'baseline', 'target', 'start', 'deadline', 'owner'];
  for (const field of required) {
    if (isBlank(input[field as keyof GoalInput])) issues.push(issue(field, 'required'));
  }
  // Every field the Goals tab keeps as text, as it would be written: a longer cell is refused by
  // Sheets, so the save is refused first, naming the field. A field that long is not checked
  // further (its other messages would quote all of it).
  const tooLong = new Set<GoalField>();
  for (const [field, text] of storedTexts(input)) {
    if (text.length > MAX_GOAL_TEXT) {
      tooLong.add(field);
      issues.push(issue(field, 'tooLong', { max: MAX_GOAL_TEXT }));
    }
  }
  for (const field of tooLong) input = { ...input, [field]: SKIPPED[field] ?? '' };

  // The KPI, and whether the data can compute it.
  let kpi: KpiDefinition | null = null;
  if (!isBlank(input.kpiId)) {
    kpi = goalKpi(input.kpiId);
    if (!kpi) {
      issues.push(issue('kpiId', 'unknownKpi', { kpiId: input.kpiId }));
    } else {
      const available = context.availability(kpi.id);
      if (!available.computable && available.noData) {
        issues.push(issue('kpiId', 'noKpiData', { kpiLabel: kpi.label }));
      } else if (!available.computable && available.needsPostRows) {
        issues.push(issue('kpiId', 'needsPostRows', { kpiLabel: kpi.label }));
      } else if (!available.computable && available.missingColumns.length === 0) {
        issues.push(issue('kpiId', 'kpiNotFromData', { kpiLabel: kpi.label }));
      } else if (!available.computable) {
        issues.push(
          issue('kpiId', 'kpiNotComputable', {
            kpiLabel: kpi.label,
            missing: available.missingColumns.join(', '),
          }),
        );
      }
    }
  }
  const unit = kpi?.unit ?? null;
  const unitParams: IssueParams = unit ? { unit } : {};

  // Baseline: a number, or text as typed.
  let baseline: number | null = null;
  if (typeof input.baseline === 'number') {
    if (Number.isFinite(input.baseline)) baseline = input.baseline;
    else issues.push(issue('baseline', 'notANumber', { text: String(input.baseline) }));
  } else if (!isBlank(input.baseline)) {
    const parsed = parseValueText(String(input.baseline), unit, context.locale);
    if (parsed.ok) baseline = parsed.value;
    else issues.push(issue('baseline', parsed.code, parsed.params));
  }
  // Untouched: the stored number of the stored KPI (a number with another KPI means another thing).
  const stored = context.stored && context.stored.kpiId === input.kpiId ? context.stored : null;
  if (baseline !== null && kpi) {
    const code = rangeIssue(kpi, baseline) ?? wholeIssue(kpi, baseline, baseline === stored?.baseline);
    if (code) issues.push(issue('baseline', code, { value: baseline, kpiLabel: kpi.label, ...unitParams }));
  }

  // Target: a value, or a change from the baseline.
  let targetValue: number | null = null;
  let targetBeforeRounding: number | null = null;
  if (!isBlank(input.target)) {
    const parsed = parseTargetText(String(input.target), unit, context.locale);
    if (!parsed.ok) {
      issues.push(issue('target', parsed.code, parsed.params));
    } else if (parsed.kind === 'absolute') {
      targetValue = parsed.value;
      // A fraction of a follower typed as the target is asked about, never rounded away.
      const code = kpi ? wholeIssue(kpi, targetValue, String(input.target) === stored?.target) : null;
      if (code)
        issues.push(issue('target', code, { value: targetValue, kpiLabel: kpi!.label, ...unitParams }));
    } else if (baseline !== null) {
      targetValue = applyChange(baseline, parsed.change);
      if (targetValue === null) issues.push(issue('target', 'changeFromZeroBaseline'));
      // A change is the user's intent, not a number they typed: its value for a count is made
      // whole in the goal's direction, so the goal is never less than what they asked for.
      else if (kpi && countsWholeThings(kpi.unit) && !isWhole(targetValue)) {
        targetBeforeRounding = targetValue;
        targetValue = roundTargetAmbitiously(targetValue, kpi.direction);
      } else if (kpi && countsWholeThings(kpi.unit)) targetValue = roundWhole(targetValue);
    }
  }
  if (targetValue !== null && kpi) {
    const code = rangeIssue(kpi, targetValue);
    if (code) issues.push(issue('target', code, { value: targetValue, ...unitParams }));
  }
  if (targetValue !== null && baseline !== null) {
    if (targetValue === baseline) {
      issues.push(issue('target', 'targetEqualsBaseline'));
    } else if (kpi) {
      const wrong = kpi.direction === 'up' ? targetValue < baseline : targetValue > baseline;
      if (wrong) {
        issues.push(
          issue(
            'target',
            'wrongDirection',
            { direction: kpi.direction, kpiLabel: kpi.label, baseline, target: targetValue, ...unitParams },
            'confirm',
          ),
        );
      }
    }
  }

  // Dates.
  const days: Partial<Record<'start' | 'deadline', number>> = {};
  for (const field of ['start', 'deadline'] as const) {
    if (isBlank(input[field])) continue;
    const day = dayNumber(String(input[field]));
    if (day === null) issues.push(issue(field, 'invalidDate', { text: String(input[field]) }));
    else days[field] = day;
  }
  if (days.start !== undefined && days.deadline !== undefined && days.deadline <= days.start) {
    issues.push(issue('deadline', 'deadlineNotAfterStart', { start: input.start, deadline: input.deadline }));
  }

  // Where the baseline came from.
  if (!BASELINE_WINDOWS.includes(input.baselineWindow)) {
    issues.push(issue('baselineWindow', 'invalidWindow', { text: String(input.baselineWindow) }));
  }
  const months = Array.isArray(input.baselineMonths) ? input.baselineMonths : [];
  for (const month of months) {
    if (typeof month !== 'string' || !isMonth(month)) {
      issues.push(issue('baselineMonths', 'invalidMonth', { text: String(month) }));
    }
  }
  if (!Array.isArray(input.baselineMonths)) {
    issues.push(issue('baselineMonths', 'invalidMonth', { text: String(input.baselineMonths) }));
  }

  return { issues, kpi, baseline, targetValue, targetBeforeRounding };
}

export const errorsOf = (issues: Issue[]): Issue[] => issues.filter((i) => i.severity === 'error');
export const confirmationsOf = (issues: Issue[]): Issue[] => issues.filter((i) => i.severity === 'confirm');
