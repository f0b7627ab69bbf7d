import { analyseTable, prepareImport } from '../../src/import/analyse';
import { chunkRequests, MAX_BYTES_PER_CALL, MAX_ROWS_PER_CALL } from '../../src/import/protocol';
import { readCsvBytes } from '../../src/import/read';
import { importCsvRows } from '../../src/import/server';
import { createWorld } from '../support/world';

/*
 * A ~10 MB Meta Facebook export, generated here (never committed), through the whole Node path:
 * decode, parse, prepare, cut into requests under Apps Script's payload budget, and the first
 * requests through the real importCsvRows on the fakes, twice. The dialog's own handling of such
 * a file (progress, no long main-thread task) is tested in Chromium in dialog.browser.test.ts.
 */

const HEADER =
  'Post ID,Page ID,Page name,Title,Description,Publish time,Permalink,Post type,Date,Impressions,Reach,' +
  'Reactions,Comments,Shares,Link clicks,Amount spent (SEK)';

function bigExport(targetBytes: number): { bytes: Uint8Array; rows: number } {
  const lines = [HEADER];
  let size = HEADER.length;
  let rows = 0;
  while (size < targetBytes) {
    const i = rows++;
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, '0');
    const year = 2020 + Math.floor(i / (28 * 12));
    const id = `118273645501234_${String(880011223344551 + i)}`;
    // Descriptions are most of an export's bytes: quoted, with commas, quotes and line breaks.
    const description = `"Veckans kaka nr ${i}, ""kanelbulle"" med kardemumma.\nKom förbi! ${'☕'.repeat(i % 5)}"`;
    const impressions =
      i % 3 === 0 ? `"${1 + (i % 90)},${String(i % 1000).padStart(3, '0')}"` : String(i % 999);
    const cost = i % 4 === 0 ? `"1,${String(i % 1000).padStart(3, '0')}.50"` : `${i % 100}.25`;
    const line =
      `${id},118273645501234,Kafé Solsidan,,${description},${month}/${day}/${year} 08:30,` +
      `https://www.facebook.com/118273645501234/posts/${880011223344551 + i},Photo,Lifetime,` +
      `${impressions},${i % 900},${i % 300},${i % 40},${i % 20},${i % 70},${cost}`;
    lines.push(line);
    size += Buffer.byteLength(line) + 2;
  }
  const text = lines.join('\r\n') + '\r\n';
  return { bytes: new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])), rows };
}

describe('a 10 MB export', () => {
  it('is sent in requests under the row and byte limits, every row once, and a re-import adds none', () => {
    const { bytes, rows } = bigExport(10 * 1024 * 1024);
    expect(bytes.length).toBeGreaterThan(10 * 1024 * 1024);

    const read = readCsvBytes(bytes);
    if (!read.ok) throw new Error(read.message);
    const analysis = analyseTable(read.table, read.delimiter);
    expect(analysis.platform).toBe('facebook');
    const prepared = prepareImport(read.table, analysis, {
      targets: analysis.mapping.map((column) => column.target),
      channel: analysis.channel,
    });
    expect(prepared.ready).toBe(true);
    expect(prepared.dateOrder).toEqual({ kind: 'known', order: 'mdy' });
    expect(prepared.skipped).toEqual([]);
    expect(prepared.rows).toHaveLength(rows);
    // Spot checks: quoted line breaks kept rows whole; thousands and decimals read.
    expect(prepared.rows[0].cells).toEqual([
      '2020-01-01',
      'Facebook',
      '118273645501234_880011223344551',
      1000,
      0,
      0,
      0,
      0,
      0,
      1000.5,
    ]);
    expect(prepared.rows[0].row).toBe(2);
    expect(prepared.rows[rows - 1].row).toBe(rows + 1);

    const requests = chunkRequests(
      prepared.columns,
      prepared.rows.map((row) => row.cells),
      prepared.rows.map((row) => row.row),
    );
    expect(requests.length).toBeGreaterThanOrEqual(Math.ceil(rows / MAX_ROWS_PER_CALL));
    for (const request of requests) {
      expect(request.rows.length).toBeLessThanOrEqual(MAX_ROWS_PER_CALL);
      expect(Buffer.byteLength(JSON.stringify(request))).toBeLessThanOrEqual(MAX_BYTES_PER_CALL);
    }
    expect(requests.flatMap((request) => request.rowNumbers)).toEqual(prepared.rows.map((row) => row.row));

    // The real server function takes the first two requests, then both again: a request of the
    // full size is accepted, rows are not duplicated across requests, and a re-import adds none.
    // (All of them would take the fakes most of a minute and show nothing more.)
    const book = createWorld('hochiminh-en');
    const [one, two] = requests;
    const first = [one, two].map((request) => importCsvRows(book.services, request));
    expect(first).toEqual([
      { ok: true, added: one.rows.length, skipped: [], addedColumns: [], createdSheet: true },
      { ok: true, added: two.rows.length, skipped: [], addedColumns: [], createdSheet: false },
    ]);
    const again = [one, two].map((request) => importCsvRows(book.services, request));
    expect(again.map((result) => result.ok && [result.added, result.skipped.length])).toEqual([
      [0, one.rows.length],
      [0, two.rows.length],
    ]);
    expect(book.dataValues()).toHaveLength(one.rows.length + two.rows.length + 1);
  }, 120_000);
});
