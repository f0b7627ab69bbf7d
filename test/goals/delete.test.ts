import { deleteGoal, saveGoal } from '../../src/goals/server';
import { GOAL_HEADERS } from '../../src/goals/sheet';
import { readGoals } from '../../src/goals/store';
import type { Goal, SaveResult } from '../../src/goals/types';
import { dataWith, input, monthly } from './helpers';
import { createWorld, type World } from '../support/world';

/*
 * Deleting a goal removes its row of the Goals tab: one deleteRow under the document lock, after
 * re-reading the tab and checking the goal's id and version, so a teammate's edit is never lost.
 */

const data = dataWith(monthly('2025-01', [0.03, 0.031, 0.033, 0.034, 0.036, 0.037, 0.039, 0.04, 0.041]));
const ANNA = 'anna@example.se';
const BO = 'bo@example.se';

function saved(result: SaveResult): Goal {
  if (result.status !== 'saved') throw new Error(`expected saved, got ${JSON.stringify(result)}`);
  return result.goal.goal;
}

/** Three goals by Anna, and the tab they are in. */
function threeGoals(world: World) {
  const anna = world.as(ANNA);
  const goals = ['First', 'Second', 'Third'].map((what) =>
    saved(saveGoal(anna, data, { goal: input({ what }) })),
  );
  const sheet = world.gas.spreadsheet.getSheetByName('Goals')!;
  return { anna, goals, sheet };
}

const column = (header: string) => GOAL_HEADERS.indexOf(header);
const idsInTab = (sheet: GoogleAppsScript.Spreadsheet.Sheet) =>
  sheet
    .getDataRange()
    .getValues()
    .map((row) => row[column('ID')]);

