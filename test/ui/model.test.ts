import { parseValueText } from '../../src/goals/numbers';
import type { Issue } from '../../src/goals/types';
import {
  barPercent,
  currentIssues,
  editingOf,
  emptyForm,
  formatDate,
  formatInstant,
  formatForInput,
  formatShare,
  formatSignedPercent,
  formOfGoal,
  goalInputOf,
  saveRequestOf,
} from '../../src/ui/GoalsSidebar/model';
import { storedGoal } from './stored-goal';

/*
 * The sidebar's form model without a browser. The numbers it writes into the form must read back
 * as the same value when the server parses them in the spreadsheet's locale.
 */

const goal = storedGoal;

describe('numbers in the form', () => {
  test.each([
    [0.0405, 'fraction', 'sv_SE', '4,05 %'],
    [0.0405, 'fraction', 'en_US', '4.05 %'],
    [1234.5, 'money', 'vi_VN', '1234,5'],
    [-20, 'nps', 'sv_SE', '-20'],
    [-0.25, 'sentiment', 'en_US', '-0.25'],
    [12000, 'people', 'sv_SE', '12000'],
  ] as const)(
    '%d as a %s in %s is typed as %s, and the server reads it back',
    (value, unit, locale, text) => {
      expect(formatForInput(value, unit, locale)).toBe(text);
      expect(parseValueText(text, unit, locale)).toMatchObject({
        ok: true,
        value: expect.closeTo(value, 10),
      });
    },
  );

  test('shares and monthly changes', () => {
    expect(formatShare(0.667, 'sv_SE')).toBe('67 %');
    expect(formatSignedPercent(0.0412, 'sv_SE')).toBe('+4,1 %');
    expect(formatSignedPercent(-0.02, 'en_US')).toBe('−2 %');
  });

  test('the bar is clamped to 0…100 while GOAL_PROGRESS is not', () => {
    expect([barPercent(-0.2), barPercent(0.456), barPercent(1.7), barPercent(null)]).toEqual([0, 46, 100, 0]);
  });
});

describe('form state and requests', () => {
  test('a stored goal round-trips: the exact baseline goes back as a number, not its rounded text', () => {
    const form = formOfGoal(goal, 'fraction', 'sv_SE');
    expect(form.baselineText).toBe('4,12 %');
    expect(goalInputOf(form)).toEqual({
      what: goal.what,
      kpiId: goal.kpiId,
      channel: null,
      baseline: 0.04123,
      baselineWindow: 'last_3_months',
      baselineMonths: goal.baselineMonths,
      target: '+35 %',
      start: goal.start,
      deadline: goal.deadline,
      owner: goal.owner,
      why: goal.why,
    });
  });

  test('a typed baseline is sent as typed; a hand-entered window carries no months', () => {
    const form = { ...formOfGoal(goal, 'fraction', 'sv_SE'), baselineText: '4,5 %', baselineValue: null };
    expect(goalInputOf({ ...form, baselineWindow: 'manual' })).toMatchObject({
      baseline: '4,5 %',
      baselineWindow: 'manual',
      baselineMonths: [],
    });
  });

  test('an edit carries the id, the version it was based on and that version’s fields; a new goal none', () => {
    const form = emptyForm('2025-10-06', 'anna@example.se');
    expect(saveRequestOf(form, null, false)).toEqual({ goal: goalInputOf(form) });
    const editing = editingOf({ ...goal, version: 3 });
    const { id: _id, version: _v, updatedBy: _by, updatedAt: _at, targetValue: _t, ...fields } = goal;
    expect(editing).toEqual({ id: goal.id, version: 3, base: fields });
    expect(saveRequestOf(form, editing, true)).toEqual({
      id: goal.id,
      baseVersion: 3,
      base: fields,
      goal: goalInputOf(form),
      confirmWrongDirection: true,
    });
    expect(goalInputOf({ ...form, channel: 'Instagram' }).channel).toBe('Instagram');
    expect(goalInputOf(form).channel).toBeNull();
  });
});

describe('dates in the conflict view', () => {
  test('a date as the locale writes it, not as ISO', () => {
    expect(formatDate('2026-03-01', 'sv_SE')).toBe('1 mars 2026');
    expect(formatDate('2026-03-01', 'en_US')).toBe('Mar 1, 2026');
    expect(formatDate('2026-03-01', 'vi_VN')).toBe('1 thg 3, 2026');
    // Whatever is not a date stays as it is: a teammate may have typed anything into the tab.
    expect(formatDate('next spring', 'sv_SE')).toBe('next spring');
  });

  test('a save’s instant in the spreadsheet’s time zone and locale', () => {
    expect(formatInstant('2026-03-01T10:05:00.000Z', 'sv_SE', 'Europe/Stockholm')).toBe('1 mars 2026 11:05');
    expect(formatInstant('2026-03-01T10:05:00.000Z', 'vi_VN', 'Asia/Ho_Chi_Minh')).toBe(
      '17:05 1 thg 3, 2026',
    );
    expect(formatInstant('2026-03-01T10:05:00.000Z', 'en_US', 'UTC')).toMatch(/^Mar 1, 2026, 10:05\sAM$/);
    expect(formatInstant('', 'sv_SE', 'UTC')).toBe('');
  });
});

describe('currentIssues', () => {
  const issue = (field: Issue['field']): Issue => ({
    field,
    code: 'required',
    severity: 'error',
    params: {},
    message: `${field} is required`,
  });
  const judged = emptyForm('2025-03-15', 'anna@example.se');
  const issues = [issue('deadline'), issue('target'), issue('baseline')];

  test('keeps every issue while the form is as the call judged it', () => {
    expect(currentIssues(issues, { ...judged }, judged)).toEqual(issues);
    expect(currentIssues(issues, null, judged)).toEqual(issues);
  });

  test('drops the issues of a field changed since, and only those', () => {
    const now = { ...judged, deadline: '2025-07-15' };
    expect(currentIssues(issues, judged, now)).toEqual([issue('target'), issue('baseline')]);
    const measured = { ...judged, baselineText: '1,234', baselineMonths: ['2025-02'] };
    expect(currentIssues(issues, judged, measured)).toEqual([issue('deadline'), issue('target')]);
  });
});
