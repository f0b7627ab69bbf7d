import { fixtureBytes, importText } from './helpers';

/*
 * One sample export per platform, written after the platforms' documented CSV columns. Each
 * test reads the file as the dialog does with its proposals accepted.
 */

describe('Meta Business Suite, Facebook posts', () => {
  const { read, analysis, prepared } = importText(fixtureBytes('meta-facebook-posts.csv'));

  it('is recognised, with Facebook as the channel', () => {
    expect(analysis.platform).toBe('facebook');
    expect(analysis.channel).toBe('Facebook');
    expect(read.ok && read.delimiter).toBe(',');
  });

  it('takes the day from the publish time, not the "Lifetime" date column', () => {
    const byHeader = Object.fromEntries(analysis.mapping.map((column) => [column.source, column]));
    expect(byHeader['Publish time'].target).toBe('date');
    expect(byHeader['Date']).toMatchObject({ target: null, note: { kind: 'duplicate', of: 'Publish time' } });
  });

  it('maps reactions to likes, link clicks to clicks, the SEK spend to cost, and leaves the sum out', () => {
    const targets = Object.fromEntries(analysis.mapping.map((column) => [column.source, column.target]));
    expect(targets).toMatchObject({
      'Post ID': 'post_id',
      Reactions: 'likes',
      'Link clicks': 'clicks',
      'Amount spent (SEK)': 'cost',
      'Total clicks': null,
      'Reactions, comments and shares': null,
    });
  });

  it('reads the rows, with thousands separators, decimals, and a description with a line break', () => {
    expect(prepared.columns).toEqual([
      'date',
      'channel',
      'post_id',
      'impressions',
      'reach',
      'likes',
      'comments',
      'shares',
      'clicks',
      'cost',
    ]);
    expect(prepared.rows.map((row) => row.cells)).toEqual([
      ['2026-10-01', 'Facebook', '118273645501234_880011223344551', 1204, 987, 48, 9, 4, 31, 0],
      ['2026-10-05', 'Facebook', '118273645501234_880011223344552', 2310, 1876, 101, 27, 12, 64, 150],
      ['2026-10-13', 'Facebook', '118273645501234_880011223344553', 12480, 9702, 380, 88, 44, 410, 1250.5],
    ]);
    // Row 2's description spans two lines in the file; it is still one row.
    expect(prepared.rows.map((row) => row.row)).toEqual([2, 3, 4]);
  });

  it('skips the post that appears twice, naming the first', () => {
    expect(prepared.skipped).toEqual([{ row: 5, reason: 'the same date, channel and post as row 3' }]);
    expect(prepared.ready).toBe(true);
  });
});

describe('Meta Business Suite, Instagram posts (UTF-8 with BOM)', () => {
  const { analysis, prepared } = importText(fixtureBytes('meta-instagram-posts.csv'));

  it('is recognised, with views as impressions and saves kept', () => {
    expect(analysis.platform).toBe('instagram');
    expect(analysis.channel).toBe('Instagram');
    expect(analysis.mapping[0]).toMatchObject({ source: 'Post ID', target: 'post_id' });
    expect(prepared.columns).toEqual([
      'date',
      'channel',
      'post_id',
      'impressions',
      'reach',
      'likes',
      'comments',
      'shares',
      'saves',
    ]);
    expect(prepared.rows[1].cells).toEqual([
      '2026-10-04',
      'Instagram',
      '17990011223344557',
      15400,
      11020,
      890,
      64,
      120,
      140,
    ]);
    expect(prepared.skipped).toEqual([]);
  });
});

describe('LinkedIn page analytics', () => {
  const { analysis, prepared } = importText(fixtureBytes('linkedin-page-metrics.csv'));

  it('finds the header under the title line and imports only the totals', () => {
    expect(analysis.headerRow).toBe(1);
    expect(analysis.platform).toBe('linkedin');
    expect(analysis.channel).toBe('LinkedIn');
    const notes = Object.fromEntries(
      analysis.mapping.map((column) => [column.source, column.note?.kind ?? column.target]),
    );
    expect(notes).toMatchObject({
      'Impressions (total)': 'impressions',
      'Impressions (organic)': 'split',
      'Reposts (total)': 'shares',
      'Engagement rate (total)': 'rate',
    });
  });

  it('reads month/day dates, learning the order from 10/13/2026', () => {
    expect(prepared.dateOrder).toEqual({ kind: 'known', order: 'mdy' });
    expect(prepared.rows.map((row) => [row.row, ...row.cells])).toEqual([
      [3, '2026-10-01', 'LinkedIn', 812, 31, 4, 2, 25],
      [4, '2026-10-02', 'LinkedIn', 1520, 46, 6, 3, 42],
      [5, '2026-10-13', 'LinkedIn', 640, 22, 2, 1, 18],
    ]);
  });
});

