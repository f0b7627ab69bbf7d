import { KpiFunctionError, runCustomFunction } from '../../../src/functions';
import type { FunctionResult } from '../../../src/functions';

/** Calls a custom function the way the generated stub does: by name, with the arguments Sheets passes. */
export function call(name: string, ...args: unknown[]): FunctionResult {
  return runCustomFunction(name, args);
}

/** The message of the error a call throws; fails the test if it returns, or throws anything but ours. */
export function errorOf(name: string, ...args: unknown[]): string {
  let result: FunctionResult;
  try {
    result = runCustomFunction(name, args);
  } catch (error) {
    if (!(error instanceof KpiFunctionError)) throw error;
    return error.message;
  }
  throw new Error(`${name} returned ${JSON.stringify(result)} instead of an error`);
}

/** A range of one column, as Sheets passes B2:B5. */
export function column(...values: unknown[]): unknown[][] {
  return values.map((value) => [value]);
}

/** A range of one row, as Sheets passes B2:E2. */
export function row(...values: unknown[]): unknown[][] {
  return [values];
}

/** Element-wise toBeCloseTo for a 2-D result: "" must match "" exactly. */
export function expectGrid(actual: FunctionResult, expected: (number | '')[][]): void {
  expect(Array.isArray(actual)).toBe(true);
  const grid = actual as (number | '')[][];
  expect(grid.map((r) => r.length)).toEqual(expected.map((r) => r.length));
  expected.forEach((expectedRow, r) =>
    expectedRow.forEach((value, c) => {
      if (value === '') expect(grid[r][c]).toBe('');
      else expect(grid[r][c]).toBeCloseTo(value, 12);
    }),
  );
}

/** A finite number close to the expected one (a single-cell call returns a bare number). */
export function expectNumber(actual: FunctionResult, expected: number): void {
  expect(typeof actual).toBe('number');
  expect(actual as number).toBeCloseTo(expected, 12);
}
