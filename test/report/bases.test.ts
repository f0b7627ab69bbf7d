import { REPORT_TEXTS } from '../../src/i18n';
import { layoutReport, type SheetLayout } from '../../src/report/layout';
import { ALL_CHANNELS, buildReportModel, type ReportColumn, type ReportModel } from '../../src/report/model';
import { readOk, table } from './helpers';

/*
 * One base per row, and per-post rates in a month (spec: One base per row; Per-post rates in a
 * month). Rows dated by the month (2025-09) cover their whole month.
 */

const CONTEXT = {
  sheetName: 'KPI data',
  builtAt: new Date('2025-10-15T10:00:00Z'),
  timeZone: 'Europe/Stockholm',
};

const build = (values: unknown[][]): ReportModel => buildReportModel(readOk(values), 202509, CONTEXT);

function row(model: ReportModel, kpiId: string) {
  const found = model.families.flatMap((family) => family.rows).find((r) => r.kpiId === kpiId);
  if (!found) throw new Error(`no row for ${kpiId}`);
  return found;
}

const current = (model: ReportModel, kpiId: string, column: ReportColumn) =>
  row(model, kpiId).cells[model.columns.indexOf(column)].current;

type Language = 'en' | 'sv' | 'vi';
const layoutIn = (model: ReportModel, language: Language): SheetLayout =>
  layoutReport(model, { labels: REPORT_TEXTS[language], locale: 'en_US' });
const firstColumn = (layout: SheetLayout) => layout.values.map((r) => r[0]);

/** The number format of the first channel's cell in the row labelled `label`. */
function formatOf(layout: SheetLayout, label: string): string {
  const index = layout.values.findIndex((r) => r[0] === label);
  if (index < 0) throw new Error(`no row "${label}"`);
  return layout.numberFormats[index][1];
}

