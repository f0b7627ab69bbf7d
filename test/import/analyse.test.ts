import { analyseTable, prepareImport, proposeMapping } from '../../src/import/analyse';
import { chunkRequests, MAX_BYTES_PER_CALL, rowKey } from '../../src/import/protocol';
import { importText, utf8 } from './helpers';

describe('proposing a mapping', () => {
  it('uses registry aliases in any case and spacing, and NFD Vietnamese', () => {
    const mapping = proposeMapping(['  DATUM ', 'kanal', 'Lượt  thích'.normalize('NFD'), 'Something else']);
    expect(mapping.map((column) => column.target)).toEqual(['date', 'channel', 'likes', null]);
    expect(mapping[3].note).toEqual({ kind: 'unknown' });
  });

  it('gives a meaning to one column only; a second is proposed as not imported', () => {
    const mapping = proposeMapping(['Date', 'Likes', 'Reactions']);
    expect(mapping.map((column) => column.target)).toEqual(['date', 'likes', null]);
    expect(mapping[2].note).toEqual({ kind: 'duplicate', of: 'Likes' });
  });

  it('never imports rates', () => {
    expect(proposeMapping(['Engagement rate', 'CTR', 'Tỷ lệ tương tác'])).toEqual([
      { index: 0, source: 'Engagement rate', target: null, note: { kind: 'rate' } },
      { index: 1, source: 'CTR', target: null, note: { kind: 'rate' } },
      { index: 2, source: 'Tỷ lệ tương tác', target: null, note: { kind: 'rate' } },
    ]);
  });
});

describe('preparing rows', () => {
  it('asks for the date order when no date shows it, then reads it as chosen', () => {
    const text = 'Date,Channel,Likes\n05/10/2026,Facebook,3\n06/10/2026,Facebook,4\n';
    const { prepared } = importText(utf8(text));
    expect(prepared.ready).toBe(false);
    expect(prepared.problems).toEqual([
      '“Date”, row 2: “05/10/2026” could be day/month or month/day, and no other row or anything else in ' +
        'the file says which. Choose whether the dates are day/month/year or month/day/year.',
    ]);
    expect(prepared.rows).toEqual([]);
    expect(prepared.dateOrderNote).toBeUndefined();
    const { prepared: chosen } = importText(utf8(text), { dateOrder: 'dmy' });
    expect(chosen.ready).toBe(true);
    expect(chosen.rows.map((row) => row.cells[0])).toEqual(['2026-10-05', '2026-10-06']);
  });

  it('refuses dates written both ways, naming the column and both rows', () => {
    const text = 'Day,Channel,Likes\n2026-10-01,X,1\n13/10/2026,X,2\n10/14/2026,X,3\n';
    const { prepared } = importText(utf8(text));
    expect(prepared.ready).toBe(false);
    expect(prepared.problems).toEqual([
      '“Day” mixes day/month (row 3: “13/10/2026”) and month/day (row 4: “10/14/2026”) dates; fix the file ' +
        'and import it again.',
    ]);
  });

  it.each([
    ['a Swedish date header', 'Datum,Kanal,Likes\n05/10/2026,X,3\n', 'the date column is headed “Datum”'],
    ['a Vietnamese date header', 'Ngày,Kênh,Likes\n05/10/2026,X,3\n', 'the date column is headed “Ngày”'],
    ['semicolons', 'Date;Channel;Likes\n05/10/2026;X;3\n', 'the file is separated by semicolons'],
    ['decimal commas', 'Date,Channel,Cost\n05/10/2026,X,"12,5"\n', 'the file’s numbers have decimal commas'],
  ])('proposes day/month/year from %s, says why, and lets the user change it', (_what, text, reason) => {
    const { prepared } = importText(utf8(text));
    expect(prepared.dateOrder).toMatchObject({ kind: 'hinted', order: 'dmy' });
    expect(prepared.ready).toBe(true);
    expect(prepared.rows[0].cells[0]).toBe('2026-10-05');
    expect(prepared.dateOrderNote).toContain(
      `Dates such as “05/10/2026” (row 2) are read as day/month/year because ${reason}`,
    );
    const { prepared: changed } = importText(utf8(text), { dateOrder: 'mdy' });
    expect(changed.rows[0].cells[0]).toBe('2026-05-10');
  });

  it('takes no hint from a file with a decimal point, commas and English headers: it asks', () => {
    const { prepared } = importText(utf8('Date,Channel,Cost\n05/10/2026,X,12.5\n'));
    expect(prepared.dateOrder.kind).toBe('ask');
  });

  it('lets a row with a day above 12 settle the order over any hint', () => {
    const { prepared } = importText(utf8('Datum;Kanal;Likes\n05/10/2026;X;3\n10/13/2026;X;4\n'));
    expect(prepared.dateOrder).toEqual({ kind: 'known', order: 'mdy' });
    expect(prepared.rows.map((row) => row.cells[0])).toEqual(['2026-05-10', '2026-10-13']);
    expect(prepared.dateOrderNote).toBeUndefined();
  });

  it('needs a date column and a channel', () => {
    const { prepared } = importText(utf8('Likes,Comments\n3,4\n'));
    expect(prepared.problems).toEqual([
      'Choose which column holds the date.',
      'Enter a channel, or choose a column that holds it.',
    ]);
  });

  it('uses the typed channel for rows whose channel cell is empty', () => {
    const { prepared } = importText(utf8('Date,Channel,Likes\n2026-10-01,,3\n2026-10-02,TikTok,4\n'), {
      channel: 'Facebook',
    });
    expect(prepared.rows.map((row) => row.cells[1])).toEqual(['Facebook', 'TikTok']);
  });

  it('skips rows it cannot read and says why, keeping the rest', () => {
    const text = [
      'Date,Channel,Likes,Net new followers,Cost',
      'Total,Facebook,10,1,1.5',
      ',Facebook,10,1,1.5',
      '2026-10-01,Facebook,n/a,1,1.5',
      '2026-10-02,Facebook,2.5,1,1.5',
      '2026-10-03,Facebook,-2,-1,1.5',
      '2026-10-04,Facebook,3,-1,-1.5',
      '2026-10-05,Facebook,,-4,2.25',
    ].join('\n');
    const { prepared } = importText(utf8(text));
    expect(prepared.skipped).toEqual([
      { row: 2, reason: 'the date “Total” is not a date' },
      { row: 3, reason: 'no date' },
      { row: 4, reason: 'Likes is “n/a”, not a number' },
      { row: 5, reason: 'Likes is “2.5”, not a whole number' },
      { row: 6, reason: 'Likes is “-2”, below zero' },
      { row: 7, reason: 'Cost is “-1.5”, below zero' },
    ]);
    // Net new followers may fall; a blank count stays blank, not zero.
    expect(prepared.rows).toEqual([{ row: 8, cells: ['2026-10-05', 'Facebook', -4, null, 2.25] }]);
    expect(prepared.columns).toEqual(['date', 'channel', 'net_new_followers', 'likes', 'cost']);
  });

  it('dedupes within the file on date + channel + post id, channel case ignored', () => {
    const text =
      'Date,Channel,Post ID,Likes\n2026-10-01,Facebook,a1,1\n2026-10-01,facebook ,a1,2\n2026-10-01,Facebook,a2,3\n';
    const { prepared } = importText(utf8(text));
    expect(prepared.rows.map((row) => row.cells[2])).toEqual(['a1', 'a2']);
    expect(prepared.skipped).toEqual([{ row: 3, reason: 'the same date, channel and post as row 2' }]);
  });

  it('refuses a target chosen for two columns', () => {
    const table = [
      ['Date', 'Channel', 'Likes', 'Reactions'],
      ['2026-10-01', 'X', '1', '2'],
    ];
    const analysis = analyseTable(table);
    const prepared = prepareImport(table, analysis, {
      targets: ['date', 'channel', 'likes', 'likes'],
      channel: '',
    });
    expect(prepared.columnProblems).toEqual([
      { index: 3, source: 'Reactions', message: '“Likes” is already imported as this column.' },
    ]);
    expect(prepared.ready).toBe(false);
  });

  it('refuses a column that mixes decimal points and commas', () => {
    const { prepared } = importText(utf8('Date;Channel;Cost\n2026-10-01;X;1.5\n2026-10-02;X;2,5\n'));
    expect(prepared.columnProblems[0].message).toMatch(
      /mixes decimal points \(“1\.5”\) and decimal commas \(“2,5”\)/,
    );
  });
});

