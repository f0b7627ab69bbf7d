import type { CustomFunctionDefinition, ParamDefinition } from '../kpi/types';
import { BLANK, checkedRow, Grid, readNumber, toGridRowsUnchecked } from './cells';
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

/**
 * What is zero when a kernel's result is undefined, as its message names it: one of the function's
 * parameters, a sum or difference of them, or nothing (a kernel that never divides).
 */
export type Denominator<Param extends string = string> =
  Param | `${Param} + ${Param}` | `${Param} + ${Param} + ${Param}` | `${Param} − ${Param}` | '';

export interface ElementwiseKernel<Param extends string = string> {
  /**
   * Inputs in parameter order, summed arguments already summed; a non-finite result means
   * undefined (a zero denominator). Plain number parameters, not an array: this runs once per cell.
   */
  compute(a: number, b: number, c: number, d: number): number;
  /** What is zero when the result is undefined, as the message names it: "impressions". */
  denominator: Denominator<Param>;
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
 * An argument ready for the cell loop. A single value (or a summed single row) is read once into
 * `constant` (stride 0), so broadcasting costs nothing; a range is read cell by cell inside the
 * loop, so no copy of it is ever allocated: at 100,000 rows the copies cost more in garbage
 * collection than the arithmetic.
 */
interface Operand {
  param: ParamDefinition;
  grid: Grid;
  shortcut: Shortcut;
  stride: 0 | 1;
  constant: number;
  rows: number;
  columns: number;
}

/*
 * Most cells of most sheets are plain numbers that need no further check for their kind: they
 * skip the general reader, which keeps ranges close to a hand-written loop.
 */
const NO_SHORTCUT = 0;
/** Counts and money: a finite number that is not negative. */
const NON_NEGATIVE = 1;
/** Signed values: any finite number. */
const ANY_FINITE = 2;
type Shortcut = typeof NO_SHORTCUT | typeof NON_NEGATIVE | typeof ANY_FINITE;

/** The missing third and fourth operands of a two-parameter function. */
const ABSENT: Operand = {
  param: { name: '', kind: 'signed' },
  grid: { values: [[0]], rows: 1, columns: 1, single: true },
  shortcut: ANY_FINITE,
  stride: 0,
  constant: 0,
  rows: 1,
  columns: 1,
};

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
    prepareOperand(fn, param, toGridRowsUnchecked(fn, param, values[i])),
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
  const [a, b = ABSENT, c = ABSENT, d = ABSENT] = operands;

  if (!shaped) {
    const result = computeCell(kernel, a.constant, b.constant, c.constant, d.constant);
    if (result === OVERFLOW) throw new KpiFunctionError(m.tooLarge(fn));
    if (result === UNDEFINED) {
      if (anyRange && !kernel.undefinedIsError) return [['']];
      throw new KpiFunctionError(m.undefinedResult(fn, kernel.denominator, kernel.quantity));
    }
    return anyRange ? [[result]] : result;
  }

  return shaped.columns === 1
    ? columnOfResults(fn, kernel, shaped.rows, a, b, c, d)
    : gridOfResults(fn, kernel, shaped.rows, shaped.columns, a, b, c, d);
}

/*
 * The result loops are functions of their own, apart from the argument handling above: V8 then
 * optimizes each loop once and keeps it from call to call, instead of recompiling it whenever
 * the setup code meets something new.
 */

/** The common case, a column of results. */
function columnOfResults(
  fn: string,
  kernel: ElementwiseKernel,
  rows: number,
  a: Operand,
  b: Operand,
  c: Operand,
  d: Operand,
): CellResult[][] {
  const out: CellResult[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    // valueAt written out once per operand: each operand then has its own branch here, so V8
    // inlines only the reader that operand uses (one shared valueAt blends them all, and inlines
    // none well).
    const result = computeCell(
      kernel,
      a.stride === 0 ? a.constant : a.param.summed ? sumRow(fn, a, r) : readCell(fn, a, r, 0),
      b.stride === 0 ? b.constant : b.param.summed ? sumRow(fn, b, r) : readCell(fn, b, r, 0),
      c.stride === 0 ? c.constant : c.param.summed ? sumRow(fn, c, r) : readCell(fn, c, r, 0),
      d.stride === 0 ? d.constant : d.param.summed ? sumRow(fn, d, r) : readCell(fn, d, r, 0),
    );
    // A row literal that only ever holds a number stays an unboxed double array in V8: one
    // allocation per row instead of two. Blanks and the rest get their own literals.
    out[r] =
      typeof result !== 'number'
        ? ['']
        : result === UNDEFINED || result === OVERFLOW
          ? [undefinedOrFail(fn, kernel, result, r, 0, 1)]
          : [result];
  }
  return out;
}

