import fc from 'fast-check';
import {
  applyChange,
  countsWholeThings,
  isWhole,
  parseNumberText,
  parseTargetText,
  parseValueText,
  roundTargetAmbitiously,
  roundWhole,
} from '../../src/goals/numbers';

describe('target text', () => {
  test.each([
    ['+35 %', 0.35],
    ['+35%', 0.35],
    ['−10 %', -0.1],
    ['-10%', -0.1],
    ['− 10 %', -0.1],
    ['+2,5 %', 0.025],
    ['+2.5 %', 0.025],
    ['+2,5\u00A0%', 0.025],
    ['–15 %', -0.15],
  ])('%s is a change of %d', (text, change) => {
    const parsed = parseTargetText(text, 'fraction', 'sv_SE');
    expect(parsed).toEqual({ ok: true, kind: 'change', change: expect.closeTo(change, 12) });
  });

  test.each([
    ['4,5 %', 'fraction', 0.045],
    ['0,045', 'fraction', 0.045],
    ['0.045', 'fraction', 0.045],
    ['1 200', 'count', 1200],
    ['1\u00A0200', 'count', 1200],
    ['-20', 'nps', -20],
    ['−0,2', 'sentiment', -0.2],
    ['12,50', 'money', 12.5],
    ['1.234,5', 'money', 1234.5],
  ] as const)('%s is the value %d of a %s KPI', (text, unit, value) => {
    const parsed = parseTargetText(text, unit, 'sv_SE');
    expect(parsed).toEqual({ ok: true, kind: 'absolute', value: expect.closeTo(value, 12) });
  });

  test('percent is refused for a KPI that is not a rate', () => {
    expect(parseValueText('5 %', 'count', 'sv_SE')).toMatchObject({ ok: false, code: 'percentNotForUnit' });
  });

  test('a thousands-looking number in the other notation is refused with both readings, as the locale writes them', () => {
    // Vietnamese and Swedish write one and a half as 1,5: "1.500" would read as 1500 to them too.
    expect(parseNumberText('1.500', 'vi_VN')).toMatchObject({
      ok: false,
      code: 'ambiguousNumber',
      params: { asDecimal: '1,5', asThousands: '1500' },
    });
    expect(parseNumberText('12.250', 'sv_SE')).toMatchObject({
      params: { asDecimal: '12,25', asThousands: '12250' },
    });
    expect(parseNumberText('1,500', 'en_US')).toMatchObject({
      ok: false,
      code: 'ambiguousNumber',
      params: { asDecimal: '1.5', asThousands: '1500' },
    });
    // In the locale's own notation it is not ambiguous.
    expect(parseNumberText('1,500', 'sv_SE')).toMatchObject({ ok: true, value: 1.5 });
    expect(parseNumberText('1.500', 'en_US')).toMatchObject({ ok: true, value: 1.5 });
  });

  test.each(['', 'abc', '12abc', '1 2', '+', '%', '1,2,3', '--5', '1e5'])('%j is not a number', (text) => {
    expect(parseNumberText(text, 'sv_SE').ok).toBe(false);
  });

  test('property: a number written in Swedish notation reads back', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        (whole, cents) => {
          const value = whole + (whole < 0 ? -cents : cents) / 100;
          const text = `${value < 0 ? '−' : ''}${Math.abs(whole)},${String(cents).padStart(2, '0')}`;
          const parsed = parseNumberText(text, 'sv_SE');
          return parsed.ok && Math.abs(parsed.value - value) < 1e-9;
        },
      ),
    );
  });

  test('a change moves a negative baseline by its magnitude', () => {
    expect(applyChange(-20, 0.1)).toBeCloseTo(-18);
    expect(applyChange(0.04, 0.35)).toBeCloseTo(0.054);
    expect(applyChange(0, 0.35)).toBeNull();
  });
});

describe('per cent typed is the fraction meant', () => {
  test.each([
    ['3,6 %', 0.036],
    ['4,1 %', 0.041],
    ['0,7 %', 0.007],
    ['57 %', 0.57],
  ])('%s is exactly %d, not a float a division leaves behind', (text, fraction) => {
    expect(parseValueText(text, 'fraction', 'sv_SE')).toMatchObject({ ok: true, value: fraction });
  });

  test('a change such as +0,7 % is exactly 0.007', () => {
    expect(parseTargetText('+0,7 %', 'fraction', 'sv_SE')).toEqual({
      ok: true,
      kind: 'change',
      change: 0.007,
    });
  });
});

test('per cent of a number printed with an exponent still divides by 100', () => {
  expect(parseValueText('1000000000000000000000 %', 'fraction', 'en_US')).toMatchObject({
    ok: true,
    value: 1e19,
  });
});

describe('whole numbers for counts and stocks', () => {
  test('which units count whole things', () => {
    expect(['count', 'people'].every((u) => countsWholeThings(u as 'count'))).toBe(true);
    expect(
      ['fraction', 'money', 'ratio', 'hours', 'nps', 'sentiment'].some((u) =>
        countsWholeThings(u as 'count'),
      ),
    ).toBe(false);
  });

  test('a binary fraction is whole; a real fraction is not', () => {
    expect(isWhole(1000 * 1.1)).toBe(true);
    expect(isWhole(1665.9)).toBe(false);
    expect(isWhole(-18)).toBe(true);
    expect(isWhole(0.5)).toBe(false);
  });

  test('targets round in the goal’s direction; measured values to the nearest', () => {
    expect(roundTargetAmbitiously(1665.1, 'up')).toBe(1666);
    expect(roundTargetAmbitiously(49.9, 'down')).toBe(49);
    expect(roundTargetAmbitiously(1000 * 1.1, 'up')).toBe(1100);
    expect(roundTargetAmbitiously(-18.5, 'up')).toBe(-18);
    expect(roundTargetAmbitiously(-0.2, 'up')).toBe(0);
    expect(Object.is(roundTargetAmbitiously(-0.2, 'up'), -0)).toBe(false);
    expect(roundWhole(25563.333)).toBe(25563);
    expect(roundWhole(25563.5)).toBe(25564);
  });

  test('property: a rounded target is whole and never less ambitious than the exact one', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e7, max: 1e7, noNaN: true }),
        fc.constantFrom('up' as const, 'down' as const),
        (value, direction) => {
          const rounded = roundTargetAmbitiously(value, direction);
          const ambitious =
            direction === 'up'
              ? rounded >= value - 1e-9 * Math.max(1, Math.abs(value))
              : rounded <= value + 1e-9 * Math.max(1, Math.abs(value));
          return Number.isInteger(rounded) && ambitious && Math.abs(rounded - value) < 1;
        },
      ),
    );
  });
});
