import { readDataValues, type DataSet } from '../../src/report/read';
import { placeOf, type World } from '../support/world';

export const STOCKHOLM = placeOf('stockholm-sv');

/** A data sheet's values: the header row, then rows. */
export function table(headers: string[], ...rows: unknown[][]): unknown[][] {
  return [headers, ...rows];
}

export function readOk(values: unknown[][], options = STOCKHOLM): DataSet {
  const result = readDataValues(values, options);
  if (!result.ok) throw new Error(`expected the data to read, got ${JSON.stringify(result)}`);
  return result.data;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

/** A CSV fixture as a sheet's values: every cell text, as a CSV pasted without conversion. */
export function csvValues(name: string): string[][] {
  const text = readFileSync(join(__dirname, '../fixtures', name), 'utf8');
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

/**
 * The same rows dated by their month alone (2026-10-31 → 2026-10): each channel's rows then cover
 * their whole month (spec: Completeness), so the changes are compared and coloured.
 */
export function asMonthlyRows(values: string[][]): string[][] {
  return values.map((row, r) => (r === 0 ? row : [row[0].slice(0, 7), ...row.slice(1)]));
}

/** A tab's values as the fake spreadsheet holds them; a missing tab fails the test by name. */
export function tabValues(book: World, name: string): unknown[][] {
  const sheet = book.gas.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`no tab ${name}`);
  return sheet.getDataRange().getValues();
}

/** The row whose first cell is `label`. */
export function rowOf(values: unknown[][], label: string): unknown[] {
  const row = values.find((r) => r[0] === label);
  if (!row) throw new Error(`no row ${label}`);
  return row;
}
