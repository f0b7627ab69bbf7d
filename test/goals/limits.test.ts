import { checkGoal, saveGoal } from '../../src/goals/server';
import { MAX_GOAL_TEXT } from '../../src/goals/rules';
import { readGoals } from '../../src/goals/store';
import type { GoalField, GoalInput, Issue } from '../../src/goals/types';
import { issueText, sidebarTexts } from '../../src/ui/GoalsSidebar/texts';
import { dataWith, input, monthly } from './helpers';
import { createWorld } from '../support/world';

/*
 * Every text a goal stores goes into one cell of the Goals tab, and a cell holds at most 50,000
 * characters: a longer field is refused with a message naming it, before anything is written.
 */

const data = dataWith(monthly('2025-01', [0.03, 0.031, 0.033, 0.034, 0.036, 0.037, 0.039, 0.04, 0.041]));
const long = 'x'.repeat(MAX_GOAL_TEXT + 1);
/** 5,556 months, each a real month: 50,002 characters once written as "2025-01, 2025-02, …". */
const manyMonths = Array.from(
  { length: 5556 },
  (_, i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
);

const cases: Array<[GoalField, Partial<GoalInput>]> = [
  ['what', { what: long }],
  ['kpiId', { kpiId: long }],
  ['channel', { channel: long }],
  ['baselineWindow', { baselineWindow: long as GoalInput['baselineWindow'] }],
  ['baselineMonths', { baselineMonths: manyMonths }],
  ['target', { target: long }],
  ['start', { start: long }],
  ['deadline', { deadline: long }],
  ['owner', { owner: long }],
  ['why', { why: long }],
];

describe('a field longer than a cell holds', () => {
  test.each(cases)(
    '%s: refused by the save, naming the field, and nothing is written',
    (field, overrides) => {
      const world = createWorld('stockholm-sv');
      const anna = world.as('anna@example.se');
      const result = saveGoal(anna, data, { goal: input(overrides) });
      if (result.status !== 'invalid') throw new Error(`expected invalid, got ${result.status}`);
      const tooLong = result.issues.filter((i) => i.code === 'tooLong');
      expect(tooLong.map((i) => i.field)).toEqual([field]);
      // The message quotes none of the text, so it stays readable.
      for (const i of result.issues) expect(i.message.length).toBeLessThan(300);
      expect(readGoals(anna).goals).toEqual([]);
      expect(world.gas.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    },
  );

  test('the sidebar’s check says so as the user types, in the sheet’s language', () => {
    const world = createWorld('stockholm-sv');
    const anna = world.as('anna@example.se');
    const messages = (language: 'en' | 'sv' | 'vi', issue: Issue) =>
      issueText(sidebarTexts(language), issue, 'engagement_rate');
    const [issue] = checkGoal(anna, data, { goal: input({ baselineMonths: manyMonths }) }).issues;
    expect(issue).toMatchObject({ field: 'baselineMonths', code: 'tooLong', severity: 'error' });
    expect(issue.message).toBe('Baseline months is too long for a cell (49999 characters at most).');
    expect(messages('en', issue)).toBe('Baseline months is too long for a cell (49999 characters at most).');
    expect(messages('sv', issue)).toBe('Baslinjemånader är för långt för en cell (högst 49999 tecken).');
    expect(messages('vi', issue)).toMatch(/^.+: quá dài để lưu trong một ô \(tối đa 49999 ký tự\)\.$/);
    const why = checkGoal(anna, data, { goal: input({ why: long }) }).issues;
    expect(why.map((i) => messages('sv', i))).toEqual([
      'Varför det är viktigt är för långt för en cell (högst 49999 tecken).',
    ]);
  });

  test('49,999 characters fit, and are stored whole: with the apostrophe that keeps them text, a full cell', () => {
    const world = createWorld('stockholm-sv');
    const anna = world.as('anna@example.se');
    const full = 'y'.repeat(MAX_GOAL_TEXT);
    const result = saveGoal(anna, data, { goal: input({ why: full, what: `=${full.slice(1)}` }) });
    expect(result.status).toBe('saved');
    expect(readGoals(anna).goals[0].goal).toMatchObject({ why: full, what: `=${full.slice(1)}` });
    const refused = saveGoal(anna, data, { goal: input({ why: `${full}y` }) });
    expect(refused.status === 'invalid' && refused.issues.map((i) => [i.field, i.code])).toEqual([
      ['why', 'tooLong'],
    ]);
  });
});
