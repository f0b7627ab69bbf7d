import fc from 'fast-check';
import { deleteGoal, getGoalsSidebarData, saveGoal } from '../../src/goals/server';
import { readGoals } from '../../src/goals/store';
import type { Goal } from '../../src/goals/types';
import { dataWith, input, monthly } from './helpers';
import { createWorld } from './world';

/*
 * Two teammates editing the same goals in every order fast-check can think of. The model is what
 * the tab must hold; every save must either land (and then be in the tab) or come back as a
 * conflict or "busy" that says so. Nothing may be lost silently.
 */

const data = dataWith(monthly('2025-01', [0.03, 0.032, 0.034, 0.036, 0.038, 0.04, 0.04, 0.04, 0.04]));
const USERS = ['anna@example.se', 'binh@example.vn'] as const;
type User = 0 | 1;

type Action =
  | { kind: 'load'; user: User }
  | { kind: 'create'; user: User; what: string }
  | { kind: 'save'; user: User; pick: number; what: string; onConflict: 'mine' | 'theirs' }
  | { kind: 'delete'; user: User; pick: number }
  | { kind: 'busy'; user: User; what: string };

const user = fc.constantFrom<User>(0, 1);
// Any text a person could type, formulas and numbers included; blank is a validation error, tested elsewhere.
const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '');
// Weighted towards loads and saves, where stale versions come from.
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('load' as const), user }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('create' as const), user, what: text }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('save' as const),
      user,
      pick: fc.nat(),
      what: text,
      onConflict: fc.constantFrom('mine' as const, 'theirs' as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), user, pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('busy' as const), user, what: text }) },
);

describe('two teammates, any interleaving', () => {
  test('property: every save lands or says why, and the tab equals the model', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 5, maxLength: 25 }), (actions) => {
        const world = createWorld();
        const services = USERS.map((email) => world.as(email));
        /** The tab as it must be: id → goal text and version, in row order. */
        const model = new Map<string, { what: string; version: number }>();
        /** What each user last saw: id → version. */
        const views: Array<Map<string, number>> = [new Map(), new Map()];
        let created = 0;

        const expectTabHas = (goal: Goal) =>
          expect(model.get(goal.id)).toEqual({ what: goal.what, version: goal.version });

        // Two goals both teammates have open, so the random actions start on shared ground.
        const opening: Action[] = [
          { kind: 'create', user: 0, what: 'First goal' },
          { kind: 'create', user: 0, what: 'Second goal' },
          { kind: 'load', user: 1 },
        ];
        for (const a of [...opening, ...actions]) {
          const me = services[a.user];
          const view = views[a.user];
          if (a.kind === 'load') {
            view.clear();
            for (const g of getGoalsSidebarData(me, data).goals) view.set(g.goal.id, g.goal.version);
          } else if (a.kind === 'create') {
            const result = saveGoal(me, data, { goal: input({ what: a.what }) });
            if (result.status !== 'saved') throw new Error(`create: ${result.status}`);
            const goal = result.goal.goal;
            expect(goal.version).toBe(1);
            expect(model.has(goal.id)).toBe(false);
            model.set(goal.id, { what: a.what, version: 1 });
            view.set(goal.id, 1);
            created++;
          } else if (a.kind === 'busy') {
            world.gas.locks.holdBy('a trigger');
            const result = saveGoal(me, data, { goal: input({ what: a.what }) });
            world.gas.locks.releaseHeld();
            expect(result.status).toBe('busy');
          } else if (view.size > 0) {
            const ids = [...view.keys()];
            const id = ids[a.pick % ids.length];
            const baseVersion = view.get(id) as number;
            const stored = model.get(id);
            if (a.kind === 'delete') {
              const result = deleteGoal(me, id, baseVersion);
              if (!stored) {
                expect(result.status).toBe('notFound');
                view.delete(id);
              } else if (stored.version === baseVersion) {
                expect(result).toEqual({ status: 'deleted', id });
                model.delete(id);
                view.delete(id);
              } else {
                if (result.status !== 'conflict') throw new Error(`delete: ${result.status}`);
                expect(result.theirs).toMatchObject({ id, ...stored });
                view.set(id, result.theirs.version);
              }
            } else {
              const request = { id, baseVersion, goal: input({ what: a.what }) };
              const result = saveGoal(me, data, request);
              if (stored && stored.version === baseVersion) {
                if (result.status !== 'saved') throw new Error(`save: ${result.status}`);
                expect(result.goal.goal).toMatchObject({ id, what: a.what, version: baseVersion + 1 });
                model.set(id, { what: a.what, version: baseVersion + 1 });
                view.set(id, baseVersion + 1);
                expectTabHas(result.goal.goal);
              } else {
                // Refused: the user's edit and the teammate's goal both come back.
                if (result.status !== 'conflict') throw new Error(`stale save: ${result.status}`);
                expect(result.yours).toEqual(request);
                if (!stored) {
                  expect(result.theirs).toBeNull();
                  view.delete(id);
                  if (a.onConflict === 'mine') {
                    // Keep mine: save it again as a new goal.
                    const again = saveGoal(me, data, { goal: result.yours.goal });
                    if (again.status !== 'saved') throw new Error(`re-create: ${again.status}`);
                    model.set(again.goal.goal.id, { what: a.what, version: 1 });
                    view.set(again.goal.goal.id, 1);
                    created++;
                  }
                } else {
                  expect(result.theirs).toMatchObject({ id, ...stored });
                  const theirs = result.theirs as Goal;
                  if (a.onConflict === 'mine') {
                    const again = saveGoal(me, data, { ...result.yours, baseVersion: theirs.version });
                    if (again.status !== 'saved') throw new Error(`save over: ${again.status}`);
                    model.set(id, { what: a.what, version: theirs.version + 1 });
                    view.set(id, theirs.version + 1);
                    expectTabHas(again.goal.goal);
                  } else {
                    view.set(id, theirs.version);
                  }
                }
              }
            }
          }
          expect(world.gas.locks.isHeld()).toBe(false);
        }

        const table = readGoals(services[0]);
        expect(table.problems).toEqual([]);
        expect(table.goals.map((g) => [g.goal.id, { what: g.goal.what, version: g.goal.version }])).toEqual([
          ...model.entries(),
        ]);
        expect(created).toBeGreaterThanOrEqual(model.size);
      }),
      { numRuns: 25 },
    );
  });
});
