import { call, column, errorOf, expectGrid, expectNumber } from './support/call';

/* Awareness family (spec: Catalogue / Awareness), worked by hand. */

describe('SENTIMENT_SCORE(positive, negative, [neutral])', () => {
  it('is (positive − negative) / (positive + negative) without neutral', () => {
    expectNumber(call('SENTIMENT_SCORE', 60, 20), 0.5); // 40 / 80
    expectNumber(call('SENTIMENT_SCORE', 0, 10), -1);
    expectNumber(call('SENTIMENT_SCORE', 10, 0), 1);
  });

  it('counts neutral in the denominator when given', () => {
    expectNumber(call('SENTIMENT_SCORE', 60, 20, 20), 0.4); // 40 / 100
    expectNumber(call('SENTIMENT_SCORE', 0, 0, 10), 0); // 0 / 10
    expectGrid(call('SENTIMENT_SCORE', column(60, 5, 1), column(20, 15, 1), column(20, 0, '')), [
      [0.4],
      [-0.5], // −10 / 20
      [''], // neutral blank
    ]);
  });

  it('is undefined with no mentions at all', () => {
    expect(errorOf('SENTIMENT_SCORE', 0, 0)).toBe(
      'SENTIMENT_SCORE: positive + negative + neutral is 0, so the score is undefined',
    );
    expectGrid(call('SENTIMENT_SCORE', column(0, 3), column(0, 1), 0), [[''], [0.5]]);
  });

  it('rejects negative counts and too many arguments', () => {
    expect(errorOf('SENTIMENT_SCORE', 1, 2, -3)).toBe(
      'SENTIMENT_SCORE: neutral is -3, but it cannot be negative',
    );
    expect(errorOf('SENTIMENT_SCORE', 1, 2, 3, 4)).toBe(
      'SENTIMENT_SCORE: takes at most 3 arguments: SENTIMENT_SCORE(positive, negative, [neutral])',
    );
  });
});
