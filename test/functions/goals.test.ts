import { call, column, errorOf, expectGrid, expectNumber } from './support/call';

/* Goals (spec: Catalogue / Goals), worked by hand. */

describe('GOAL_PROGRESS(baseline, target, current)', () => {
  it('is (current − baseline) / (target − baseline)', () => {
    expectNumber(call('GOAL_PROGRESS', 0.031, 0.042, 0.036), 0.005 / 0.011);
    expectNumber(call('GOAL_PROGRESS', 100, 200, 150), 0.5);
    expectNumber(call('GOAL_PROGRESS', 100, 200, 100), 0);
    expectNumber(call('GOAL_PROGRESS', 100, 200, 200), 1);
  });

  it('is not clamped: 1.2 is 20 % past the target, negative is backwards', () => {
    expectNumber(call('GOAL_PROGRESS', 100, 200, 220), 1.2); // 120 / 100
    expectNumber(call('GOAL_PROGRESS', 100, 200, 90), -0.1); // −10 / 100
  });

  it('works unchanged for a ↓ goal (target below baseline)', () => {
    // response time from 40 h to 10 h
    expectNumber(call('GOAL_PROGRESS', 40, 10, 25), 0.5); // −15 / −30
    expectNumber(call('GOAL_PROGRESS', 40, 10, 4), 1.2); // −36 / −30: past the target
    expectNumber(call('GOAL_PROGRESS', 40, 10, 50), -1 / 3); // +10 / −30: getting worse
  });

  it('accepts negative values (any KPI, e.g. a sentiment score)', () => {
    expectNumber(call('GOAL_PROGRESS', -0.2, 0.2, 0), 0.5);
  });

  it('works element-wise for several goals', () => {
    expectGrid(call('GOAL_PROGRESS', column(100, 40, 6), column(200, 10, 5), column(220, 25, 7)), [
      [1.2],
      [0.5],
      [-1],
    ]);
  });

  it('errors on a goal whose target is its baseline even inside a range, naming the row (spec: an error)', () => {
    expect(errorOf('GOAL_PROGRESS', column(100, 5), column(200, 5), column(150, 7))).toBe(
      'GOAL_PROGRESS: target − baseline row 2 is 0, so the progress is undefined',
    );
  });

  it('errors when target equals baseline in a single cell', () => {
    expect(errorOf('GOAL_PROGRESS', 5, 5, 7)).toBe(
      'GOAL_PROGRESS: target − baseline is 0, so the progress is undefined',
    );
  });
});
