import { changedFields, mergeGoal, resolveConflicts } from '../../src/goals/merge';
import { saveGoal } from '../../src/goals/server';
import { readGoals } from '../../src/goals/store';
import type { Goal, GoalValues, SaveResult } from '../../src/goals/types';
import { dataWith, input, monthly } from './helpers';
import { createWorld } from '../support/world';

const data = dataWith(monthly('2025-01', [0.03, 0.031, 0.033, 0.034, 0.036, 0.037, 0.039, 0.04, 0.041]));
const ANNA = 'anna@example.se';
const BINH = 'binh@example.vn';

const base: GoalValues = { ...input(), baseline: 0.04 };

describe('mergeGoal, field by field', () => {
  test('a field only one side changed keeps that change; both sides’ changes are kept', () => {
    const theirs = { ...base, why: 'Theirs', deadline: '2026-03-01' };
    const mine = { ...base, what: 'Mine', owner: 'me@example.se' };
    const merge = mergeGoal(base, theirs, mine);
    expect(merge.conflicts).toEqual([]);
    expect(merge.fromTheirs).toEqual(['deadline', 'why']);
    expect(merge.merged).toEqual({
      ...base,
      what: 'Mine',
      owner: 'me@example.se',
      why: 'Theirs',
      deadline: '2026-03-01',
    });
  });

  test('only a field both changed to different values is a conflict', () => {
    const theirs = { ...base, what: 'Theirs', why: 'Same new why' };
    const mine = { ...base, what: 'Mine', why: 'Same new why', target: '+40 %' };
    const merge = mergeGoal(base, theirs, mine);
    expect(merge.conflicts).toEqual(['what']);
    expect(merge.merged).toEqual({ ...mine });
    expect(resolveConflicts(merge, theirs, 'theirs')).toEqual({ ...mine, what: 'Theirs' });
  });

  test('the baseline goes with the window and months it was measured over', () => {
    const theirs = {
      ...base,
      baseline: 0.05,
      baselineWindow: 'last_month' as const,
      baselineMonths: ['2025-09'],
    };
    const mine = { ...base, baseline: 0.04, baselineWindow: 'manual' as const, baselineMonths: [] };
    expect(mergeGoal(base, theirs, mine).conflicts).toEqual(['baseline']);
    // Only their months changed (a re-measure giving the same value): theirs, whole.
    const remeasured = { ...base, baselineMonths: ['2025-06', '2025-07', '2025-08'] };
    const merge = mergeGoal(base, remeasured, { ...base, why: 'x' });
    expect(merge.merged).toEqual({ ...remeasured, why: 'x' });
    expect(changedFields(base, remeasured)).toEqual(['baseline']);
  });

  test('without the version the user started from, every difference is a conflict', () => {
    const theirs = { ...base, why: 'Theirs' };
    const mine = { ...base, what: 'Mine' };
    const merge = mergeGoal(null, theirs, mine);
    expect(merge.conflicts).toEqual(['what', 'why']);
    expect(merge.merged).toEqual(mine);
  });
});

function saved(result: SaveResult): Goal {
  if (result.status !== 'saved') throw new Error(`expected saved, got ${JSON.stringify(result)}`);
  return result.goal.goal;
}

/** A goal both teammates opened at version 1. */
function shared() {
  const world = createWorld('stockholm-sv');
  const anna = world.as(ANNA);
  const binh = world.as(BINH);
  const goal = saved(saveGoal(anna, data, { goal: input() }));
  const { id: _i, version: _v, updatedBy: _b, updatedAt: _a, targetValue: _t, ...values } = goal;
  const edit = (changes: Partial<GoalValues>) => ({
    id: goal.id,
    baseVersion: 1,
    base: values,
    goal: { ...values, ...changes },
  });
  return { world, anna, binh, goal, edit };
}

describe('saving over a teammate’s newer version', () => {
  test('“keep mine” no longer overwrites the teammate’s edit to another field: both land', () => {
    const { anna, binh, goal, edit } = shared();
    saved(saveGoal(binh, data, edit({ why: 'Binh: reach follows engagement.' })));
    const result = saveGoal(anna, data, edit({ owner: 'bo@example.se', deadline: '2026-03-01' }));
    expect(result).toMatchObject({ status: 'saved', merged: { by: BINH, fields: ['why'] } });
    expect(readGoals(anna).goals.map((g) => g.goal)).toEqual([
      expect.objectContaining({
        id: goal.id,
        version: 3,
        why: 'Binh: reach follows engagement.',
        owner: 'bo@example.se',
        deadline: '2026-03-01',
        updatedBy: ANNA,
      }),
    ]);
  });

  test('a target typed as a change is worked out again from the teammate’s new baseline', () => {
    const { anna, binh, edit } = shared();
    saved(saveGoal(binh, data, edit({ baseline: 0.05, baselineWindow: 'manual', baselineMonths: [] })));
    const merged = saved(saveGoal(anna, data, edit({ target: '+20 %' })));
    expect(merged).toMatchObject({ baseline: 0.05, target: '+20 %' });
    expect(merged.targetValue).toBeCloseTo(0.06, 12);
  });

  test('the same field changed by both: a conflict naming it; each choice keeps the other changes', () => {
    const { anna, binh, edit } = shared();
    const theirs = saved(saveGoal(binh, data, edit({ what: 'Binh’s words', why: 'Binh’s reason' })));
    const result = saveGoal(anna, data, edit({ what: 'Anna’s words', owner: 'bo@example.se' }));
    if (result.status !== 'conflict') throw new Error(result.status);
    expect(result.fields).toEqual(['what']);
    expect(readGoals(anna).goals[0].goal).toEqual(theirs); // nothing written yet
    expect(result.keepMine.goal).toMatchObject({
      what: 'Anna’s words',
      owner: 'bo@example.se',
      why: 'Binh’s reason',
    });
    expect(result.keepTheirs?.goal).toMatchObject({
      what: 'Binh’s words',
      owner: 'bo@example.se',
      why: 'Binh’s reason',
    });
    expect(saved(saveGoal(anna, data, result.keepTheirs))).toMatchObject({
      version: 3,
      what: 'Binh’s words',
      owner: 'bo@example.se',
      why: 'Binh’s reason',
    });
  });

  test('a merge that would break a rule is left to the user, showing every field that differs', () => {
    const { anna, binh, edit } = shared();
    // Binh moves the deadline earlier; Anna moves the start later than it.
    saved(saveGoal(binh, data, edit({ deadline: '2025-12-01' })));
    const result = saveGoal(anna, data, edit({ start: '2025-12-15' }));
    if (result.status !== 'conflict') throw new Error(result.status);
    expect(result.fields).toEqual(['start', 'deadline']);
    expect(result.keepMine.goal).toMatchObject({ start: '2025-12-15', deadline: '2026-02-01' });
    expect(result.keepTheirs).toBeNull();
    expect(readGoals(anna).goals[0].goal.version).toBe(2);
  });
});