describe('sending in chunks', () => {
  it('keeps every request under the row and byte limits and loses no row', () => {
    const rows = Array.from({ length: 12_345 }, (_, i) => ['2026-10-01', 'Facebook', `post-${i}`, i]);
    const numbers = rows.map((_, i) => i + 2);
    const requests = chunkRequests(['date', 'channel', 'post_id', 'likes'], rows, numbers);
    expect(requests.map((request) => request.rows.length)).toEqual([5000, 5000, 2345]);
    for (const request of requests)
      expect(JSON.stringify(request).length).toBeLessThanOrEqual(MAX_BYTES_PER_CALL);
    expect(requests.flatMap((request) => request.rowNumbers)).toEqual(numbers);
  });

  it('cuts by bytes when rows are wide', () => {
    const wide = 'x'.repeat(1000);
    const rows = Array.from({ length: 3000 }, () => ['2026-10-01', wide]);
    const requests = chunkRequests(
      ['date', 'channel'],
      rows,
      rows.map((_, i) => i),
    );
    expect(requests.length).toBeGreaterThan(2);
    for (const request of requests)
      expect(JSON.stringify(request).length).toBeLessThanOrEqual(MAX_BYTES_PER_CALL);
  });

  it('keys rows by date, channel (case and spacing ignored) and post id', () => {
    expect(rowKey('2026-10-01', ' Face  Book ', ' p1 ')).toBe(rowKey('2026-10-01', 'face book', 'p1'));
    expect(rowKey('2026-10-01', 'Facebook', '')).not.toBe(rowKey('2026-10-01', 'Facebook', 'p1'));
  });
});
