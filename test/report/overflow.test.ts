import { buildMonthlyReport } from '../../src/report/actions';
import { reportBook } from '../support/world';

/* Sums past the largest number (about 1.8e308) are blank cells with a data-quality line, never Infinity or NaN. */

const HEADERS = ['Date', 'Channel', 'Impressions', 'Clicks', 'Likes', 'Comments'];

function build(rows: unknown[][], locale = 'en_US') {
  const book = reportBook([HEADERS, ...rows], { locale });
  const result = buildMonthlyReport(book.services, { month: '2026-10' });
  if (!result.ok) throw new Error(result.message);
  const values = book.gas.spreadsheet.sheetNamed(result.tabName)!.getDataRange().getValues();
  const row = (label: string) => values.find((r) => r[0] === label)!;
  return { values, row, model: result.model };
}

function expectEveryNumberFinite(values: unknown[][]): void {
  for (const row of values) {
    for (const cell of row) {
      expect(cell === null || cell === undefined).toBe(false);
      if (typeof cell === 'number') expect(Number.isFinite(cell)).toBe(true);
    }
  }
}

describe('a report whose sums overflow', () => {
  const rows = [
    ['2026-10-01', 'Instagram', 1e308, 5, 10, 1],
    ['2026-10-02', 'Instagram', 1e308, 5, 10, 1],
    ['2026-10-02', 'Facebook', 100, 5, 10, 1],
    ['2026-09-02', 'Facebook', 100, 5, 10, 1],
  ];

  it('leaves the channel’s cell, its rates and All channels blank, and says which sum overflowed', () => {
    const { values, row } = build(rows);
    expectEveryNumberFinite(values);
    // KPI | Instagram: Oct, change | Facebook: Oct, change | All channels: Oct, Sep, change
    expect(row('Impressions').slice(1, 8)).toEqual(['', '', 100, 0, '', 100, '']);
    expect(row('Click-through rate (CTR)').slice(1, 8)).toEqual(['', '', 0.05, 0, '', 0.05, '']);
    // Clicks did not overflow: every column keeps them.
    expect(row('Clicks').slice(1, 8)).toEqual([10, '', 5, 0, 15, 5, 2]);
    const quality = values.findIndex((r) => r[0] === 'Data quality');
    expect(values[quality + 1][0]).toBe(
      'Impressions for Instagram in October 2026 adds up to more than a number can hold: that cell, and every rate built on it, is left blank. Check the data for a mistyped value.',
    );
    // The trend chart's data has the month blank, and no second line for it.
    expect(values.filter((r) => String(r[0]).includes('more than a number can hold'))).toHaveLength(1);
    const trendOctober = values.filter((r) => r[0] === 'Oct 2026').at(-1)!;
    // Impressions, engagements, clicks.
    expect(trendOctober.slice(1, 4)).toEqual(['', 33, 15]);
  });

  it('says so in Swedish and Vietnamese', () => {
    expect(build(rows, 'sv_SE').values.map((r) => r[0])).toContain(
      'Visningar för Instagram i oktober 2026 summeras till mer än ett tal rymmer: den cellen, och varje andel som bygger på den, lämnas tom. Kontrollera datan efter ett felskrivet värde.',
    );
    expect(build(rows, 'vi_VN').values.map((r) => r[0])).toContain(
      'Lượt hiển thị của Instagram trong tháng 10 năm 2026 cộng lại vượt quá giới hạn của một con số: ô đó và mọi tỷ lệ tính từ nó được để trống. Hãy kiểm tra dữ liệu xem có giá trị nào bị gõ nhầm không.',
    );
  });

  it('blanks All channels when only the channels’ sum overflows, and names All channels', () => {
    const { values, row } = build([
      ['2026-10-01', 'Instagram', 1.5e308, 5, 10, 1],
      ['2026-10-01', 'Facebook', 1.5e308, 5, 10, 1],
    ]);
    expectEveryNumberFinite(values);
    expect(row('Impressions').slice(1, 6)).toEqual([1.5e308, '', 1.5e308, '', '']);
    expect(values.map((r) => r[0])).toContain(
      'Impressions for All channels in October 2026 adds up to more than a number can hold: that cell, and every rate built on it, is left blank. Check the data for a mistyped value.',
    );
  });

  it('blanks engagements, not a smaller sum of the other parts, when a part overflows', () => {
    const { values, row } = build([
      ['2026-10-01', 'Instagram', 100, 5, 1e308, 1],
      ['2026-10-02', 'Instagram', 100, 5, 1e308, 1],
    ]);
    expectEveryNumberFinite(values);
    expect(row('Likes')[1]).toBe('');
    expect(row('Engagements')[1]).toBe('');
    expect(row('Comments')[1]).toBe(2);
  });
});
