import { readDataValues } from '../../src/report/read';
import { readOk, STOCKHOLM, table } from './helpers';

const HEADERS = ['Date', 'Channel', 'Likes', 'Net new followers'];

describe('reading the data sheet', () => {
  it('skips rows with a bad date, text in a number column or a negative count, naming each', () => {
    const data = readOk(
      table(
        HEADERS,
        ['2026-10-01', 'Instagram', 10, 5],
        ['yesterday', 'Instagram', 10, 5],
        ['2026-10-02', 'Instagram', '1 200', 5],
        ['2026-10-03', 'Instagram', -3, 5],
        ['2026-10-04', 'Instagram', ' 7 ', -4],
        ['2026-10-05', '', 1, 1],
        ['2026-13-01', 'Instagram', 1, 1],
      ),
    );
    expect(data.issues).toEqual([
      { row: 3, problem: 'bad_date', value: 'yesterday' },
      { row: 4, problem: 'not_a_number', header: 'Likes', value: '1 200' },
      { row: 5, problem: 'negative', header: 'Likes', value: '-3' },
      { row: 7, problem: 'no_channel' },
      { row: 8, problem: 'bad_date', value: '2026-13-01' },
    ]);
    expect(data.rowsRead).toBe(7);
    expect(data.rowsUsed).toBe(2);
    const october = data.periods.get(202610)![0]!;
    // Plain-number text counts; net new followers may be negative.
    expect(Array.from(october.sums)).toEqual([17, 1]);
  });

  it('adds nothing of a row whose later cell is wrong, though its first cells are right', () => {
    const data = readOk(
      table(
        HEADERS,
        ['2026-10-01', 'Instagram', 10, 5],
        ['2026-10-02', 'Instagram', 4, 'x'],
        ['2026-10-03', 'Instagram', 1, 2],
      ),
    );
    expect(data.issues).toEqual([
      { row: 3, problem: 'not_a_number', header: 'Net new followers', value: 'x' },
    ]);
    const october = data.periods.get(202610)![0]!;
    expect(Array.from(october.sums)).toEqual([11, 7]);
    expect(october.rows).toBe(2);
    expect(october.coveredDays).toBe(2);
  });

  it('names a date typed into a number column by its day in the sheet, not as a UTC instant', () => {
    // Midnight in Stockholm is 22:00 the day before in UTC.
    const typed = new Date('2026-09-30T22:00:00Z');
    const data = readOk(
      table(HEADERS, ['2026-10-01', 'Instagram', typed, 5], [new Date(NaN), 'Instagram', 1, 1]),
    );
    expect(data.issues).toEqual([
      { row: 2, problem: 'not_a_number', header: 'Likes', value: '2026-10-01' },
      { row: 3, problem: 'bad_date', value: '' },
    ]);
  });

  it('skips an exact repeat of an earlier row and says which', () => {
    const data = readOk(
      table(
        HEADERS,
        ['2026-10-01', 'Instagram', 10, 5],
        ['2026-10-01', 'Facebook', 10, 5],
        ['2026-10-01', 'Instagram', 10, 5],
      ),
    );
    expect(data.issues).toEqual([{ row: 4, problem: 'duplicate', firstRow: 2 }]);
    expect(data.periods.get(202610)![0]!.sums[0]).toBe(10);
  });

  it('keeps rows that differ only by post id', () => {
    const data = readOk(
      table(
        ['Date', 'Channel', 'Post ID', 'Likes'],
        ['2026-10-01', 'TikTok', 'a1', 4],
        ['2026-10-01', 'TikTok', 'a2', 4],
      ),
    );
    expect(data.issues).toEqual([]);
    expect(data.periods.get(202610)![0]!.sums[0]).toBe(8);
  });

  it('reads Date cells in the spreadsheet time zone', () => {
    // Midnight 1 November in Stockholm is still 31 October in UTC.
    const data = readOk(table(HEADERS, [new Date('2026-10-31T23:00:00Z'), 'Instagram', 1, 0]));
    expect([...data.periods.keys()]).toEqual([202611]);
  });

  it('reads ISO text, monthly rows, and the locale short format only where unambiguous', () => {
    const rows = (date: string) => table(HEADERS, [date, 'Instagram', 1, 0]);
    const month = (date: string, locale: string) => {
      const result = readDataValues(rows(date), { timeZone: 'UTC', locale });
      return result.ok ? [...result.data.periods.keys()] : [];
    };
    expect(month('2026-10-31', 'sv_SE')).toEqual([202610]);
    expect(month('2026-10', 'sv_SE')).toEqual([202610]);
    expect(month('31/10/2026', 'vi_VN')).toEqual([202610]);
    expect(month('10/31/2026', 'en_US')).toEqual([202610]);
    expect(month('31.10.2026', 'de_DE')).toEqual([202610]);
    // Swedish sheets write ISO; 03/04/2026 could be March or April there.
    expect(month('03/04/2026', 'sv_SE')).toEqual([]);
    expect(month('31/10/2026', 'en_US')).toEqual([]);
  });

  it('takes the channel as written first and merges case and spacing variants', () => {
    const data = readOk(
      table(HEADERS, ['2026-10-01', 'Instagram', 1, 0], ['2026-10-02', ' instagram ', 2, 0]),
    );
    expect(data.channels).toEqual(['Instagram']);
  });

  it('explains a sheet without Date or Channel column instead of failing', () => {
    expect(readDataValues(table(['Likes'], [1]), STOCKHOLM)).toEqual({
      ok: false,
      reason: 'missing_columns',
      missing: ['date', 'channel'],
    });
    expect(readDataValues([], STOCKHOLM)).toEqual({ ok: false, reason: 'empty' });
  });
});