describe('TikTok overview', () => {
  const { analysis, prepared } = importText(fixtureBytes('tiktok-overview.csv'));

  it('maps video views to impressions and profile views to profile visits', () => {
    expect(analysis.platform).toBe('tiktok');
    expect(prepared.columns).toEqual([
      'date',
      'channel',
      'impressions',
      'likes',
      'comments',
      'shares',
      'profile_visits',
    ]);
    expect(prepared.rows[0].cells).toEqual(['2026-10-01', 'TikTok', 5820, 640, 38, 21, 212]);
  });
});

describe('X account overview', () => {
  const { analysis, prepared } = importText(fixtureBytes('x-account-overview.csv'));

  it('reads replies as comments, retweets as shares, and leaves engagements and the rate out', () => {
    expect(analysis.platform).toBe('x');
    expect(analysis.channel).toBe('X');
    const targets = Object.fromEntries(analysis.mapping.map((column) => [column.source, column.target]));
    expect(targets).toMatchObject({
      Replies: 'comments',
      Retweets: 'shares',
      Engagements: null,
      'Engagement rate': null,
    });
  });

  it('reads "Thu, Oct 1, 2026" dates', () => {
    expect(prepared.rows.map((row) => row.cells[0])).toEqual(['2026-10-01', '2026-10-02', '2026-10-03']);
    expect(prepared.rows[2].cells).toEqual(['2026-10-03', 'X', 5120, 120, 17, 25, 40, 52]);
  });
});

describe('a Swedish file with the sheet’s headers (Excel: BOM, semicolons, decimal comma)', () => {
  const { read, analysis, prepared } = importText(fixtureBytes('kpi-data-swedish.csv'));

  it('recognises the Swedish headers and takes the channel from the file', () => {
    expect(read.ok && read.delimiter).toBe(';');
    expect(analysis.platform).toBe('kpi_data');
    expect(analysis.channel).toBe('');
    expect(analysis.mapping.map((column) => column.target)).toEqual([
      'date',
      'channel',
      'impressions',
      'reach',
      'likes',
      'comments',
      'shares',
      'cost',
      null,
    ]);
    expect(analysis.mapping[8].note).toEqual({ kind: 'rate' });
  });

  it('reads no-break-space thousands and decimal commas', () => {
    expect(prepared.decimal).toEqual({ kind: 'known', mark: ',' });
    expect(prepared.rows.map((row) => row.cells)).toEqual([
      ['2026-10-01', 'Instagram', 12480, 9702, 380, 88, 44, 1250.5],
      ['2026-10-02', 'Instagram', 2310, 1876, 101, 27, 12, 150],
      ['2026-10-03', 'Facebook', 1204, 987, 48, 9, 4, 12.5],
    ]);
  });
});

describe('a Vietnamese file saved as Excel “Unicode text” (UTF-16 LE, tabs)', () => {
  const { read, analysis, prepared } = importText(fixtureBytes('kpi-data-vietnamese-utf16.csv'));

  it('decodes UTF-16, recognises the Vietnamese headers and reads day/month dates', () => {
    expect(read.ok && [read.encoding, read.delimiter]).toEqual(['utf-16le', '\t']);
    expect(analysis.headers[0]).toBe('Ngày');
    expect(prepared.dateOrder).toEqual({ kind: 'known', order: 'dmy' });
  });

  it('reads "." thousands, because other cells show the decimal comma', () => {
    expect(prepared.rows.map((row) => row.cells)).toEqual([
      ['2026-10-05', 'Facebook', 1234567, 845210, 12034, 1120, 530, 2500000],
      ['2026-10-13', 'Facebook', 987654, 700001, 9876, 980, 410, 1800000.5],
      ['2026-10-14', 'TikTok', 2100, 1900, 340, 21, 8, 0],
    ]);
  });
});

describe('a file whose money column cannot be read safely', () => {
  const { prepared } = importText(fixtureBytes('ambiguous-thousands.csv'));

  it('refuses the Cost column with a message and blocks the import until it is left out', () => {
    expect(prepared.ready).toBe(false);
    expect(prepared.columnProblems).toEqual([
      {
        index: 3,
        source: 'Cost',
        message: expect.stringContaining('“1,250” could be a thousands separator or a decimal mark'),
      },
    ]);
    // Impressions are counts, so "1,204" can only be 1204.
    expect(prepared.rows[0].cells).toEqual(['2026-10-01', 'Facebook', 1204]);
  });

  it('imports the rest once the user chooses not to import Cost', () => {
    const { prepared: fixed } = importText(fixtureBytes('ambiguous-thousands.csv'), {
      targets: ['date', 'channel', 'impressions', null],
    });
    expect(fixed.ready).toBe(true);
    expect(fixed.columns).toEqual(['date', 'channel', 'impressions']);
  });
});