describe('deleting a goal removes its row', () => {
  test('the rows below move up; one lock, one read, one deleteRow, nothing written', () => {
    const world = createWorld('stockholm-sv');
    const { anna, goals, sheet } = threeGoals(world);
    // A column of the team's own, beside the goals: it goes with its row.
    sheet.getRange(1, GOAL_HEADERS.length + 1, 4, 1).setValues([['Notes'], ['n1'], ['n2'], ['n3']]);
    const maxRows = sheet.getMaxRows();
    world.gas.calls.reset();

    expect(deleteGoal(anna, goals[1].id, 1)).toEqual({ status: 'deleted', id: goals[1].id });

    expect(world.gas.calls.count('LockService.getDocumentLock')).toBe(1);
    expect(world.gas.calls.count('Lock.tryLock')).toBe(1);
    expect(world.gas.calls.count('Range.getValues')).toBe(1);
    expect(world.gas.calls.count('Sheet.deleteRow')).toBe(1);
    expect(world.gas.calls.count('Range.setValues')).toBe(0);
    expect(world.gas.calls.count('Range.setValue')).toBe(0);
    expect(world.gas.calls.count('Lock.releaseLock')).toBe(1);
    // In that order: the read and the delete happen while the lock is held.
    const order = world.gas.calls
      .sequence()
      .filter((call) =>
        ['Lock.tryLock', 'Range.getValues', 'Sheet.deleteRow', 'Lock.releaseLock'].includes(call),
      );
    expect(order).toEqual(['Lock.tryLock', 'Range.getValues', 'Sheet.deleteRow', 'Lock.releaseLock']);
    expect(world.gas.locks.isHeld()).toBe(false);

    expect(idsInTab(sheet)).toEqual(['ID', goals[0].id, goals[2].id]);
    expect(sheet.getRange(3, GOAL_HEADERS.length + 1).getValue()).toBe('n3');
    expect([sheet.getLastRow(), sheet.getMaxRows(), sheet.getFrozenRows()]).toEqual([3, maxRows - 1, 1]);
    expect(readGoals(anna).goals.map((g) => [g.goal.what, g.row])).toEqual([
      ['First', 2],
      ['Third', 3],
    ]);
    expect(readGoals(anna).problems).toEqual([]);
  });

  test('found by id, not by the row it was listed at: a teammate deleted a row above meanwhile', () => {
    const world = createWorld('stockholm-sv');
    const { anna, goals, sheet } = threeGoals(world);
    expect(deleteGoal(world.as(BO), goals[0].id, 1)).toMatchObject({ status: 'deleted' });
    // Anna's sidebar still lists Third at row 4; it is at row 3 now.
    expect(deleteGoal(anna, goals[2].id, 1)).toEqual({ status: 'deleted', id: goals[2].id });
    expect(idsInTab(sheet)).toEqual(['ID', goals[1].id]);
  });

  test('a goal a teammate changed since it was listed is not deleted: their version comes back', () => {
    const world = createWorld('stockholm-sv');
    const { anna, goals, sheet } = threeGoals(world);
    const theirs = saved(
      saveGoal(world.as(BO), data, {
        id: goals[1].id,
        baseVersion: 1,
        goal: input({ what: 'Second, by Bo' }),
      }),
    );
    world.gas.calls.reset();

    const result = deleteGoal(anna, goals[1].id, 1);
    expect(result).toMatchObject({
      status: 'conflict',
      theirs: { what: 'Second, by Bo', version: 2, updatedBy: BO },
    });
    expect(result.status === 'conflict' && result.message).toContain(BO);
    expect(world.gas.calls.count('Sheet.deleteRow')).toBe(0);
    expect(world.gas.calls.count('Range.setValues')).toBe(0);
    expect(world.gas.locks.isHeld()).toBe(false);
    expect(readGoals(anna).goals.map((g) => g.goal)).toEqual([goals[0], theirs, goals[2]]);
    expect(sheet.getLastRow()).toBe(4);

    // With the version she now sees, the delete goes through.
    expect(deleteGoal(anna, goals[1].id, 2)).toMatchObject({ status: 'deleted' });
    expect(idsInTab(sheet)).toEqual(['ID', goals[0].id, goals[2].id]);
  });

  test('busy: nothing read, nothing removed; already deleted: nothing removed', () => {
    const world = createWorld('stockholm-sv');
    const { anna, goals, sheet } = threeGoals(world);
    world.gas.locks.holdBy(BO);
    world.gas.calls.reset();
    expect(deleteGoal(anna, goals[0].id, 1)).toMatchObject({ status: 'busy' });
    expect(world.gas.calls.count('Range.getValues')).toBe(0);
    expect(world.gas.calls.count('Sheet.deleteRow')).toBe(0);
    world.gas.locks.releaseHeld();

    expect(deleteGoal(anna, goals[0].id, 1)).toMatchObject({ status: 'deleted' });
    world.gas.calls.reset();
    expect(deleteGoal(anna, goals[0].id, 1)).toMatchObject({ status: 'notFound' });
    expect(world.gas.calls.count('Sheet.deleteRow')).toBe(0);
    expect(idsInTab(sheet)).toEqual(['ID', goals[1].id, goals[2].id]);
  });

  test('the last row that is not frozen cannot be removed in Sheets: it is blanked instead', () => {
    const world = createWorld('stockholm-sv');
    const anna = world.as(ANNA);
    const only = saved(saveGoal(anna, data, { goal: input({ what: 'Only' }) }));
    // A tidy teammate deleted the empty rows below: header (frozen) and one goal are all there is.
    world.gas.spreadsheet.sheet('Goals').resize(2, GOAL_HEADERS.length);
    world.gas.calls.reset();

    expect(deleteGoal(anna, only.id, 1)).toEqual({ status: 'deleted', id: only.id });
    expect(world.gas.calls.count('Sheet.deleteRow')).toBe(1);
    expect(world.gas.calls.count('Range.setValues')).toBe(1);
    expect(world.gas.locks.isHeld()).toBe(false);
    expect(readGoals(anna)).toMatchObject({ goals: [], problems: [] });
    // The next goal goes into the tab as usual.
    saved(saveGoal(anna, data, { goal: input({ what: 'Next' }) }));
    expect(readGoals(anna).goals.map((g) => g.goal.what)).toEqual(['Next']);
  });
});
