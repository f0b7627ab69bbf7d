/*
 * Formulas typed into the workbench, evaluated by fast-formula-parser (MIT) with the add-on's
 * custom functions registered. Sheets calculates formulas itself; the fakes do not, so this is
 * the workbench's stand-in: built-ins plus our functions, arrays spilling down and right.
 * Known gaps against Sheets: no range arithmetic (A1:A3*2), no ARRAYFORMULA, no named ranges.
 */
import FormulaParser from 'fast-formula-parser';
import { cellA1 } from './view-model';

/** What a cell holds as the formula engine sees it. */
export interface SourceCell {
  value: unknown;
  formula: string;
}

export interface FormulaSource {
  cell(sheet: string, row: number, column: number): SourceCell;
  /** The used area, to bound whole-column references such as A:A. */
  extent(sheet: string): { rows: number; columns: number };
}

export type CustomFunction = (...args: unknown[]) => unknown;

export type FormulaResult =
  | { kind: 'value'; value: string | number | boolean | Date }
  | { kind: 'array'; values: Array<Array<string | number | boolean | Date>> }
  | { kind: 'error'; code: string; message: string };

interface ParserArgument {
  value: unknown;
  isArray?: boolean;
  omitted?: boolean;
  ref?: { sheet: string; row?: number; col?: number; from?: Position; to?: Position };
}
interface Position {
  row: number;
  col: number;
}

const MS_PER_DAY = 86400000;
/** Sheets' serial day 0 is 1899-12-30; built-in date functions work on serial numbers. */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A Date as a serial day number in the host's zone; the workbench passes the spreadsheet's zone. */
export function hostDateToSerial(date: Date): number {
  const local = date.getTime() - date.getTimezoneOffset() * 60000;
  return (local - SERIAL_EPOCH_MS) / MS_PER_DAY;
}

/** A thrown message as Sheets shows it under #ERROR!: the message, without "Error: ". */
function messageOf(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String((error as Error).message);
  return String(error);
}

function isFormulaError(value: unknown): value is { _error: string; message?: string } {
  return !!value && typeof value === 'object' && '_error' in value;
}

/** Sheets shows an empty formula result as blank; NaN or objects never reach a cell. */
function toCellResult(value: unknown): string | number | boolean | Date {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  return String(value);
}

export interface FormulaEngine {
  /** Evaluates the formula of one cell (a fresh calculation: caches last for one call only). */
  evaluate(sheet: string, row: number, column: number, formula: string): FormulaResult;
}

export function createFormulaEngine(
  source: FormulaSource,
  customFunctions: Record<string, CustomFunction>,
  dateToSerial: (date: Date) => number = hostDateToSerial,
): FormulaEngine {
  // One calculation's memo of formula cells, so a sheet of formulas referring to each other is
  // evaluated once per cell, and a cycle is caught instead of overflowing the stack.
  let memo = new Map<string, FormulaResult | 'pending'>();

  function valueForBuiltins(sheet: string, row: number, column: number): unknown {
    const cell = source.cell(sheet, row, column);
    if (cell.formula) {
      const result = evaluateCell(sheet, row, column, cell.formula);
      if (result.kind === 'error') return { _error: result.code };
      const value = result.kind === 'array' ? result.values[0]?.[0] : result.value;
      return value instanceof Date ? dateToSerial(value) : value;
    }
    if (cell.value === '' || cell.value === null || cell.value === undefined) return undefined;
    return cell.value instanceof Date ? dateToSerial(cell.value) : cell.value;
  }

  /** Custom functions get what Apps Script passes: Dates as Date, blanks as "". */
  function valueForCustomFunction(sheet: string, row: number, column: number): unknown {
    const cell = source.cell(sheet, row, column);
    if (cell.formula) {
      const result = evaluateCell(sheet, row, column, cell.formula);
      if (result.kind === 'error') throw new Error(result.message || result.code);
      return result.kind === 'array' ? (result.values[0]?.[0] ?? '') : result.value;
    }
    return cell.value === null || cell.value === undefined ? '' : cell.value;
  }

  function boundedRange(sheet: string, from: Position, to: Position): { from: Position; to: Position } {
    const extent = source.extent(sheet);
    return {
      from,
      to: {
        row: Math.min(to.row, Math.max(from.row, extent.rows)),
        col: Math.min(to.col, Math.max(from.col, extent.columns)),
      },
    };
  }

  function readRange(
    sheet: string,
    from: Position,
    to: Position,
    read: typeof valueForBuiltins,
  ): unknown[][] {
    const bounded = boundedRange(sheet, from, to);
    const rows: unknown[][] = [];
    for (let r = bounded.from.row; r <= bounded.to.row; r++) {
      const row: unknown[] = [];
      for (let c = bounded.from.col; c <= bounded.to.col; c++) row.push(read(sheet, r, c));
      rows.push(row);
    }
    return rows;
  }

  function customArgument(argument: ParserArgument): unknown {
    if (argument.omitted) return undefined;
    const ref = argument.ref;
    if (ref && ref.from && ref.to) return readRange(ref.sheet, ref.from, ref.to, valueForCustomFunction);
    if (ref && ref.row !== undefined && ref.col !== undefined)
      return valueForCustomFunction(ref.sheet, ref.row, ref.col);
    if (isFormulaError(argument.value)) throw new Error(argument.value._error);
    return argument.value;
  }

  // Built on first use: the add-on's functions are registered after the engine is created,
  // because the scripts that define them read cells through this same engine.
  let parser: FormulaParser | null = null;
  function formulaParser(): FormulaParser {
    if (parser) return parser;
    const functions: Record<string, (...args: ParserArgument[]) => unknown> = {};
    for (const [name, fn] of Object.entries(customFunctions)) {
      functions[name.toUpperCase()] = (...args: ParserArgument[]) => {
        const result = fn(...args.map(customArgument));
        if (Array.isArray(result)) {
          return result.map((row: unknown) =>
            Array.isArray(row) ? row.map(toCellResult) : [toCellResult(row)],
          );
        }
        return toCellResult(result);
      };
    }
    parser = new FormulaParser({
      functions,
      // The parser fills in the formula's own sheet for unqualified references.
      onCell: ({ sheet, row, col }) => valueForBuiltins(sheet ?? '', row, col),
      onRange: (ref) => readRange(ref.sheet ?? '', ref.from, ref.to, valueForBuiltins),
    });
    // Arguments of our functions keep their reference, so the function can be given Date objects
    // and blanks as Apps Script gives them, not the serial numbers built-ins work on.
    (parser as unknown as { funsPreserveRef: string[] }).funsPreserveRef.push(...Object.keys(functions));
    return parser;
  }

  function evaluateCell(sheet: string, row: number, column: number, formula: string): FormulaResult {
    const key = `${sheet}!${row}:${column}`;
    const known = memo.get(key);
    if (known === 'pending')
      return { kind: 'error', code: '#REF!', message: 'Circular dependency detected.' };
    if (known) return known;
    memo.set(key, 'pending');
    const result = calculate(sheet, row, column, formula);
    memo.set(key, result);
    return result;
  }

  function calculate(sheet: string, row: number, column: number, formula: string): FormulaResult {
    const text = formula.startsWith('=') ? formula.slice(1) : formula;
    try {
      const raw: unknown = formulaParser().parse(text, { sheet, row, col: column }, true);
      if (isFormulaError(raw)) return { kind: 'error', code: raw._error, message: raw.message ?? raw._error };
      if (Array.isArray(raw)) {
        const values = raw.map((line: unknown) =>
          Array.isArray(line) ? line.map(toCellResult) : [toCellResult(line)],
        );
        if (values.length === 1 && values[0].length === 1) return { kind: 'value', value: values[0][0] };
        return { kind: 'array', values };
      }
      return { kind: 'value', value: toCellResult(raw) };
    } catch (error) {
      // A parse error or a thrown custom function: Sheets shows #ERROR! with the thrown message.
      const details = (error as { details?: unknown }).details;
      const cause = details instanceof Error ? details : error;
      const code =
        isFormulaError(error) && (error as { _error: string })._error !== '#ERROR!'
          ? (error as { _error: string })._error
          : '#ERROR!';
      return { kind: 'error', code, message: messageOf(cause) };
    }
  }

  return {
    evaluate(sheet, row, column, formula) {
      memo = new Map();
      return evaluateCell(sheet, row, column, formula);
    },
  };
}