function gridOfResults(
  fn: string,
  kernel: ElementwiseKernel,
  rows: number,
  columns: number,
  a: Operand,
  b: Operand,
  c: Operand,
  d: Operand,
): CellResult[][] {
  const out: CellResult[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const outRow: CellResult[] = [];
    for (let col = 0; col < columns; col++) {
      const result = computeCell(
        kernel,
        valueAt(fn, a, r, col),
        valueAt(fn, b, r, col),
        valueAt(fn, c, r, col),
        valueAt(fn, d, r, col),
      );
      outRow.push(
        result === UNDEFINED || result === OVERFLOW
          ? undefinedOrFail(fn, kernel, result, r, col, columns)
          : result,
      );
    }
    out[r] = outRow;
  }
  return out;
}

/**
 * A blank for an undefined result in a range, or the error naming the cell. Not a closure made
 * per call: V8 would compile the loop for the first call's closure and throw that code away
 * (deoptimize) on every later call, whose closure is a new one.
 */
function undefinedOrFail(
  fn: string,
  kernel: ElementwiseKernel,
  result: CellResult,
  r: number,
  c: number,
  columns: number,
): CellResult {
  if (result === UNDEFINED && !kernel.undefinedIsError) return '';
  const where = describePosition({ row: r, column: c, inRange: true, multiColumn: columns > 1 });
  if (result === OVERFLOW) throw new KpiFunctionError(m.tooLarge(fn, where));
  throw new KpiFunctionError(m.undefinedResult(fn, kernel.denominator, kernel.quantity, where));
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
  // A summed argument makes one value per row: a single row of it is a single value.
  const columns = param.summed ? 1 : grid.columns;
  const stride = (param.summed ? grid.rows === 1 : grid.single) ? 0 : 1;
  const operand: Operand = {
    param,
    grid,
    shortcut: shortcutFor(param.kind),
    stride: 1,
    constant: 0,
    rows: grid.rows,
    columns,
  };
  if (stride === 0) {
    operand.constant = param.summed ? sumRow(fn, operand, 0) : readCell(fn, operand, 0, 0);
    operand.stride = 0;
  }
  return operand;
}

/** Cell (r, c) of a ranged operand, or row r's sum of a summed one, as a number or BLANK. */
function valueAt(fn: string, operand: Operand, r: number, c: number): number {
  if (operand.stride === 0) return operand.constant;
  return operand.param.summed ? sumRow(fn, operand, r) : readCell(fn, operand, r, c);
}

function shortcutFor(kind: ParamDefinition['kind']): Shortcut {
  if (kind === 'count' || kind === 'money') return NON_NEGATIVE;
  return kind === 'signed' ? ANY_FINITE : NO_SHORTCUT;
}

function acceptsAsIs(shortcut: Shortcut, value: unknown): value is number {
  if (typeof value !== 'number') return false;
  // NaN fails both tests, and so do the infinities.
  return shortcut === NON_NEGATIVE
    ? value >= 0 && value < Infinity
    : shortcut === ANY_FINITE && value - value === 0;
}

/*
 * The readers check each row's shape as they first touch it (checkedRow): a separate walk over
 * every row just to check it cost a fifth of a long column's time.
 */

function readCell(fn: string, operand: Operand, r: number, c: number): number {
  const value = checkedRow(fn, operand.param, operand.grid, r)[c];
  return acceptsAsIs(operand.shortcut, value) ? value : readNumber(fn, operand.param, operand.grid, r, c);
}

/** A row's sum over the cells it has; a row with every cell blank stays blank, not zero. */
function sumRow(fn: string, operand: Pick<Operand, 'param' | 'grid' | 'shortcut'>, r: number): number {
  const { grid, shortcut } = operand;
  const row = checkedRow(fn, operand.param, grid, r);
  // The same number as grid.columns once the row is checked, but a loop bounded by the array's
  // own length lets V8 drop the bounds check on every cell.
  const columns = row.length;
  let sum = 0;
  let c = 0;
  for (; c < columns; c++) {
    const value = row[c];
    if (!acceptsAsIs(shortcut, value)) break;
    sum += value;
  }
  if (c < columns) {
    // A blank, text or a value to refuse: the general reader takes the rest of the row.
    if (c === 0) sum = BLANK;
    for (; c < columns; c++) {
      const n = readNumber(fn, operand.param, grid, r, c);
      if (n === n) sum = sum === sum ? sum + n : n;
    }
  }
  // Finite cells whose sum is not a number: no kernel could give a right result from it (a
  // share of Infinity is 0), so the row is named instead.
  if (sum === Infinity || sum === -Infinity) {
    const where = describePosition({ row: r, column: 0, inRange: grid.rows > 1, multiColumn: false });
    throw new KpiFunctionError(m.sumTooLarge(fn, operand.param.name, where));
  }
  return sum;
}

/** Every row's sum, for the aggregates that need the whole column. */
export function sumRows(fn: string, param: ParamDefinition, grid: Grid): Float64Array {
  const sums = new Float64Array(grid.rows);
  const operand = { param, grid, shortcut: shortcutFor(param.kind) };
  for (let r = 0; r < grid.rows; r++) sums[r] = sumRow(fn, operand, r);
  return sums;
}
