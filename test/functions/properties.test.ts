import fc from 'fast-check';
import { KpiFunctionError, runCustomFunction } from '../../src/functions';
import { customFunctionKpis } from '../../src/kpi/lookup';
import type { CustomFunctionDefinition, ParamDefinition } from '../../src/kpi/types';

/*
 * Properties over random input. Whatever a cell or a script passes, a function returns a finite
 * number, "", or a rectangular grid of those, or throws our error naming the function: never a
 * TypeError, RangeError, NaN, Infinity or -0.
 */

const definitions = customFunctionKpis().map((kpi) => kpi.fn!);
const names = definitions.map((fn) => fn.name);
// FC_RUNS=5000 npx jest test/functions/properties for a longer hunt.
const RUNS = Number(process.env.FC_RUNS ?? 300);

function isCell(value: unknown): boolean {
  return value === '' || (typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0));
}

/** Runs a call and checks its outcome; returns the result, or undefined when it threw our error. */
function checkedCall(name: string, args: unknown[]): unknown {
  let result: unknown;
  try {
    result = runCustomFunction(name, args);
  } catch (error) {
    if (!(error instanceof KpiFunctionError)) throw error;
    expect(error.message.startsWith(`${name}: `)).toBe(true);
    expect(error.message).not.toMatch(/\[object |undefined is| NaN\b|Infinity(?!")/);
    return undefined;
  }
  // Plain checks first, expect only on failure: expect per cell would dominate the run time.
  if (Array.isArray(result)) {
    const width = Array.isArray(result[0]) ? (result[0] as unknown[]).length : 0;
    const rectangular =
      result.length > 0 && width > 0 && result.every((row) => Array.isArray(row) && row.length === width);
    const bad = rectangular ? (result as unknown[][]).flat().filter((cell) => !isCell(cell)) : [];
    if (!rectangular || bad.length > 0) expect({ rectangular, bad }).toEqual({ rectangular: true, bad: [] });
  } else if (!isCell(result)) {
    expect([result, isCell(result)]).toEqual([result, true]);
  }
  return result;
}

// ----- junk -----

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.integer({ min: -3, max: 12 }),
  fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 1e-300, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity),
  fc.string({ maxLength: 6 }),
  fc.constantFrom(
    '',
    ' ',
    ' 0.5 ',
    '1 200',
    '12,5',
    'n/a',
    'mean',
    ' MEDIAN ',
    '1e400',
    '-3',
    '0x10',
    'NaN',
    '.5',
  ),
  fc.boolean(),
  fc.date(),
  fc.constant(new Date(NaN)),
  fc.constantFrom(null, undefined),
  fc.anything({
    maxDepth: 1,
    withNullPrototype: true,
    withBoxedValues: true,
    withBigInt: true,
    withTypedArray: true,
    withSparseArray: true,
    withMap: true,
  }),
);

/** Rectangular grids of junk, to get past the shape checks into the cell readers. */
const rectangle = (cell: fc.Arbitrary<unknown>) =>
  fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })).chain(([rows, columns]) =>
    fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), {
      minLength: rows,
      maxLength: rows,
    }),
  );

const value: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: scalar, weight: 4 },
  { arbitrary: rectangle(scalar), weight: 3 },
  { arbitrary: fc.array(fc.array(scalar, { maxLength: 3 }), { maxLength: 3 }), weight: 1 }, // ragged, empty
  { arbitrary: fc.array(scalar, { maxLength: 4 }), weight: 1 }, // flat, from script
  {
    arbitrary: fc.array(fc.array(fc.array(scalar, { maxLength: 2 }), { maxLength: 2 }), { maxLength: 2 }),
    weight: 1,
  },
);

/** Mostly-valid input: small counts, blanks, dates and shapes that fit, so calls reach the kernels. */
const plausibleCell = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 20 }), weight: 6 },
  { arbitrary: fc.constantFrom('', ' 3 ', 'x', -1, 0.5), weight: 2 },
  { arbitrary: fc.date({ min: new Date(2020, 0, 1), max: new Date(2030, 0, 1) }), weight: 2 },
);
const plausibleArgs = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
  .chain(([rows, columns]) => {
    const block = fc.array(fc.array(plausibleCell, { minLength: columns, maxLength: columns }), {
      minLength: rows,
      maxLength: rows,
    });
    return fc.array(fc.oneof(plausibleCell, block, fc.constantFrom('mean', 'median')), { maxLength: 5 });
  });