describe('a Swedish sheet with dates typed several ways (Excel: BOM, semicolons, CRLF)', () => {
  const { read, prepared } = importText(fixtureBytes('kpi-data-swedish-dates.csv'));

  it('reads "3 okt. 2026", "4 oktober 2026", ISO and "lör 10 okt. 2026" as they are', () => {
    expect(read.ok && read.delimiter).toBe(';');
    expect(prepared.rows.map((row) => [row.row, row.cells[0], row.cells[1]])).toEqual([
      [2, '2026-10-03', 'Instagram'],
      [3, '2026-10-04', 'Instagram'],
      [4, '2026-10-05', 'Instagram'],
      [5, '2026-10-06', 'Instagram'],
      [6, '2026-10-10', 'Facebook'],
      [7, '2026-10-12', 'Facebook'],
    ]);
    expect(prepared.skipped).toEqual([]);
  });

  it('reads 06/10/2026 and 12/10/2026 day first because the column writes "3 okt. 2026", and says so', () => {
    expect(prepared.dateOrder).toMatchObject({
      kind: 'hinted',
      order: 'dmy',
      hint: { kind: 'named', locale: 'sv' },
      sample: { text: '06/10/2026' },
    });
    expect(prepared.dateOrderNote).toBe(
      'Dates such as “06/10/2026” (row 5) are read as day/month/year because row 2 of the same column ' +
        'writes a date the Swedish way (“3 okt. 2026”). Change it here if that is wrong.',
    );
    expect(prepared.ready).toBe(true);
  });

  it('reads the numbers with no-break-space thousands and decimal commas', () => {
    expect(prepared.rows[0].cells).toEqual(['2026-10-03', 'Instagram', 12480, 9702, 380, 88, 44, 1250.5]);
    expect(prepared.rows[5].cells).toEqual(['2026-10-12', 'Facebook', 1050, 811, 40, 6, 2, 45.75]);
  });

  it('reads month/day/year instead when the user says so, and the plan shows that choice', () => {
    const { prepared: mdy } = importText(fixtureBytes('kpi-data-swedish-dates.csv'), { dateOrder: 'mdy' });
    expect(mdy.rows.map((row) => row.cells[0])).toEqual([
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-06-10',
      '2026-10-10',
      '2026-12-10',
    ]);
  });
});

describe('Swedish monthly totals ("sep. 2026", "okt 2026", "november 2026")', () => {
  const { prepared } = importText(fixtureBytes('kpi-data-swedish-months.csv'));

  it('dates each month on its first day, where the report counts it', () => {
    expect(prepared.dateOrder).toEqual({ kind: 'none' });
    expect(prepared.columns).toEqual(['date', 'channel', 'impressions', 'reach', 'likes', 'cost']);
    expect(prepared.rows.map((row) => row.cells)).toEqual([
      ['2026-09-01', 'LinkedIn', 18240, null, 512, 2400],
      ['2026-10-01', 'LinkedIn', 21905, null, 640, 2950.5],
      ['2026-11-01', 'LinkedIn', 19118, null, 577, 2700],
    ]);
  });
});

describe('a Vietnamese sheet downloaded as CSV, dates in every Vietnamese form (UTF-8 with BOM)', () => {
  const { read, analysis, prepared } = importText(fixtureBytes('kpi-data-vietnamese-dates.csv'));

  it('reads "3 tháng 10, 2026", "Tháng 10 4, 2026", "ngày 5 tháng 10 năm 2026" and "Thứ Hai, 5 tháng 10, 2026"', () => {
    expect(read.ok && [read.encoding, read.delimiter]).toEqual(['utf-8', ',']);
    expect(analysis.platform).toBe('kpi_data');
    expect(prepared.rows.map((row) => [row.row, row.cells[0], row.cells[1]])).toEqual([
      [2, '2026-10-03', 'Facebook'],
      [3, '2026-10-03', 'TikTok'],
      [4, '2026-10-04', 'TikTok'],
      [5, '2026-10-05', 'TikTok'],
      [6, '2026-10-05', 'Facebook'],
      [7, '2026-10-05', 'Instagram'],
      [8, '2026-10-12', 'Instagram'],
    ]);
    expect(prepared.skipped).toEqual([]);
  });

  it('reads 03/10/2026 as 3 October (day first) because the column writes Vietnamese dates, and says so', () => {
    expect(prepared.dateOrder).toMatchObject({ kind: 'hinted', order: 'dmy', hint: { locale: 'vi' } });
    expect(prepared.dateOrderNote).toContain('row 3 of the same column writes a date the Vietnamese way');
    expect(prepared.rows[0].cells).toEqual(['2026-10-03', 'Facebook', 1204, 987, 48, 9, 4]);
    expect(prepared.rows[3].cells).toEqual(['2026-10-05', 'TikTok', 3110, 2870, 301, 12, 5]);
  });
});
