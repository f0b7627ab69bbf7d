import fc from 'fast-check';
import { addMonths } from '../../src/goals/dates';
import { goalHeaders } from '../../src/goals/sheet';
import {
  checkGoal,
  computeBaseline,
  deleteGoal,
  getGoalsSidebarData,
  goalSection,
  saveGoal,
  showGoalsSidebar,
} from '../../src/goals/server';
import { readGoals, LOCK_TIMEOUT_MS } from '../../src/goals/store';
import type { SaveRequest, SaveResult } from '../../src/goals/types';
import { dataWith, input, monthly } from './helpers';
import { createWorld } from '../support/world';

const history = monthly('2025-01', [0.03, 0.031, 0.033, 0.034, 0.036, 0.037, 0.039, 0.04, 0.041]);
/** Impressions grow by 500 a month: a rate over months is pooled on them. */
const impressions = (month: string) => 10000 + 500 * Number(month.slice(5));
const data = dataWith(history, { missing: { bounce_rate: ['Bounces', 'Sessions'] }, bases: impressions });

function saved(result: SaveResult) {
  if (result.status !== 'saved') throw new Error(`expected saved, got ${JSON.stringify(result)}`);
  return result.goal.goal;
}

describe('measuring a baseline for the form', () => {
  test('ends the window before the goal’s start when the form has one in the past', () => {
    const world = createWorld('stockholm-sv', { today: '2025-10-06' });
    const anna = world.as('anna@example.se');
    expect(computeBaseline(anna, data, 'engagement_rate', null, 'last_3_months')).toMatchObject({
      months: ['2025-07', '2025-08', '2025-09'],
    });
    const backdated = computeBaseline(anna, data, 'engagement_rate', null, 'last_3_months', '2025-06-15');
    expect(backdated.months).toEqual(['2025-03', '2025-04', '2025-05']);
    // Pooled: Σ engagements ÷ Σ impressions over March to May, not the mean of the three rates.
    const [march, april, may] = [11500, 12000, 12500];
    const pooled = (0.033 * march + 0.034 * april + 0.036 * may) / (march + april + may);
    expect(backdated.value).toBeCloseTo(pooled, 12);
    expect(Math.abs(pooled - (0.033 + 0.034 + 0.036) / 3)).toBeGreaterThan(1e-5);
    // Anything but a date is ignored, as the form may hold half a date.
    expect(computeBaseline(anna, data, 'engagement_rate', null, 'last_month', '2025-06')).toMatchObject({
      months: ['2025-09'],
    });
  });
});

describe("the report's goal section", () => {
  test('lists the goals running in the month and counts the others', () => {
    const world = createWorld('stockholm-sv', { today: '2025-10-06' });
    const anna = world.as('anna@example.se');
    saved(saveGoal(anna, data, { goal: input({ what: 'Runs in October' }) }));
    saved(saveGoal(anna, data, { goal: input({ what: 'Starts in December', start: '2025-12-01' }) }));
    const series = () => history;
    const october = goalSection(anna, series, '2025-10');
    expect(october.rows.map((row) => row.what)).toEqual(['Runs in October']);
    expect(october.notRunning).toBe(1);
    const september = goalSection(anna, series, '2025-09');
    expect(september).toEqual({ rows: [], notRunning: 2 });
  });
});

