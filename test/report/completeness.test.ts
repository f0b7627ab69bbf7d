import { REPORT_TEXTS } from '../../src/i18n';
import { layoutReport, type SheetLayout } from '../../src/report/layout';
import { ALL_CHANNELS, buildReportModel, type ReportColumn, type ReportModel } from '../../src/report/model';
import { csvValues, readOk, table } from './helpers';

/*
 * The report says what a month covers (spec: Completeness): a change is coloured only when both
 * months are complete for the column, All channels compares only the channels complete in both,
 * and the data-quality section names channel, month and days covered.
 */

const SEPTEMBER_2025 = 202509;
/** Mid-October 2025 in Stockholm: August and September 2025 have ended. */
const CONTEXT = {
  sheetName: 'KPI data',
  builtAt: new Date('2025-10-15T10:00:00Z'),
  timeZone: 'Europe/Stockholm',
};

function build(values: unknown[][], month = SEPTEMBER_2025, context = CONTEXT): ReportModel {
  return buildReportModel(readOk(values), month, context);
}

function cell(model: ReportModel, kpiId: string, column: ReportColumn) {
  const row = model.families.flatMap((family) => family.rows).find((r) => r.kpiId === kpiId);
  if (!row) throw new Error(`no row for ${kpiId}`);
  return row.cells[model.columns.indexOf(column)];
}

/** Rows for every day from `first` to `last` of a month (yyyy-mm), `likes` likes a day. */
function days(month: string, first: number, last: number, channel: string, likes = 10): unknown[][] {
  const rows: unknown[][] = [];
  for (let d = first; d <= last; d++) rows.push([`${month}-${String(d).padStart(2, '0')}`, channel, likes]);
  return rows;
}

const HEADERS = ['Date', 'Channel', 'Likes'];

describe('coverage of a channel-month', () => {
  it('counts the days with rows: 20 of 31 is not complete, every day of the month is', () => {
    const model = build(
      table(HEADERS, ...days('2025-08', 1, 20, 'Facebook'), ...days('2025-09', 1, 30, 'Facebook')),
    );
    expect(model.previousCoverage).toEqual([
      { days: 20, daysInPeriod: 31, posts: 0, complete: false, running: false },
    ]);
    expect(model.coverage).toEqual([
      { days: 30, daysInPeriod: 30, posts: 0, complete: true, running: false },
    ]);
    // Two rows on one day are one day.
    const twice = build(table(HEADERS, ['2025-09-03', 'Facebook', 1], ['2025-09-03', 'Facebook', 2]));
    expect(twice.coverage[0].days).toBe(1);
  });

  it('counts a row dated by the month alone (2025-08) as the whole month', () => {
    const model = build(table(HEADERS, ['2025-08', 'Facebook', 300], ['2025-09', 'Facebook', 360]));
    expect(model.previousCoverage[0]).toMatchObject({ days: 31, daysInPeriod: 31, complete: true });
    expect(cell(model, 'likes', 'Facebook')).toMatchObject({ comparable: true, tone: 'good' });
    expect(cell(model, 'likes', 'Facebook').change).toBeCloseTo(0.2, 12);
  });

  it('counts post rows as complete when they span the month from its first week to its last', () => {
    const headers = ['Date', 'Channel', 'Post ID', 'Followers', 'Likes'];
    const model = build(
      table(
        headers,
        ['2025-08-03', 'Instagram', 'a', 1000, 10],
        ['2025-08-15', 'Instagram', 'b', 1000, 20],
        ['2025-08-28', 'Instagram', 'c', 1000, 30],
        // September's posts start in its second week.
        ['2025-09-10', 'Instagram', 'd', 1000, 40],
        ['2025-09-29', 'Instagram', 'e', 1000, 50],
      ),
    );
    expect(model.previousCoverage[0]).toEqual({
      days: 3,
      daysInPeriod: 31,
      posts: 3,
      complete: true,
      running: false,
    });
    expect(model.coverage[0]).toMatchObject({ days: 2, posts: 2, complete: false });
    const lines = layoutReport(model, { labels: REPORT_TEXTS.en, locale: 'en_US' }).values.map((r) => r[0]);
    expect(lines).toContain(
      'Instagram: 2 of 30 days in September 2025, 2 posts, not from the month’s first week to its last.',
    );
  });

  it('never calls the current month complete before it ends, in the spreadsheet’s time zone', () => {
    const september = table(
      HEADERS,
      ...days('2025-08', 1, 31, 'Facebook'),
      ...days('2025-09', 1, 30, 'Facebook'),
    );
    // 23:30 on 30 September in Stockholm: the month has not ended there, though every day has rows.
    const lastEvening = build(september, SEPTEMBER_2025, {
      ...CONTEXT,
      builtAt: new Date('2025-09-30T21:30:00Z'),
    });
    expect(lastEvening.coverage[0]).toMatchObject({ days: 30, complete: false, running: true });
    expect(cell(lastEvening, 'likes', 'Facebook')).toMatchObject({ comparable: false, tone: 'neutral' });
    const lines = layoutReport(lastEvening, { labels: REPORT_TEXTS.sv, locale: 'sv_SE' }).values.map(
      (r) => r[0],
    );
    expect(lines).toContain('Facebook: 30 av 30 dagar i september 2025 (månaden är inte slut).');
    // 00:30 on 1 October in Stockholm, still 30 September in UTC: it has.
    const nextMorning = build(september, SEPTEMBER_2025, {
      ...CONTEXT,
      builtAt: new Date('2025-09-30T22:30:00Z'),
    });
    expect(nextMorning.coverage[0]).toMatchObject({ complete: true, running: false });
    expect(cell(nextMorning, 'likes', 'Facebook').comparable).toBe(true);
  });
});

