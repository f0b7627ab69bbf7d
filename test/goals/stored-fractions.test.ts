import { checkGoal, getGoalsSidebarData, saveGoal } from '../../src/goals/server';
import { GOAL_COLUMNS } from '../../src/goals/sheet';
import { valuesOfGoal } from '../../src/goals/merge';
import type { Goal, SaveRequest, SaveResult } from '../../src/goals/types';
import { dataWith, monthly } from './helpers';
import { createWorld, type World } from '../support/world';

/*
 * Goals saved before counts had to be whole numbers can hold a fraction of a follower: a baseline
 * measured as a three-month mean (1234.5), or a target typed as 1500.5. Such a goal still opens,
 * and a change to another field saves without the stored numbers being refused or rounded; only a
 * number the user edits is held to the whole-number rule.
 */

const data = dataWith(monthly('2025-01', [1000, 1050, 1100, 1150, 1200, 1230, 1240, 1250, 1260]));

/** A followers goal saved today, then its baseline and target cells set as an older version left them. */
function storedFractionalGoal(world: World): Goal {
  const anna = world.as('anna@example.se');
  const result = saveGoal(anna, data, {
    goal: {
      what: 'Grow Instagram',
      kpiId: 'followers',
      channel: 'Instagram',
      baseline: 1234,
      baselineWindow: 'manual',
      baselineMonths: [],
      target: '1500',
      start: '2025-10-06',
      deadline: '2026-03-31',
      owner: 'anna@example.se',
      why: 'Reach',
    },
  });
  if (result.status !== 'saved') throw new Error(JSON.stringify(result));
  const sheet = world.gas.spreadsheet.getSheetByName('Goals')!;
  const column = (name: (typeof GOAL_COLUMNS)[number]) => GOAL_COLUMNS.indexOf(name) + 1;
  sheet.getRange(2, column('baseline')).setValue(1234.5);
  sheet.getRange(2, column('target')).setValue("'1500,5");
  sheet.getRange(2, column('targetValue')).setValue(1500.5);
  const stored = getGoalsSidebarData(anna, data).goals[0].goal;
  expect(stored).toMatchObject({ baseline: 1234.5, target: '1500,5', targetValue: 1500.5 });
  return stored;
}

/** The request the sidebar sends for an opened goal: its values, changed where the user typed. */
function edit(goal: Goal, changes: Partial<SaveRequest['goal']>): SaveRequest {
  return {
    id: goal.id,
    baseVersion: goal.version,
    base: valuesOfGoal(goal),
    goal: { ...valuesOfGoal(goal), ...changes },
  };
}

function savedGoal(result: SaveResult): Goal {
  if (result.status !== 'saved') throw new Error(`not saved: ${JSON.stringify(result)}`);
  return result.goal.goal;
}

describe('a stored goal with a fraction of a follower, from before whole-number rules', () => {
  it('opens without a message on the numbers the user has not touched', () => {
    const world = createWorld('stockholm-sv');
    const stored = storedFractionalGoal(world);
    const checked = checkGoal(world.as('anna@example.se'), data, edit(stored, {}));
    expect(checked.issues).toEqual([]);
    expect(checked.targetValue).toBe(1500.5);
  });

  it('saves a change to another field and keeps the stored baseline and target exactly', () => {
    const world = createWorld('stockholm-sv');
    const stored = storedFractionalGoal(world);
    const goal = savedGoal(
      saveGoal(world.as('anna@example.se'), data, edit(stored, { why: 'Reach, and sales' })),
    );
    expect(goal).toMatchObject({
      why: 'Reach, and sales',
      baseline: 1234.5,
      target: '1500,5',
      targetValue: 1500.5,
      version: 2,
    });
  });

  it('holds a number the user edits to the rule, naming only that field', () => {
    const world = createWorld('stockholm-sv');
    const stored = storedFractionalGoal(world);
    const anna = world.as('anna@example.se');
    // A new fractional target: refused, naming the target; the untouched baseline is not named.
    const typed = saveGoal(anna, data, edit(stored, { target: '1600,5' }));
    expect(typed).toMatchObject({ status: 'invalid' });
    expect(typed.status === 'invalid' && typed.issues.map((i) => `${i.field}:${i.code}`)).toEqual([
      'target:notWholeNumber',
    ]);
    // A whole target saves, and the fractional baseline the user did not touch stays as it was.
    expect(savedGoal(saveGoal(anna, data, edit(stored, { target: '1600' })))).toMatchObject({
      baseline: 1234.5,
      target: '1600',
      targetValue: 1600,
    });
  });

  it('holds an edited baseline to the rule, and the stored numbers to it once the KPI changes', () => {
    const world = createWorld('stockholm-sv');
    const stored = storedFractionalGoal(world);
    const anna = world.as('anna@example.se');
    const baseline = checkGoal(anna, data, edit(stored, { baseline: 1234.25 }));
    expect(baseline.issues.map((i) => `${i.field}:${i.code}`)).toEqual(['baseline:notWholeNumber']);
    // The same numbers now count something else: they are the user's new values, checked as such.
    const otherKpi = checkGoal(anna, data, edit(stored, { kpiId: 'likes' }));
    expect(otherKpi.issues.map((i) => `${i.field}:${i.code}`)).toEqual([
      'baseline:notWholeNumber',
      'target:notWholeNumber',
    ]);
    // A new goal (no stored version) is held to the rule as before.
    const fresh = checkGoal(anna, data, { goal: { ...valuesOfGoal(stored) } });
    expect(fresh.issues.map((i) => `${i.field}:${i.code}`)).toEqual([
      'baseline:notWholeNumber',
      'target:notWholeNumber',
    ]);
  });
});