describe('saving goals', () => {
  test('the Swedish guide’s example in one save request', () => {
    const world = createWorld('stockholm-sv', { today: '2025-10-06' });
    const anna = world.as('anna@example.se');
    const sidebar = getGoalsSidebarData(anna, data);
    const baseline = computeBaseline(anna, data, 'engagement_rate', null, 'last_3_months');
    expect(baseline).toMatchObject({ months: ['2025-07', '2025-08', '2025-09'] });
    expect(baseline.value).toBeCloseTo(0.04);

    const result = saveGoal(anna, data, {
      goal: {
        what: 'Raise average post engagement by 35 % over the next four months',
        kpiId: 'engagement_rate',
        channel: null,
        baseline: baseline.value,
        baselineWindow: 'last_3_months',
        baselineMonths: baseline.months,
        target: '+35 %',
        start: sidebar.today,
        deadline: addMonths(sidebar.today, 4),
        owner: sidebar.userEmail,
        why: 'Engagement drives reach.',
      },
    });
    const goal = saved(result);
    expect(goal).toMatchObject({
      version: 1,
      start: '2025-10-06',
      deadline: '2026-02-06',
      target: '+35 %',
      owner: 'anna@example.se',
      updatedBy: 'anna@example.se',
      updatedAt: '2025-10-06T09:00:00.000Z',
    });
    expect(goal.targetValue).toBeCloseTo(0.054);
    expect(result.status === 'saved' && result.goal.achievability?.label).toBe('ambitious');
    expect(result.status === 'saved' && result.goal.progress.status).toBe('no_data');
    // Plain JSON both ways: what google.script.run can carry.
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(JSON.parse(JSON.stringify(sidebar))).toEqual(sidebar);

    const sheet = world.gas.spreadsheet.getSheetByName('Goals')!;
    // The tab's header row is written in the sheet's language (sv_SE here).
    expect(sheet.getRange(1, 1, 1, 16).getValues()[0]).toEqual(goalHeaders('sv'));
    expect(goalHeaders('sv').slice(0, 4)).toEqual(['ID', 'Vad', 'KPI', 'Kanal']);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(readGoals(anna).goals.map((g) => g.goal)).toEqual([goal]);
  });

  test('text that looks like a formula, a number or a date stays exactly as typed', () => {
    const world = createWorld('stockholm-sv');
    const anna = world.as('anna@example.se');
    const tricky = {
      what: '=IMPORTXML("http://evil","//a")',
      owner: '@anna',
      why: "-1 because '0012' and 2025-10-01 and TRUE",
      channel: '+46 Instagram',
    };
    const goal = saved(saveGoal(anna, data, { goal: input({ ...tricky, baseline: 0.04, target: '+35 %' }) }));
    const read = readGoals(anna).goals[0].goal;
    expect(read).toEqual(goal);
    expect(read).toMatchObject(tricky);
    const snapshot = JSON.stringify(world.gas.spreadsheet.snapshot());
    expect(snapshot).not.toContain('"formula":"=IMPORTXML');
  });

  test('reads once and writes one row once, under the lock, released after', () => {
    const world = createWorld('stockholm-sv');
    const anna = world.as('anna@example.se');
    saved(saveGoal(anna, data, { goal: input() }));
    world.gas.calls.reset();
    const goal = saved(saveGoal(anna, data, { goal: input({ what: 'Second' }) }));
    expect(world.gas.calls.count('Range.getValues')).toBe(1);
    expect(world.gas.calls.count('Range.setValues')).toBe(1);
    const sequence = world.gas.calls.sequence();
    expect(sequence.indexOf('Lock.tryLock')).toBeLessThan(sequence.indexOf('Range.getValues'));
    expect(sequence.indexOf('Range.setValues')).toBeLessThan(sequence.indexOf('Lock.releaseLock'));
    expect(world.gas.locks.attempts.at(-1)).toMatchObject({ method: 'tryLock', timeoutMs: LOCK_TIMEOUT_MS });
    expect(world.gas.locks.isHeld()).toBe(false);

    world.gas.calls.reset();
    saved(saveGoal(anna, data, { id: goal.id, baseVersion: 1, goal: input({ what: 'Second, edited' }) }));
    expect(world.gas.calls.count('Range.getValues')).toBe(1);
    expect(world.gas.calls.count('Range.setValues')).toBe(1);
  });

  test('an empty address from Session (a consumer account, a user outside the owner’s domain) saves without an error', () => {
    // Through the fake Session, as in Sheets: User.getEmail() is "" when policy hides the address.
    const { gas, services } = createWorld('stockholm-sv', {
      session: { activeUserEmail: '', effectiveUserEmail: '' },
    });
    expect(getGoalsSidebarData(services, data).userEmail).toBe('');
    // The form then starts with an empty owner, which the user types.
    const goal = saved(saveGoal(services, data, { goal: input({ owner: 'Anna' }) }));
    expect(goal).toMatchObject({ version: 1, owner: 'Anna', updatedBy: '' });
    expect(gas.calls.count('Session.getActiveUser')).toBeGreaterThan(0);
    const edited = saved(
      saveGoal(services, data, { id: goal.id, baseVersion: 1, goal: input({ what: 'Edited' }) }),
    );
    expect(edited).toMatchObject({ version: 2, what: 'Edited', updatedBy: '' });
  });

  test('busy: another save holds the lock', () => {
    const world = createWorld('stockholm-sv');
    world.gas.locks.holdBy('teammate');
    const result = saveGoal(world.as('anna@example.se'), data, { goal: input() });
    expect(result).toEqual({
      status: 'busy',
      message: 'Someone else is saving goals right now. Try again in a moment.',
    });
    expect(world.gas.spreadsheet.getSheetByName('Goals')).toBeNull();
    world.gas.locks.releaseHeld();
    expect(saveGoal(world.as('anna@example.se'), data, { goal: input() }).status).toBe('saved');
  });

  test('the lock is released when the write throws', () => {
    const world = createWorld('stockholm-sv');
    const anna = world.as('anna@example.se');
    saved(saveGoal(anna, data, { goal: input() }));
    const broken = {
      ...anna,
      userEmail: () => {
        throw new Error('Session unavailable');
      },
    };
    expect(() => saveGoal(broken, data, { goal: input() })).toThrow('Session unavailable');
    expect(world.gas.locks.isHeld()).toBe(false);
  });

  test('a stale save is a conflict carrying both versions; resending over theirs lands', () => {
    const world = createWorld('stockholm-sv');
    const anna = world.as('anna@example.se');
    const bo = world.as('bo@example.se');
    const goal = saved(saveGoal(anna, data, { goal: input() }));
    const boGoal = saved(
      saveGoal(bo, data, { id: goal.id, baseVersion: 1, goal: input({ what: 'Bo’s words' }) }),
    );
    expect(boGoal.version).toBe(2);

    const annaEdit: SaveRequest = { id: goal.id, baseVersion: 1, goal: input({ what: 'Anna’s words' }) };
    const conflict = saveGoal(anna, data, annaEdit);
    expect(conflict).toMatchObject({
      status: 'conflict',
      theirs: { what: 'Bo’s words', version: 2, updatedBy: 'bo@example.se' },
      yours: annaEdit,
    });
    expect(readGoals(anna).goals[0].goal.what).toBe('Bo’s words');
    if (conflict.status !== 'conflict' || !conflict.theirs) throw new Error('conflict expected');
    expect(conflict.message).toContain('bo@example.se changed this goal');

    const over = saved(saveGoal(anna, data, { ...conflict.yours, baseVersion: conflict.theirs.version }));
    expect(over).toMatchObject({ what: 'Anna’s words', version: 3 });
  });

  test('an update without a version is a conflict, never a blind overwrite', () => {
    const world = createWorld('stockholm-sv');
    const anna = world.as('anna@example.se');
    const goal = saved(saveGoal(anna, data, { goal: input() }));
    expect(saveGoal(anna, data, { id: goal.id, goal: input({ what: 'x' }) })).toMatchObject({
      status: 'conflict',
      theirs: { version: 1 },
    });
  });

  test('saving a goal a teammate deleted is a conflict with theirs = null', () => {
    const world = createWorld('stockholm-sv');
    const anna = world.as('anna@example.se');
    const goal = saved(saveGoal(anna, data, { goal: input() }));
    expect(deleteGoal(world.as('bo@example.se'), goal.id, 1)).toEqual({ status: 'deleted', id: goal.id });
    expect(saveGoal(anna, data, { id: goal.id, baseVersion: 1, goal: input() })).toMatchObject({
      status: 'conflict',
      theirs: null,
      message: expect.stringContaining('deleted'),
    });
  });

  test('checks run again on the server; the wrong direction must be confirmed', () => {
    const world = createWorld('stockholm-sv');
    const anna = world.as('anna@example.se');
    const invalid = saveGoal(anna, data, { goal: input({ what: '', deadline: '2025-01-01' }) });
    expect(invalid).toMatchObject({
      status: 'invalid',
      issues: [
        { field: 'what', code: 'required' },
        { field: 'deadline', code: 'deadlineNotAfterStart' },
      ],
    });
    const notComputable = saveGoal(anna, data, {
      goal: input({ kpiId: 'bounce_rate', baseline: 0.5, target: '40 %' }),
    });
    expect(notComputable).toMatchObject({
      status: 'invalid',
      issues: [{ field: 'kpiId', code: 'kpiNotComputable', params: { missing: 'Bounces, Sessions' } }],
    });
    const question = saveGoal(anna, data, { goal: input({ target: '−10 %' }) });
    expect(question).toMatchObject({ status: 'confirm', issues: [{ code: 'wrongDirection' }] });
    expect(world.gas.spreadsheet.getSheetByName('Goals')).toBeNull();
    const confirmed = saved(
      saveGoal(anna, data, { goal: input({ target: '−10 %' }), confirmWrongDirection: true }),
    );
    expect(confirmed.targetValue).toBeCloseTo(0.036);
  });

  test('garbage from the client is refused, not crashed on', () => {
    const world = createWorld('stockholm-sv');
    const anna = world.as('anna@example.se');
    for (const raw of [null, 42, 'x', {}, { goal: null }, { goal: { baseline: {}, baselineMonths: 'x' } }]) {
      expect(saveGoal(anna, data, raw).status).toBe('invalid');
    }
  });

  test('check without saving gives issues, target value and achievability', () => {
    const world = createWorld('stockholm-sv');
    const result = checkGoal(world.as('anna@example.se'), data, {
      goal: input({ baseline: '4 %', target: '+35 %' }),
    });
    expect(result.issues).toEqual([]);
    expect(result.targetValue).toBeCloseTo(0.054);
    expect(result.achievability?.label).toBeDefined();
  });

  test('a target on the wrong side of the baseline is questioned, and not judged achievable', () => {
    const world = createWorld('stockholm-sv');
    const anna = world.as('anna@example.se');
    // Engagement rate is ↑: a target below the baseline is the wrong side.
    const checked = checkGoal(anna, data, { goal: input({ baseline: '4 %', target: '−10 %' }) });
    expect(checked.issues.map((i) => [i.code, i.severity])).toEqual([['wrongDirection', 'confirm']]);
    expect(checked.targetValue).toBeCloseTo(0.036);
    expect(checked.achievability).toMatchObject({ label: 'not_applicable', bestMonthlyChange: null });
    expect(checked.achievability?.label).not.toBe('realistic');
    // Confirmed and saved anyway, the stored goal is listed as not judged, too.
    const goal = saveGoal(anna, data, {
      goal: input({ baseline: '4 %', target: '−10 %' }),
      confirmWrongDirection: true,
    });
    expect(goal.status === 'saved' && goal.goal.achievability?.label).toBe('not_applicable');
    expect(getGoalsSidebarData(anna, data).goals[0].achievability?.label).toBe('not_applicable');
  });
});

