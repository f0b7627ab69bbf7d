import type { CustomFunctionDefinition, ParamDefinition } from '../kpi/types';
import { BLANK, Grid, readNumber, toGrid } from './cells';
import { describePosition, functionMessages as m, KpiFunctionError, shapeText } from './errors';

/** What a custom function may put in a cell: never NaN, Infinity or an object. */
export type CellResult = number | '';
export type FunctionResult = CellResult | CellResult[][];

export interface ElementwiseKernel {
  /** Inputs in parameter order, summed arguments already summed; a non-finite result means undefined. */
  compute(inputs: Float64Array): number;
  /** What is zero when the result is undefined, as the message names it: "impressions". */
  denominator: string;
  /** What is undefined: "rate", "cost", "score". */
  quantity: string;
  /**
   * The value the kernel divides by, to tell a zero denominator (undefined: blank or an error)
   * from an overflow (a result too large for a number). Without it, a non-finite result is an overflow.
   */
  divisor?(inputs: Float64Array): number;
}

/** An argument ready for the cell loop: either one value for every cell, or a value per cell. */
interface Operand {
  param: ParamDefinition;
  grid: Grid;
  /** Set when the argument is one value for every cell (a single cell, or a summed single row). */
  constant?: number;
  /** Set for a summed argument: one sum per row. */
  rowSums?: Float64Array;
  rows: number;
  columns: number;
}

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
  const shaped = operands.find((operand) => operand.constant === undefined);
  for (const operand of operands) {
    if (operand.constant !== undefined || operand === shaped || !shaped) continue;
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

  const inputs = new Float64Array(operands.length);
  // A summed single row (SHARE_OF_VOICE(B2, C2:E2)) still makes one value: a single-cell call.
  const anyRange = operands.some((operand) => !operand.grid.single && !operand.param.summed);
  if (!shaped) {
    for (let i = 0; i < operands.length; i++) inputs[i] = operands[i].constant as number;
    const result = computeCell(kernel, inputs);
    if (result === OVERFLOW) throw new KpiFunctionError(m.tooLarge(fn, ''));
    if (result === UNDEFINED) {
      if (anyRange) return [['']];
      throw new KpiFunctionError(m.undefinedResult(fn, kernel.denominator, kernel.quantity));
    }
    return anyRange ? [[result]] : result;
  }

  const rows = shaped.rows;
  const columns = shaped.columns;
  const out: CellResult[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const outRow: CellResult[] = new Array(columns);
    for (let c = 0; c < columns; c++) {
      for (let i = 0; i < operands.length; i++) {
        const operand = operands[i];
        inputs[i] =
          operand.constant !== undefined
            ? operand.constant
            : operand.rowSums !== undefined
              ? operand.rowSums[r]
              : readNumber(fn, operand.param, operand.grid, r, c);
      }
      const result = computeCell(kernel, inputs);
      if (result === OVERFLOW) {
        const where = describePosition({ row: r, column: c, inRange: true, multiColumn: columns > 1 });
        throw new KpiFunctionError(m.tooLarge(fn, where));
      }
      outRow[c] = result === UNDEFINED ? '' : result;
    }
    out[r] = outRow;
  }
  return out;
}

const UNDEFINED = Symbol('undefined result');
const OVERFLOW = Symbol('result too large');

function computeCell(
  kernel: ElementwiseKernel,
  inputs: Float64Array,
): CellResult | typeof UNDEFINED | typeof OVERFLOW {
  for (let i = 0; i < inputs.length; i++) if (inputs[i] !== inputs[i]) return '';
  const result = kernel.compute(inputs);
  if (result !== result || result === Infinity || result === -Infinity) {
    // Inputs are finite, so a non-finite result is either a zero divisor or an overflow (1e200 × 1e200).
    return kernel.divisor !== undefined && kernel.divisor(inputs) === 0 ? UNDEFINED : OVERFLOW;
  }
  // -0 would show as "-0" in some number formats: a zero is a zero.
  return result === 0 ? 0 : result;
}

function prepareOperand(fn: string, param: ParamDefinition, grid: Grid): Operand {
  if (param.summed) {
    const rowSums = sumRows(fn, param, grid);
    if (grid.rows === 1) return { param, grid, constant: rowSums[0], rows: 1, columns: 1 };
    return { param, grid, rowSums, rows: grid.rows, columns: 1 };
  }
  if (grid.single) return { param, grid, constant: readNumber(fn, param, grid, 0, 0), rows: 1, columns: 1 };
  return { param, grid, rows: grid.rows, columns: grid.columns };
}

/** A row's sum over the cells it has; a row with every cell blank stays blank, not zero. */
export function sumRows(fn: string, param: ParamDefinition, grid: Grid): Float64Array {
  const sums = new Float64Array(grid.rows);
  for (let r = 0; r < grid.rows; r++) {
    let sum = BLANK;
    for (let c = 0; c < grid.columns; c++) {
      const n = readNumber(fn, param, grid, r, c);
      if (n === n) sum = sum === sum ? sum + n : n;
    }
    sums[r] = sum;
  }
  return sums;
}
