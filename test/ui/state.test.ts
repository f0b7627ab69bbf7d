import type {
  CheckResult,
  Goal,
  GoalsSidebarData,
  GoalView,
  Issue,
  SaveRequest,
  SaveResult,
} from '../../src/goals/types';
import {
  baselineMeasured,
  baselineQuestion,
  changeMovesBaseline,
  checkAnswered,
  checkSent,
  checkSettled,
  conflictChosen,
  conflictLeft,
  deleteAnswered,
  deleteAsked,
  fieldTyped,
  formCancelled,
  initialState,
  isChecking,
  issueDisplay,
  loaded,
  openForm,
  requestOf,
  saveAnswered,
  saveSent,
  windowChosen,
  type SidebarState,
} from '../../src/ui/GoalsSidebar/state';
import { storedGoal } from './stored-goal';

/*
 * The goals sidebar's decisions without a browser: which view shows, what a save or a check
 * sends, which answers are stale, and which messages stay under which field after an edit. The
 * browser test (test/workbench/goals-sidebar.browser.test.ts) shows the same through the page.
 */

const goal: Goal = { ...storedGoal, channel: 'Instagram' };

function viewOf(stored: Goal): GoalView {
  return {
    goal: stored,
    kpiLabel: 'Engagement rate',
    unit: 'fraction',
    direction: 'up',
    progress: {
      current: null,
      currentMonth: null,
      progress: null,
      expectedProgress: 0.2,
      onTrack: null,
      status: 'no_data',
      statusLabel: 'No data',
      forecast: null,
      forecastProgress: null,
      asOf: '2025-11-01',
    },
    achievability: null,
  } as GoalView;
}

function sidebarData(goals: GoalView[] = [viewOf(goal)]): GoalsSidebarData {
  return {
    language: 'sv',
    goals,
    problems: [],
    kpis: [
      {
        family: 'engagement',
        label: 'Engagement',
        kpis: [
          {
            id: 'engagement_rate',
            label: 'Engagement rate',
            unit: 'fraction',
            direction: 'up',
            computable: true,
            missingColumns: [],
          },
          {
            id: 'likes',
            label: 'Likes',
            unit: 'count',
            direction: 'up',
            computable: true,
            missingColumns: [],
          },
        ],
      },
    ],
    channels: ['Instagram', 'Facebook'],
    months: ['2025-07', '2025-08', '2025-09'],
    today: '2025-11-03',
    locale: 'sv_SE',
    timeZone: 'Europe/Stockholm',
    userEmail: 'binh@example.vn',
    baselineWindows: [
      { id: 'last_month', label: 'Last month' },
      { id: 'last_3_months', label: 'Last 3 months' },
      { id: 'manual', label: 'By hand' },
    ],
  };
}

function loadedState(goals?: GoalView[]): SidebarState {
  const state = initialState();
  loaded(state, sidebarData(goals));
  return state;
}

const issue = (field: Issue['field'], code: Issue['code'], severity: Issue['severity'] = 'error'): Issue => ({
  field,
  code,
  severity,
  params: {},
  message: `${field}: ${code}`,
});

const checkWith = (issues: Issue[]): CheckResult => ({ issues, targetValue: 0.05, achievability: null });