describe('one base per row (spec: One base per row)', () => {
  it('divides every column of the engagement rate by the best base all the channels have', () => {
    // Instagram has impressions, Facebook only followers: followers is the base both have.
    const model = build(
      table(
        ['Date', 'Channel', 'Followers', 'Impressions', 'Likes'],
        ['2025-09', 'Instagram', 1000, 5000, 100],
        ['2025-09', 'Facebook', 2000, '', 50],
      ),
    );
    expect(model.engagementBase).toBe('followers');
    expect(model.bases.engagement_rate).toBe('followers');
    expect(current(model, 'engagement_rate', 'Instagram')).toBeCloseTo(100 / 1000, 12);
    expect(current(model, 'engagement_rate', 'Facebook')).toBeCloseTo(50 / 2000, 12);
    expect(current(model, 'engagement_rate', ALL_CHANNELS)).toBeCloseTo(150 / 3000, 12);
    expect(firstColumn(layoutIn(model, 'en'))).toContain(
      'Engagement rate = engagements ÷ followers (Instagram, Facebook, All channels).',
    );
  });

  it('pools CTR only over the channels with both clicks and impressions, and footnotes them', () => {
    const model = build(
      table(
        ['Date', 'Channel', 'Impressions', 'Clicks'],
        ['2025-09', 'Instagram', 10000, 100],
        ['2025-09', 'Facebook', '', 40],
      ),
    );
    // Not (100 + 40) ÷ 10,000: Facebook's clicks have no impressions to be divided by.
    expect(current(model, 'ctr', ALL_CHANNELS)).toBeCloseTo(100 / 10000, 12);
    expect(current(model, 'ctr', 'Facebook')).toBeNull();
    expect(row(model, 'ctr').pooledChannels).toEqual(['Instagram']);
    expect(model.bases.ctr).toBe('impressions');
    const footnotes: Record<Language, string> = {
      en: 'All channels’ Click-through rate (CTR) pools only Instagram: the channels with both of its figures.',
      sv: 'Klickfrekvens (CTR) för Alla kanaler räknas bara på Instagram: kanalerna som har båda dess siffror.',
      vi: 'Tỷ lệ nhấp (CTR) của Tất cả các kênh chỉ gộp Instagram: các kênh có cả hai số liệu của nó.',
    };
    for (const language of ['en', 'sv', 'vi'] as const)
      expect(firstColumn(layoutIn(model, language))).toContain(footnotes[language]);
  });

  it('names the channels left blank when no base serves every one of them', () => {
    const model = build(
      table(
        ['Date', 'Channel', 'Impressions', 'Likes'],
        ['2025-09', 'Instagram', 5000, 100],
        ['2025-09', 'Facebook', '', 50],
      ),
    );
    expect(model.engagementBase).toBe('impressions');
    expect(current(model, 'engagement_rate', 'Facebook')).toBeNull();
    expect(current(model, 'engagement_rate', ALL_CHANNELS)).toBeCloseTo(100 / 5000, 12);
    expect(model.notes).toContainEqual({ kind: 'base_missing', base: 'impressions', columns: ['Facebook'] });
    expect(firstColumn(layoutIn(model, 'en'))).toContain(
      'Every column of the engagement rate uses impressions, which Facebook does not have this month: the engagement rate is blank there.',
    );
  });

  it('shows the rate on exact reach in a row of its own, for the channels that have one', () => {
    const model = build(
      table(
        ['Date', 'Channel', 'Impressions', 'Reach', 'Likes'],
        ['2025-09', 'Instagram', 8000, 3000, 120],
        ['2025-09-01', 'Facebook', 4000, 1500, 40],
        ['2025-09-02', 'Facebook', 4000, 1600, 40],
      ),
    );
    expect(model.bases).toMatchObject({ engagement_rate: 'impressions', engagement_rate_by_reach: 'reach' });
    expect(current(model, 'engagement_rate', 'Instagram')).toBeCloseTo(120 / 8000, 12);
    expect(current(model, 'engagement_rate_by_reach', 'Instagram')).toBeCloseTo(120 / 3000, 12);
    // Facebook's reach is two days summed: a bound, not a base.
    expect(current(model, 'engagement_rate_by_reach', 'Facebook')).toBeNull();
    expect(current(model, 'engagement_rate_by_reach', ALL_CHANNELS)).toBeNull();
    const labels: Record<Language, string> = {
      en: 'Engagement rate by reach',
      sv: 'Engagemangsgrad efter räckvidd',
      vi: 'Tỷ lệ tương tác theo phạm vi tiếp cận',
    };
    for (const language of ['en', 'sv', 'vi'] as const) {
      const layout = layoutIn(model, language);
      expect(formatOf(layout, labels[language])).toBe('0.00%');
    }
    expect(firstColumn(layoutIn(model, 'en'))).toContain(
      'Engagement rate by reach = engagements ÷ the month’s exact reach, for the channels that have one (Instagram). Reach is not added up across channels, so All channels has none.',
    );
  });

  it('keeps reach as the one base when every column has it exactly: a lone channel', () => {
    const model = build(
      table(['Date', 'Channel', 'Impressions', 'Reach', 'Likes'], ['2025-09', 'TikTok', 9000, 3000, 300]),
    );
    expect(model.engagementBase).toBe('reach');
    expect(current(model, 'engagement_rate', ALL_CHANNELS)).toBeCloseTo(0.1, 12);
    expect(() => row(model, 'engagement_rate_by_reach')).toThrow('no row');
  });
});

