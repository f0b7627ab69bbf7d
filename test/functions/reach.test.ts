import { call, column, errorOf, expectGrid, expectNumber, row } from './support/call';

/* Reach family (spec: Catalogue / Reach), worked by hand. */

describe('AUDIENCE_GROWTH_RATE(net_new_followers, total_followers)', () => {
  it('divides net new by total, and net new may be negative', () => {
    expectNumber(call('AUDIENCE_GROWTH_RATE', 120, 2400), 0.05); // 120 / 2400
    expectNumber(call('AUDIENCE_GROWTH_RATE', -50, 2000), -0.025); // lost 50 of 2000
    expectNumber(call('AUDIENCE_GROWTH_RATE', ' -50 ', 2000), -0.025);
    expectGrid(call('AUDIENCE_GROWTH_RATE', column(120, -40, '', 0), column(2400, 2000, 1800, 0)), [
      [0.05],
      [-0.02],
      [''],
      [''],
    ]);
  });

  it('rejects a negative total and a zero total in a single call', () => {
    expect(errorOf('AUDIENCE_GROWTH_RATE', 10, -2000)).toBe(
      'AUDIENCE_GROWTH_RATE: total_followers is -2000, but it cannot be negative',
    );
    expect(errorOf('AUDIENCE_GROWTH_RATE', 10, 0)).toBe(
      'AUDIENCE_GROWTH_RATE: total_followers is 0, so the rate is undefined',
    );
    // A typographic minus is text, not a number: nothing is guessed.
    expect(errorOf('AUDIENCE_GROWTH_RATE', '−50', 2000)).toBe(
      'AUDIENCE_GROWTH_RATE: net_new_followers is "−50", not a number',
    );
  });
});

describe('GROWTH_RATE(previous, current)', () => {
  it('is (current − previous) / previous for positive values', () => {
    expectNumber(call('GROWTH_RATE', 200, 250), 0.25); // +50 / 200
    expectNumber(call('GROWTH_RATE', 250, 200), -0.2); // −50 / 250
  });

  it('divides by |previous| when previous is negative, so improvement stays positive', () => {
    expectNumber(call('GROWTH_RATE', -100, -50), 0.5); // (−50 − −100) / |−100| = 50 / 100
    expectNumber(call('GROWTH_RATE', -100, -150), -0.5); // −50 / 100
    expectNumber(call('GROWTH_RATE', -100, 50), 1.5); // 150 / 100
  });

  it('gives month over month from two offset ranges', () => {
    // B2:B5 = 100, 120, 90, 90: (120−100)/100, (90−120)/120, (90−90)/90
    expectGrid(call('GROWTH_RATE', column(100, 120, 90), column(120, 90, 90)), [[0.2], [-0.25], [0]]);
  });

  it('is undefined when previous is 0: blank in a range, an error alone', () => {
    expectGrid(call('GROWTH_RATE', column(0, 10), column(5, 15)), [[''], [0.5]]);
    expect(errorOf('GROWTH_RATE', 0, 5)).toBe('GROWTH_RATE: previous is 0, so the growth rate is undefined');
  });

  it('rejects text, booleans and dates, but not negatives', () => {
    expect(errorOf('GROWTH_RATE', 'last month', 5)).toBe(
      'GROWTH_RATE: previous is "last month", not a number',
    );
    expect(errorOf('GROWTH_RATE', 5, false)).toBe('GROWTH_RATE: current is FALSE, not a number');
    expect(errorOf('GROWTH_RATE', 5, new Date())).toBe('GROWTH_RATE: current is a date, not a number');
  });
});

describe('POST_REACH_RATE(reach, followers)', () => {
  it('divides reach by followers', () => {
    expectNumber(call('POST_REACH_RATE', 900, 3000), 0.3);
    expectGrid(call('POST_REACH_RATE', column(900, 4500), 3000), [[0.3], [1.5]]);
    expect(errorOf('POST_REACH_RATE', 900, 0)).toBe(
      'POST_REACH_RATE: followers is 0, so the rate is undefined',
    );
  });
});