describe('which view shows', () => {
  test('the list after loading; the form for a new goal, proposing today and the user as owner', () => {
    const state = loadedState();
    expect(state.view).toBe('list');
    const opened = openForm(state, null);
    expect(state.view).toBe('form');
    expect(state.editing).toBeNull();
    expect(state.form).toMatchObject({ what: '', kpiId: '', start: '2025-11-03', owner: 'binh@example.vn' });
    // Nothing to check in an empty form until the user types.
    expect(opened.checkNow).toBe(false);
  });

  test('the form for a listed goal: its values in the sheet’s notation, checked at once, delete question gone', () => {
    const state = loadedState();
    deleteAsked(state, 'G-1');
    const opened = openForm(state, state.data!.goals[0]);
    expect(state.view).toBe('form');
    expect(state.pendingDelete).toBeNull();
    expect(state.editing).toMatchObject({ id: 'G-1', version: 3 });
    expect(state.form).toMatchObject({
      what: 'Raise engagement',
      channel: 'Instagram',
      baselineText: '4,12 %',
    });
    expect(opened.checkNow).toBe(true);
  });

  test('a save goes back to the list, with the saved goal in its place and who was merged in', () => {
    const state = loadedState();
    openForm(state, state.data!.goals[0]);
    const { judged } = saveSent(state);
    const saved = viewOf({ ...goal, version: 4, what: 'Raise engagement more' });
    const outcome = saveAnswered(state, judged, {
      status: 'saved',
      goal: saved,
      merged: { by: 'binh@example.vn', fields: ['why'] },
    });
    expect(outcome).toEqual({
      show: 'list',
      goalId: 'G-1',
      merged: { by: 'binh@example.vn', fields: ['why'] },
    });
    expect(state.view).toBe('list');
    expect(state.editing).toBeNull();
    expect(state.data!.goals.map((view) => [view.goal.id, view.goal.version])).toEqual([['G-1', 4]]);
  });

  test('a new goal saved is added to the list; a merge of no fields is a plain save', () => {
    const state = loadedState();
    openForm(state, null);
    const { judged } = saveSent(state);
    const outcome = saveAnswered(state, judged, {
      status: 'saved',
      goal: viewOf({ ...goal, id: 'G-2', version: 1 }),
      merged: { by: 'binh@example.vn', fields: [] },
    });
    expect(outcome).toEqual({ show: 'list', goalId: 'G-2', merged: null });
    expect(state.data!.goals.map((view) => view.goal.id)).toEqual(['G-1', 'G-2']);
  });

  test('a refused save stays on the form: errors lead to the first field, a question to its checkbox', () => {
    const state = loadedState();
    openForm(state, null);
    state.check = checkWith([]);
    const invalid = saveAnswered(state, saveSent(state).judged, {
      status: 'invalid',
      issues: [issue('deadline', 'required')],
    });
    expect(invalid).toMatchObject({ show: 'form', message: 'fixErrors', focus: 'firstInvalid' });
    expect(state.view).toBe('form');
    // The check's resolved target stays while the save's issues replace the check's.
    expect(state.check).toMatchObject({ targetValue: 0.05, issues: [issue('deadline', 'required')] });
    const question = issue('target', 'wrongDirection', 'confirm');
    const confirm = saveAnswered(state, saveSent(state).judged, { status: 'confirm', issues: [question] });
    expect(confirm).toMatchObject({ show: 'form', message: 'confirmNeeded', focus: 'confirm' });
    if (confirm.show !== 'form') throw new Error('not the form');
    expect(confirm.issues.question).toEqual(question);
  });

  test('a busy sheet keeps the form; a conflict shows both versions; Escape goes back to the form', () => {
    const state = loadedState();
    openForm(state, state.data!.goals[0]);
    expect(saveAnswered(state, saveSent(state).judged, { status: 'busy', message: 'busy' })).toEqual({
      show: 'busy',
    });
    expect(state.view).toBe('form');
    const conflict = conflictOf(state, { ...goal, version: 4, what: 'Theirs' });
    expect(saveAnswered(state, saveSent(state).judged, conflict)).toEqual({ show: 'conflict' });
    expect(state.view).toBe('conflict');
    expect(state.conflict).toBe(conflict);
    conflictLeft(state);
    expect(state.view).toBe('form');
  });

  test('Cancel goes back to the list, to the goal that was open, and drops the check in flight', () => {
    const state = loadedState();
    openForm(state, state.data!.goals[0]);
    const { seq, judged } = checkSent(state);
    expect(formCancelled(state)).toBe('G-1');
    expect(state.view).toBe('list');
    expect(checkAnswered(state, seq, judged, checkWith([issue('what', 'required')]))).toBe(false);
    expect(state.check).toBeNull();
  });

  test('a delete: busy keeps the goal, a teammate’s change reloads, deleted or already gone leaves the list', () => {
    const busy = loadedState();
    deleteAsked(busy, 'G-1');
    expect(deleteAnswered(busy, goal, { status: 'busy', message: 'busy' })).toEqual({ show: 'busy' });
    expect(busy.pendingDelete).toBeNull();
    expect(busy.data!.goals).toHaveLength(1);

    const changed = loadedState();
    const theirs = { ...goal, version: 4, updatedBy: 'binh@example.vn' };
    expect(deleteAnswered(changed, goal, { status: 'conflict', message: 'changed', theirs })).toEqual({
      show: 'reload',
      focusGoalId: 'G-1',
      theirs,
    });
    expect(changed.data!.goals).toHaveLength(1);

    const deleted = loadedState();
    expect(deleteAnswered(deleted, goal, { status: 'deleted', id: 'G-1' })).toEqual({
      show: 'removed',
      notFound: false,
    });
    expect(deleted.data!.goals).toEqual([]);
    const gone = loadedState();
    expect(deleteAnswered(gone, goal, { status: 'notFound', id: 'G-1', message: 'gone' })).toEqual({
      show: 'removed',
      notFound: true,
    });
    expect(gone.data!.goals).toEqual([]);
  });
});

