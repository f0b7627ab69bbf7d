import FormulaParser, { type CellRef, type FunctionArg, type RangeRef } from 'fast-formula-parser';
import type { Context } from 'vm';
import { customFunctionKpis } from '../../src/kpi/lookup';
import { readDist, cloner, loadIntoContext, toHost } from './support/dist';

/*
 * Formulas typed as a user would, evaluated by fast-formula-parser (MIT) with our built functions
 * (dist/ in a vm context, as in Apps Script) registered as custom functions, so built-ins compose
 * with ours. Array results spill from the formula's cell to the right and down, as in Sheets.
 */

const { FormulaError } = FormulaParser;
type Cell = unknown;

/** A1 notation to 1-based row and column. */
function at(a1: string): { row: number; col: number } {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(digits), col };
}

/** A few sheets of cells, and formulas whose results are written back into them. */
class Workbook {
  private readonly cells = new Map<string, Cell>();
  private readonly parser: FormulaParser;

  constructor(functions: Record<string, (...args: FunctionArg[]) => unknown>) {
    this.parser = new FormulaParser({
      functions,
      onCell: (ref: CellRef) => this.value(ref.sheet!, ref.row, ref.col),
      onRange: (ref: RangeRef) => {
        const rows: Cell[][] = [];
        for (let r = ref.from.row; r <= ref.to.row; r++) {
          const row: Cell[] = [];
          for (let c = ref.from.col; c <= ref.to.col; c++) row.push(this.value(ref.sheet!, r, c));
          rows.push(row);
        }
        return rows;
      },
    });
  }

  private key(sheet: string, row: number, col: number): string {
    return `${sheet}!${row},${col}`;
  }

  /** A blank cell reaches a custom function as "", as in Sheets. */
  value(sheet: string, row: number, col: number): Cell {
    return this.cells.get(this.key(sheet, row, col)) ?? '';
  }

  get(sheet: string, a1: string): Cell {
    const { row, col } = at(a1);
    return this.value(sheet, row, col);
  }

  /** Writes rows of values with their top-left corner at a1. */
  fill(sheet: string, a1: string, rows: Cell[][]): void {
    const { row, col } = at(a1);
    rows.forEach((values, r) =>
      values.forEach((value, c) => {
        if (value !== '') this.cells.set(this.key(sheet, row + r, col + c), value);
      }),
    );
  }

  /**
   * Types a formula into a cell. An array result spills right and down from it; if that would
   * overwrite a filled cell, the formula's cell gets #REF! and nothing spills, as in Sheets.
   */
  enter(sheet: string, a1: string, formula: string): Cell {
    const { row, col } = at(a1);
    const result = this.parser.parse(formula.replace(/^=/, ''), { sheet, row, col }, true);
    if (!Array.isArray(result)) {
      this.cells.set(this.key(sheet, row, col), result);
      return result;
    }
    const blocked = result.some((values: Cell[], r) =>
      values.some((_, c) => (r > 0 || c > 0) && this.cells.has(this.key(sheet, row + r, col + c))),
    );
    if (blocked) {
      const error = new FormulaError(
        '#REF!',
        'Array result was not expanded because it would overwrite data',
      );
      this.cells.set(this.key(sheet, row, col), error);
      return error;
    }
    result.forEach((values: Cell[], r) =>
      values.forEach((value, c) => this.cells.set(this.key(sheet, row + r, col + c), value)),
    );
    return result;
  }
}

let context: Context;
const names = customFunctionKpis().map((kpi) => kpi.fn!.name);

/**
 * Our functions as the parser's custom functions: each argument as Sheets passes it (a range as
 * rows of values, a cell as its value), copied into the context's realm, and the global stub called.
 * Our thrown message becomes an #ERROR! value carrying it; anything else fails the test.
 */
function customFunctions(): Record<string, (...args: FunctionArg[]) => unknown> {
  const clone = cloner(context);
  const functions: Record<string, (...args: FunctionArg[]) => unknown> = {};
  for (const name of names) {
    const stub = context[name] as (...args: unknown[]) => unknown;
    functions[name] = (...args) => {
      const failed = args.find((arg) => arg.value instanceof FormulaError);
      if (failed) return failed.value;
      const values = args.map((arg) => (arg.omitted ? undefined : clone(arg.value)));
      try {
        return toHost(stub(...values));
      } catch (error) {
        const message = (error as Error).message;
        if (typeof message === 'string' && message.startsWith(`${name}: `))
          throw new FormulaError('#ERROR!', message);
        throw error;
      }
    };
  }
  return functions;
}

let book: Workbook;

beforeAll(() => {
  context = loadIntoContext(readDist());
});

