import { IMPORT_SERVER_TEXTS, type Catalogue } from '../i18n';
import { languageFromLocale } from '../i18n/language';
import { CURRENCY_PROPERTY, readCurrency, spreadsheetCurrency } from '../report/currency';
import { findDataSheet } from '../report/data-sheet';
import { pageWithLocale } from '../services/pages';
import type { Services } from '../services/services';
import { isIsoDate } from './dates';
import {
  rowKey,
  type ImportCell,
  type ImportRequest,
  type ImportResponse,
  type SkippedRow,
} from './protocol';
import { canonicalHeaders, IMPORT_TARGETS, recogniseHeader, targetById } from './targets';

/*
 * The server half of Import CSV: rows already mapped to canonical columns arrive in chunks; each
 * chunk is appended under the document lock with one read of the data tab and one write of the
 * rows, so two people importing at once cannot interleave or both add the same row.
 */

/**
 * The tab a first import creates when no data tab exists under any language's name (see
 * findDataSheet): English, as the import dialog that reports it is still English.
 */
export const DATA_SHEET_NAME = 'KPI data';

/** Long enough to wait out another chunk's write, short enough to answer before the user gives up. */
const LOCK_WAIT_MS = 10_000;

type ServerTexts = Catalogue['importServer'];

/** What the server words itself, in the sheet's language; the dialog words the rest. */
function textsFor(services: Services): { locale: string; L: ServerTexts } {
  const locale = services.spreadsheet().getSpreadsheetLocale();
  return { locale, L: IMPORT_SERVER_TEXTS[languageFromLocale(locale)] };
}

export function showImportDialog(services: Services): void {
  const { locale, L } = textsFor(services);
  // The dialog proposes the spreadsheet's currency, and says whether this import would set it.
  const currency = spreadsheetCurrency(services.documentProperties().getProperty(CURRENCY_PROPERTY), locale);
  const dataSheet = findDataSheet(services.spreadsheet());
  const hasRows = dataSheet !== null && dataSheet.getLastRow() > 1;
  const html = pageWithLocale(services, 'import', locale, { currency, hasRows: String(hasRows) })
    .setWidth(760)
    .setHeight(600);
  services.ui().showModalDialog(html, L.dialogTitle);
}

export function importCsvRows(services: Services, request: unknown): ImportResponse {
  const { L } = textsFor(services);
  if (!isImportRequest(request)) return { ok: false, message: L.badRequest };
  const lock = services.documentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return { ok: false, message: L.busy };
  try {
    return appendRows(services, request, L);
  } finally {
    lock.releaseLock();
  }
}

function isImportRequest(value: unknown): value is ImportRequest {
  if (typeof value !== 'object' || value === null) return false;
  const { columns, rows, rowNumbers, currency } = value as Record<string, unknown>;
  return (
    (currency === undefined || (typeof currency === 'string' && readCurrency(currency) !== undefined)) &&
    Array.isArray(columns) &&
    columns.every((id) => typeof id === 'string' && targetById(id) !== undefined) &&
    new Set(columns).size === columns.length &&
    columns.includes('date') &&
    columns.includes('channel') &&
    Array.isArray(rows) &&
    Array.isArray(rowNumbers) &&
    rowNumbers.length === rows.length &&
    rowNumbers.every((n) => typeof n === 'number')
  );
}

function appendRows(services: Services, request: ImportRequest, L: ServerTexts): ImportResponse {
  const spreadsheet = services.spreadsheet();
  let sheet = findDataSheet(spreadsheet);
  const createdSheet = sheet === null;
  if (sheet === null) sheet = spreadsheet.insertSheet(DATA_SHEET_NAME);
  // One read: the header and every existing row's key.
  const values: unknown[][] = createdSheet ? [] : sheet.getDataRange().getValues();
  const hasHeader = values.length > 0 && values[0].some((cell) => cell !== '' && cell !== null);
  const header = hasHeader ? values[0].map((cell) => String(cell)) : canonicalHeaders();

  // Where each target lives in the tab, by the tab's own headers (its order is the user's).
  const columnOf = new Map<string, number>();
  header.forEach((cell, index) => {
    const id = recogniseHeader(cell);
    if (id !== undefined && !columnOf.has(id)) columnOf.set(id, index);
  });
  const hasRows = values.slice(1).some((row) => row.some((cell) => cell !== '' && cell !== null));
  const stamp = currencyToStamp(services, request.currency, hasRows);
  const columns =
    stamp !== undefined && !request.columns.includes('currency')
      ? [...request.columns, 'currency']
      : request.columns;

  // Columns the file brings and the tab lacks go after the last header, in canonical order.
  const addedColumns: string[] = [];
  if (hasHeader) {
    for (const target of IMPORT_TARGETS) {
      if (!columns.includes(target.id) || columnOf.has(target.id)) continue;
      columnOf.set(target.id, header.length);
      header.push(target.header);
      addedColumns.push(target.header);
    }
  }

  const toIsoDate = isoDateIn(spreadsheet.getSpreadsheetTimeZone());
  const existing = new Set<string>();
  for (let r = 1; r < values.length; r++) {
    const cell = (id: string) => {
      const index = columnOf.get(id);
      return index === undefined || index >= values[r].length ? '' : values[r][index];
    };
    const date = toIsoDate(cell('date'));
    if (date !== '') existing.add(rowKey(date, String(cell('channel')), String(cell('post_id'))));
  }

  const skipped: SkippedRow[] = [];
  const output: unknown[][] = [];
  const firstRowOf = new Map<string, number>();
  request.rows.forEach((row, r) => {
    const rowNumber = request.rowNumbers[r];
    const cells = readRow(request.columns, row);
    if (cells === undefined) {
      skipped.push({ row: rowNumber, reason: L.rowMalformed });
      return;
    }
    const key = rowKey(cells.date, cells.channel, cells.postId);
    if (existing.has(key)) {
      skipped.push({ row: rowNumber, reason: L.rowAlreadyInSheet });
      return;
    }
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      skipped.push({ row: rowNumber, reason: L.rowDuplicateInFile(first) });
      return;
    }
    const currency = rowCurrency(request.columns, row, stamp);
    if (currency === undefined) {
      skipped.push({
        row: rowNumber,
        reason: L.rowBadCurrency(String(row[request.columns.indexOf('currency')])),
      });
      return;
    }
    firstRowOf.set(key, rowNumber);
    const line: unknown[] = new Array(header.length).fill('');
    if (currency !== '') line[columnOf.get('currency') as number] = currency;
    request.columns.forEach((id, c) => {
      const value = row[c];
      const target = targetById(id);
      if (value === null || target === undefined || id === 'currency') return;
      // Dates go in as ISO text, which Sheets reads as a date in every locale.
      line[columnOf.get(id) as number] = target.kind === 'text' ? asText(String(value)) : value;
    });
    output.push(line);
  });

  const width = header.length;
  if (!hasHeader) {
    // A new or empty tab: header and rows in one write.
    writeBlock(sheet, 1, [header, ...output], width);
  } else {
    if (addedColumns.length > 0) {
      const first = header.length - addedColumns.length;
      ensureSize(sheet, 1, header.length);
      sheet.getRange(1, first + 1, 1, addedColumns.length).setValues([addedColumns]);
    }
    if (output.length > 0) writeBlock(sheet, values.length + 1, output, width);
  }
  return { ok: true, added: output.length, skipped, addedColumns, createdSheet };
}

