import { call, column, errorOf, expectGrid, expectNumber, row } from './support/call';

/* Customer experience family (spec: Catalogue / Customer experience), worked by hand. */

const at = (day: number, hour: number, minute = 0) => new Date(2025, 2, day, hour, minute);

describe('RESPONSE_TIME(received_at, replied_at, ["mean"/"median"]): hours, lower is better', () => {
  // replies after 1 h, 3 h, 2 h and 8 h
  const received = column(at(3, 9), at(3, 10), at(3, 12), at(3, 14));
  const replied = column(at(3, 10), at(3, 13), at(3, 14), at(3, 22));

  it('is the mean by default', () => {
    expectNumber(call('RESPONSE_TIME', received, replied), 3.5); // (1 + 3 + 2 + 8) / 4
    expectNumber(call('RESPONSE_TIME', received, replied, 'mean'), 3.5);
    expectNumber(call('RESPONSE_TIME', received, replied, ''), 3.5);
  });

  it('is the median when asked: the mean of the middle two for an even count', () => {
    expectNumber(call('RESPONSE_TIME', received, replied, 'median'), 2.5); // sorted 1, 2, 3, 8
    expectNumber(call('RESPONSE_TIME', received, replied, ' MEDIAN '), 2.5);
  });

  it('is the middle value for an odd count, and rows without both times are skipped', () => {
    const r = column(at(3, 9), at(3, 10), at(3, 12), '', at(3, 15));
    const a = column(at(3, 10), at(3, 13), '', at(3, 18), at(3, 23, 30));
    // complete rows: 1 h, 3 h, 8.5 h
    expectNumber(call('RESPONSE_TIME', r, a, 'median'), 3);
    expectNumber(call('RESPONSE_TIME', r, a), 12.5 / 3);
  });

  it('counts minutes and days: date-times and plain dates', () => {
    expectNumber(call('RESPONSE_TIME', at(3, 9), at(3, 9, 45)), 0.75);
    expectNumber(call('RESPONSE_TIME', new Date(2025, 2, 3), new Date(2025, 2, 5)), 48);
  });

  it('reads date serial numbers (a date cell formatted as a number)', () => {
    expectNumber(call('RESPONSE_TIME', 45719, 45719.5), 12); // half a day
  });

  it('is one value, blank when no row has both times', () => {
    expect(call('RESPONSE_TIME', column('', at(3, 9)), column(at(3, 10), ''))).toBe('');
  });

  it('errors on a reply before its message, naming the row', () => {
    expect(errorOf('RESPONSE_TIME', column(at(3, 9), at(3, 10)), column(at(3, 10), at(3, 9)))).toBe(
      'RESPONSE_TIME: replied_at row 2 is before received_at: a reply cannot come before its message',
    );
    expect(errorOf('RESPONSE_TIME', at(3, 10), at(3, 9))).toMatch(
      /^RESPONSE_TIME: replied_at is before received_at/,
    );
  });

  it('errors on text, booleans, a bad method and mismatched ranges', () => {
    expect(errorOf('RESPONSE_TIME', column('2025-03-03 09:00'), column(at(3, 10)))).toBe(
      'RESPONSE_TIME: received_at row 1 is "2025-03-03 09:00", not a date (format the cells as dates)',
    );
    expect(errorOf('RESPONSE_TIME', at(3, 9), true)).toBe(
      'RESPONSE_TIME: replied_at is TRUE, not a date (format the cells as dates)',
    );
    expect(errorOf('RESPONSE_TIME', received, replied, 'average')).toBe(
      'RESPONSE_TIME: method is "average"; use "mean" or "median"',
    );
    expect(errorOf('RESPONSE_TIME', received, replied, 2)).toBe(
      'RESPONSE_TIME: method is 2; use "mean" or "median"',
    );
    expect(errorOf('RESPONSE_TIME', received, replied, column('mean', 'median'))).toBe(
      'RESPONSE_TIME: method must be a single value, not a range',
    );
    expect(errorOf('RESPONSE_TIME', received, column(at(3, 10)))).toMatch(
      /^RESPONSE_TIME: received_at is 4 rows × 1 column but replied_at is 1 row × 1 column/,
    );
    expect(errorOf('RESPONSE_TIME', received)).toBe('RESPONSE_TIME: replied_at is missing');
    expect(errorOf('RESPONSE_TIME', received, replied, 'mean', 1)).toMatch(/^RESPONSE_TIME: takes at most 3/);
  });

  it('never leaks a JavaScript error for an odd method value', () => {
    expect(errorOf('RESPONSE_TIME', received, replied, Object.create(null))).toMatch(
      /^RESPONSE_TIME: method is an unsupported value; use "mean" or "median"$/,
    );
  });
});

describe('RESPONSE_RATE(replied, received)', () => {
  it('divides replied by received', () => {
    expectNumber(call('RESPONSE_RATE', 45, 50), 0.9);
    expectGrid(call('RESPONSE_RATE', column(45, 3), column(50, 0)), [[0.9], ['']]);
    expect(errorOf('RESPONSE_RATE', 1, 0)).toBe('RESPONSE_RATE: received is 0, so the rate is undefined');
  });
});

