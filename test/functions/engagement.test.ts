import { call, column, errorOf, expectGrid, expectNumber, row } from './support/call';

/*
 * Engagement family (spec: Catalogue / Engagement). Every expected value is worked by hand from
 * the spec's formula; the comment next to it shows the arithmetic.
 */

describe('ENGAGEMENT_RATE(engagements (summed), base)', () => {
  it('divides engagements by the base in a single cell', () => {
    expectNumber(call('ENGAGEMENT_RATE', 85, 2000), 0.0425); // 85 / 2000
  });

  it('accepts text that is a plain number after trimming', () => {
    expectNumber(call('ENGAGEMENT_RATE', ' 120 ', '2000'), 0.06); // 120 / 2000
    expectNumber(call('ENGAGEMENT_RATE', '1e2', '+400'), 0.25); // 100 / 400
  });

  it('sums four engagement columns per row before dividing by the base', () => {
    const engagements = [
      [10, 2, 3, 5], // 20 / 400 = 0.05
      [40, 5, 5, 0], // 50 / 1000 = 0.05
      [1, '', '', ''], // partly blank: 1 / 50 = 0.02
      ['', '', '', ''], // all blank: blank
      [7, 1, 0, 2], // base 0: blank inside a range
      [3, 3, 3, 3], // 12 / 48 = 0.25
    ];
    const base = column(400, 1000, 50, 300, 0, 48);
    expectGrid(call('ENGAGEMENT_RATE', engagements, base), [[0.05], [0.05], [0.02], [''], [''], [0.25]]);
  });

  it('broadcasts a single base against a range', () => {
    expectGrid(call('ENGAGEMENT_RATE', column(10, 20, 30), 1000), [[0.01], [0.02], [0.03]]);
  });

  it('broadcasts a single engagement count against a range of bases', () => {
    expectGrid(call('ENGAGEMENT_RATE', 50, column(100, 200, '')), [[0.5], [0.25], ['']]);
  });

  it('gives one pooled rate on sums, not the mean of the row rates', () => {
    // rows (10+2+3+5)/400 = 0.05 and (40+5+5+0)/100 = 0.5 average to 0.275; pooled is 70 / 500 = 0.14
    expectNumber(call('ENGAGEMENT_RATE', 10 + 2 + 3 + 5 + 40 + 5 + 5 + 0, 400 + 100), 0.14);
  });

  it('sums a single row of engagement columns to one value', () => {
    expectNumber(call('ENGAGEMENT_RATE', row(30, 10, 6, 4), 1000), 0.05); // 50 / 1000
  });

  it('is blank when an input is blank', () => {
    expect(call('ENGAGEMENT_RATE', '', 100)).toBe('');
    expect(call('ENGAGEMENT_RATE', 5, '')).toBe('');
    expect(call('ENGAGEMENT_RATE', 5, '   ')).toBe('');
    expect(call('ENGAGEMENT_RATE', null, 100)).toBe('');
  });

  it('gives an error for a zero base in a single-cell call', () => {
    expect(errorOf('ENGAGEMENT_RATE', 5, 0)).toBe('ENGAGEMENT_RATE: base is 0, so the rate is undefined');
  });

  it('names the argument and row of a bad cell (the spec example)', () => {
    const base = column(100, 100, 100, 100, 100, 100, 'n/a');
    const engagements = column(1, 2, 3, 4, 5, 6, 7);
    expect(errorOf('ENGAGEMENT_RATE', engagements, base)).toBe(
      'ENGAGEMENT_RATE: base row 7 is "n/a", not a number',
    );
  });

  it('names row and column in a multi-column summed argument', () => {
    expect(
      errorOf(
        'ENGAGEMENT_RATE',
        [
          [1, 2, 3, 4],
          [5, 6, 'x', 8],
        ],
        column(10, 10),
      ),
    ).toBe('ENGAGEMENT_RATE: engagements row 2, column 3 is "x", not a number');
  });

  it('guesses nothing: "1 200" and "12,5" are errors', () => {
    expect(errorOf('ENGAGEMENT_RATE', '1 200', 100)).toBe(
      'ENGAGEMENT_RATE: engagements is "1 200", not a number',
    );
    expect(errorOf('ENGAGEMENT_RATE', 5, '12,5')).toBe('ENGAGEMENT_RATE: base is "12,5", not a number');
  });

  it('rejects negative counts, booleans and dates', () => {
    expect(errorOf('ENGAGEMENT_RATE', -3, 100)).toBe(
      'ENGAGEMENT_RATE: engagements is -3, but it cannot be negative',
    );
    expect(errorOf('ENGAGEMENT_RATE', column(1, 2), column(10, -10))).toBe(
      'ENGAGEMENT_RATE: base row 2 is -10, but it cannot be negative',
    );
    expect(errorOf('ENGAGEMENT_RATE', true, 100)).toBe('ENGAGEMENT_RATE: engagements is TRUE, not a number');
    expect(errorOf('ENGAGEMENT_RATE', 5, new Date(2025, 0, 1))).toBe(
      'ENGAGEMENT_RATE: base is a date, not a number',
    );
  });

  it('rejects ranges whose rows do not match', () => {
    expect(
      errorOf(
        'ENGAGEMENT_RATE',
        [
          [1, 2, 3, 4],
          [1, 2, 3, 4],
        ],
        column(10, 10, 10),
      ),
    ).toBe(
      'ENGAGEMENT_RATE: engagements is 2 rows × 1 column but base is 3 rows × 1 column; ' +
        'ranges must be the same size, or a single cell',
    );
  });

  it('rejects a base with more columns than the summed engagements', () => {
    expect(
      errorOf('ENGAGEMENT_RATE', column(1, 2), [
        [10, 10],
        [10, 10],
      ]),
    ).toMatch(/^ENGAGEMENT_RATE: engagements is 2 rows × 1 column but base is 2 rows × 2 columns/);
  });

  it('rejects too many or missing arguments, ragged and empty ranges', () => {
    expect(errorOf('ENGAGEMENT_RATE', 1, 2, 3)).toBe(
      'ENGAGEMENT_RATE: takes at most 2 arguments: ENGAGEMENT_RATE(engagements, base)',
    );
    expect(errorOf('ENGAGEMENT_RATE', 1)).toBe('ENGAGEMENT_RATE: base is missing');
    expect(errorOf('ENGAGEMENT_RATE')).toBe('ENGAGEMENT_RATE: engagements is missing');
    expect(errorOf('ENGAGEMENT_RATE', [[1, 2], [3]], column(1, 2))).toBe(
      'ENGAGEMENT_RATE: engagements is not a rectangular range',
    );
    // Rows are checked as the result loop reaches them: a bad row far down is still caught, in
    // a summed argument, a plain one, and a range of several columns.
    const long = (rows: number, width: number) => Array.from({ length: rows }, () => Array(width).fill(1));
    const shortRow = long(100, 4);
    shortRow[79] = [1, 1, 1];
    expect(errorOf('ENGAGEMENT_RATE', shortRow, long(100, 1))).toBe(
      'ENGAGEMENT_RATE: engagements is not a rectangular range',
    );
    const notARow: unknown[] = long(100, 1);
    notARow[99] = 5;
    expect(errorOf('ENGAGEMENT_RATE', long(100, 4), notARow)).toBe(
      'ENGAGEMENT_RATE: base is not a rectangular range',
    );
    const wideRow = long(100, 2);
    wideRow[50] = [1, 1, 1];
    expect(errorOf('CTR', wideRow, long(100, 2))).toBe('CTR: clicks is not a rectangular range');
    expect(errorOf('ENGAGEMENT_RATE', [], 5)).toBe('ENGAGEMENT_RATE: engagements is an empty range');
    expect(errorOf('ENGAGEMENT_RATE', [[]], 5)).toBe('ENGAGEMENT_RATE: engagements is an empty range');
  });

  it('rejects NaN and Infinity passed from script', () => {
    expect(errorOf('ENGAGEMENT_RATE', NaN, 5)).toBe('ENGAGEMENT_RATE: engagements is not a finite number');
    expect(errorOf('ENGAGEMENT_RATE', 5, Infinity)).toBe('ENGAGEMENT_RATE: base is not a finite number');
  });
});

