import { customFunctionKpis } from '../../src/kpi/lookup';
import type { ParamDefinition } from '../../src/kpi/types';
import { call, column, errorOf } from './support/call';

/*
 * The conventions every function follows (spec: Conventions every function follows), checked for
 * every function of the registry: one bad value at a time in each argument, the rest valid.
 */

const definitions = customFunctionKpis().map((kpi) => kpi.fn!);

/** A value each kind of argument accepts, chosen so no result is undefined. */
function goodValue(name: string, param: ParamDefinition, index: number): unknown {
  if (param.kind === 'date') return new Date(2025, 2, 3, 9 + index);
  if (param.kind === 'text') return 'mean';
  if (param.kind === 'fraction') return 0.5;
  if (param.kind === 'whole') return 5;
  if (param.kind === 'rating' || param.kind === 'score') return 4;
  if (name === 'GOAL_PROGRESS') return [10, 20, 15][index];
  return 10 + index;
}

function goodArgs(name: string, params: readonly ParamDefinition[]): unknown[] {
  return params.map((param, i) => goodValue(name, param, i));
}

const numericParams = definitions.flatMap((definition) =>
  definition.params
    .map((param, index) => ({ definition, param, index }))
    .filter(({ param }) => param.kind !== 'text' && param.kind !== 'date'),
);

describe.each(definitions.map((definition) => [definition.name, definition] as const))(
  '%s',
  (name, definition) => {
    const params = definition.params;
    const required = params.filter((param) => !param.optional).length;

    it('gives a finite number for valid single cells', () => {
      const result = call(name, ...goodArgs(name, params));
      expect(typeof result).toBe('number');
      expect(Number.isFinite(result)).toBe(true);
    });

    it('rejects too many arguments, naming the signature', () => {
      const message = errorOf(name, ...goodArgs(name, params), 1);
      const signature = params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ');
      expect(message).toBe(
        `${name}: takes at most ${params.length} argument${params.length === 1 ? '' : 's'}: ${name}(${signature})`,
      );
    });

    it('names each missing required argument', () => {
      for (let given = 0; given < required; given++) {
        expect(errorOf(name, ...goodArgs(name, params).slice(0, given))).toBe(
          `${name}: ${params[given].name} is missing`,
        );
      }
    });

    it('rejects ragged and empty ranges in every argument', () => {
      params.forEach((param, i) => {
        const ragged = goodArgs(name, params);
        // Cells every kind of argument accepts: rows are checked as they are read, so a bad
        // value in an earlier row would be named first.
        ragged[i] = [[1, 1], [1]];
        expect(errorOf(name, ...ragged)).toBe(`${name}: ${param.name} is not a rectangular range`);
        ragged[i] = [];
        expect(errorOf(name, ...ragged)).toBe(`${name}: ${param.name} is an empty range`);
      });
    });
  },
);

describe.each(numericParams.map((entry) => [entry.definition.name, entry.param.name, entry] as const))(
  '%s: %s',
  (name, argument, { definition, param, index }) => {
    const withValue = (value: unknown) => {
      const args = goodArgs(name, definition.params);
      args[index] = value;
      return args;
    };

    it.each([
      ['text', 'n/a', '"n/a"'],
      ['a thousands space', '1 200', '"1 200"'],
      ['a decimal comma', '12,5', '"12,5"'],
      ['a boolean', true, 'TRUE'],
      ['a date', new Date(2025, 0, 1), 'a date'],
    ])('rejects %s', (_label, value, quoted) => {
      expect(errorOf(name, ...withValue(value))).toBe(`${name}: ${argument} is ${quoted}, not a number`);
    });

    // An aggregate's optional argument (share, scale_max) is one setting, never a range.
    if (!(definition.shape === 'aggregate' && param.optional)) {
      it('names the row of a bad cell in a range', () => {
        const args = definition.params.map((p, i) => {
          const good = goodValue(name, p, i);
          if (definition.shape === 'aggregate' && p.optional) return good;
          return column(good, i === index ? 'oops' : good);
        });
        expect(errorOf(name, ...args)).toBe(`${name}: ${argument} row 2 is "oops", not a number`);
      });
    }

    it('rejects NaN and Infinity from script', () => {
      expect(errorOf(name, ...withValue(NaN))).toBe(`${name}: ${argument} is not a finite number`);
      expect(errorOf(name, ...withValue(-Infinity))).toBe(`${name}: ${argument} is not a finite number`);
    });

    if (param.kind === 'count' || param.kind === 'money') {
      it('rejects a negative count or amount', () => {
        expect(errorOf(name, ...withValue(-2))).toBe(`${name}: ${argument} is -2, but it cannot be negative`);
      });
    }
    if (param.kind === 'signed') {
      it('accepts a negative value', () => {
        expect(Number.isFinite(call(name, ...withValue(-2)))).toBe(true);
      });
    }
  },
);

