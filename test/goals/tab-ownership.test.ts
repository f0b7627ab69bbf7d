import { deleteGoal, getGoalsSidebarData, goalSection, saveGoal } from '../../src/goals/server';
import { goalHeaders, goalToRow, columnMap, isGoalsHeader } from '../../src/goals/sheet';
import { GOALS_METADATA_KEY, readGoals } from '../../src/goals/store';
import type { Goal, SaveResult } from '../../src/goals/types';
import { dataWith, input, monthly } from './helpers';
import { createWorld, type World } from '../support/world';

/*
 * The add-on writes only to the goals tab it made, marked with developer metadata. A tab of the
 * user's that happens to be called Goals (or goals) stays exactly as it is.
 */

const data = dataWith(monthly('2025-01', [0.03, 0.031, 0.033, 0.034, 0.036, 0.037, 0.039, 0.04, 0.041]));
const ANNA = 'anna@example.se';

function saved(result: SaveResult): Goal {
  if (result.status !== 'saved') throw new Error(`expected saved, got ${JSON.stringify(result)}`);
  return result.goal.goal;
}

const tabNames = (world: World) => world.gas.spreadsheet.getSheets().map((s) => s.getName());
const valuesOf = (world: World, name: string) =>
  world.gas.spreadsheet.getSheetByName(name)!.getDataRange().getValues();
const isMarked = (world: World, name: string) =>
  world.gas.spreadsheet
    .getSheetByName(name)!
    .getDeveloperMetadata()
    .some((entry) => entry.getKey() === GOALS_METADATA_KEY);

/** A team's own planning tab called `name`, nothing like the add-on's. */
function usersOwnTab(world: World, name: string): unknown[][] {
  const rows = [
    ['Goal', 'Owner', 'Due', 'Notes'],
    ['Launch TikTok', 'Bo', '2025-12-01', '=1+1 stays a formula'],
    ['Hire an intern', 'Anna', '', ''],
  ];
  const sheet = world.gas.spreadsheet.insertSheet(name);
  sheet.getRange(1, 1, rows.length, 4).setValues(rows);
  return sheet.getDataRange().getValues();
}

describe('a tab of the user’s named Goals is never written to', () => {
  test.each(['Goals', 'goals', 'GOALS'])(
    'a user’s own “%s” tab stays as it is; the add-on’s tab gets a free name',
    (name) => {
      const world = createWorld('stockholm-sv');
      const before = usersOwnTab(world, name);
      const anna = world.as(ANNA);

      // Before any goal: the user's rows are not goals, and not problems either.
      expect(getGoalsSidebarData(anna, data)).toMatchObject({ goals: [], problems: [] });

      const first = saved(saveGoal(anna, data, { goal: input({ what: 'First' }) }));
      const second = saved(saveGoal(anna, data, { goal: input({ what: 'Second' }) }));
      saved(saveGoal(anna, data, { id: first.id, baseVersion: 1, goal: input({ what: 'First, edited' }) }));
      expect(deleteGoal(anna, second.id, 1)).toEqual({ status: 'deleted', id: second.id });

      expect(tabNames(world)).toEqual(['Sheet1', name, 'Goals (Social KPIs)']);
      expect(valuesOf(world, name)).toEqual(before);
      expect(isMarked(world, name)).toBe(false);
      expect(isMarked(world, 'Goals (Social KPIs)')).toBe(true);
      expect(valuesOf(world, 'Goals (Social KPIs)').map((row) => row[1])).toEqual([
        goalHeaders('sv')[1],
        'First, edited',
      ]);
      expect(readGoals(anna).goals.map((g) => g.goal.what)).toEqual(['First, edited']);
      expect(goalSection(anna, () => [], '2025-10').rows.map((row) => row.what)).toEqual(['First, edited']);
    },
  );

  test('the next free name past names the user has taken, compared without case', () => {
    const world = createWorld('stockholm-sv');
    usersOwnTab(world, 'Goals');
    usersOwnTab(world, 'goals (social kpis)');
    saved(saveGoal(world.as(ANNA), data, { goal: input() }));
    expect(tabNames(world)).toEqual(['Sheet1', 'Goals', 'goals (social kpis)', 'Goals (Social KPIs) 2']);
    expect(isMarked(world, 'Goals (Social KPIs) 2')).toBe(true);
  });

  test('an empty tab named Goals is the user’s too', () => {
    const world = createWorld('stockholm-sv');
    world.gas.spreadsheet.insertSheet('Goals');
    saved(saveGoal(world.as(ANNA), data, { goal: input() }));
    expect(valuesOf(world, 'Goals')).toEqual([['']]);
    expect(tabNames(world)).toEqual(['Sheet1', 'Goals', 'Goals (Social KPIs)']);
  });

  test('the add-on finds its tab by its mark, whatever the tab is renamed to', () => {
    const world = createWorld('stockholm-sv');
    const anna = world.as(ANNA);
    const goal = saved(saveGoal(anna, data, { goal: input({ what: 'Mine' }) }));
    world.gas.spreadsheet.getSheetByName('Goals')!.setName('Team goals');
    // A new tab of the user's under the old name changes nothing.
    const before = usersOwnTab(world, 'Goals');
    saved(saveGoal(anna, data, { id: goal.id, baseVersion: 1, goal: input({ what: 'Mine, again' }) }));
    expect(valuesOf(world, 'Goals')).toEqual(before);
    expect(valuesOf(world, 'Team goals')[1][1]).toBe('Mine, again');
    expect(tabNames(world)).toEqual(['Sheet1', 'Team goals', 'Goals']);
  });
});

