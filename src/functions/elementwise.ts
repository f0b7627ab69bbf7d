import type { CustomFunctionDefinition, ParamDefinition } from '../kpi/types';
import { BLANK, Grid, readNumber, toGrid } from './cells';
import {
  describePosition,
  functionMessages as m,
  KpiFunctionError,
  shapeText,
  type Quantity,
} from './errors';

/** What a custom function may put in a cell: never NaN, Infinity or an object. */
export type CellResult = number | '';
export type FunctionResult = CellResult | CellResult[][];

export interface ElementwiseKernel {
  /**
   * Inputs in parameter order, summed arguments already summed; a non-finite result means
   * undefined (a zero denominator). Plain number parameters, not an array: this runs once per cell.
   */
  compute(a: number, b: number, c: number, d: number): number;
  /** What is zero when the result is undefined, as the message names it: "impressions". */
  denominator: string;
  /** What is undefined: "rate", "cost", "score". */
  quantity: Quantity;
  /**
   * The value the kernel divides by, to tell a zero denominator (undefined: blank or an error)
   * from an overflow (a result too large for a number). Without it, a non-finite result is an overflow.
   */
  divisor?(a: number, b: number, c: number, d: number): number;
  /**
   * A zero denominator that means the inputs are wrong rather than missing (a goal whose target
   * is its baseline): an error even inside a range, instead of a blank cell.
   */
  undefinedIsError?: boolean;
}

/**
 * An argument ready for the cell loop, flattened row by row. A single value has stride 0, so
 * broadcasting costs nothing: cell i reads values[i * stride].
 */
interface Operand {
  param: ParamDefinition;
  grid: Grid;
  values: Float64Array;
  stride: 0 | 1;
  rows: number;
  columns: number;
}

const ABSENT: Operand['values'] = new Float64Array(1);

/** Arguments as Sheets passes them, with omitted optional ones filled from their defaults. */
export function resolveArguments(definition: CustomFunctionDefinition, args: ArrayLike<unknown>): unknown[] {
  const { name, params } = definition;
  let given = args.length;
  while (given > 0 && args[given - 1] === undefined) given--;
  if (given > params.length) {
    const signature = `${name}(${params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`;
    throw new KpiFunctionError(m.tooManyArguments(name, params.length, signature));
  }
  return params.map((param, i) => {
    const value = i < args.length ? args[i] : undefined;
    if (value !== undefined) return value;
    if (param.optional) return param.optional.default;
    throw new KpiFunctionError(m.missing(name, param.name));
  });
}

/**
 * Runs a kernel the way built-in arithmetic runs inside ARRAYFORMULA: single cells broadcast,
 * same-shaped ranges give one result per cell, summed arguments are summed per row first.
 */
export function runElementwise(
  definition: CustomFunctionDefinition,
  kernel: ElementwiseKernel,
  args: ArrayLike<unknown>,
): FunctionResult {
  const fn = definition.name;
  const values = resolveArguments(definition, args);
  const operands = definition.params.map((param, i) =>
    prepareOperand(fn, param, toGrid(fn, param, values[i])),
  );
  const shaped = operands.find((operand) => operand.stride === 1);
  for (const operand of operands) {
    if (operand.stride === 0 || operand === shaped || !shaped) continue;
    if (operand.rows !== shaped.rows || operand.columns !== shaped.columns) {
      throw new KpiFunctionError(
        m.shapeMismatch(
          fn,
          shaped.param.name,
          shapeText(shaped.rows, shaped.columns),
          operand.param.name,
          shapeText(operand.rows, operand.columns),
        ),
      );
    }
  }

  // A summed single row (SHARE_OF_VOICE(B2, C2:E2)) still makes one value: a single-cell call.
  const anyRange = operands.some((operand) => !operand.grid.single && !operand.param.summed);
  const [a, b, c, d] = [0, 1, 2, 3].map((i) => operands[i]);
  const va = a.values;
  const sa = a.stride;
  const vb = b ? b.values : ABSENT;
  const sb = b ? b.stride : 0;
  const vc = c ? c.values : ABSENT;
  const sc = c ? c.stride : 0;
  const vd = d ? d.values : ABSENT;
  const sd = d ? d.stride : 0;

  if (!shaped) {
    const result = computeCell(kernel, va[0], vb[0], vc[0], vd[0]);
    if (result === OVERFLOW) throw new KpiFunctionError(m.tooLarge(fn));
    if (result === UNDEFINED) {
      if (anyRange && !kernel.undefinedIsError) return [['']];
      throw new KpiFunctionError(m.undefinedResult(fn, kernel.denominator, kernel.quantity));
    }
    return anyRange ? [[result]] : result;
  }

  const rows = shaped.rows;
  const columns = shaped.columns;
  const out: CellResult[][] = new Array(rows);
  const undefinedOrFail = (result: CellResult, r: number, c: number): CellResult => {
    if (result === UNDEFINED && !kernel.undefinedIsError) return '';
    const where = describePosition({ row: r, column: c, inRange: true, multiColumn: columns > 1 });
    if (result === OVERFLOW) throw new KpiFunctionError(m.tooLarge(fn, where));
    throw new KpiFunctionError(m.undefinedResult(fn, kernel.denominator, kernel.quantity, where));
  };
  if (columns === 1) {
    // The common case, a column of results: a literal one-element row is much cheaper than a grown one.
    for (let r = 0; r < rows; r++) {
      const result = computeCell(kernel, va[r * sa], vb[r * sb], vc[r * sc], vd[r * sd]);
      out[r] = [result === UNDEFINED || result === OVERFLOW ? undefinedOrFail(result, r, 0) : result];
    }
    return out;
  }
  let i = 0;
  for (let r = 0; r < rows; r++) {
    const outRow: CellResult[] = [];
    for (let col = 0; col < columns; col++, i++) {
      const result = computeCell(kernel, va[i * sa], vb[i * sb], vc[i * sc], vd[i * sd]);
      outRow.push(result === UNDEFINED || result === OVERFLOW ? undefinedOrFail(result, r, col) : result);
    }
    out[r] = outRow;
  }
  return out;
}

