// fast-formula-parser ships no types; the workbench uses only its constructor and parse().
declare module 'fast-formula-parser' {
  interface ParserConfig {
    functions?: Record<string, (...args: never[]) => unknown>;
    onCell?: (ref: { sheet: string; row: number; col: number }) => unknown;
    onRange?: (ref: {
      sheet: string;
      from: { row: number; col: number };
      to: { row: number; col: number };
    }) => unknown[][];
  }
  export default class FormulaParser {
    constructor(config?: ParserConfig);
    parse(
      formula: string,
      position: { sheet: string; row: number; col: number },
      allowReturnArray?: boolean,
    ): unknown;
  }
}
