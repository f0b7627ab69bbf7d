import type { Goal, GoalField, GoalValues } from './types';

/*
 * Two teammates editing one goal at once, merged field by field: the version the user started
 * from (base), the one a teammate saved since (theirs) and the user's (mine). A field only one of
 * them changed keeps that change; only a field both changed, to different values, is a conflict
 * for the user to decide. Pure, so every combination is tested without Sheets.
 */

/**
 * What is merged, in the sidebar's order. The baseline is one unit with the window and months it
 * was measured over (a value measured over other months than those listed would be wrong), so
 * `baseline` stands for all three. The target's value is not merged: it is worked out again from
 * the merged target text and baseline.
 */
export const MERGE_FIELDS = [
  'what',
  'kpiId',
  'channel',
  'baseline',
  'target',
  'start',
  'deadline',
  'owner',
  'why',
] as const satisfies readonly GoalField[];

export type MergeField = (typeof MERGE_FIELDS)[number];

export function valuesOfGoal(goal: Goal): GoalValues {
  return {
    what: goal.what,
    kpiId: goal.kpiId,
    channel: goal.channel,
    baseline: goal.baseline,
    baselineWindow: goal.baselineWindow,
    baselineMonths: [...goal.baselineMonths],
    target: goal.target,
    start: goal.start,
    deadline: goal.deadline,
    owner: goal.owner,
    why: goal.why,
  };
}

/** The stored fields behind each merged one. */
const PARTS: Record<MergeField, ReadonlyArray<keyof GoalValues>> = {
  what: ['what'],
  kpiId: ['kpiId'],
  channel: ['channel'],
  baseline: ['baseline', 'baselineWindow', 'baselineMonths'],
  target: ['target'],
  start: ['start'],
  deadline: ['deadline'],
  owner: ['owner'],
  why: ['why'],
};

const sameValue = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && a.every((item, i) => item === b[i])
    : Object.is(a, b) || a === b;

export function sameField(a: GoalValues, b: GoalValues, field: MergeField): boolean {
  return PARTS[field].every((part) => sameValue(a[part], b[part]));
}

/** The fields in which two versions differ. */
export function changedFields(from: GoalValues, to: GoalValues): MergeField[] {
  return MERGE_FIELDS.filter((field) => !sameField(from, to, field));
}

/** `target` with `field` taken from `source`. */
function withField(target: GoalValues, source: GoalValues, field: MergeField): GoalValues {
  const result = { ...target };
  for (const part of PARTS[field]) {
    const value = source[part];
    (result as Record<string, unknown>)[part] = Array.isArray(value) ? [...value] : value;
  }
  return result;
}

export interface Merge {
  /** Every change of both: theirs where only they changed a field, mine elsewhere. */
  merged: GoalValues;
  /** Fields both changed to different values; `merged` holds mine there. */
  conflicts: MergeField[];
  /** Fields the merge took from theirs (changed by them alone): what the user did not see. */
  fromTheirs: MergeField[];
}

/**
 * Three-way merge. Without a base (a client that did not send the version it started from) every
 * field in which the two versions differ is a conflict: nothing of either is ever dropped silently.
 */
export function mergeGoal(base: GoalValues | null, theirs: GoalValues, mine: GoalValues): Merge {
  let merged = { ...mine };
  const conflicts: MergeField[] = [];
  const fromTheirs: MergeField[] = [];
  for (const field of MERGE_FIELDS) {
    if (sameField(theirs, mine, field)) continue;
    if (base !== null && sameField(base, mine, field)) {
      merged = withField(merged, theirs, field);
      fromTheirs.push(field);
    } else if (base === null || !sameField(base, theirs, field)) {
      conflicts.push(field);
    }
  }
  return { merged, conflicts, fromTheirs };
}

/** The merge with the given side's value in each conflicting field. */
export function resolveConflicts(merge: Merge, theirs: GoalValues, keep: 'mine' | 'theirs'): GoalValues {
  if (keep === 'mine') return merge.merged;
  return merge.conflicts.reduce((values, field) => withField(values, theirs, field), merge.merged);
}