beforeEach(() => {
  book = new Workbook(customFunctions());
  // prettier-ignore
  book.fill('Data', 'A1', [
    ['Date', 'Channel', 'Reach', 'Impressions', 'Likes', 'Comments', 'Shares', 'Saves', 'Clicks'],
    [new Date(2025, 9, 1), 'Instagram', 2000, 5000, 60, 10, 5, 10, 50], // 85 engagements
    [new Date(2025, 9, 2), 'Instagram', 1000, 2500, 30, 5, 3, 2, 25], // 40
    [new Date(2025, 9, 3), 'Facebook', 500, 1200, 10, '', 2, '', 12], // 12, partly blank
    [new Date(2025, 9, 4), 'Facebook', '', '', '', '', '', '', ''], // a blank row
    [new Date(2025, 9, 5), 'LinkedIn', 800, 2000, 20, 4, 2, 6, 40], // 32
  ]);
  book.fill('Mentions', 'A1', [
    ['Month', 'Brand', 'Rival A', 'Rival B', 'Rival C'],
    ['Oct', 40, 30, 20, 10],
    ['Nov', 10, 10, '', ''],
  ]);
  book.fill('Survey', 'A1', [['NPS'], [10], [9], [8], [7], [6], [0], [10], [9]]);
  book.fill('Survey', 'B1', [['CSAT'], [5], [4], [3], [2], [1], [5], [4]]);
  book.fill('Messages', 'A1', [
    ['Received', 'Replied'],
    [new Date(2025, 9, 1, 9), new Date(2025, 9, 1, 10)], // 1 h
    [new Date(2025, 9, 1, 10), new Date(2025, 9, 1, 13)], // 3 h
    [new Date(2025, 9, 1, 12), new Date(2025, 9, 1, 20)], // 8 h
  ]);
  book.fill('Monthly', 'A1', [
    ['', 'Jul', 'Aug', 'Sep', 'Oct'],
    ['Followers', 1000, 1200, 900, 900],
  ]);
});

function expectClose(actual: Cell, expected: number): void {
  expect(typeof actual).toBe('number');
  expect(actual as number).toBeCloseTo(expected, 12);
}

describe('typing our functions into cells', () => {
  it('=ENGAGEMENT_RATE(E2:H6, C2:C6) spills one rate per row down from J2', () => {
    book.enter('Data', 'J2', '=ENGAGEMENT_RATE(E2:H6, C2:C6)');
    expectClose(book.get('Data', 'J2'), 0.0425); // 85 / 2000
    expectClose(book.get('Data', 'J3'), 0.04); // 40 / 1000
    expectClose(book.get('Data', 'J4'), 0.024); // 12 / 500
    expect(book.get('Data', 'J5')).toBe(''); // blank row
    expectClose(book.get('Data', 'J6'), 0.04); // 32 / 800
    expect(book.get('Data', 'J7')).toBe('');
    expect(book.get('Data', 'K2')).toBe('');
  });

  it('=ENGAGEMENT_RATE(SUM(E2:H6), SUM(C2:C6)) pools the period with built-in SUM', () => {
    expectClose(book.enter('Data', 'J1', '=ENGAGEMENT_RATE(SUM(E2:H6), SUM(C2:C6))'), 169 / 4300);
  });

  it('=ROUND(CTR(...), 4) and other built-ins wrap our results', () => {
    // 127 clicks / 10 700 impressions = 0.011869… → 0.0119
    expect(book.enter('Data', 'K1', '=ROUND(CTR(SUM(I2:I6), SUM(D2:D6)), 4)')).toBe(0.0119);
    // built-ins over our spilled range: the blank row's "" is not a number, so COUNT skips it
    book.enter('Data', 'J2', '=ENGAGEMENT_RATE(E2:H6, C2:C6)');
    expect(book.enter('Data', 'K2', '=COUNT(J2:J6)')).toBe(4);
    expect(book.enter('Data', 'K3', '=INDEX(J2:J6, 3)')).toBe(0.024);
    expect(book.enter('Data', 'L2', '=ROUND(SUM(CTR(I2:I3, D2:D3)) * 100, 2)')).toBe(2); // 0.01 + 0.01
  });

  it('=SHARE_OF_VOICE(B2, C2:E2) is one value; with a column of brands it spills', () => {
    expectClose(book.enter('Mentions', 'G2', '=SHARE_OF_VOICE(B2, C2:E2)'), 0.4); // 40 / 100
    book.enter('Mentions', 'H2', '=SHARE_OF_VOICE(B2:B3, C2:E3)');
    expectClose(book.get('Mentions', 'H2'), 0.4);
    expectClose(book.get('Mentions', 'H3'), 0.5); // 10 / 20, blanks skipped
  });

  it('reaches across sheets: =SHARE_OF_VOICE(Mentions!B2, Mentions!C2:E2)', () => {
    expectClose(book.enter('Data', 'M1', '=SHARE_OF_VOICE(Mentions!B2, Mentions!C2:E2)'), 0.4);
  });

  it('=NPS(A2:A9) and =ROUND(CSAT(B2:B8) * 100, 1) give one value', () => {
    expect(book.enter('Survey', 'D1', '=NPS(A2:A9)')).toBe(25); // 4 promoters − 2 detractors of 8
    expect(book.enter('Survey', 'D2', '=ROUND(CSAT(B2:B8) * 100, 1)')).toBe(57.1); // 4 / 7
    expect(book.enter('Survey', 'D3', '=CSAT(B2:B8, 10)')).toBe(0); // no 9s or 10s
  });

  it('=RESPONSE_TIME(A2:A4, B2:B4, "median") reads date cells', () => {
    expectClose(book.enter('Messages', 'D1', '=RESPONSE_TIME(A2:A4, B2:B4, "median")'), 3);
    expectClose(book.enter('Messages', 'D2', '=RESPONSE_TIME(A2:A4, B2:B4)'), 4); // (1 + 3 + 8) / 3
  });

  it('=GROWTH_RATE(B2:D2, C2:E2) spills across a row', () => {
    book.enter('Monthly', 'C3', '=GROWTH_RATE(B2:D2, C2:E2)');
    expectClose(book.get('Monthly', 'C3'), 0.2); // 1000 → 1200
    expectClose(book.get('Monthly', 'D3'), -0.25); // 1200 → 900
    expectClose(book.get('Monthly', 'E3'), 0); // 900 → 900
    expect(book.get('Monthly', 'C4')).toBe('');
  });

  it('takes array literals and optional arguments from the formula', () => {
    expectClose(book.enter('Data', 'N1', '=POTENTIAL_REACH({10000;25000;5000})'), 800);
    expectClose(book.enter('Data', 'N2', '=POTENTIAL_REACH({10000;25000;5000}, 0.05)'), 2000);
    expectClose(book.enter('Data', 'N3', '=CLV(450, 3, 4)'), 5400);
    expectClose(book.enter('Data', 'N4', '=GOAL_PROGRESS(40, 10, 4)'), 1.2);
  });

  it('does not spill over data: #REF!', () => {
    book.fill('Data', 'J4', [['note']]);
    const result = book.enter('Data', 'J2', '=ENGAGEMENT_RATE(E2:H6, C2:C6)');
    expect(result).toBeInstanceOf(FormulaError);
    expect((result as InstanceType<typeof FormulaError>).error).toBe('#REF!');
    expect(book.get('Data', 'J3')).toBe('');
  });
});

