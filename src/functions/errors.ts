/**
 * Every message a custom function can show in a cell. Each starts with the function's name and
 * names the argument and, for ranges, the row (and column), so the user can find the bad cell.
 */
export class KpiFunctionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KpiFunctionError';
  }
}

/** Where in an argument a value sits: nothing for a single cell, "row 7" or "row 7, column 2". */
export interface CellPosition {
  row: number;
  column: number;
  /** The argument was a range, so the position is worth saying. */
  inRange: boolean;
  /** The argument has more than one column, so the column is worth saying. */
  multiColumn: boolean;
}

export function describePosition(position: CellPosition): string {
  if (!position.inRange) return '';
  return position.multiColumn
    ? ` row ${position.row + 1}, column ${position.column + 1}`
    : ` row ${position.row + 1}`;
}

/**
 * A Date from any realm: `instanceof Date` is false for a Date made in another global scope
 * (another frame, a vm context), and the engine should not depend on which one built the value.
 */
export function isDate(value: unknown): value is Date {
  return (
    typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === '[object Date]'
  );
}

/** How a bad value is quoted back: text in quotes, so a stray space or letter is visible. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) return isNaN(value.getTime()) ? 'an invalid date' : 'a date';
  if (typeof value === 'number') return isFinite(value) ? String(value) : 'not a finite number';
  if (Array.isArray(value)) return 'a range';
  return 'an unsupported value';
}

export const functionMessages = {
  notANumber: (fn: string, arg: string, where: string, value: unknown) =>
    `${fn}: ${arg}${where} is ${describeValue(value)}, not a number`,
  notFinite: (fn: string, arg: string, where: string) => `${fn}: ${arg}${where} is not a finite number`,
  negative: (fn: string, arg: string, where: string, value: number) =>
    `${fn}: ${arg}${where} is ${value}, but it cannot be negative`,
  outOfRange: (fn: string, arg: string, where: string, value: number, low: number, high: number) =>
    `${fn}: ${arg}${where} is ${value}, but it must be from ${low} to ${high}`,
  notWhole: (fn: string, arg: string, where: string, value: number, low: number, high: number) =>
    `${fn}: ${arg}${where} is ${value}, but it must be a whole number from ${low} to ${high}`,
  notADate: (fn: string, arg: string, where: string, value: unknown) =>
    `${fn}: ${arg}${where} is ${describeValue(value)}, not a date (format the cells as dates)`,
  missing: (fn: string, arg: string) => `${fn}: ${arg} is missing`,
  tooManyArguments: (fn: string, max: number, signature: string) =>
    `${fn}: takes at most ${max} ${max === 1 ? 'argument' : 'arguments'}: ${signature}`,
  notSingleCell: (fn: string, arg: string) => `${fn}: ${arg} must be a single value, not a range`,
  notRectangular: (fn: string, arg: string) => `${fn}: ${arg} is not a rectangular range`,
  emptyRange: (fn: string, arg: string) => `${fn}: ${arg} is an empty range`,
  shapeMismatch: (fn: string, a: string, aShape: string, b: string, bShape: string) =>
    `${fn}: ${a} is ${aShape} but ${b} is ${bShape}; ranges must be the same size, or a single cell`,
  tooLarge: (fn: string, where: string) => `${fn}: result${where} is too large to be a number`,
  undefinedResult: (fn: string, denominator: string, what: string) =>
    `${fn}: ${denominator} is 0, so the ${what} is undefined`,
  badOption: (fn: string, arg: string, value: unknown, allowed: string[]) =>
    `${fn}: ${arg} is ${describeValue(value)}; use ${allowed.map((a) => `"${a}"`).join(' or ')}`,
  replyBeforeMessage: (fn: string, where: string) =>
    `${fn}:${where} replied_at is before received_at: a reply cannot come before its message`,
} as const;

export function shapeText(rows: number, columns: number): string {
  return `${rows} ${rows === 1 ? 'row' : 'rows'} × ${columns} ${columns === 1 ? 'column' : 'columns'}`;
}
