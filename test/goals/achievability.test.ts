import fc from 'fast-check';
import {
  assessAchievability,
  bestSustainedChange,
  requiredMonthlyChange,
} from '../../src/goals/achievability';
import { monthly } from './helpers';

describe('achievable', () => {
  test('required monthly change is compounded', () => {
    expect(requiredMonthlyChange(0.04, 0.054, 4)).toBeCloseTo(Math.pow(1.35, 1 / 4) - 1);
    expect(requiredMonthlyChange(0, 1, 4)).toBeNull();
    expect(requiredMonthlyChange(1, 0, 4)).toBeNull();
  });

  test('best sustained change is the best window of the goal’s length', () => {
    // 100 → 110 → 121 → 121 → 100: the best 2-month window is +10 %/month.
    const history = monthly('2025-01', [100, 110, 121, 121, 100]);
    const best = bestSustainedChange(history, 2, 'up');
    expect(best?.change).toBeCloseTo(0.1);
    expect(best).toMatchObject({ from: '2025-01', to: '2025-03' });
    // For a ↓ KPI the steepest fall, as a magnitude: 121 → 100 over 2 months.
    const down = bestSustainedChange(history, 2, 'down');
    expect(down?.change).toBeCloseTo(1 - Math.sqrt(100 / 121));
  });

  const history = monthly('2025-01', [100, 105, 110.25, 115.76, 121.55, 127.63, 134.01, 140.71, 147.75]);
  const goal = {
    baseline: 100,
    start: '2025-10-01',
    deadline: '2026-02-01',
    direction: 'up' as const,
    history,
  };

  test('labels: realistic, ambitious, stretch', () => {
    expect(assessAchievability({ ...goal, targetValue: 115 }).label).toBe('realistic'); // 3.6 %/month < 5 %
    expect(assessAchievability({ ...goal, targetValue: 135 }).label).toBe('ambitious'); // 7.8 %/month
    expect(assessAchievability({ ...goal, targetValue: 160 }).label).toBe('stretch'); // 12.5 %/month > 10 %
    const result = assessAchievability({ ...goal, targetValue: 135 });
    expect(result.windowMonths).toBe(4);
    expect(result.bestMonthlyChange).toBeCloseTo(0.05, 3);
    expect(result.message).toBe(
      'Needs +7.8 % a month, past the best the data has shown over 4 months (+5 % a month).',
    );
  });

  test('out of reach: more than four times the best seen, or more than +100 % a month (spec)', () => {
    // Best seen +5 %/month. The two goals, both "Stretch" before: +7.8 % and +281 %.
    expect(assessAchievability({ ...goal, targetValue: 135 }).label).toBe('ambitious');
    // 4 months at +20 %/month (exactly four times the best) is still a stretch; past it, out of reach.
    expect(assessAchievability({ ...goal, targetValue: 100 * 1.2 ** 4 - 0.01 }).label).toBe('stretch');
    const past = assessAchievability({ ...goal, targetValue: 100 * 1.21 ** 4 });
    expect(past).toMatchObject({ label: 'out_of_reach', reason: 'outOfReach' });
    expect(past.message).toBe(
      'Needs +21 % a month, more than four times the best the data has shown over 4 months (+5 % a month).',
    );
    const huge = assessAchievability({ ...goal, targetValue: 100 * 3.81 ** 4 });
    expect(huge).toMatchObject({ label: 'out_of_reach', reason: 'outOfReachAbove100' });
    expect(huge.requiredMonthlyChange).toBeCloseTo(2.81, 10);
    expect(huge.message).toBe(
      'Needs +281 % a month: more than doubling every month, which no history makes realistic.',
    );
    // Above +100 % a month is out of reach even where the data rose faster, or has no history.
    const wild = monthly('2025-01', [1, 3, 9, 27, 81, 243, 729, 2187, 6561]);
    const doubling = { ...goal, history: wild, targetValue: 100 * 2.01 ** 4 };
    expect(assessAchievability(doubling).reason).toBe('outOfReachAbove100');
    expect(assessAchievability({ ...doubling, history: [] }).label).toBe('out_of_reach');
    // Exactly +100 % a month is judged against the history (here +200 %/month seen): realistic.
    expect(assessAchievability({ ...doubling, targetValue: 1600 }).label).toBe('realistic');
    // A ↓ KPI cannot fall by more than 100 %: only the four-times rule applies (10 %/month seen).
    const falling = monthly('2025-01', [10, 9, 8.1, 7.29, 6.56, 5.9, 5.31]);
    const down = { baseline: 5, start: '2025-08-01', deadline: '2025-10-01', direction: 'down' as const };
    expect(assessAchievability({ ...down, history: falling, targetValue: 1.5 }).label).toBe('out_of_reach');
  });

  test('↓ KPIs compare the fall with the steepest fall seen', () => {
    const falling = monthly('2025-01', [10, 9, 8.1, 7.29, 6.56, 5.9, 5.31]);
    const down = {
      baseline: 5,
      start: '2025-08-01',
      deadline: '2025-10-01',
      direction: 'down' as const,
      history: falling,
    };
    expect(assessAchievability({ ...down, targetValue: 4.2 }).label).toBe('realistic'); // −8.3 %/month vs −10 %
    expect(assessAchievability({ ...down, targetValue: 3.5 }).label).toBe('ambitious'); // −16 %/month
    expect(assessAchievability({ ...down, targetValue: 2.5 }).label).toBe('stretch'); // −29 %/month
    expect(assessAchievability({ ...down, targetValue: 3.5 }).bestMonthlyChange).toBeCloseTo(-0.1, 3);
  });

  test('no improvement ever seen makes any improvement a stretch', () => {
    const flat = monthly('2025-01', [100, 100, 100, 100, 100, 100]);
    const result = assessAchievability({ ...goal, history: flat, targetValue: 101 });
    expect(result.label).toBe('stretch');
    expect(result.message).toContain('no improvement');
  });

  test('baseline ≤ 0, too little history, history after the start ignored', () => {
    expect(assessAchievability({ ...goal, baseline: 0, targetValue: 10 }).label).toBe('not_applicable');
    expect(assessAchievability({ ...goal, baseline: -5, targetValue: 10 }).label).toBe('not_applicable');
    const short = monthly('2025-08', [100, 110]);
    const result = assessAchievability({ ...goal, history: short, targetValue: 120 });
    expect(result).toMatchObject({ label: 'not_enough_history', windowMonths: 4 });
    expect(result.message).toBe('Not enough history: comparing needs 5 months of data before the start.');
    const onlyAfter = monthly('2025-10', [100, 200, 400, 800, 1600]);
    expect(assessAchievability({ ...goal, history: onlyAfter, targetValue: 120 }).label).toBe(
      'not_enough_history',
    );
  });

  test('a target on the wrong side of the baseline is not judged (it is a validation question), never "realistic"', () => {
    // ↑ KPI, target below the baseline: the data would make any fall look "realistic".
    const below = assessAchievability({ ...goal, targetValue: 90 });
    expect(below.label).toBe('not_applicable');
    expect(below.requiredMonthlyChange).toBeCloseTo(Math.pow(0.9, 1 / 4) - 1, 10);
    expect(below.bestMonthlyChange).toBeNull();
    expect(below.bestWindow).toBeNull();
    expect(below.message).toBe(
      'Higher is better for this KPI, but the target is below the baseline, so achievability does not apply.',
    );
    // ↓ KPI, target above the baseline.
    const falling = monthly('2025-01', [10, 9, 8.1, 7.29, 6.56, 5.9, 5.31]);
    const down = { baseline: 5, start: '2025-08-01', deadline: '2025-10-01', direction: 'down' as const };
    const above = assessAchievability({ ...down, history: falling, targetValue: 6 });
    expect(above.label).toBe('not_applicable');
    expect(above.message).toBe(
      'Lower is better for this KPI, but the target is above the baseline, so achievability does not apply.',
    );
    // Target equal to the baseline: nothing to judge either.
    const same = assessAchievability({ ...goal, targetValue: 100 });
    expect(same).toMatchObject({ label: 'not_applicable', requiredMonthlyChange: 0 });
  });

  test('property: a target on the wrong side is never realistic, ambitious, a stretch or out of reach', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1, max: 1000, noNaN: true }), { minLength: 6, maxLength: 24 }),
        fc.double({ min: 1.001, max: 5, noNaN: true }),
        fc.constantFrom('up' as const, 'down' as const),
        (values, factor, direction) => {
          const h = monthly('2020-01', values);
          const wrong = direction === 'up' ? 100 / factor : 100 * factor;
          const base = { baseline: 100, start: '2023-01-01', deadline: '2023-04-01', direction, history: h };
          return assessAchievability({ ...base, targetValue: wrong }).label === 'not_applicable';
        },
      ),
    );
  });

  test('property: a larger improvement never gets an easier label', () => {
    const order = { realistic: 0, ambitious: 1, stretch: 2, out_of_reach: 3 } as Record<string, number>;
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1, max: 1000, noNaN: true }), { minLength: 6, maxLength: 24 }),
        fc.double({ min: 1.001, max: 5, noNaN: true }),
        fc.double({ min: 1.001, max: 5, noNaN: true }),
        fc.constantFrom('up' as const, 'down' as const),
        (values, f1, f2, direction) => {
          const h = monthly('2020-01', values);
          const base = { baseline: 100, start: '2023-01-01', deadline: '2023-04-01', direction, history: h };
          const [small, large] = f1 <= f2 ? [f1, f2] : [f2, f1];
          // An improvement by a factor: up for ↑ KPIs, down for ↓ KPIs.
          const target = (factor: number) => (direction === 'up' ? 100 * factor : 100 / factor);
          const a = assessAchievability({ ...base, targetValue: target(small) });
          const b = assessAchievability({ ...base, targetValue: target(large) });
          return order[a.label] <= order[b.label];
        },
      ),
    );
  });
});