describe('a Goals tab an earlier version made, before tabs were marked', () => {
  /** The tab as an earlier version left it: its header row in the creator's language, a goal, no mark. */
  function legacyTab(world: World, headers: string[], extraColumn = false) {
    const sheet = world.gas.spreadsheet.insertSheet('Goals');
    const goal: Goal = {
      ...input({ what: 'From last year', baseline: 0.04 }),
      baseline: 0.04,
      targetValue: 0.054,
      id: 'G-OLD-0001',
      version: 3,
      updatedBy: 'bo@example.se',
      updatedAt: '2025-01-02T03:04:05.000Z',
    };
    const header = extraColumn ? [...headers.slice(0, 4), 'Team notes', ...headers.slice(4)] : headers;
    const row = goalToRow(goal, columnMap(header), extraColumn ? ['', '', '', '', 'keep me'] : []);
    sheet.getRange(1, 1, 2, header.length).setValues([header, row]);
    return goal;
  }

  test.each([
    ['English', goalHeaders('en'), false],
    ['Vietnamese', goalHeaders('vi'), false],
    ['Swedish, with a team column inserted', goalHeaders('sv'), true],
  ] as const)('with its %s header row is the add-on’s: updated in place and marked', (_, headers, extra) => {
    const world = createWorld('stockholm-sv');
    const old = legacyTab(world, [...headers], extra);
    const anna = world.as(ANNA);
    expect(readGoals(anna).goals.map((g) => g.goal)).toEqual([old]);
    expect(isMarked(world, 'Goals')).toBe(false); // reading writes nothing

    saved(
      saveGoal(anna, data, { id: old.id, baseVersion: 3, goal: input({ what: 'From last year, kept' }) }),
    );
    saved(saveGoal(anna, data, { goal: input({ what: 'New' }) }));
    expect(tabNames(world)).toEqual(['Sheet1', 'Goals']);
    expect(isMarked(world, 'Goals')).toBe(true);
    expect(readGoals(anna).goals.map((g) => [g.goal.what, g.goal.version])).toEqual([
      ['From last year, kept', 4],
      ['New', 1],
    ]);
    if (extra) expect(valuesOf(world, 'Goals')[1][4]).toBe('keep me');
  });

  test('a delete marks it too', () => {
    const world = createWorld('stockholm-sv');
    const old = legacyTab(world, goalHeaders('en'));
    expect(deleteGoal(world.as(ANNA), old.id, 3)).toEqual({ status: 'deleted', id: old.id });
    expect(isMarked(world, 'Goals')).toBe(true);
  });

  test('a differently shaped tab with some of the same headers is the user’s, even with an ID column', () => {
    const world = createWorld('stockholm-sv');
    const sheet = world.gas.spreadsheet.insertSheet('Goals');
    // Most of the English headers, but not all: a team's own tab modelled on ours.
    const headers = goalHeaders('en').filter((h) => h !== 'Version');
    const rows = [headers, headers.map((h, i) => (i === 0 ? 'G-MINE' : `${h} value`))];
    sheet.getRange(1, 1, 2, headers.length).setValues(rows);
    const before = sheet.getDataRange().getValues();
    const anna = world.as(ANNA);
    expect(getGoalsSidebarData(anna, data)).toMatchObject({ goals: [], problems: [] });
    saved(saveGoal(anna, data, { goal: input() }));
    expect(deleteGoal(anna, 'G-MINE', 1).status).toBe('notFound');
    expect(valuesOf(world, 'Goals')).toEqual(before);
    expect(isMarked(world, 'Goals')).toBe(false);
    expect(tabNames(world)).toEqual(['Sheet1', 'Goals', 'Goals (Social KPIs)']);
  });
});

describe('isGoalsHeader', () => {
  test('needs every header of one language, exactly as written', () => {
    expect(isGoalsHeader(goalHeaders('sv'))).toBe(true);
    expect(isGoalsHeader([...goalHeaders('en')].reverse())).toBe(true);
    expect(isGoalsHeader(goalHeaders('en').map((h) => h.toUpperCase()))).toBe(false);
    // Half English, half Swedish: no version of the add-on wrote that.
    const mixed = goalHeaders('en').map((h, i) => (i % 2 ? goalHeaders('sv')[i] : h));
    expect(isGoalsHeader(mixed)).toBe(false);
    expect(isGoalsHeader([])).toBe(false);
  });
});