describe('AVERAGE_ENGAGEMENT_RATE(engagements_per_post (summed), followers)', () => {
  it('is the mean of per-post rates with one follower count', () => {
    // posts: 15/1000 = 0.015, 20/1000 = 0.02, 3/1000 = 0.003; mean 0.038 / 3
    const posts = [
      [10, 5],
      [20, 0],
      [0, 3],
    ];
    expectNumber(call('AVERAGE_ENGAGEMENT_RATE', posts, 1000), 0.038 / 3);
  });

  it('uses one follower count per post when given a column', () => {
    // 15/1000 = 0.015, 20/2000 = 0.01, 3/500 = 0.006; mean 0.031 / 3 (pooled would be 38/3500)
    const posts = [
      [10, 5],
      [20, 0],
      [0, 3],
    ];
    expectNumber(call('AVERAGE_ENGAGEMENT_RATE', posts, column(1000, 2000, 500)), 0.031 / 3);
  });

  it('skips posts with no engagements or no followers, and is one value', () => {
    // posts 1 and 3 count: 0.05 and 0.01, mean 0.03
    const result = call(
      'AVERAGE_ENGAGEMENT_RATE',
      [
        [50, ''],
        ['', ''],
        [10, 0],
        [5, 5],
      ],
      column(1000, 1000, 1000, ''),
    );
    expectNumber(result, 0.03);
    expect(call('AVERAGE_ENGAGEMENT_RATE', column('', ''), 100)).toBe('');
  });

  it('errors on zero followers, bad cells and mismatched ranges', () => {
    expect(errorOf('AVERAGE_ENGAGEMENT_RATE', column(1, 2), 0)).toBe(
      'AVERAGE_ENGAGEMENT_RATE: followers is 0, so the rate is undefined',
    );
    expect(errorOf('AVERAGE_ENGAGEMENT_RATE', column(1, 2), column(5, 0))).toBe(
      'AVERAGE_ENGAGEMENT_RATE: followers row 2 is 0, so the rate is undefined',
    );
    expect(errorOf('AVERAGE_ENGAGEMENT_RATE', column(1, 'n/a'), 100)).toBe(
      'AVERAGE_ENGAGEMENT_RATE: engagements_per_post row 2 is "n/a", not a number',
    );
    expect(errorOf('AVERAGE_ENGAGEMENT_RATE', column(1, 2, 3), column(5, 5))).toMatch(
      /^AVERAGE_ENGAGEMENT_RATE: engagements_per_post is 3 rows × 1 column but followers is 2 rows/,
    );
    expect(errorOf('AVERAGE_ENGAGEMENT_RATE', column(-1), 100)).toMatch(
      /^AVERAGE_ENGAGEMENT_RATE: engagements_per_post row 1 is -1, but it cannot be negative/,
    );
    expect(errorOf('AVERAGE_ENGAGEMENT_RATE', column(1), 100, 3)).toMatch(
      /^AVERAGE_ENGAGEMENT_RATE: takes at most 2/,
    );
    expect(errorOf('AVERAGE_ENGAGEMENT_RATE', column(1))).toBe(
      'AVERAGE_ENGAGEMENT_RATE: followers is missing',
    );
  });
});