describe('per-post rates in a month (spec: Per-post rates in a month)', () => {
  describe('without post rows: the month’s total per follower, a plain number', () => {
    const model = build(
      table(
        ['Date', 'Channel', 'Followers', 'Impressions', 'Reach', 'Likes', 'Shares'],
        ['2025-09-01', 'TikTok', 1000, 25000, 9000, 1700, 10],
        ['2025-09-02', 'TikTok', 1000, 25000, 9000, 1670, 10],
      ),
    );

    it('divides the month’s likes by the month-end followers: 3.37 likes per follower, not 337 %', () => {
      expect(current(model, 'applause_rate', 'TikTok')).toBeCloseTo(3.37, 12);
      expect(row(model, 'applause_rate').measure).toBe('per_follower_month');
      expect(model.bases.applause_rate).toBe('followers');
      expect(row(model, 'virality_rate').measure).toBe('month_total');
      expect(current(model, 'virality_rate', 'TikTok')).toBeCloseTo(20 / 50000, 12);
    });

    it.each([
      ['en', 'Likes per follower, month', 'Shares per impression, month', 'Post reach rate: left out'],
      [
        'sv',
        'Gilla-markeringar per följare, månad',
        'Delningar per visning, månad',
        'Räckvidd per inlägg: utelämnad',
      ],
      [
        'vi',
        'Lượt thích trên mỗi người theo dõi, tháng',
        'Lượt chia sẻ trên mỗi lượt hiển thị, tháng',
        'Tỷ lệ tiếp cận bài đăng: đã bỏ ra',
      ],
    ] as const)(
      'labels it as a monthly total per follower in %s, and leaves out the blank row',
      (language, applause, virality, leftOut) => {
        const layout = layoutIn(model, language);
        expect(formatOf(layout, applause)).toBe('#,##0.00');
        expect(formatOf(layout, virality)).toBe('0.00%');
        // Post reach rate needs an exact reach: blank for every channel, so one line says why.
        const lines = firstColumn(layout);
        expect(lines.filter((line) => String(line).startsWith(leftOut))).toHaveLength(1);
        const name = REPORT_TEXTS[language].kpis.post_reach_rate;
        expect(lines).not.toContain(name);
        expect(lines).not.toContain(REPORT_TEXTS[language].monthTotalLabels.post_reach_rate);
      },
    );
  });

  describe('with post rows: the mean of the per-post rates', () => {
    const model = build(
      table(
        ['Date', 'Channel', 'Post ID', 'Followers', 'Impressions', 'Reach', 'Likes', 'Shares'],
        ['2025-09-02', 'Instagram', 'a', 1000, 4000, 2000, 100, 4],
        ['2025-09-20', 'Instagram', 'b', 2000, 1000, 500, 20, 1],
        // No followers of its own: the channel's month-end followers (2000) are the base.
        ['2025-09-28', 'Instagram', 'c', '', 2000, 1000, 60, ''],
        ['2025-09-05', 'Facebook', 'f', 500, 1000, 250, 10, 2],
      ),
    );

    it('averages each post’s likes ÷ followers, shares ÷ impressions and reach ÷ followers', () => {
      expect(current(model, 'applause_rate', 'Instagram')).toBeCloseTo(
        (100 / 1000 + 20 / 2000 + 60 / 2000) / 3,
        12,
      );
      expect(current(model, 'virality_rate', 'Instagram')).toBeCloseTo((4 / 4000 + 1 / 1000) / 2, 12);
      expect(current(model, 'post_reach_rate', 'Instagram')).toBeCloseTo(
        (2000 / 1000 + 500 / 2000 + 1000 / 2000) / 3,
        12,
      );
      // All channels: the mean over every post of every channel.
      expect(current(model, 'applause_rate', ALL_CHANNELS)).toBeCloseTo(
        (100 / 1000 + 20 / 2000 + 60 / 2000 + 10 / 500) / 4,
        12,
      );
      expect(row(model, 'applause_rate').measure).toBe('per_post');
      expect(model.bases).toMatchObject({ applause_rate: 'per_post', post_reach_rate: 'per_post' });
    });

    it.each([
      ['en', 'Applause rate, per post', 'Post reach rate, per post'],
      ['sv', 'Applådgrad, per inlägg', 'Räckvidd per inlägg'],
      ['vi', 'Tỷ lệ tán thưởng, mỗi bài đăng', 'Tỷ lệ tiếp cận bài đăng, mỗi bài đăng'],
    ] as const)('labels the rows “per post” in %s, as percentages', (language, applause, postReach) => {
      const layout = layoutIn(model, language);
      expect(formatOf(layout, applause)).toBe('0.00%');
      expect(formatOf(layout, postReach)).toBe('0.00%');
      expect(firstColumn(layout)).toContain(REPORT_TEXTS[language].footnotePerPost);
    });
  });
});
