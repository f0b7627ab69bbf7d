import fc from 'fast-check';
import { KpiFunctionError, runCustomFunction } from '../../src/functions';

/*
 * Huge finite inputs: every result is the true value (to a few roundings) or, when the true value
 * itself is past the largest number, the error saying so; never a wrong number. The true value is
 * worked out exactly, in rationals of BigInts: every finite number is exactly m × 2^e.
 */

const RUNS = Number(process.env.FC_RUNS ?? 300);
const [ZERO, ONE, TWO] = [BigInt(0), BigInt(1), BigInt(2)];

/** n / d, d > 0. */
interface Rational {
  n: bigint;
  d: bigint;
}

function exact(x: number): Rational {
  if (x === 0) return { n: ZERO, d: ONE };
  const e = Math.floor(Math.log2(Math.abs(x))) - 60;
  // x / 2^e is a whole number below 2^62 (and exact: a power of two), divided in two steps so
  // that no power of two on the way is below the smallest number.
  const scaled = e < -1000 ? (x * 2 ** 1000) / 2 ** (e + 1000) : x / 2 ** e;
  const n = BigInt(Math.round(scaled));
  return e >= 0 ? { n: n * TWO ** BigInt(e), d: ONE } : { n, d: TWO ** BigInt(-e) };
}

const add = (a: Rational, b: Rational): Rational => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
const neg = (a: Rational): Rational => ({ n: -a.n, d: a.d });
const mul = (a: Rational, b: Rational): Rational => ({ n: a.n * b.n, d: a.d * b.d });
const div = (a: Rational, b: Rational): Rational => {
  const sign = b.n < ZERO ? -ONE : ONE;
  return { n: sign * a.n * b.d, d: sign * b.n * a.d };
};
const abs = (a: Rational): Rational => ({ n: a.n < ZERO ? -a.n : a.n, d: a.d });
const isZero = (a: Rational) => a.n === ZERO;
const lessThan = (a: Rational, b: Rational) => a.n * b.d < b.n * a.d;

const LARGEST = exact(Number.MAX_VALUE);
/** Below this the result is subnormal and keeps fewer digits: compared absolutely there. */
const TINY = exact(2 ** -1000);
/** A few roundings' worth of relative error. */
const TOLERANCE: Rational = { n: ONE, d: TWO ** BigInt(45) };

/** The function's true result for the inputs, or null where it is undefined (a zero denominator). */
type Truth = (x: Rational[]) => Rational | null;

const CASES: Array<{ name: string; kinds: Array<'count' | 'signed' | 'fraction'>; truth: Truth }> = [
  {
    name: 'SHARE_OF_VOICE',
    kinds: ['count', 'count'],
    truth: ([brand, others]) => (isZero(add(brand, others)) ? null : div(brand, add(brand, others))),
  },
  {
    name: 'GROWTH_RATE',
    kinds: ['signed', 'signed'],
    truth: ([previous, current]) =>
      isZero(previous) ? null : div(add(current, neg(previous)), abs(previous)),
  },
  {
    name: 'SENTIMENT_SCORE',
    kinds: ['count', 'count', 'count'],
    truth: ([p, n, o]) => {
      const total = add(add(p, n), o);
      return isZero(total) ? null : div(add(p, neg(n)), total);
    },
  },
  {
    name: 'ROI',
    kinds: ['count', 'count'],
    truth: ([revenue, cost]) => (isZero(cost) ? null : div(add(revenue, neg(cost)), cost)),
  },
  {
    name: 'GOAL_PROGRESS',
    kinds: ['signed', 'signed', 'signed'],
    truth: ([baseline, target, current]) => {
      const span = add(target, neg(baseline));
      return isZero(span) ? null : div(add(current, neg(baseline)), span);
    },
  },
  {
    name: 'CPM',
    kinds: ['count', 'count'],
    truth: ([cost, impressions]) => (isZero(impressions) ? null : div(mul(cost, exact(1000)), impressions)),
  },
  { name: 'CTR', kinds: ['count', 'count'], truth: ([a, b]) => (isZero(b) ? null : div(a, b)) },
  {
    name: 'CLV',
    kinds: ['count', 'count', 'count', 'fraction'],
    truth: ([value, orders, years, margin]) => mul(mul(mul(value, orders), years), margin),
  },
];

/** Mostly huge, some ordinary, some tiny: where sums, differences and products leave the range. */
const magnitude = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: 1e300, max: Number.MAX_VALUE, noNaN: true }) },
  { weight: 2, arbitrary: fc.double({ min: 1e-300, max: 1e300, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, Number.MAX_VALUE, 2 ** 1023) },
);
const inputOf = (kind: 'count' | 'signed' | 'fraction') =>
  kind === 'fraction'
    ? fc.double({ min: 1e-300, max: 1, noNaN: true })
    : kind === 'signed'
      ? fc.tuple(magnitude, fc.boolean()).map(([m, negative]) => (negative && m !== 0 ? -m : m))
      : magnitude;

describe('huge finite inputs give the true result or say it is too large', () => {
  test.each(CASES)('$name', ({ name, kinds, truth }) => {
    fc.assert(
      fc.property(fc.tuple(...kinds.map(inputOf)), (args) => {
        const expected = truth(args.map(exact));
        if (expected === null) return; // a zero denominator: tested in conventions.test.ts
        let result: unknown;
        try {
          result = runCustomFunction(name, args);
        } catch (error) {
          if (!(error instanceof KpiFunctionError)) throw error;
          // Only a true result past the largest number may be refused, and then as too large.
          expect([error.message, lessThan(LARGEST, abs(expected))]).toEqual([
            `${name}: result is too large to be a number`,
            true,
          ]);
          return;
        }
        expect(typeof result).toBe('number');
        const got = exact(result as number);
        const error = abs(add(got, neg(expected)));
        const close = lessThan(abs(expected), TINY)
          ? lessThan(error, TINY)
          : !lessThan(mul(TOLERANCE, abs(expected)), error);
        if (!close) expect({ args, result, expected: Number(expected.n) / Number(expected.d) }).toBe('close');
      }),
      { numRuns: RUNS },
    );
  });

  test('the issue’s two cases', () => {
    expect(runCustomFunction('SHARE_OF_VOICE', [1e308, 1e308])).toBe(0.5);
    expect(runCustomFunction('GROWTH_RATE', [-1e308, 1e308])).toBe(2);
  });
});