describe('errors surface as an error value with our message', () => {
  function expectError(result: Cell, message: string): void {
    expect(result).toBeInstanceOf(FormulaError);
    expect((result as InstanceType<typeof FormulaError>).error).toBe('#ERROR!');
    expect((result as Error).message).toBe(message);
  }

  it('a zero denominator in a single-cell call', () => {
    expectError(book.enter('Data', 'J1', '=CTR(I2, 0)'), 'CTR: impressions is 0, so the rate is undefined');
  });

  it('bad text in a range, naming the argument and the row', () => {
    book.fill('Data', 'C4', [['n/a']]);
    expectError(
      book.enter('Data', 'J2', '=ENGAGEMENT_RATE(E2:H6, C2:C6)'),
      'ENGAGEMENT_RATE: base row 3 is "n/a", not a number',
    );
  });

  it('ranges of different sizes', () => {
    expectError(
      book.enter('Data', 'J2', '=ENGAGEMENT_RATE(E2:H6, C2:C5)'),
      'ENGAGEMENT_RATE: engagements is 5 rows × 1 column but base is 4 rows × 1 column; ' +
        'ranges must be the same size, or a single cell',
    );
  });

  it('a date where a number is expected, and a boolean', () => {
    expectError(book.enter('Data', 'J1', '=CTR(A2, D2)'), 'CTR: clicks is a date, not a number');
    expectError(book.enter('Data', 'J1', '=CTR(TRUE, D2)'), 'CTR: clicks is TRUE, not a number');
  });

  it('through built-ins: ROUND passes the error on, IFERROR catches it', () => {
    expectError(
      book.enter('Data', 'J1', '=ROUND(CTR(1, 0), 4)'),
      'CTR: impressions is 0, so the rate is undefined',
    );
    expect(book.enter('Data', 'J1', '=IFERROR(CTR(1, 0), "n/a")')).toBe('n/a');
  });

  it('NPS scores out of range', () => {
    book.fill('Survey', 'A3', [[11]]);
    expectError(
      book.enter('Survey', 'D1', '=NPS(A2:A9)'),
      'NPS: scores row 2 is 11, but it must be a whole number from 0 to 10',
    );
  });
});