export interface CalculatedCell {
  value: string | number | boolean | Date;
  /** Set on the formula's own cell when its value is an error. */
  error?: { code: string; message: string };
  /** The formula cell an array result came from, for cells other than the formula's own. */
  spilledFrom?: { row: number; column: number };
}

/**
 * Every formula of a sheet evaluated, arrays spilled down and right like Sheets' array results.
 * A spill that would overwrite a value is a #REF! in the formula's cell, as in Sheets.
 * Key: "row:column".
 */
export function calculateSheet(
  engine: FormulaEngine,
  source: FormulaSource,
  sheet: string,
  formulaCells: ReadonlyArray<{ row: number; column: number; formula: string }>,
): Map<string, CalculatedCell> {
  const results = new Map<string, CalculatedCell>();
  const ordered = [...formulaCells].sort((a, b) => a.row - b.row || a.column - b.column);
  for (const { row, column, formula } of ordered) {
    const result = engine.evaluate(sheet, row, column, formula);
    if (result.kind === 'error') {
      results.set(`${row}:${column}`, {
        value: result.code,
        error: { code: result.code, message: result.message },
      });
      continue;
    }
    if (result.kind === 'value') {
      results.set(`${row}:${column}`, { value: result.value });
      continue;
    }
    const blocker = findSpillBlocker(source, results, sheet, row, column, result.values);
    if (blocker) {
      const message = `Array result was not expanded because it would overwrite data in ${blocker}.`;
      results.set(`${row}:${column}`, { value: '#REF!', error: { code: '#REF!', message } });
      continue;
    }
    result.values.forEach((line, r) =>
      line.forEach((value, c) => {
        const spilledFrom = r === 0 && c === 0 ? undefined : { row, column };
        results.set(`${row + r}:${column + c}`, spilledFrom ? { value, spilledFrom } : { value });
      }),
    );
  }
  return results;
}

function findSpillBlocker(
  source: FormulaSource,
  results: Map<string, CalculatedCell>,
  sheet: string,
  row: number,
  column: number,
  values: unknown[][],
): string | null {
  for (let r = 0; r < values.length; r++) {
    for (let c = 0; c < values[r].length; c++) {
      if (r === 0 && c === 0) continue;
      const cell = source.cell(sheet, row + r, column + c);
      const taken = results.get(`${row + r}:${column + c}`);
      if (cell.formula || (cell.value !== '' && cell.value !== null && cell.value !== undefined) || taken) {
        return cellA1(row + r, column + c);
      }
    }
  }
  return null;
}