function conflictOf(state: SidebarState, theirs: Goal | null): Extract<SaveResult, { status: 'conflict' }> {
  const yours = requestOf(state);
  return {
    status: 'conflict',
    message: 'conflict',
    theirs,
    yours,
    fields: ['what'],
    keepMine: { ...yours, id: 'G-1', baseVersion: 4 },
    keepTheirs: theirs ? { ...yours, goal: { ...yours.goal, what: theirs.what }, baseVersion: 4 } : null,
  };
}

describe('what a save sends', () => {
  test('a new goal: the form alone, no id, no version, no confirmation', () => {
    const state = loadedState();
    openForm(state, null);
    fieldTyped(state, 'what', 'More saves');
    fieldTyped(state, 'kpiId', 'likes');
    fieldTyped(state, 'channel', '');
    fieldTyped(state, 'target', '1200');
    const { sent } = saveSent(state);
    expect(sent).toEqual({
      goal: {
        what: 'More saves',
        kpiId: 'likes',
        channel: null,
        baseline: '',
        baselineWindow: 'last_3_months',
        baselineMonths: [],
        target: '1200',
        start: '2025-11-03',
        deadline: '',
        owner: 'binh@example.vn',
        why: '',
      },
    });
    expect(state.submitted).toBe(true);
  });

  test('an edit: the id, the version opened and its fields, the stored baseline exactly, the target confirmed', () => {
    const state = loadedState();
    openForm(state, state.data!.goals[0]);
    fieldTyped(state, 'why', 'Reach, and saves');
    const { sent } = saveSent(state);
    expect(sent).toMatchObject({
      id: 'G-1',
      baseVersion: 3,
      base: { what: 'Raise engagement', baseline: 0.04123, why: 'Reach' },
      goal: { baseline: 0.04123, why: 'Reach, and saves', channel: 'Instagram' },
      // Saved once with its target: another field's edit does not ask again.
      confirmWrongDirection: true,
    });
  });

  test('a new target asks again: the confirmation is not sent until the user gives it', () => {
    const state = loadedState();
    openForm(state, state.data!.goals[0]);
    fieldTyped(state, 'target', '3 %');
    expect(saveSent(state).sent.confirmWrongDirection).toBeUndefined();
    state.confirmWrongDirection = true;
    expect(saveSent(state).sent).toMatchObject({ goal: { target: '3 %' }, confirmWrongDirection: true });
  });

  test('a typed baseline goes as typed, by hand, with no months', () => {
    const state = loadedState();
    openForm(state, state.data!.goals[0]);
    expect(fieldTyped(state, 'baseline', '4,5 %')).toBe(true);
    expect(fieldTyped(state, 'owner', 'binh@example.vn')).toBe(false);
    expect(saveSent(state).sent.goal).toMatchObject({
      baseline: '4,5 %',
      baselineWindow: 'manual',
      baselineMonths: [],
      owner: 'binh@example.vn',
    });
  });

  test('a conflict’s choice is sent as the server proposed it, based on the teammate’s version', () => {
    const state = loadedState();
    openForm(state, state.data!.goals[0]);
    const theirs = { ...goal, version: 4, what: 'Theirs' };
    const conflict = conflictOf(state, theirs);
    saveAnswered(state, saveSent(state).judged, conflict);
    const mine = conflictChosen(state, 'keepMine');
    expect(mine).toEqual({ save: conflict.keepMine });
    expect(state.editing).toMatchObject({ id: 'G-1', version: 4 });
    expect(saveSent(state, (mine as { save: SaveRequest }).save).sent).toBe(conflict.keepMine);
    expect(conflictChosen(state, 'takeTheirs')).toEqual({ save: conflict.keepTheirs });
  });

  test('their version needing no save reloads it; a goal deleted meanwhile is saved as a new one', () => {
    const state = loadedState();
    openForm(state, state.data!.goals[0]);
    saveAnswered(state, saveSent(state).judged, {
      ...conflictOf(state, { ...goal, version: 4 }),
      keepTheirs: null,
    });
    expect(conflictChosen(state, 'takeTheirs')).toEqual({ reload: 'G-1' });
    expect(state.conflict).toBeNull();
    expect(state.editing).toBeNull();

    const deleted = loadedState();
    openForm(deleted, deleted.data!.goals[0]);
    const conflict = conflictOf(deleted, null);
    saveAnswered(deleted, saveSent(deleted).judged, conflict);
    expect(conflictChosen(deleted, 'keepMine')).toEqual({ save: conflict.keepMine });
    expect(deleted.editing).toBeNull();
    // The deleted goal leaves the list, where it would otherwise stay beside its new copy.
    expect(deleted.data!.goals).toEqual([]);
  });

  test('a check judges a copy of the form as it left: typing on does not change what it judged', () => {
    const state = loadedState();
    openForm(state, null);
    fieldTyped(state, 'what', 'A');
    const { judged, request } = checkSent(state);
    fieldTyped(state, 'what', 'AB');
    expect(judged.what).toBe('A');
    expect(request.goal.what).toBe('A');
  });
});