/**
 * The currency to write into rows that name none: the file's chosen currency, where it differs
 * from the spreadsheet's and the tab already holds rows (whose money is in the spreadsheet's
 * currency and must stay so). Into an empty tab the choice becomes the spreadsheet's currency:
 * a document property, so every collaborator's report uses it.
 */
function currencyToStamp(
  services: Services,
  requested: string | undefined,
  hasRows: boolean,
): string | undefined {
  const chosen = requested === undefined ? undefined : readCurrency(requested);
  if (chosen === undefined) return undefined;
  const properties = services.documentProperties();
  const stored = properties.getProperty(CURRENCY_PROPERTY);
  const current = spreadsheetCurrency(stored, services.spreadsheet().getSpreadsheetLocale());
  if (!hasRows) {
    if (stored !== chosen) properties.setProperty(CURRENCY_PROPERTY, chosen);
    return undefined;
  }
  return chosen === current ? undefined : chosen;
}

/** A row's Currency cell as a code, the stamp where it has none ('' for none at all); undefined: not a currency. */
function rowCurrency(columns: string[], row: ImportCell[], stamp: string | undefined): string | undefined {
  const index = columns.indexOf('currency');
  const cell = index < 0 ? null : row[index];
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return stamp ?? '';
  return readCurrency(cell);
}

interface RowKeys {
  date: string;
  channel: string;
  postId: string;
}

/** Checks one row from the dialog: the server trusts no shape it did not check. */
function readRow(columns: string[], row: unknown): RowKeys | undefined {
  if (!Array.isArray(row) || row.length !== columns.length) return undefined;
  const keys: RowKeys = { date: '', channel: '', postId: '' };
  for (let c = 0; c < columns.length; c++) {
    const value: ImportCell = row[c];
    const kind = targetById(columns[c])?.kind;
    if (kind === 'date') {
      if (typeof value !== 'string' || !isIsoDate(value)) return undefined;
      keys.date = value;
    } else if (kind === 'text') {
      if (value !== null && typeof value !== 'string') return undefined;
      if (columns[c] === 'channel') keys.channel = value ?? '';
      if (columns[c] === 'post_id') keys.postId = value ?? '';
    } else if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) {
      return undefined;
    }
  }
  return keys.channel.trim() === '' ? undefined : keys;
}

/**
 * setValues parses strings the way typing does: "=…" becomes a formula, "+1", "-1", "@x" and a
 * long numeric post id change meaning or lose digits. A leading apostrophe keeps any text exactly
 * as it is; Sheets does not store the apostrophe in the value.
 */
function asText(text: string): string {
  return `'${text}`;
}

/**
 * The date part of a cell as ISO, whether Sheets stored a date or the user typed text. A stored
 * date is an instant; its day is the day in the spreadsheet's time zone, not the script's.
 */
function isoDateIn(timeZone: string): (value: unknown) => string {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return (value) => {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) return '';
      const parts = format.formatToParts(value);
      const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
      return `${part('year')}-${part('month')}-${part('day')}`;
    }
    const text = String(value ?? '').trim();
    return /^\d{4}-\d{2}-\d{2}/.test(text) ? text.slice(0, 10) : '';
  };
}

/** Writing past the grid throws in Apps Script, so the sheet grows first when needed. */
function ensureSize(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

function writeBlock(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  firstRow: number,
  rows: unknown[][],
  width: number,
): void {
  ensureSize(sheet, firstRow + rows.length - 1, width);
  sheet.getRange(firstRow, 1, rows.length, width).setValues(rows);
}
