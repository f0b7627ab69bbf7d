import {
  ALL_CHANNELS,
  buildReportModel,
  defaultReportPeriod,
  type ReportColumn,
  type ReportModel,
} from '../../src/report/model';
import { asMonthlyRows, csvValues, readOk, table } from './helpers';

const CONTEXT = {
  sheetName: 'KPI data',
  builtAt: new Date('2026-11-03T08:00:00Z'),
  timeZone: 'Europe/Stockholm',
};

function october(values: unknown[][] = csvValues('report-small.csv'), extra = {}): ReportModel {
  return buildReportModel(readOk(values), 202610, { ...CONTEXT, ...extra });
}

/** The cell of one KPI in one column ("Instagram", "All channels"). */
function cell(model: ReportModel, kpiId: string, column: ReportColumn) {
  const row = model.families.flatMap((family) => family.rows).find((r) => r.kpiId === kpiId);
  if (!row) throw new Error(`no row for ${kpiId}`);
  return row.cells[model.columns.indexOf(column)];
}

describe('the monthly model (spec: Monthly aggregation)', () => {
  const model = october();

  it('has a column per channel, then All channels', () => {
    expect(model.columns).toEqual(['Instagram', 'Facebook', ALL_CHANNELS]);
  });

  it('sums flows over the month', () => {
    expect(cell(model, 'impressions', 'Instagram').current).toBe(10000);
    expect(cell(model, 'clicks', ALL_CHANNELS).current).toBe(125);
    expect(cell(model, 'cost', ALL_CHANNELS).current).toBe(200);
    // likes 300 + comments 50 + shares 30 + saves 20
    expect(cell(model, 'engagements', 'Instagram').current).toBe(400);
  });

  it('takes followers as the month-end stock, never a sum, and adds channels for All channels', () => {
    expect(cell(model, 'followers', 'Instagram').current).toBe(1100);
    expect(cell(model, 'followers', 'Facebook').current).toBe(480);
    expect(cell(model, 'followers', ALL_CHANNELS).current).toBe(1580);
    expect(cell(model, 'followers', ALL_CHANNELS).previous).toBe(1500);
  });

  it('derives net new followers from the month ends and pools the growth rate', () => {
    expect(cell(model, 'net_new_followers', 'Instagram').current).toBe(100);
    expect(cell(model, 'net_new_followers', 'Facebook').current).toBe(-20);
    expect(cell(model, 'net_new_followers', ALL_CHANNELS).current).toBe(80);
    expect(cell(model, 'audience_growth_rate', 'Instagram').current).toBeCloseTo(100 / 1100, 12);
    expect(cell(model, 'audience_growth_rate', ALL_CHANNELS).current).toBeCloseTo(80 / 1580, 12);
    // August is missing, so September has no net new followers.
    expect(cell(model, 'net_new_followers', ALL_CHANNELS).previous).toBeNull();
    expect(model.netNewFollowersDerived).toBe(true);
  });

  it('keeps a single reach row as the reach and shows several as an upper bound', () => {
    const instagram = cell(model, 'reach', 'Instagram');
    expect(instagram).toMatchObject({ current: 5000, currentIsUpperBound: true, change: null });
    expect(cell(model, 'reach', 'Facebook')).toMatchObject({
      current: 1800,
      currentIsUpperBound: false,
      previous: 1500,
    });
    expect(cell(model, 'reach', 'Facebook').change).toBeCloseTo(0.2, 12);
    // Reach is not additive across channels either.
    expect(cell(model, 'reach', ALL_CHANNELS)).toMatchObject({ current: 6800, currentIsUpperBound: true });
    // In September only Facebook has reach: that is not All channels' reach, nor a bound on it.
    expect(cell(model, 'reach', ALL_CHANNELS)).toMatchObject({
      previous: null,
      previousIsUpperBound: false,
    });
    expect(cell(model, 'post_reach_rate', ALL_CHANNELS).previous).toBeNull();
  });

  it('prefers a monthly reach row (dated 2026-10) to the daily rows around it', () => {
    const model = october(
      table(
        ['Date', 'Channel', 'Impressions', 'Reach', 'Likes'],
        ['2026-10', 'Instagram', '', 2000, ''],
        ['2026-10-01', 'Instagram', 3000, 800, 50],
        ['2026-10-02', 'Instagram', 3000, 900, 50],
        ['2026-10-01', 'Facebook', 1000, 300, 10],
        ['2026-10-02', 'Facebook', 1000, 400, 10],
      ),
    );
    expect(cell(model, 'reach', 'Instagram')).toMatchObject({ current: 2000, currentIsUpperBound: false });
    // One base per row: Facebook has no exact reach, so every column of the row is on impressions…
    expect(model.engagementBases).toEqual(['impressions', 'impressions', 'impressions']);
    expect(cell(model, 'engagement_rate', 'Instagram').current).toBeCloseTo(100 / 6000, 12);
    // …and Instagram's exact reach gives the rate by reach, in a row of its own.
    expect(cell(model, 'engagement_rate_by_reach', 'Instagram').current).toBeCloseTo(100 / 2000, 12);
    // Facebook has daily reach only: the upper bound, never a base.
    expect(cell(model, 'reach', 'Facebook')).toMatchObject({ current: 700, currentIsUpperBound: true });
    expect(cell(model, 'engagement_rate', 'Facebook').current).toBeCloseTo(20 / 2000, 12);
    expect(cell(model, 'engagement_rate_by_reach', 'Facebook').current).toBeNull();
    // Two channels' reach still only bounds All channels' reach.
    expect(cell(model, 'reach', ALL_CHANNELS)).toMatchObject({ current: 2700, currentIsUpperBound: true });
  });

  it("never takes one channel's reach for All channels' when another channel has none", () => {
    const partial = october(
      table(
        ['Date', 'Channel', 'Followers', 'Impressions', 'Reach', 'Likes'],
        ['2026-10-31', 'Instagram', 1000, 10000, '', 500],
        ['2026-10', 'Facebook', 2000, 2000, 1000, 100],
      ),
    );
    expect(cell(partial, 'reach', 'Facebook')).toMatchObject({ current: 1000, currentIsUpperBound: false });
    expect(cell(partial, 'reach', ALL_CHANNELS)).toMatchObject({
      current: null,
      currentIsUpperBound: false,
    });
    expect(partial.engagementBases).toEqual(['impressions', 'impressions', 'impressions']);
    expect(cell(partial, 'engagement_rate', 'Facebook').current).toBeCloseTo(100 / 2000, 12);
    expect(cell(partial, 'engagement_rate_by_reach', 'Facebook').current).toBeCloseTo(100 / 1000, 12);
    expect(cell(partial, 'engagement_rate', ALL_CHANNELS).current).toBeCloseTo(600 / 12000, 12);
    expect(cell(partial, 'post_reach_rate', ALL_CHANNELS).current).toBeNull();
    // One channel alone: its exact reach is All channels' reach.
    const alone = october(table(['Date', 'Channel', 'Reach', 'Likes'], ['2026-10', 'Facebook', 1000, 100]));
    expect(cell(alone, 'reach', ALL_CHANNELS)).toMatchObject({ current: 1000, currentIsUpperBound: false });
    expect(cell(alone, 'engagement_rate', ALL_CHANNELS).current).toBeCloseTo(0.1, 12);
  });

  it('uses one base for the whole row, and exact reach in a row of its own, never an upper bound', () => {
    expect(model.engagementBase).toBe('impressions');
    expect(model.engagementBases).toEqual(['impressions', 'impressions', 'impressions']);
    expect(model.bases).toMatchObject({ engagement_rate: 'impressions', engagement_rate_by_reach: 'reach' });
    expect(cell(model, 'engagement_rate', 'Instagram').current).toBeCloseTo(400 / 10000, 12);
    expect(cell(model, 'engagement_rate', 'Facebook').current).toBeCloseTo(75 / 2500, 12);
    expect(cell(model, 'engagement_rate', ALL_CHANNELS).current).toBeCloseTo(475 / 12500, 12);
    expect(cell(model, 'engagement_rate_by_reach', 'Facebook').current).toBeCloseTo(75 / 1800, 12);
    // Instagram's reach is two rows summed, and reach is not added across channels.
    expect(cell(model, 'engagement_rate_by_reach', 'Instagram').current).toBeNull();
    expect(cell(model, 'engagement_rate_by_reach', ALL_CHANNELS).current).toBeNull();
    expect(cell(model, 'post_reach_rate', 'Instagram').current).toBeNull();
    expect(cell(model, 'post_reach_rate', 'Facebook').current).toBeCloseTo(1800 / 480, 12);
  });

  it("keeps this month's engagement rate when last month has no base it could share", () => {
    const model = october(
      table(
        ['Date', 'Channel', 'Impressions', 'Likes'],
        ['2026-09-30', 'Instagram', '', 40],
        ['2026-10-31', 'Instagram', 1000, 50],
      ),
    );
    expect(model.engagementBases).toEqual(['impressions', 'impressions']);
    expect(cell(model, 'engagement_rate', 'Instagram')).toMatchObject({
      previous: null,
      change: null,
      tone: 'neutral',
    });
    expect(cell(model, 'engagement_rate', 'Instagram').current).toBeCloseTo(0.05, 12);
  });

  it('pools rates from totals: the pooled figure differs from the mean of the parts', () => {
    const pooled = cell(model, 'engagement_rate', ALL_CHANNELS).current as number;
    const averaged =
      ((cell(model, 'engagement_rate', 'Instagram').current as number) +
        (cell(model, 'engagement_rate', 'Facebook').current as number)) /
      2;
    expect(pooled).toBeCloseTo(0.038, 12);
    expect(averaged).toBeCloseTo((0.04 + 75 / 2500) / 2, 12);
    expect(Math.abs(pooled - averaged)).toBeGreaterThan(0.002);

    // Daily rows: 100/1000 and 90/9000 average to 5.5 %, the month's pooled rate is 1.9 %.
    const daily = october(
      table(
        ['Date', 'Channel', 'Impressions', 'Likes'],
        ['2026-10-01', 'TikTok', 1000, 100],
        ['2026-10-02', 'TikTok', 9000, 90],
      ),
    );
    expect(cell(daily, 'engagement_rate', 'TikTok').current).toBeCloseTo(0.019, 12);
  });

  it('computes the money KPIs with the function kernels', () => {
    expect(cell(model, 'cpc', ALL_CHANNELS).current).toBeCloseTo(1.6, 12);
    expect(cell(model, 'roi', 'Instagram').current).toBeCloseTo(1.8, 12);
    expect(cell(model, 'roi', 'Facebook').current).toBeCloseTo(-0.2, 12);
    expect(cell(model, 'conversion_rate', ALL_CHANNELS).current).toBeCloseTo(0.08, 12);
  });

  it('colours the change by direction when both months are complete: a falling cost per click is good news', () => {
    // The fixture's months as monthly rows (dated 2026-09, 2026-10): each covers its whole month.
    const complete = october(asMonthlyRows(csvValues('report-small.csv')));
    const cpc = cell(complete, 'cpc', ALL_CHANNELS);
    expect(cpc.previous).toBeCloseTo(2.5, 12);
    expect(cpc.change).toBeCloseTo(-0.36, 12);
    expect(cpc).toMatchObject({ comparable: true, tone: 'good' });
    const engagementRate = cell(complete, 'engagement_rate', ALL_CHANNELS);
    expect(engagementRate.change).toBeCloseTo(0.038 / (250 / 6000) - 1, 12);
    expect(engagementRate.tone).toBe('bad');
    expect(cell(complete, 'followers', ALL_CHANNELS).tone).toBe('good');
    expect(cell(complete, 'ctr', ALL_CHANNELS)).toMatchObject({ change: 0, tone: 'neutral' });
  });

  it('leaves the change uncoloured when a month covers only some days (spec: Completeness)', () => {
    // The fixture has one or two days a month per channel: the change is there, but not coloured.
    const cpc = cell(model, 'cpc', ALL_CHANNELS);
    expect(cpc.change).toBeCloseTo(-0.36, 12);
    expect(cpc).toMatchObject({ comparable: false, tone: 'neutral' });
    expect(cell(model, 'clicks', 'Instagram')).toMatchObject({ comparable: false, tone: 'neutral' });
    expect(model.coverage).toEqual([
      { days: 2, daysInPeriod: 31, posts: 0, complete: false, running: false },
      { days: 1, daysInPeriod: 31, posts: 0, complete: false, running: false },
    ]);
    expect(model.previousCoverage.map((c) => [c.days, c.daysInPeriod])).toEqual([
      [1, 30],
      [1, 30],
    ]);
    expect(model.notes).toContainEqual({
      kind: 'incomplete',
      channel: 'Facebook',
      period: 202609,
      coverage: { days: 1, daysInPeriod: 30, posts: 0, complete: false, running: false },
    });
    expect(model.notes).toContainEqual({
      kind: 'all_channels_change',
      compared: [],
      leftOut: ['Instagram', 'Facebook'],
    });
  });

  it('leaves the change blank when last month is zero or missing', () => {
    // All channels' revenue − cost was 0 in September, so ROI was 0.
    expect(cell(model, 'roi', ALL_CHANNELS)).toMatchObject({ previous: 0, change: null, tone: 'neutral' });
    const onlyOctober = october(table(['Date', 'Channel', 'Clicks'], ['2026-10-05', 'LinkedIn', 10]));
    expect(cell(onlyOctober, 'clicks', 'LinkedIn')).toMatchObject({
      current: 10,
      previous: null,
      change: null,
    });
    expect(onlyOctober.notes).toContainEqual({ kind: 'no_previous_period' });
  });

  it('notes a month with only one channel', () => {
    const single = october(table(['Date', 'Channel', 'Clicks'], ['2026-10-05', 'LinkedIn', 10]));
    expect(single.notes).toContainEqual({ kind: 'one_channel', channel: 'LinkedIn' });
    expect(cell(single, 'clicks', ALL_CHANNELS).current).toBe(10);
  });

  it('lets a document setting fix the base, and says where it cannot be used', () => {
    const fixed = october(undefined, { fixedBase: 'reach' });
    expect(fixed.engagementBases).toEqual([undefined, 'reach', undefined]);
    expect(cell(fixed, 'engagement_rate', 'Instagram').current).toBeNull();
    expect(fixed.notes).toContainEqual({
      kind: 'base_unusable',
      base: 'reach',
      columns: ['Instagram', ALL_CHANNELS],
    });
    const byFollowers = october(undefined, { fixedBase: 'followers' });
    expect(cell(byFollowers, 'engagement_rate', ALL_CHANNELS).current).toBeCloseTo(475 / 1580, 12);
  });

  it('reports only the KPIs the data supports', () => {
    const ids = model.families.flatMap((family) => family.rows.map((row) => row.kpiId));
    expect(ids).toEqual(
      expect.arrayContaining([
        'followers',
        'impressions',
        'reach',
        'engagements',
        'engagement_rate',
        'ctr',
        'roi',
      ]),
    );
    expect(ids).not.toContain('bounce_rate');
    expect(ids).not.toContain('sentiment_score');
    expect(ids).not.toContain('sessions');
  });

  it('charts twelve months of All channels and the channels side by side', () => {
    expect(model.trend.periods[0]).toBe(202511);
    expect(model.trend.periods[11]).toBe(202610);
    const impressions = model.trend.values[model.trend.kpiIds.indexOf('impressions')];
    expect(impressions.slice(9)).toEqual([null, 6000, 12500]);
    expect(model.comparison.channels).toEqual(['Instagram', 'Facebook']);
    expect(model.comparison.kpiIds).toEqual(['engagement_rate', 'ctr', 'conversion_rate']);
  });
});