describe('deleting goals', () => {
  test('version-checked, under the lock', () => {
    const world = createWorld('stockholm-sv');
    const anna = world.as('anna@example.se');
    const first = saved(saveGoal(anna, data, { goal: input({ what: 'First' }) }));
    const second = saved(saveGoal(anna, data, { goal: input({ what: 'Second' }) }));
    saved(saveGoal(anna, data, { id: first.id, baseVersion: 1, goal: input({ what: 'First v2' }) }));

    expect(deleteGoal(anna, first.id, 1)).toMatchObject({ status: 'conflict', theirs: { what: 'First v2' } });
    world.gas.locks.holdBy('bo');
    expect(deleteGoal(anna, first.id, 2)).toMatchObject({ status: 'busy' });
    world.gas.locks.releaseHeld();
    world.gas.calls.reset();
    expect(deleteGoal(anna, first.id, 2)).toEqual({ status: 'deleted', id: first.id });
    expect(world.gas.calls.count('Range.getValues')).toBe(1);
    expect(world.gas.calls.count('Sheet.deleteRow')).toBe(1);
    expect(world.gas.calls.count('Range.setValues')).toBe(0);
    expect(world.gas.locks.isHeld()).toBe(false);
    expect(deleteGoal(anna, first.id, 2)).toMatchObject({ status: 'notFound' });
    expect(readGoals(anna).goals.map((g) => g.goal.id)).toEqual([second.id]);
    expect(readGoals(anna).problems).toEqual([]);
  });
});