describe('POTENTIAL_REACH(followers_of_mentioners, [share=0.02])', () => {
  const audiences = column(10000, 25000, '', 5000); // 40 000 people

  it('sums the audiences and applies the default share 0.02', () => {
    expectNumber(call('POTENTIAL_REACH', audiences), 800); // 40 000 × 0.02
    expectNumber(call('POTENTIAL_REACH', audiences, ''), 800); // a blank share cell is the default
    expectNumber(call('POTENTIAL_REACH', 12345), 246.9); // 12 345 × 0.02
  });

  it('uses the share given', () => {
    expectNumber(call('POTENTIAL_REACH', audiences, 0.05), 2000); // 40 000 × 0.05
    expectNumber(call('POTENTIAL_REACH', audiences, ' 0.03 '), 1200); // 40 000 × 0.03
    expectNumber(
      call(
        'POTENTIAL_REACH',
        [
          [1000, 2000],
          [3000, ''],
        ],
        0.1,
      ),
      600,
    ); // 6000 × 0.1
  });

  it('is one value, blank when no audience is given', () => {
    expect(call('POTENTIAL_REACH', column('', ''))).toBe('');
  });

  it('rejects a share outside 0…1, a share range, negative audiences and junk', () => {
    expect(errorOf('POTENTIAL_REACH', audiences, 1.5)).toBe(
      'POTENTIAL_REACH: share is 1.5, but it must be from 0 to 1',
    );
    expect(errorOf('POTENTIAL_REACH', audiences, column(0.02, 0.03))).toBe(
      'POTENTIAL_REACH: share must be a single value, not a range',
    );
    expect(errorOf('POTENTIAL_REACH', column(10, -5))).toBe(
      'POTENTIAL_REACH: followers_of_mentioners row 2 is -5, but it cannot be negative',
    );
    expect(errorOf('POTENTIAL_REACH', column(10, '1 200'))).toBe(
      'POTENTIAL_REACH: followers_of_mentioners row 2 is "1 200", not a number',
    );
    expect(errorOf('POTENTIAL_REACH', audiences, 0.02, 1)).toMatch(
      /^POTENTIAL_REACH: takes at most 2 arguments/,
    );
    expect(errorOf('POTENTIAL_REACH')).toBe('POTENTIAL_REACH: followers_of_mentioners is missing');
  });
});

describe('SHARE_OF_VOICE(brand_mentions, competitor_mentions (summed))', () => {
  it('SHARE_OF_VOICE(B2, C2:E2): one brand cell against a row of competitors is one value', () => {
    expectNumber(call('SHARE_OF_VOICE', 40, row(30, 20, 10)), 0.4); // 40 / (40 + 60)
  });

  it('sums competitor columns per row and is blank where undefined', () => {
    const competitors = [
      [30, 20, 10], // 40 / 100 = 0.4
      [0, 0, ''], // 0 / 0: blank in a range
      [5, 5, 5], // brand blank: blank
      [10, '', ''], // partly blank: 10 / 20 = 0.5
    ];
    expectGrid(call('SHARE_OF_VOICE', column(40, 0, '', 10), competitors), [[0.4], [''], [''], [0.5]]);
  });

  it('is 1 with no competitor mentions, and composes with sums for a period', () => {
    expectNumber(call('SHARE_OF_VOICE', 12, row(0, 0, 0)), 1);
    expectNumber(call('SHARE_OF_VOICE', 40 + 10, 60 + 10), 50 / 120);
  });

  it('errors when nobody is mentioned in a single-cell call, and on bad input', () => {
    expect(errorOf('SHARE_OF_VOICE', 0, row(0, 0, 0))).toBe(
      'SHARE_OF_VOICE: brand_mentions + competitor_mentions is 0, so the share is undefined',
    );
    expect(errorOf('SHARE_OF_VOICE', 4, row(1, -2, 3))).toBe(
      'SHARE_OF_VOICE: competitor_mentions row 1, column 2 is -2, but it cannot be negative',
    );
    expect(
      errorOf('SHARE_OF_VOICE', column(1, 2), [
        [1, 2],
        [3, 4],
        [5, 6],
      ]),
    ).toMatch(
      /^SHARE_OF_VOICE: brand_mentions is 2 rows × 1 column but competitor_mentions is 3 rows × 1 column/,
    );
  });
});