describe('the default month', () => {
  it('is the last complete month the data has', () => {
    expect(defaultReportPeriod([202609, 202610, 202611], 202611)).toBe(202610);
    expect(defaultReportPeriod([202609, 202610], 202612)).toBe(202610);
    expect(defaultReportPeriod([202611], 202611)).toBe(202611);
    expect(defaultReportPeriod([], 202611)).toBeUndefined();
  });
});

describe('average engagement rate (spec: the one KPI that is a mean of per-post rates)', () => {
  const headers = ['Date', 'Channel', 'Post ID', 'Followers', 'Likes', 'Comments', 'Impressions'];
  const posts = table(
    headers,
    // September, Instagram: one post, 30 engagements on 1000 followers.
    ['2026-09-20', 'Instagram', 'p0', 1000, 20, 10, 900],
    // October, Instagram: 100/1000 and 10/2000 with their own followers.
    ['2026-10-02', 'Instagram', 'p1', 1000, 80, 20, 5000],
    ['2026-10-20', 'Instagram', 'p2', 2000, 10, '', 100],
    // October, TikTok: no followers on the posts, so the month-end figure (a day row) is the base.
    ['2026-10-05', 'TikTok', 't1', '', 40, 10, 3000],
    ['2026-10-06', 'TikTok', 't2', '', 5, 5, 1000],
    ['2026-10-31', 'TikTok', '', 500, '', '', ''],
    // A row without a post id is not a post.
    ['2026-10-31', 'Instagram', '', 2000, 500, 0, 0],
  );
  const model = october(posts);

  it('is the mean of each post’s engagements ÷ followers, not a pooled rate', () => {
    const instagram = (100 / 1000 + 10 / 2000) / 2;
    expect(cell(model, 'average_engagement_rate', 'Instagram').current).toBeCloseTo(instagram, 15);
    // Pooled it would be (100 + 10 + 500) / 2000: very different.
    expect(instagram).not.toBeCloseTo(610 / 2000, 3);
    expect(cell(model, 'average_engagement_rate', 'TikTok').current).toBeCloseTo(
      (50 / 500 + 10 / 500) / 2,
      15,
    );
  });

  it('is the mean over every post for All channels, with a month-over-month change', () => {
    const all = cell(model, 'average_engagement_rate', ALL_CHANNELS);
    expect(all.current).toBeCloseTo((100 / 1000 + 10 / 2000 + 50 / 500 + 10 / 500) / 4, 15);
    expect(all.previous).toBeCloseTo(30 / 1000, 15);
    expect(all.change).toBeCloseTo((all.current! - 0.03) / 0.03, 12);
    // A post on the 20th of September only: the months are not complete, so not coloured.
    expect(all).toMatchObject({ comparable: false, tone: 'neutral' });
  });

  it('is blank when a post has 0 followers, and absent without a post id column', () => {
    const zero = october(table(headers, ['2026-10-02', 'Instagram', 'p1', 0, 5, 1, 10]));
    expect(cell(zero, 'average_engagement_rate', 'Instagram').current).toBeNull();
    const noPosts = october(
      table(['Date', 'Channel', 'Followers', 'Likes'], ['2026-10-02', 'Instagram', 1000, 5]),
    );
    expect(() => cell(noPosts, 'average_engagement_rate', 'Instagram')).toThrow('no row');
  });
});