describe('results never show Infinity or NaN', () => {
  it('an overflowing element-wise result is an error naming the row, not "is 0"', () => {
    expect(errorOf('CLV', column(1, 1e200), 1e200, 1)).toBe('CLV: result row 2 is too large to be a number');
    expect(errorOf('CTR', 1e300, 1e-300)).toBe('CTR: result is too large to be a number');
    expect(errorOf('GROWTH_RATE', 1e-300, 1e300)).toBe('GROWTH_RATE: result is too large to be a number');
    expect(errorOf('CPM', 1e306, 1)).toBe('CPM: result is too large to be a number');
  });

  it('huge inputs whose sum or difference overflows on the way still give the right result', () => {
    expect(call('SHARE_OF_VOICE', 1e308, 1e308)).toBe(0.5);
    expect(call('GROWTH_RATE', -1e308, 1e308)).toBe(2);
    expect(call('GROWTH_RATE', 1e308, -1e308)).toBe(-2);
    expect(call('SENTIMENT_SCORE', 1.5e308, 0, 1.5e308)).toBe(0.5);
    expect(call('ROI', 1.5e308, 1e308)).toBeCloseTo(0.5, 15);
    expect(call('GOAL_PROGRESS', -1e308, 1e308, 0)).toBe(0.5);
    expect(call('CPM', 1e306, 1e10)).toBe(1e299);
    // A product past the largest number on the way: 1e200 × 1e200 × 1e-200 × 1 is 1e200.
    expect(call('CLV', 1e200, 1e200, 1e-200, 1)).toBeCloseTo(1e200, -185);
    expect(call('CLV', 1e-200, 1e-200, 1e200, 1)).toBeCloseTo(1e-200, 214);
  });

  it('a sum that overflows is an error naming the argument, also in aggregates', () => {
    expect(errorOf('ENGAGEMENT_RATE', [[1e308, 1e308]], 1)).toBe(
      'ENGAGEMENT_RATE: engagements add up to more than the largest number a cell can hold',
    );
    expect(errorOf('SHARE_OF_VOICE', 1e308, [[1e308, 1e308]])).toBe(
      'SHARE_OF_VOICE: competitor_mentions add up to more than the largest number a cell can hold',
    );
    expect(
      errorOf(
        'AVERAGE_ENGAGEMENT_RATE',
        [
          [1, 1],
          [1e308, 1e308],
        ],
        1,
      ),
    ).toBe(
      'AVERAGE_ENGAGEMENT_RATE: engagements_per_post row 2 add up to more than the largest number a cell can hold',
    );
    // Millions of followers of mentioners add up past the largest number, yet 2 % of them do not.
    expect(call('POTENTIAL_REACH', column(1e308, 1e308), 0.02)).toBeCloseTo(4e306, -292);
    expect(call('POTENTIAL_REACH', column(1e308, 1e308), 0)).toBe(0);
    expect(errorOf('POTENTIAL_REACH', column(1e308, 1e308), 1)).toBe(
      'POTENTIAL_REACH: result is too large to be a number',
    );
    expect(call('AVERAGE_ENGAGEMENT_RATE', column(1.5e308, 1.5e308), 1)).toBe(1.5e308);
  });

  it('a date serial beyond any date is not a date', () => {
    expect(errorOf('RESPONSE_TIME', 1e300, 1e305)).toBe(
      'RESPONSE_TIME: received_at is 1e+300, not a date (format the cells as dates)',
    );
  });

  it('a zero result is never -0', () => {
    expect(Object.is(call('GROWTH_RATE', -5, -5), 0)).toBe(true);
    expect(Object.is(call('ROI', 0, 5), -1)).toBe(true);
    expect(Object.is(call('POTENTIAL_REACH', 0, 0), 0)).toBe(true);
  });
});

describe('a Date from another realm (a vm context, another frame) is still a date', () => {
  it('is read by RESPONSE_TIME and named as a date elsewhere', async () => {
    const vm = await import('node:vm');
    const context = vm.createContext({});
    const [start, end] = vm.runInContext(
      '[new Date(2025, 2, 3, 9), new Date(2025, 2, 3, 11)]',
      context,
    ) as Date[];
    expect(start instanceof Date).toBe(false);
    expect(call('RESPONSE_TIME', start, end)).toBeCloseTo(2, 12);
    expect(errorOf('CTR', start, 5)).toBe('CTR: clicks is a date, not a number');
  });
});

describe('input only a script can pass never leaks a JavaScript error', () => {
  it('reads a sparse flat array as a column with blanks', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(call('POTENTIAL_REACH', [, 500])).toBe(10);
    // eslint-disable-next-line no-sparse-arrays
    expect(call('SENTIMENT_SCORE', 1, [, 1])).toEqual([[''], [0]]);
  });

  it('names non-finite numbers without printing NaN or Infinity', () => {
    expect(errorOf('RESPONSE_TIME', 0, -Infinity)).toBe('RESPONSE_TIME: replied_at is not a finite number');
    expect(errorOf('RESPONSE_TIME', 0, 1, NaN)).toBe(
      'RESPONSE_TIME: method is not a finite number; use "mean" or "median"',
    );
  });
});