describe('the change of All channels', () => {
  // Instagram is complete in both months; Facebook's August has 20 days.
  const values = table(
    HEADERS,
    ...days('2025-08', 1, 31, 'Instagram', 10),
    ...days('2025-09', 1, 30, 'Instagram', 12),
    ...days('2025-08', 1, 20, 'Facebook', 5),
    ...days('2025-09', 1, 30, 'Facebook', 5),
  );
  const model = build(values);

  it('compares only the channels complete in both months, and says which were left out', () => {
    const all = cell(model, 'likes', ALL_CHANNELS);
    // The columns still show every channel's totals…
    expect(all.current).toBe(30 * 12 + 30 * 5);
    expect(all.previous).toBe(31 * 10 + 20 * 5);
    // …but the change is Instagram's alone: (360 − 310) ÷ 310, coloured.
    expect(all.change).toBeCloseTo(360 / 310 - 1, 12);
    expect(all).toMatchObject({ comparable: true, tone: 'good' });
    expect(model.notes).toContainEqual({
      kind: 'all_channels_change',
      compared: ['Instagram'],
      leftOut: ['Facebook'],
    });
    // Facebook's own change is shown, not coloured.
    expect(cell(model, 'likes', 'Facebook')).toMatchObject({ comparable: false, tone: 'neutral' });
    expect(cell(model, 'likes', 'Facebook').change).toBeCloseTo(150 / 100 - 1, 12);
  });

  it('says so in the data-quality section, in English, Swedish and Vietnamese', () => {
    const lines = (language: 'en' | 'sv' | 'vi') =>
      layoutReport(model, { labels: REPORT_TEXTS[language], locale: 'en_US' }).values.map((row) => row[0]);
    expect(lines('en')).toEqual(
      expect.arrayContaining([
        'Facebook: 20 of 31 days in August 2025.',
        'All channels’ change compares only Instagram, the channels complete in both months; left out: Facebook.',
      ]),
    );
    expect(lines('sv')).toEqual(
      expect.arrayContaining([
        'Facebook: 20 av 31 dagar i augusti 2025.',
        'Förändringen för Alla kanaler jämför bara Instagram, kanalerna som är kompletta båda månaderna; utelämnade: Facebook.',
      ]),
    );
    expect(lines('vi')).toEqual(
      expect.arrayContaining([
        'Facebook: 20/31 ngày trong tháng 8 năm 2025.',
        'Mức thay đổi của Tất cả các kênh chỉ so sánh Instagram, các kênh đầy đủ ở cả hai tháng; đã bỏ ra: Facebook.',
      ]),
    );
  });
});

/** The cell of a labelled row in a column (0-based), its number format, and whether a rule colours it. */
function shown(layout: SheetLayout, label: string, column: number) {
  const row = layout.values.findIndex((r) => r[0] === label);
  if (row < 0) throw new Error(`no row "${label}"`);
  const coloured = layout.conditionalRules.some((rule) =>
    rule.ranges.some(
      (range) => range.column === column + 1 && row + 1 >= range.row && row + 1 < range.row + range.rows,
    ),
  );
  return { value: layout.values[row][column], format: layout.numberFormats[row][column], coloured };
}

describe('20 days of Facebook-only August, then the September report (issue 14)', () => {
  // The sample generator's September 2025 for four channels, and Facebook's 1–20 August only.
  const model = build(csvValues('report-incomplete-august.csv'));
  const layout = layoutReport(model, { labels: REPORT_TEXTS.en, locale: 'en_US' });
  // Columns: KPI, then this month and change for Facebook, Instagram, LinkedIn and TikTok, then
  // All channels' September, August and change.
  const ALL_CHANGE = 11;

  it('shows All channels’ likes and engagements change uncoloured, marked *, with a footnote', () => {
    for (const label of ['Likes', 'Engagements']) {
      const change = shown(layout, label, ALL_CHANGE);
      // The change itself is still there (it was +1320 %, in green)…
      expect(change.value as number).toBeGreaterThan(10);
      // …marked, and covered by no colour rule.
      expect(change).toMatchObject({ format: '+0.0%" *";-0.0%" *";0.0%" *"', coloured: false });
      expect(shown(layout, label, 2)).toMatchObject({
        coloured: false,
        format: '+0.0%" *";-0.0%" *";0.0%" *"',
      });
    }
    expect(layout.values.map((row) => row[0])).toContain(
      '* Not coloured: this month or last month is not complete for that channel (see Data quality), so the change may only reflect missing days.',
    );
  });

  it('names the channel, the month and the days covered in the data-quality section', () => {
    const lines = layout.values.map((row) => row[0]);
    const start = lines.indexOf('Data quality');
    expect(lines.slice(start + 1, start + 7)).toEqual([
      'Months not complete for a channel: their changes are not coloured and are marked *.',
      'Facebook: 20 of 31 days in August 2025.',
      'Instagram: 0 of 31 days in August 2025.',
      'LinkedIn: 0 of 31 days in August 2025.',
      'TikTok: 0 of 31 days in August 2025.',
      'All channels’ change is not coloured: no channel is complete in both months (Facebook, Instagram, LinkedIn, TikTok).',
    ]);
    expect(model.coverage.every((coverage) => coverage.complete)).toBe(true);
  });

  it('sets no colour rule at all, as no change compares two complete months', () => {
    expect(layout.conditionalRules).toEqual([]);
  });
});