describe('the measured baseline', () => {
  const result = {
    value: 0.0455,
    window: 'last_3_months' as const,
    months: ['2025-08', '2025-09', '2025-10'],
    windowMonths: ['2025-08', '2025-09', '2025-10'],
    message: '',
  };

  test('is asked for a chosen KPI and a measured window only, and re-asked when the KPI, channel or start moves', () => {
    const state = loadedState();
    openForm(state, null);
    expect(baselineQuestion(state)).toBeNull();
    fieldTyped(state, 'kpiId', 'engagement_rate');
    expect(baselineQuestion(state)).toMatchObject({
      kpiId: 'engagement_rate',
      channel: '',
      window: 'last_3_months',
      start: '2025-11-03',
    });
    expect(
      ['kpiId', 'channel', 'start', 'target'].map((f) => changeMovesBaseline(state, f as never)),
    ).toEqual([true, true, true, false]);
    expect(windowChosen(state, 'manual')).toBe('byHand');
    expect(baselineQuestion(state)).toBeNull();
    expect(changeMovesBaseline(state, 'start')).toBe(false);
    expect(windowChosen(state, 'last_month')).toBe('measure');
  });

  test('goes into the form in the sheet’s notation, unless the user moved on while it was measured', () => {
    const state = loadedState();
    openForm(state, null);
    fieldTyped(state, 'kpiId', 'engagement_rate');
    const asked = baselineQuestion(state)!;
    expect(baselineMeasured(state, asked, result)).toBe(true);
    expect(state.form).toMatchObject({
      baselineValue: 0.0455,
      baselineText: '4,55 %',
      baselineMonths: result.months,
    });

    const again = baselineQuestion(state)!;
    fieldTyped(state, 'channel', 'Facebook');
    expect(baselineMeasured(state, again, { ...result, value: 0.9 })).toBe(false);
    expect(state.form.baselineValue).toBe(0.0455);

    const before = baselineQuestion(state)!;
    openForm(state, null);
    expect(baselineMeasured(state, before, { ...result, value: 0.9 })).toBe(false);
    expect(state.form.baselineValue).toBeNull();
  });
});