describe.each([
  // [function, numerator argument, denominator argument, numerator, denominator, rate worked by hand]
  ['APPLAUSE_RATE', 'approvals', 'followers', 30, 1500, 0.02], // 30 / 1500
  ['AMPLIFICATION_RATE', 'shares', 'followers', 6, 1500, 0.004], // 6 / 1500
  ['VIRALITY_RATE', 'shares', 'impressions', 6, 2400, 0.0025], // 6 / 2400
] as const)('%s(%s, %s)', (name, numerator, denominator, a, b, rate) => {
  it('divides in a single cell and element-wise', () => {
    expectNumber(call(name, a, b), rate);
    expectGrid(call(name, column(a, 2 * a, '', a), column(b, b, b, 0)), [[rate], [2 * rate], [''], ['']]);
  });

  it('errors on a zero denominator in a single-cell call, and on bad input', () => {
    expect(errorOf(name, a, 0)).toBe(`${name}: ${denominator} is 0, so the rate is undefined`);
    expect(errorOf(name, -1, b)).toBe(`${name}: ${numerator} is -1, but it cannot be negative`);
    expect(errorOf(name, a, column(b, 'lots'))).toBe(`${name}: ${denominator} row 2 is "lots", not a number`);
  });
});

describe('FOLLOWER_QUALITY(engagements (summed), followers)', () => {
  it('divides summed engagements by followers', () => {
    expectNumber(call('FOLLOWER_QUALITY', row(30, 10, 6, 4), 2000), 0.025); // 50 / 2000
    expectGrid(
      call(
        'FOLLOWER_QUALITY',
        [
          [30, 10, 6, 4], // 50 / 2000 = 0.025
          [1, 1, 1, 1], // 4 / 0: blank
        ],
        column(2000, 0),
      ),
      [[0.025], ['']],
    );
  });

  it('errors on zero followers in a single-cell call', () => {
    expect(errorOf('FOLLOWER_QUALITY', 5, 0)).toBe(
      'FOLLOWER_QUALITY: followers is 0, so the rate is undefined',
    );
  });
});
