import fc from 'fast-check';
import { KPIS } from '../../src/kpi/registry';
import { checkGoalInput, confirmationsOf, errorsOf, rangeIssue } from '../../src/goals/rules';
import { addMonths } from '../../src/goals/dates';
import type { Issue } from '../../src/goals/types';
import { allComputable, input } from './helpers';

const context = { locale: 'sv_SE', availability: allComputable };
const codes = (issues: Issue[]) => issues.map((i) => `${i.field}:${i.code}`);

describe('goal checks', () => {
  test('the Swedish guide’s example is one valid form fill', () => {
    const today = '2025-10-06';
    const checked = checkGoalInput(
      input({
        what: 'Raise average post engagement by 35 % over the next four months',
        kpiId: 'engagement_rate',
        baseline: '4 %',
        target: '+35 %',
        start: today,
        deadline: addMonths(today, 4),
      }),
      context,
    );
    expect(checked.issues).toEqual([]);
    expect(checked.baseline).toBeCloseTo(0.04);
    expect(checked.targetValue).toBeCloseTo(0.054);
  });

  test('a count’s target from a change is a whole number, rounded so the goal is at least as ambitious', () => {
    const count = (kpiId: string, baseline: number | string, target: string) =>
      checkGoalInput(input({ kpiId, baseline, target, channel: null }), context);
    // +35 % of 1,234 followers is 1,665.9: 1,666, up, where higher is better.
    const up = count('followers', 1234, '+35 %');
    expect(up.issues).toEqual([]);
    expect(up.targetValue).toBe(1666);
    // −10 % of 55 negative mentions is 49.5: 49, down, where lower is better.
    const down = count('negative_mentions', 55, '−10 %');
    expect(down.issues).toEqual([]);
    expect(down.targetValue).toBe(49);
    // A change that lands on a whole number stays on it, binary fractions aside (1000 × 1.1).
    expect(count('likes', 1000, '+10 %').targetValue).toBe(1100);
    expect(count('likes', 20, '+5 %').targetValue).toBe(21);
    // A rate is not rounded.
    expect(checkGoalInput(input({ baseline: '4 %', target: '+35 %' }), context).targetValue).toBeCloseTo(
      0.054,
      15,
    );
  });

  test('a fraction typed for a count is refused, naming the field, never rounded behind the user’s back', () => {
    const target = checkGoalInput(input({ kpiId: 'followers', baseline: 1200, target: '1250,5' }), context);
    expect(codes(target.issues)).toEqual(['target:notWholeNumber']);
    expect(target.issues[0].message).toBe(
      'Target: 1250.5 is not a whole number, and Followers counts whole ones. Type 1250 or 1251.',
    );
    const baseline = checkGoalInput(input({ kpiId: 'likes', baseline: '1200,25', target: '1500' }), context);
    expect(codes(baseline.issues)).toEqual(['baseline:notWholeNumber']);
    expect(baseline.issues[0].message).toBe(
      'Baseline: 1200.25 is not a whole number, and Likes counts whole ones. Type 1200 or 1201.',
    );
    // A measured baseline sent as a number is held to the same rule.
    const sent = checkGoalInput(input({ kpiId: 'reach', baseline: 25563.333, target: '+10 %' }), context);
    expect(codes(sent.issues)).toEqual(['baseline:notWholeNumber']);
    // Whole numbers, and every other unit, pass.
    expect(
      checkGoalInput(input({ kpiId: 'followers', baseline: 1200, target: '1 250' }), context).issues,
    ).toEqual([]);
    expect(checkGoalInput(input({ kpiId: 'cpc', baseline: '1,25', target: '0,99' }), context).issues).toEqual(
      [],
    );
  });

  test('empty required fields are named, each with its field', () => {
    const checked = checkGoalInput(
      input({ what: ' ', kpiId: '', baseline: '', target: '', start: '', deadline: '', owner: '' }),
      context,
    );
    expect(codes(checked.issues)).toEqual([
      'what:required',
      'kpiId:required',
      'baseline:required',
      'target:required',
      'start:required',
      'deadline:required',
      'owner:required',
    ]);
    expect(checked.issues[0].message).toBe('What is required.');
  });

  test('a target on the wrong side is a question, not an error', () => {
    const up = checkGoalInput(input({ target: '−10 %' }), context);
    expect(errorsOf(up.issues)).toEqual([]);
    expect(confirmationsOf(up.issues)).toMatchObject([
      { field: 'target', code: 'wrongDirection', severity: 'confirm', params: { direction: 'up' } },
    ]);
    expect(up.issues[0].message).toContain('Higher is better for Engagement rate');

    const down = checkGoalInput(input({ kpiId: 'bounce_rate', baseline: 0.5, target: '60 %' }), context);
    expect(confirmationsOf(down.issues)).toMatchObject([
      { code: 'wrongDirection', params: { direction: 'down' } },
    ]);
    const downGood = checkGoalInput(input({ kpiId: 'bounce_rate', baseline: 0.5, target: '−10 %' }), context);
    expect(downGood.issues).toEqual([]);
    expect(downGood.targetValue).toBeCloseTo(0.45);
  });

  test('deadline must be after start', () => {
    const same = checkGoalInput(input({ start: '2025-10-01', deadline: '2025-10-01' }), context);
    expect(codes(same.issues)).toEqual(['deadline:deadlineNotAfterStart']);
    const bad = checkGoalInput(input({ start: '2025-02-30' }), context);
    expect(codes(bad.issues)).toEqual(['start:invalidDate']);
  });

  test('a KPI the data cannot compute names the missing column', () => {
    const checked = checkGoalInput(input({ kpiId: 'bounce_rate', baseline: 0.5, target: '40 %' }), {
      locale: 'sv_SE',
      availability: (id) =>
        id === 'bounce_rate' ? { computable: false, missingColumns: ['Bounces'] } : allComputable(),
    });
    expect(checked.issues).toMatchObject([
      { field: 'kpiId', code: 'kpiNotComputable', params: { missing: 'Bounces' } },
    ]);
    expect(checked.issues[0].message).toBe(
      'Bounce rate cannot be computed from your data: it needs the column Bounces.',
    );
  });

  test('unknown KPI', () => {
    expect(codes(checkGoalInput(input({ kpiId: 'vibes' }), context).issues)).toContain('kpiId:unknownKpi');
    expect(codes(checkGoalInput(input({ kpiId: 'goal_progress' }), context).issues)).toContain(
      'kpiId:unknownKpi',
    );
  });

  test.each([
    ['engagement_rate', 0.04, '120 %', 'target:rateAbove100'],
    ['ctr', 1.5, '+10 %', 'baseline:rateAbove100'],
    ['followers', -5, '100', 'baseline:negativeNotAllowed'],
    ['cpc', 2, '-1', 'target:negativeNotAllowed'],
    ['nps', 20, '120', 'target:npsOutOfRange'],
    ['nps', -120, '10', 'baseline:npsOutOfRange'],
    ['sentiment_score', 0.2, '1,5', 'target:sentimentOutOfRange'],
    ['roi', 0.5, '-2', 'target:roiBelowMinus100'],
    ['roi', 0.5, '-400 %', 'target:roiBelowMinus100'],
  ])('%s baseline %d target %s: %s', (kpiId, baseline, target, expected) => {
    expect(codes(checkGoalInput(input({ kpiId, baseline, target }), context).issues)).toContain(expected);
  });

  test('ranges that are allowed', () => {
    const kpi = (id: string) => KPIS.find((k) => k.id === id)!;
    expect(rangeIssue(kpi('post_reach_rate'), 1.8)).toBeNull();
    expect(rangeIssue(kpi('net_new_followers'), -40)).toBeNull();
    expect(rangeIssue(kpi('growth_rate'), -3)).toBeNull();
    expect(rangeIssue(kpi('nps'), -100)).toBeNull();
  });

  test('a percentage change of a zero baseline is refused; equal target too', () => {
    expect(
      codes(checkGoalInput(input({ kpiId: 'leads', baseline: 0, target: '+10 %' }), context).issues),
    ).toEqual(['target:changeFromZeroBaseline']);
    expect(codes(checkGoalInput(input({ baseline: 0.04, target: '4 %' }), context).issues)).toEqual([
      'target:targetEqualsBaseline',
    ]);
  });

  test('numbers that cannot be read are named with the text', () => {
    const checked = checkGoalInput(input({ baseline: 'fyra', target: '1.500', kpiId: 'cpc' }), {
      locale: 'vi_VN',
      availability: allComputable,
    });
    expect(checked.issues).toMatchObject([
      { field: 'baseline', code: 'notANumber', params: { text: 'fyra' } },
      { field: 'target', code: 'ambiguousNumber', params: { text: '1.500' } },
    ]);
  });

  test('every issue has a field, a code and a message from the catalogue', () => {
    fc.assert(
      fc.property(
        fc.record({
          what: fc.string(),
          kpiId: fc.constantFrom('engagement_rate', 'nps', 'cpc', 'followers', 'x', ''),
          baseline: fc.oneof(fc.double({ noNaN: true }), fc.string()),
          target: fc.string(),
          start: fc.constantFrom('2025-01-01', '2025-13-01', ''),
          deadline: fc.constantFrom('2025-06-01', '2024-01-01', 'x'),
          owner: fc.string(),
        }),
        (fields) => {
          const checked = checkGoalInput(input(fields), context);
          return checked.issues.every(
            (i) =>
              i.field.length > 0 &&
              i.code.length > 0 &&
              i.message.length > 0 &&
              !/undefined|NaN/.test(i.message),
          );
        },
      ),
    );
  });
});