/* Results are finite, so the two infinities are free to mark what is not a result. */
const UNDEFINED = -Infinity;
const OVERFLOW = Infinity;

/** Blank in, blank out; a non-finite result is a zero denominator or an overflow. */
function computeCell(kernel: ElementwiseKernel, a: number, b: number, c: number, d: number): CellResult {
  if (a !== a || b !== b || c !== c || d !== d) return '';
  const result = kernel.compute(a, b, c, d);
  if (result - result !== 0) {
    // Inputs are finite, so a non-finite result is either a zero divisor or an overflow (1e200 × 1e200).
    return kernel.divisor !== undefined && kernel.divisor(a, b, c, d) === 0 ? UNDEFINED : OVERFLOW;
  }
  // -0 would show as "-0" in some number formats: a zero is a zero.
  return result === 0 ? 0 : result;
}

function prepareOperand(fn: string, param: ParamDefinition, grid: Grid): Operand {
  if (param.summed) {
    const values = sumRows(fn, param, grid);
    return { param, grid, values, stride: grid.rows === 1 ? 0 : 1, rows: grid.rows, columns: 1 };
  }
  const values = readAll(fn, param, grid);
  return { param, grid, values, stride: grid.single ? 0 : 1, rows: grid.rows, columns: grid.columns };
}

/**
 * Whether a plain number needs no further check for this kind: most cells of most sheets are
 * exactly that, and skipping the general reader for them keeps ranges close to a hand-written loop.
 */
function acceptsAsIs(kind: ParamDefinition['kind'], value: unknown): value is number {
  if (typeof value !== 'number' || value - value !== 0) return false;
  return kind === 'signed' || ((kind === 'count' || kind === 'money') && value >= 0);
}

function readAll(fn: string, param: ParamDefinition, grid: Grid): Float64Array {
  const values = new Float64Array(grid.rows * grid.columns);
  const kind = param.kind;
  let i = 0;
  for (let r = 0; r < grid.rows; r++) {
    const row = grid.values[r];
    for (let c = 0; c < grid.columns; c++, i++) {
      const value = row[c];
      values[i] = acceptsAsIs(kind, value) ? value : readNumber(fn, param, grid, r, c);
    }
  }
  return values;
}

/** A row's sum over the cells it has; a row with every cell blank stays blank, not zero. */
export function sumRows(fn: string, param: ParamDefinition, grid: Grid): Float64Array {
  const sums = new Float64Array(grid.rows);
  const kind = param.kind;
  for (let r = 0; r < grid.rows; r++) {
    const row = grid.values[r];
    let sum = BLANK;
    for (let c = 0; c < grid.columns; c++) {
      const value = row[c];
      const n = acceptsAsIs(kind, value) ? value : readNumber(fn, param, grid, r, c);
      if (n === n) sum = sum === sum ? sum + n : n;
    }
    sums[r] = sum;
  }
  return sums;
}