describe('CSAT(ratings, [scale_max=5])', () => {
  it('is the share of 4s and 5s on the default 1–5 scale', () => {
    // 5, 4, 3, 2, 1, 5, 4 and a blank: 4 of 7 in the top two boxes
    expectNumber(call('CSAT', column(5, 4, 3, 2, 1, 5, 4, '')), 4 / 7);
    expectNumber(call('CSAT', row(5, '4', ' 3 '), ''), 2 / 3);
    expectNumber(call('CSAT', 5), 1);
    expectNumber(call('CSAT', 3), 0);
  });

  it('is the share of 9s and 10s on a 1–10 scale', () => {
    expectNumber(call('CSAT', column(10, 9, 8, 7, 1), 10), 0.4); // 2 of 5
    expectNumber(call('CSAT', column(5, 4), 10), 0); // 5 and 4 are low on a 10 scale
  });

  it('is blank with no ratings', () => {
    expect(call('CSAT', column('', ''))).toBe('');
  });

  it('rejects ratings that are not whole numbers from 1 to the scale', () => {
    expect(errorOf('CSAT', column(5, 0))).toBe(
      'CSAT: ratings row 2 is 0, but it must be a whole number from 1 to 5',
    );
    expect(errorOf('CSAT', column(6))).toBe(
      'CSAT: ratings row 1 is 6, but it must be a whole number from 1 to 5',
    );
    expect(errorOf('CSAT', column(4.5))).toBe(
      'CSAT: ratings row 1 is 4.5, but it must be a whole number from 1 to 5',
    );
    expect(errorOf('CSAT', column(11), 10)).toBe(
      'CSAT: ratings row 1 is 11, but it must be a whole number from 1 to 10',
    );
    expect(errorOf('CSAT', column('five'))).toBe('CSAT: ratings row 1 is "five", not a number');
    expect(errorOf('CSAT', column(true))).toBe('CSAT: ratings row 1 is TRUE, not a number');
  });

  it('rejects a bad scale', () => {
    expect(errorOf('CSAT', column(5), 7.5)).toBe(
      'CSAT: scale_max is 7.5, but it must be a whole number from 3 to 100',
    );
    expect(errorOf('CSAT', column(5), 'ten')).toBe('CSAT: scale_max is "ten", not a number');
    expect(errorOf('CSAT', column(5), column(5, 10))).toBe(
      'CSAT: scale_max must be a single value, not a range',
    );
  });
});

describe('NPS(scores)', () => {
  it('is % promoters (9–10) minus % detractors (0–6)', () => {
    // 10, 9 promoters; 8, 7 passives; 6, 0 detractors: 2/6 − 2/6 = 0
    expect(call('NPS', column(10, 9, 8, 7, 6, 0))).toBe(0);
    // 3 promoters, 1 passive, 1 detractor of 5: 60 − 20 = 40
    expectNumber(call('NPS', row(9, 10, 10, 8, 3)), 40);
  });

  it('is 100 when everyone promotes and −100 when everyone detracts', () => {
    expect(call('NPS', column(9, 10, 10))).toBe(100);
    expect(call('NPS', column(0, 3, 6))).toBe(-100);
    expect(call('NPS', 10)).toBe(100);
  });

  it('is 0 with only passives, and blank with no answers', () => {
    expect(call('NPS', column(7, 8))).toBe(0);
    expect(call('NPS', column('', ''))).toBe('');
  });

  it('is the correctly rounded quotient: one promoter in three is exactly 100 / 3', () => {
    expect(call('NPS', column(9, 8, 7))).toBe(100 / 3);
    expect(call('NPS', column(9, 9, 7))).toBe(200 / 3);
  });

  it('accepts scores as plain text, skipping blanks', () => {
    expect(call('NPS', column(' 9 ', '10', ''))).toBe(100);
  });

  it('rejects scores that are not whole numbers 0–10', () => {
    expect(errorOf('NPS', column(9, 11))).toBe(
      'NPS: scores row 2 is 11, but it must be a whole number from 0 to 10',
    );
    expect(errorOf('NPS', column(-1))).toBe(
      'NPS: scores row 1 is -1, but it must be a whole number from 0 to 10',
    );
    expect(errorOf('NPS', column(7.5))).toBe(
      'NPS: scores row 1 is 7.5, but it must be a whole number from 0 to 10',
    );
    expect(errorOf('NPS', column('ten'))).toBe('NPS: scores row 1 is "ten", not a number');
    expect(errorOf('NPS', column(new Date(2025, 0, 1)))).toBe('NPS: scores row 1 is a date, not a number');
    expect(errorOf('NPS', column(9), 1)).toBe('NPS: takes at most 1 argument: NPS(scores)');
    expect(errorOf('NPS')).toBe('NPS: scores is missing');
    expect(errorOf('NPS', [[9, 9], [9]])).toBe('NPS: scores is not a rectangular range');
    // Rows are checked as they are counted: a bad row far down is still caught.
    expect(errorOf('NPS', [[9], [9], [9, 9]])).toBe('NPS: scores is not a rectangular range');
    expect(errorOf('NPS', [[9], 9])).toBe('NPS: scores is not a rectangular range');
  });

  it('takes only whole numbers 0–10 on its fast path: nothing else is counted by its bits', () => {
    expect(errorOf('NPS', column(9, 2 ** 32 + 9))).toBe(
      `NPS: scores row 2 is ${2 ** 32 + 9}, but it must be a whole number from 0 to 10`,
    );
    expect(errorOf('NPS', column(9, true))).toBe('NPS: scores row 2 is TRUE, not a number');
    expect(call('NPS', column(-0, 9))).toBe(0);
    // An object is never converted to a number: no valueOf of its own is ever called.
    let converted = 0;
    const sneaky = { valueOf: () => ++converted };
    expect(errorOf('NPS', column(9, sneaky))).toMatch(/^NPS: scores row 2 /);
    expect(converted).toBe(0);
    expect(errorOf('NPS', column(Object.create(null)))).toMatch(/^NPS: scores row 1 /);
  });
});