describe('which messages stay after an edit', () => {
  test('an answer’s message about a field typed in since the check left is dropped; the others stay', () => {
    const state = loadedState();
    openForm(state, state.data!.goals[0]);
    const { seq, judged } = checkSent(state);
    fieldTyped(state, 'deadline', '2025-10-01');
    expect(
      checkAnswered(
        state,
        seq,
        judged,
        checkWith([issue('deadline', 'deadlineNotAfterStart'), issue('target', 'notANumber')]),
      ),
    ).toBe(true);
    const display = issueDisplay(state);
    expect([...display.byField.keys()]).toEqual(['target']);
    // The next check judges the new deadline.
    const next = checkSent(state);
    checkAnswered(state, next.seq, next.judged, checkWith([issue('deadline', 'deadlineNotAfterStart')]));
    expect(issueDisplay(state).byField.get('deadline')).toEqual([issue('deadline', 'deadlineNotAfterStart')]);
  });

  test('"required" waits until the user has left the field or tried to save; a wrong value shows at once', () => {
    const state = loadedState();
    openForm(state, null);
    const { seq, judged } = checkSent(state);
    checkAnswered(state, seq, judged, checkWith([issue('what', 'required'), issue('target', 'notANumber')]));
    expect([...issueDisplay(state).byField.keys()]).toEqual(['target']);
    state.touched.add('what');
    expect([...issueDisplay(state).byField.keys()]).toEqual(['what', 'target']);
    const fresh = loadedState();
    openForm(fresh, null);
    const save = saveSent(fresh);
    saveAnswered(fresh, save.judged, { status: 'invalid', issues: [issue('deadline', 'required')] });
    expect(issueDisplay(fresh).byField.get('deadline')).toEqual([issue('deadline', 'required')]);
  });

  test('the window’s and months’ messages show under Baseline', () => {
    const state = loadedState();
    openForm(state, null);
    const { seq, judged } = checkSent(state);
    checkAnswered(state, seq, judged, checkWith([issue('baselineWindow', 'invalidWindow')]));
    expect(issueDisplay(state).byField.get('baseline')).toEqual([issue('baselineWindow', 'invalidWindow')]);
  });

  test('the wrong-direction question stands apart; once no answer asks it, the confirmation is dropped', () => {
    const state = loadedState();
    openForm(state, state.data!.goals[0]);
    expect(state.confirmWrongDirection).toBe(true);
    const question = issue('target', 'wrongDirection', 'confirm');
    const first = checkSent(state);
    checkAnswered(state, first.seq, first.judged, checkWith([question]));
    const display = issueDisplay(state);
    expect(display.question).toEqual(question);
    expect(display.byField.size).toBe(0);
    expect(state.confirmWrongDirection).toBe(true);
    const second = checkSent(state);
    checkAnswered(state, second.seq, second.judged, checkWith([]));
    expect(issueDisplay(state).question).toBeNull();
    expect(state.confirmWrongDirection).toBe(false);
  });

  test('only the latest check is shown, and the page says it is checking until that one answers', () => {
    const state = loadedState();
    openForm(state, null);
    const older = checkSent(state);
    const newer = checkSent(state);
    expect(isChecking(state, false)).toBe(true);
    expect(checkAnswered(state, older.seq, older.judged, checkWith([issue('what', 'tooLong')]))).toBe(false);
    checkSettled(state, older.seq);
    expect(isChecking(state, false)).toBe(true);
    expect(checkAnswered(state, newer.seq, newer.judged, checkWith([]))).toBe(true);
    checkSettled(state, newer.seq);
    expect(isChecking(state, false)).toBe(false);
    // A keystroke waiting for its pause is checking too.
    expect(isChecking(state, true)).toBe(true);
    // A save makes any check in flight stale.
    const during = checkSent(state);
    saveSent(state);
    expect(checkAnswered(state, during.seq, during.judged, checkWith([issue('what', 'tooLong')]))).toBe(
      false,
    );
  });
});