describe('any input gives a valid cell value or our error', () => {
  it.each(names)('%s, random junk and argument counts', (name) => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 6 }), (args) => {
        checkedCall(name, args);
      }),
      { numRuns: RUNS },
    );
  });

  it.each(names)('%s, mostly valid input', (name) => {
    fc.assert(
      fc.property(plausibleArgs, (args) => {
        checkedCall(name, args);
      }),
      { numRuns: RUNS },
    );
  });

  it('aggregates return one value, never a grid', () => {
    const aggregates = definitions.filter((fn) => fn.shape === 'aggregate').map((fn) => fn.name);
    fc.assert(
      fc.property(fc.constantFrom(...aggregates), plausibleArgs, (name, args) => {
        expect(Array.isArray(checkedCall(name, args))).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });
});

// ----- pooled rates -----

const counts = (rows: number, columns: number, min = 0) =>
  fc.array(fc.array(fc.integer({ min, max: 1_000_000 }), { minLength: columns, maxLength: columns }), {
    minLength: rows,
    maxLength: rows,
  });

describe('ENGAGEMENT_RATE', () => {
  it('on sums equals total engagements / total base, and per row equals the row sum / its base', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }).chain((rows) => fc.tuple(counts(rows, 4), counts(rows, 1, 1))),
        ([engagements, base]) => {
          const rowSums = engagements.map((r) => r[0] + r[1] + r[2] + r[3]);
          const totalEngagements = rowSums.reduce((a, b) => a + b, 0);
          const totalBase = base.reduce((a, [b]) => a + b, 0);
          expect(runCustomFunction('ENGAGEMENT_RATE', [totalEngagements, totalBase])).toBe(
            totalEngagements / totalBase,
          );
          const perRow = runCustomFunction('ENGAGEMENT_RATE', [engagements, base]) as number[][];
          expect(perRow).toEqual(rowSums.map((sum, r) => [sum / base[r][0]]));
        },
      ),
      { numRuns: RUNS },
    );
  });
});

// ----- shapes -----

/** A value every element-wise argument accepts, with no undefined result. */
function validCell(fn: CustomFunctionDefinition, param: ParamDefinition): fc.Arbitrary<number> {
  if (param.kind === 'fraction') return fc.double({ min: 0, max: 1, noNaN: true });
  if (fn.name === 'GOAL_PROGRESS' && param.name === 'target') return fc.integer({ min: 2000, max: 3000 });
  if (param.kind === 'signed') return fc.integer({ min: 1, max: 1000 }).map((n, i = n % 2) => (i ? n : -n));
  return fc.integer({ min: 1, max: 100_000 });
}

const elementwise = definitions.filter((fn) => fn.shape === 'elementwise');

describe('element-wise results have the shape of their inputs', () => {
  it.each(elementwise.map((fn) => [fn.name, fn] as const))('%s', (_name, fn) => {
    const hasSummed = fn.params.some((p) => p.summed);
    const arbitrary = fc
      .tuple(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.boolean(), { minLength: fn.params.length, maxLength: fn.params.length }),
      )
      .chain(([rows, width, asRange]) => {
        const columns = hasSummed ? 1 : width;
        return fc
          .tuple(
            ...fn.params.map((param, i) => {
              const cell = validCell(fn, param);
              if (!asRange[i]) return cell as fc.Arbitrary<unknown>;
              const cols = param.summed ? width : columns;
              return fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), {
                minLength: rows,
                maxLength: rows,
              }) as fc.Arbitrary<unknown>;
            }),
          )
          .map((args) => ({ args, rows, columns, asRange }));
      });
    fc.assert(
      fc.property(arbitrary, ({ args, rows, columns, asRange }) => {
        const result = checkedCall(fn.name, args);
        // A summed argument of one row is one value: it broadcasts like a single cell.
        const shaped = fn.params.some((p, i) => asRange[i] && (!p.summed || rows > 1));
        if (!shaped) {
          expect(typeof result).toBe('number');
          return;
        }
        expect(Array.isArray(result)).toBe(true);
        const grid = result as unknown[][];
        expect([grid.length, grid[0].length]).toEqual([rows, columns]);
        expect(grid.flat().every((cell) => typeof cell === 'number')).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