describe('sidebar data', () => {
  test('goals with progress, KPIs by family, channels, today and locale', () => {
    const world = createWorld('stockholm-sv', { today: '2025-10-06' });
    const anna = world.as('anna@example.se');
    saved(saveGoal(anna, data, { goal: input() }));
    world.setToday('2025-12-01');
    const later = dataWith([...history, ...monthly('2025-10', [0.045, 0.048])]);
    const sidebar = getGoalsSidebarData(anna, later);
    expect(sidebar).toMatchObject({ today: '2025-12-01', locale: 'sv_SE', timeZone: 'Europe/Stockholm' });
    expect(sidebar.channels).toEqual(['Instagram', 'Facebook']);
    expect(sidebar.goals[0].progress).toMatchObject({ status: 'on_track', currentMonth: '2025-11' });
    expect(sidebar.kpis.map((g) => g.family)).toEqual([
      'engagement',
      'reach',
      'conversion',
      'awareness',
      'customer_experience',
      'financial',
    ]);
    const engagement = sidebar.kpis[0].kpis.find((k) => k.id === 'engagement_rate');
    expect(engagement).toMatchObject({ direction: 'up', unit: 'fraction', computable: true });
    expect(sidebar.kpis.flatMap((g) => g.kpis).some((k) => k.id === 'goal_progress')).toBe(false);
    expect(sidebar.baselineWindows.map((w) => w.label)).toEqual([
      'Last month',
      'Last 3 months',
      'Entered by hand',
    ]);
  });

  test('reading tolerates a tab edited by hand and reports the broken row', () => {
    const world = createWorld('stockholm-sv');
    const anna = world.as('anna@example.se');
    const goal = saved(saveGoal(anna, data, { goal: input() }));
    const sheet = world.gas.spreadsheet.getSheetByName('Goals')!;
    sheet.getRange(3, 1, 1, 3).setValues([['', 'typed by hand', 'likes']]);
    sheet.getRange(1, 17).setValue('Notes');
    sheet.getRange(2, 17).setValue('our note');
    const sidebar = getGoalsSidebarData(anna, data);
    expect(sidebar.goals.map((v) => v.goal)).toEqual([goal]);
    expect(sidebar.problems).toEqual([{ row: 3, id: '', messages: ['The row has goal data but no ID.'] }]);
    // An edit keeps the team's column, and a new goal goes below the hand-typed row.
    saved(saveGoal(anna, data, { id: goal.id, baseVersion: 1, goal: input({ what: 'Edited' }) }));
    expect(sheet.getRange(2, 17).getValue()).toBe('our note');
    const added = saved(saveGoal(anna, data, { goal: input({ what: 'New' }) }));
    expect(sheet.getRange(4, 1).getValue()).toBe(added.id);
  });

  test('the sidebar opens from dist/GoalsSidebar.html with a title', () => {
    const world = createWorld('stockholm-sv', {
      html: { files: { GoalsSidebar: '<!doctype html><p>Goals</p>' } },
    });
    showGoalsSidebar(world.as('anna@example.se'));
    expect(world.gas.ui.lastSidebar()).toMatchObject({ title: 'SMART-mål' });
  });

  test('property: the sidebar data is always plain JSON', () => {
    const world = createWorld('stockholm-sv');
    const anna = world.as('anna@example.se');
    fc.assert(
      fc.property(fc.constantFrom('+35 %', '−5 %', '5 %', '0,05'), (target) => {
        saveGoal(anna, data, { goal: input({ target }), confirmWrongDirection: true });
        const sidebar = getGoalsSidebarData(anna, data);
        expect(JSON.parse(JSON.stringify(sidebar))).toEqual(sidebar);
      }),
      { numRuns: 8 },
    );
  });
});
