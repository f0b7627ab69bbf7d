import type { Services } from '../../src/services/services';

/*
 * A stand-in for the shared fakes (branch `fakes`, not merged yet): just the calls the import
 * makes, counted, with setValues parsing strings the way Sheets does (apostrophe keeps text, "="
 * makes a formula, ISO text becomes a date at midnight in the spreadsheet's time zone). Replace
 * with createFakeAppsScript once it lands.
 */

export class StubSheet {
  rows: unknown[][];
  maxRows: number;
  maxColumns: number;
  readonly formulas: string[] = [];

  constructor(
    private readonly host: StubSpreadsheet,
    readonly name: string,
    rows: unknown[][] = [],
  ) {
    this.rows = rows.map((row) => [...row]);
    this.maxRows = Math.max(1000, rows.length);
    this.maxColumns = Math.max(26, ...rows.map((row) => row.length));
  }

  private get width(): number {
    return Math.max(0, ...this.rows.map((row) => row.length));
  }

  getDataRange() {
    this.host.count('Sheet.getDataRange');
    return {
      getValues: () => {
        this.host.count('Range.getValues');
        const width = Math.max(1, this.width);
        if (this.rows.length === 0) return [['']];
        return this.rows.map((row) =>
          Array.from({ length: width }, (_, c) => (row[c] === undefined ? '' : row[c])),
        );
      },
    };
  }

  getRange(row: number, column: number, numRows: number, numColumns: number) {
    this.host.count('Sheet.getRange');
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return {
      setValues: (values: unknown[][]) => {
        this.host.count('Range.setValues');
        if (values.length !== numRows || values.some((line) => line.length !== numColumns)) {
          throw new Error('The number of rows or columns in the data does not match the range.');
        }
        values.forEach((line, r) => {
          const target = (this.rows[row - 1 + r] ??= []);
          line.forEach((value, c) => {
            target[column - 1 + c] = this.interpret(value);
          });
        });
        for (let r = 0; r < this.rows.length; r++) this.rows[r] ??= [];
      },
    };
  }

  private interpret(value: unknown): unknown {
    if (typeof value !== 'string') return value;
    if (value.startsWith("'")) return value.slice(1);
    if (value.startsWith('=')) {
      this.formulas.push(value);
      return '#FORMULA';
    }
    if (/^[+-]?\d+(\.\d+)?$/.test(value)) return Number(value);
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (iso) return this.host.midnight(+iso[1], +iso[2], +iso[3]);
    return value;
  }

  getMaxRows(): number {
    this.host.count('Sheet.getMaxRows');
    return this.maxRows;
  }
  getMaxColumns(): number {
    this.host.count('Sheet.getMaxColumns');
    return this.maxColumns;
  }
  insertRowsAfter(_after: number, howMany: number): void {
    this.host.count('Sheet.insertRowsAfter');
    this.maxRows += howMany;
  }
  insertColumnsAfter(_after: number, howMany: number): void {
    this.host.count('Sheet.insertColumnsAfter');
    this.maxColumns += howMany;
  }
}

export class StubSpreadsheet {
  readonly calls = new Map<string, number>();
  readonly sheets = new Map<string, StubSheet>();
  lockFree = true;
  locksHeld = 0;

  /** Ho Chi Minh City: UTC+7 all year, so a date's instant is on the previous UTC day. */
  constructor(readonly timeZone = 'Asia/Ho_Chi_Minh') {}

  count(method: string): void {
    this.calls.set(method, (this.calls.get(method) ?? 0) + 1);
  }

  callsTo(method: string): number {
    return this.calls.get(method) ?? 0;
  }

  addSheet(name: string, rows: unknown[][]): StubSheet {
    const sheet = new StubSheet(this, name, rows);
    this.sheets.set(name, sheet);
    return sheet;
  }

  midnight(year: number, month: number, day: number): Date {
    if (this.timeZone !== 'Asia/Ho_Chi_Minh') throw new Error('the stub only knows UTC+7');
    return new Date(Date.UTC(year, month - 1, day) - 7 * 3600 * 1000);
  }

  services(): Services {
    const spreadsheet = {
      getSheetByName: (name: string) => {
        this.count('Spreadsheet.getSheetByName');
        return this.sheets.get(name) ?? null;
      },
      insertSheet: (name: string) => {
        this.count('Spreadsheet.insertSheet');
        return this.addSheet(name, []);
      },
      getSpreadsheetTimeZone: () => {
        this.count('Spreadsheet.getSpreadsheetTimeZone');
        return this.timeZone;
      },
    };
    const lock = {
      tryLock: (_ms: number) => {
        this.count('Lock.tryLock');
        if (!this.lockFree) return false;
        this.locksHeld++;
        return true;
      },
      releaseLock: () => {
        this.count('Lock.releaseLock');
        this.locksHeld--;
      },
    };
    const unused = () => {
      throw new Error('not used by the import');
    };
    return {
      spreadsheet: () => spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
      documentLock: () => lock as unknown as GoogleAppsScript.Lock.Lock,
      ui: unused,
      html: unused,
      documentProperties: unused,
      userEmail: () => '',
      now: () => new Date(),
    };
  }
}
