import { functions as englishTexts } from '../i18n/en/functions';

/*
 * Every message a custom function can show in a cell. Each starts with the function's name and
 * names the argument and, for ranges, the row (and column), so the user can find the bad cell.
 *
 * A message is kept as a key and its arguments, and worded only when shown: the engine runs
 * without knowing the spreadsheet's language, and only an error needs to ask for it.
 */

export type FunctionTexts = typeof englishTexts;
export type MessageKey = {
  [K in keyof FunctionTexts]: FunctionTexts[K] extends (...args: never[]) => string ? K : never;
}[keyof FunctionTexts] &
  Exclude<keyof FunctionTexts, 'where' | 'shape' | 'number' | 'alternatives' | 'values' | 'quantities'>;
export type Quantity = keyof FunctionTexts['quantities'];

/** Where in an argument a value sits; worded as nothing for a single value, "row 7", "row 7, column 2". */
export class Position {
  static readonly single = new Position(null, null);
  /** 1-based, as the user counts; null when not worth saying. */
  constructor(
    readonly row: number | null,
    readonly column: number | null,
  ) {}
}

export class Shape {
  constructor(
    readonly rows: number,
    readonly columns: number,
  ) {}
}

/** A value the user gave, quoted back so a stray space or letter is visible. */
export class Quoted {
  constructor(readonly value: unknown) {}
}

/** A number the user gave, written with the language's decimal mark. */
export class Num {
  constructor(readonly value: number) {}
}

class Alternatives {
  constructor(readonly options: readonly string[]) {}
}

class QuantityWord {
  constructor(readonly key: Quantity) {}
}

export interface CellPosition {
  row: number;
  column: number;
  /** The argument was a range, so the position is worth saying. */
  inRange: boolean;
  /** The argument has more than one column, so the column is worth saying. */
  multiColumn: boolean;
}

export function describePosition(position: CellPosition): Position {
  if (!position.inRange) return Position.single;
  return new Position(position.row + 1, position.multiColumn ? position.column + 1 : null);
}

/**
 * A Date from any realm: `instanceof Date` is false for a Date made in another global scope
 * (another frame, a vm context), and the engine should not depend on which one built the value.
 */
export function isDate(value: unknown): value is Date {
  // instanceof is the fast answer; a Date made in another realm (a vm context) needs the tag.
  return (
    value instanceof Date ||
    (typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === '[object Date]')
  );
}

function describeValue(value: unknown, texts: FunctionTexts): string {
  const words = texts.values;
  if (typeof value === 'string') return `"${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  if (typeof value === 'boolean') return value ? words.true : words.false;
  if (isDate(value)) return isNaN(value.getTime()) ? words.invalidDate : words.date;
  if (typeof value === 'number') return isFinite(value) ? texts.number(value) : words.notFinite;
  if (Array.isArray(value)) return words.range;
  return words.unsupported;
}

function word(arg: unknown, texts: FunctionTexts): unknown {
  if (arg instanceof Position) return arg.row === null ? '' : texts.where(arg.row, arg.column);
  if (arg instanceof Shape) return texts.shape(arg.rows, arg.columns);
  if (arg instanceof Quoted) return describeValue(arg.value, texts);
  if (arg instanceof Num) return texts.number(arg.value);
  if (arg instanceof Alternatives) return texts.alternatives(arg.options);
  if (arg instanceof QuantityWord) return texts.quantities[arg.key];
  return arg;
}

export interface MessageRef {
  key: MessageKey;
  args: readonly unknown[];
}

export function wordMessage(ref: MessageRef, texts: FunctionTexts): string {
  const template = texts[ref.key] as (...args: unknown[]) => string;
  return template(...ref.args.map((arg) => word(arg, texts)));
}

export class KpiFunctionError extends Error {
  readonly ref: MessageRef;

  constructor(ref: MessageRef) {
    super(wordMessage(ref, englishTexts));
    this.name = 'KpiFunctionError';
    this.ref = ref;
  }

  /** The same message in the spreadsheet's language. */
  localized(texts: FunctionTexts): string {
    return wordMessage(this.ref, texts);
  }
}

const ref = (key: MessageKey, ...args: unknown[]): MessageRef => ({ key, args });

export const functionMessages = {
  notANumber: (fn: string, arg: string, where: Position, value: unknown) =>
    ref('notANumber', fn, arg, where, new Quoted(value)),
  notFinite: (fn: string, arg: string, where: Position) => ref('notFinite', fn, arg, where),
  negative: (fn: string, arg: string, where: Position, value: number) =>
    ref('negative', fn, arg, where, new Num(value)),
  outOfRange: (fn: string, arg: string, where: Position, value: number, low: number, high: number) =>
    ref('outOfRange', fn, arg, where, new Num(value), new Num(low), new Num(high)),
  notWhole: (fn: string, arg: string, where: Position, value: number, low: number, high: number) =>
    ref('notWhole', fn, arg, where, new Num(value), new Num(low), new Num(high)),
  notADate: (fn: string, arg: string, where: Position, value: unknown) =>
    ref('notADate', fn, arg, where, new Quoted(value)),
  missing: (fn: string, arg: string) => ref('missing', fn, arg),
  tooManyArguments: (fn: string, max: number, signature: string) =>
    ref('tooManyArguments', fn, max, signature),
  notSingleCell: (fn: string, arg: string) => ref('notSingleCell', fn, arg),
  notRectangular: (fn: string, arg: string) => ref('notRectangular', fn, arg),
  emptyRange: (fn: string, arg: string) => ref('emptyRange', fn, arg),
  shapeMismatch: (fn: string, a: string, aShape: Shape, b: string, bShape: Shape) =>
    ref('shapeMismatch', fn, a, aShape, b, bShape),
  tooLarge: (fn: string, where: Position = Position.single) => ref('tooLarge', fn, where),
  sumTooLarge: (fn: string, arg: string, where: Position) => ref('sumTooLarge', fn, arg, where),
  undefinedResult: (fn: string, denominator: string, quantity: Quantity, where: Position = Position.single) =>
    ref('undefinedResult', fn, denominator, where, new QuantityWord(quantity)),
  badOption: (fn: string, arg: string, value: unknown, allowed: string[]) =>
    ref('badOption', fn, arg, new Quoted(value), new Alternatives(allowed)),
  replyBeforeMessage: (fn: string, where: Position) => ref('replyBeforeMessage', fn, where),
  unknownFunction: (fn: string) => ref('unknownFunction', fn),
};

export function shapeText(rows: number, columns: number): Shape {
  return new Shape(rows, columns);
}
