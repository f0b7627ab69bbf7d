/*
 * What the dialog sends to the server and gets back: plain JSON only, because google.script.run
 * refuses Dates and turns undefined inside arrays into null. Rows travel as arrays aligned with
 * `columns` (smaller than objects); dates travel as ISO strings.
 */

/** A cell: ISO date or text for key columns, a number or null (blank) for counted columns. */
export type ImportCell = string | number | null;

export interface ImportRequest {
  /** Target ids ('date', 'channel', 'post_id', registry column ids), one per cell of each row. */
  columns: string[];
  rows: ImportCell[][];
  /** Each row's number in the file, so a skipped row can be named the way the user sees it. */
  rowNumbers: number[];
  /**
   * The currency (ISO code) the user says the file's money is in. Into an empty data tab it
   * becomes the spreadsheet's currency; into rows of another currency it is written in the
   * Currency column of each row that names none.
   */
  currency?: string;
}

export interface SkippedRow {
  row: number;
  reason: string;
}

export type ImportResponse =
  | {
      ok: true;
      added: number;
      skipped: SkippedRow[];
      /** Canonical headers appended to the data sheet's header row for this import. */
      addedColumns: string[];
      createdSheet: boolean;
    }
  | { ok: false; message: string };

/**
 * Apps Script documents no size limit for a google.script.run argument (only which types are
 * legal and that ten calls may run at once); reports of failures start in the tens of
 * megabytes. Each call therefore stays far below: at most 5,000 rows and about 1 MB of JSON,
 * which also keeps one call's sheet write well inside the six-minute execution limit.
 */
export const MAX_ROWS_PER_CALL = 5000;
export const MAX_BYTES_PER_CALL = 1_000_000;

/** Splits prepared rows into requests under both limits; JSON length approximates the payload. */
export function chunkRequests(
  columns: string[],
  rows: ImportCell[][],
  rowNumbers: number[],
  limits = { rows: MAX_ROWS_PER_CALL, bytes: MAX_BYTES_PER_CALL },
): ImportRequest[] {
  const requests: ImportRequest[] = [];
  const overhead = JSON.stringify({ columns, rows: [], rowNumbers: [] }).length;
  let current: ImportRequest = { columns, rows: [], rowNumbers: [] };
  let bytes = overhead;
  rows.forEach((row, index) => {
    // A row costs its JSON, a comma, and its row number.
    const rowBytes = JSON.stringify(row).length + String(rowNumbers[index]).length + 2;
    if (current.rows.length > 0 && (current.rows.length >= limits.rows || bytes + rowBytes > limits.bytes)) {
      requests.push(current);
      current = { columns, rows: [], rowNumbers: [] };
      bytes = overhead;
    }
    current.rows.push(row);
    current.rowNumbers.push(rowNumbers[index]);
    bytes += rowBytes;
  });
  if (current.rows.length > 0) requests.push(current);
  return requests;
}

/**
 * The identity of a data row: date, channel (case and spacing ignored) and post id where the row
 * has one. Re-importing a file finds the same keys and adds nothing.
 */
export function rowKey(isoDate: string, channel: string, postId: string): string {
  const normalisedChannel = channel.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return `${isoDate}\u0000${normalisedChannel}\u0000${postId.trim()}`;
}
