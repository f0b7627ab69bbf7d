/* The parts of fast-formula-parser (MIT, no bundled types) the workbench and the formula tests use. */
declare module 'fast-formula-parser' {
  export interface CellRef {
    sheet?: string;
    row: number;
    col: number;
  }
  export interface RangeRef {
    sheet?: string;
    from: { row: number; col: number };
    to: { row: number; col: number };
  }
  /** How a custom function receives each argument. */
  export interface FunctionArg {
    value: unknown;
    isArray: boolean;
    isRangeRef?: boolean;
    isCellRef?: boolean;
    omitted?: boolean;
  }
  export class FormulaError extends Error {
    constructor(error: string, message?: string);
    readonly error: string;
  }
  export default class FormulaParser {
    static FormulaError: typeof FormulaError;
    constructor(config: {
      functions?: Record<string, (...args: FunctionArg[]) => unknown>;
      onCell?: (ref: CellRef) => unknown;
      onRange?: (ref: RangeRef) => unknown[][];
    });
    parse(formula: string, position: CellRef & { sheet: string }, allowReturnArray?: boolean): unknown;
  }
}
