import { parseValueText } from '../../src/goals/numbers';
import type { Goal } from '../../src/goals/types';
import {
  barPercent,
  emptyForm,
  formatForInput,
  formatShare,
  formatSignedPercent,
  formOfGoal,
  goalInputOf,
  saveRequestOf,
} from '../../src/ui/GoalsSidebar/model';

/*
 * The sidebar's form model without a browser. The numbers it writes into the form must read back
 * as the same value when the server parses them in the spreadsheet's locale.
 */

const goal: Goal = {
  id: 'G-1',
  version: 3,
  what: 'Raise engagement',
  kpiId: 'engagement_rate',
  channel: null,
  baseline: 0.04123,
  baselineWindow: 'last_3_months',
  baselineMonths: ['2025-07', '2025-08', '2025-09'],
  target: '+35 %',
  targetValue: 0.0556605,
  start: '2025-10-06',
  deadline: '2026-02-06',
  owner: 'anna@example.se',
  why: 'Reach',
  updatedBy: 'anna@example.se',
  updatedAt: '2025-10-06T09:00:00.000Z',
};

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

  test('an edit carries the id and the version it was based on; a new goal neither', () => {
    const form = emptyForm('2025-10-06', 'anna@example.se');
    expect(saveRequestOf(form, null, false)).toEqual({ goal: goalInputOf(form) });
    expect(saveRequestOf(form, { id: 'G-1', version: 3 }, true)).toEqual({
      id: 'G-1',
      baseVersion: 3,
      goal: goalInputOf(form),
      confirmWrongDirection: true,
    });
    expect(goalInputOf({ ...form, channel: 'Instagram' }).channel).toBe('Instagram');
    expect(goalInputOf(form).channel).toBeNull();
  });
});
