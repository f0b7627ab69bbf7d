import { goalsDataFor } from '../../src/goals/adapter';
import { addMonths } from '../../src/goals/dates';
import { checkGoal, computeBaseline, getGoalsSidebarData, saveGoal } from '../../src/goals/server';
import { reportBook } from '../support/world';

const HEADER = ['Date', 'Channel', 'Followers', 'Impressions', 'Likes', 'Comments', 'Clicks'];
/** Two channels, two complete months before 3 Nov 2026 (the fixture's "today"). */
const ROWS = [
  HEADER,
  ['2026-09-10', 'Instagram', 1000, 10000, 300, 100, 50],
  ['2026-09-20', 'Instagram', 1100, 10000, 100, 0, 50],
  ['2026-09-15', 'LinkedIn', 500, 5000, 40, 10, 25],
  ['2026-10-10', 'Instagram', 1200, 20000, 500, 100, 100],
  ['2026-10-15', 'LinkedIn', 600, 5000, 90, 10, 50],
];

describe('goals read the KPI data tab through the report’s reader', () => {
  it('monthly values are the report’s pooled figures per channel and for all channels', () => {
    const book = reportBook(ROWS);
    const data = goalsDataFor(book.services);
    expect(data.channels).toEqual(['Instagram', 'LinkedIn']);
    expect(data.months).toEqual(['2026-09', '2026-10']);
    // Instagram September: (300+100+100+0) / 20000 impressions (no reach column).
    expect(data.series('engagement_rate', 'Instagram')).toEqual([
      { month: '2026-09', value: 500 / 20000 },
      { month: '2026-10', value: 600 / 20000 },
    ]);
    // All channels October: (600 + 100) / (20000 + 5000); followers are month-end stocks, summed.
    expect(data.series('engagement_rate', null)[1]).toEqual({ month: '2026-10', value: 700 / 25000 });
    expect(data.series('followers', null)[0]).toEqual({ month: '2026-09', value: 1100 + 500 });
  });

  it('says which column a KPI lacks', () => {
    const data = goalsDataFor(reportBook(ROWS).services);
    expect(data.availability('ctr')).toEqual({ computable: true, missingColumns: [] });
    expect(data.availability('cpc')).toEqual({ computable: false, missingColumns: ['Cost'] });
    expect(data.availability('conversion_rate')).toEqual({
      computable: false,
      missingColumns: ['Conversions'],
    });
  });

  it('no data tab: nothing computable, no crash', () => {
    const data = goalsDataFor(reportBook(null).services);
    expect(data.channels).toEqual([]);
    expect(data.availability('ctr').computable).toBe(false);
    expect(data.availability('ctr').noData).toBe(true);
  });

  it('says when reach is only an upper bound, for reach and for the rates built on it', () => {
    const rows = [
      ['Date', 'Channel', 'Followers', 'Reach'],
      ['2026-09-10', 'Instagram', 1000, 400],
      ['2026-09-20', 'Instagram', 1000, 500],
      ['2026-10-10', 'Instagram', 1100, 300],
      ['2026-10-20', 'Instagram', 1100, 200],
      // LinkedIn has one monthly reach row in October: that is its exact reach.
      ['2026-10', 'LinkedIn', 500, 250],
    ];
    const book = reportBook(rows);
    const data = goalsDataFor(book.services);
    expect(data.series('reach', 'Instagram')).toEqual([
      { month: '2026-09', value: null, upperBound: true },
      { month: '2026-10', value: null, upperBound: true },
    ]);
    expect(data.series('post_reach_rate', 'Instagram')[1]).toEqual({
      month: '2026-10',
      value: null,
      upperBound: true,
    });
    expect(data.series('reach', 'LinkedIn')[1]).toEqual({ month: '2026-10', value: 250 });
    expect(data.series('post_reach_rate', 'LinkedIn')[1]).toEqual({ month: '2026-10', value: 250 / 500 });
    // Followers is not built on reach: a month without followers is just a month without data.
    expect(data.series('followers', 'LinkedIn')[0]).toEqual({ month: '2026-09', value: null });

    const baseline = computeBaseline(book.services, data, 'reach', 'Instagram', 'last_month');
    expect(baseline).toMatchObject({
      value: null,
      months: [],
      windowMonths: ['2026-10'],
      onlyUpperBound: true,
    });
    expect(baseline.message).toBe(
      'For 2026-10 the data has reach only as a sum of several rows, an upper bound: reach counts people once, so it is not added up across days or posts. Add a monthly reach row (dated like 2026-10) or type the baseline.',
    );
    expect(computeBaseline(book.services, data, 'reach', 'LinkedIn', 'last_month')).toMatchObject({
      value: 250,
      months: ['2026-10'],
    });
  });

  it('tells a KPI no data column gives (NPS) apart from a spreadsheet with no data yet', () => {
    const book = reportBook(ROWS);
    const data = goalsDataFor(book.services);
    expect(data.availability('nps')).toEqual({ computable: false, missingColumns: [] });
    const goal = {
      what: 'Happier customers',
      kpiId: 'nps',
      channel: null,
      baseline: 20,
      baselineWindow: 'manual' as const,
      baselineMonths: [],
      target: '30',
      start: '2026-11-01',
      deadline: '2027-03-31',
      owner: 'Anna',
      why: 'Word of mouth',
    };
    const withData = saveGoal(book.services, data, { goal });
    expect(withData.status).toBe('invalid');
    const withDataIssues = withData.status === 'invalid' ? withData.issues : [];
    expect(withDataIssues.filter((i) => i.field === 'kpiId').map((i) => i.code)).toEqual(['kpiNotFromData']);
    expect(withDataIssues.find((i) => i.field === 'kpiId')?.message).toBe(
      'Net Promoter Score (NPS) is not worked out from the KPI data tab: no column there gives it (it comes from surveys or other tools), so a goal on it could not show progress.',
    );
    const empty = reportBook(null);
    const withoutData = saveGoal(empty.services, goalsDataFor(empty.services), { goal });
    const withoutDataIssues = withoutData.status === 'invalid' ? withoutData.issues : [];
    expect(withoutDataIssues.filter((i) => i.field === 'kpiId').map((i) => i.code)).toEqual(['noKpiData']);
  });

  it('the sidebar measures a baseline and saves the guide’s example goal from real data', () => {
    const book = reportBook(ROWS);
    const data = goalsDataFor(book.services);
    const baseline = computeBaseline(book.services, data, 'engagement_rate', null, 'last_month');
    expect(baseline.value).toBeCloseTo(700 / 25000, 12);
    expect(baseline.months).toEqual(['2026-10']);
    const sidebar = getGoalsSidebarData(book.services, data);
    expect(sidebar.channels).toEqual(['Instagram', 'LinkedIn']);
    const result = saveGoal(book.services, data, {
      goal: {
        what: 'Raise average post engagement by 35 % over the next four months',
        kpiId: 'engagement_rate',
        channel: null,
        baseline: baseline.value,
        baselineWindow: 'last_month',
        baselineMonths: baseline.months,
        target: '+35 %',
        start: '2026-11-03',
        deadline: '2027-03-03',
        owner: 'Anna',
        why: 'Engagement drives reach',
      },
    });
    expect(result.status).toBe('saved');
  });

  describe('a baseline over several months (spec: SMART goals)', () => {
    // Instagram's three months before 3 Nov 2026, on very different impressions.
    const rows = [
      ['Date', 'Channel', 'Followers', 'Impressions', 'Likes', 'Comments', 'Clicks'],
      ['2026-08-10', 'Instagram', 1000, 4000, 100, 0, 10],
      ['2026-09-10', 'Instagram', 1100, 30000, 250, 50, 50],
      ['2026-10-10', 'Instagram', 1150, 10000, 150, 20, 25],
      ['2026-10-20', 'Instagram', 1201, 6000, 140, 10, 15],
    ];
    const book = reportBook(rows);
    const data = goalsDataFor(book.services);
    const baseline = (kpiId: string) =>
      computeBaseline(book.services, data, kpiId, 'Instagram', 'last_3_months');

    it('a rate is Σ numerators ÷ Σ bases over the window, not the mean of the monthly rates', () => {
      const monthly = data.series('engagement_rate', 'Instagram').map((p) => p.value as number);
      expect(monthly).toEqual([100 / 4000, 300 / 30000, 320 / 16000]);
      const result = baseline('engagement_rate');
      expect(result.months).toEqual(['2026-08', '2026-09', '2026-10']);
      expect(result.value).toBeCloseTo(720 / 50000, 15); // 1.44 %
      // The mean of the monthly rates, 1.83 %, is what it must not be.
      expect(result.value).not.toBeCloseTo((monthly[0] + monthly[1] + monthly[2]) / 3, 4);
      expect(baseline('ctr').value).toBeCloseTo(100 / 50000, 15);
      // All channels pools the same way; a single month is that month's figure.
      expect(computeBaseline(book.services, data, 'ctr', null, 'last_3_months').value).toBeCloseTo(
        100 / 50000,
        15,
      );
      expect(computeBaseline(book.services, data, 'ctr', 'Instagram', 'last_month').value).toBeCloseTo(
        40 / 16000,
        15,
      );
    });

    it('months on different bases pool on the best base they all have, never reach plus impressions', () => {
      const mixed = [
        ['Date', 'Channel', 'Impressions', 'Reach', 'Likes'],
        ['2026-08-10', 'Instagram', 4000, '', 100],
        ['2026-08', 'Instagram', '', 2000, ''], // August's exact reach: its rate is on reach
        ['2026-09-10', 'Instagram', 30000, '', 300],
        ['2026-10-10', 'Instagram', 16000, '', 320],
      ];
      const mixedBook = reportBook(mixed);
      const mixedData = goalsDataFor(mixedBook.services);
      expect(mixedData.series('engagement_rate', 'Instagram')[0]).toEqual({
        month: '2026-08',
        value: 100 / 2000,
      });
      const result = computeBaseline(
        mixedBook.services,
        mixedData,
        'engagement_rate',
        'Instagram',
        'last_3_months',
      );
      expect(result.value).toBeCloseTo(720 / 50000, 15);
    });

    it('a count is the monthly average as a whole number; followers are the last month-end', () => {
      // Likes: (100 + 250 + 290) / 3 = 213.33…
      expect(baseline('likes')).toMatchObject({ value: 213, months: ['2026-08', '2026-09', '2026-10'] });
      expect(baseline('engagements').value).toBe(240); // 720 / 3
      expect(baseline('followers')).toMatchObject({ value: 1201, months: ['2026-10'], stock: true });
    });

    it('a count’s forecast is a whole number', () => {
      const result = saveGoal(book.services, data, {
        goal: {
          what: 'More likes',
          kpiId: 'likes',
          channel: 'Instagram',
          baseline: 200,
          baselineWindow: 'manual',
          baselineMonths: [],
          target: '400',
          start: '2026-09-01',
          deadline: '2027-01-31',
          owner: 'Anna',
          why: '',
        },
      });
      if (result.status !== 'saved') throw new Error(result.status);
      const forecast = result.goal.progress.forecast!;
      expect(forecast).toBeGreaterThan(290);
      expect(Number.isInteger(forecast)).toBe(true);
    });
  });

  describe('a KPI that needs one row per post (average engagement rate)', () => {
    const POST_HEADER = ['Date', 'Channel', 'Post ID', 'Followers', 'Likes', 'Comments'];
    const withPosts = [
      POST_HEADER,
      ['2026-09-03', 'Instagram', 'p1', 1000, 80, 20], // 10 %
      ['2026-09-17', 'Instagram', 'p2', 1000, 40, 10], // 5 %
      ['2026-10-02', 'Instagram', 'p3', 1000, 25, 5], // 3 %
      ['2026-10-12', 'Instagram', 'p4', 1000, 30, 0], // 3 %
      ['2026-10-28', 'Instagram', 'p5', 1000, 50, 10], // 6 %
      // LinkedIn has daily totals in the same tab: no post ID, so no post to average.
      ['2026-10-15', 'LinkedIn', '', 600, 90, 10],
    ];

    it('over several months it is the mean over every post, not the mean of the monthly means', () => {
      const book = reportBook(withPosts);
      const data = goalsDataFor(book.services);
      expect(data.series('average_engagement_rate', 'Instagram').map((p) => p.value)).toEqual([
        (0.1 + 0.05) / 2,
        (0.03 + 0.03 + 0.06) / 3,
      ]);
      const result = computeBaseline(
        book.services,
        data,
        'average_engagement_rate',
        'Instagram',
        'last_3_months',
      );
      expect(result.months).toEqual(['2026-09', '2026-10']);
      expect(result.value).toBeCloseTo((0.1 + 0.05 + 0.03 + 0.03 + 0.06) / 5, 15); // 5.4 %, not 5.75 %
    });

    it('on a channel with daily rows the baseline says it needs post rows, in the server’s message', () => {
      const book = reportBook(withPosts);
      const data = goalsDataFor(book.services);
      const result = computeBaseline(
        book.services,
        data,
        'average_engagement_rate',
        'LinkedIn',
        'last_month',
      );
      expect(result).toMatchObject({ value: null, needsPostRows: true });
      expect(result.message).toBe(
        'No post rows for 2026-10: this KPI is a mean over posts, so it needs one row per post (with a Post ID), not daily or monthly totals.',
      );
    });

    it('on data with no Post ID column the KPI is refused, saying it needs one row per post', () => {
      const book = reportBook(ROWS);
      const data = goalsDataFor(book.services);
      expect(data.availability('average_engagement_rate')).toEqual({
        computable: false,
        missingColumns: [],
        needsPostRows: true,
      });
      const sidebar = getGoalsSidebarData(book.services, data);
      const option = sidebar.kpis.flatMap((g) => g.kpis).find((k) => k.id === 'average_engagement_rate');
      expect(option).toMatchObject({ computable: false, needsPostRows: true });
      const check = checkGoal(book.services, data, {
        goal: { kpiId: 'average_engagement_rate', baseline: '4 %', target: '+35 %' },
      });
      expect(check.issues.find((i) => i.field === 'kpiId')).toMatchObject({
        code: 'needsPostRows',
        message:
          'Average engagement rate needs one row per post: it is the mean of each post’s engagements divided by followers, and your KPI data has daily or monthly totals (no Post ID column). Import a posts export, or choose Engagement rate.',
      });
    });

    it('the Swedish guide’s example, “raise average post engagement by 35 % over the next four months”, is one form fill', () => {
      const book = reportBook(withPosts);
      const data = goalsDataFor(book.services);
      // What the form does: load, measure the default window, then one save with what it shows.
      const sidebar = getGoalsSidebarData(book.services, data);
      const measured = computeBaseline(book.services, data, 'average_engagement_rate', null, 'last_3_months');
      expect(measured.value).toBeCloseTo((0.1 + 0.05 + 0.03 + 0.03 + 0.06) / 5, 15);
      const result = saveGoal(book.services, data, {
        goal: {
          what: 'Raise average post engagement by 35 % over the next four months',
          kpiId: 'average_engagement_rate',
          channel: null,
          baseline: measured.value,
          baselineWindow: 'last_3_months',
          baselineMonths: measured.months,
          target: '+35 %',
          start: sidebar.today,
          deadline: addMonths(sidebar.today, 4),
          owner: sidebar.userEmail,
          why: 'Engagement drives reach.',
        },
      });
      if (result.status !== 'saved') throw new Error(JSON.stringify(result));
      expect(result.goal.goal).toMatchObject({
        kpiId: 'average_engagement_rate',
        target: '+35 %',
        start: '2026-11-03',
        deadline: '2027-03-03',
        baselineMonths: ['2026-09', '2026-10'],
      });
      expect(result.goal.goal.targetValue).toBeCloseTo(measured.value! * 1.35, 15);
    });
  });
});

describe('goals count money in the spreadsheet’s currency, as the report does', () => {
  const MONEY = ['Date', 'Channel', 'Clicks', 'Cost', 'Currency'];

  it('rows with a blank Currency cell are in the spreadsheet’s currency: SEK beside SEK is one currency', () => {
    const book = reportBook(
      [
        MONEY,
        ['2026-09-10', 'Instagram', 100, 200, 'SEK'],
        ['2026-09-20', 'Instagram', 100, 100, ''],
        ['2026-10-10', 'Instagram', 100, 150, 'SEK'],
      ],
      { locale: 'sv_SE', properties: { 'socialKpis.currency': 'SEK' } },
    );
    const data = goalsDataFor(book.services);
    // The report shows 300 kr for September; a goal's baseline is that same figure.
    expect(data.series('cost', 'Instagram')).toEqual([
      { month: '2026-09', value: 300 },
      { month: '2026-10', value: 150 },
    ]);
    expect(data.pooled!('cpc', 'Instagram', ['2026-09', '2026-10'])).toBeCloseTo(450 / 300, 12);
  });

  it('a baseline over months whose money is in different currencies is not added up', () => {
    const book = reportBook(
      [MONEY, ['2026-09-10', 'Instagram', 100, 200, 'SEK'], ['2026-10-10', 'Instagram', 100, 20, 'EUR']],
      { locale: 'sv_SE', properties: { 'socialKpis.currency': 'SEK' } },
    );
    const data = goalsDataFor(book.services);
    expect(data.series('cost', 'Instagram')).toEqual([
      { month: '2026-09', value: 200 },
      { month: '2026-10', value: 20 },
    ]);
    expect(data.pooled!('cost', 'Instagram', ['2026-09', '2026-10'])).toBeNull();
    expect(data.pooled!('cpc', 'Instagram', ['2026-09', '2026-10'])).toBeNull();
    expect(data.pooled!('cpc', 'Instagram', ['2026-10'])).toBeCloseTo(0.2, 12);
  });
});

describe('goals use the report’s engagement base', () => {
  const rows = [
    ['Date', 'Channel', 'Reach', 'Impressions', 'Likes'],
    ['2026-09', 'Instagram', 1000, 4000, 100],
    ['2026-10', 'Instagram', 1000, 5000, 150],
  ];

  it('the best base the data has when no one fixed one: exact monthly reach', () => {
    const data = goalsDataFor(reportBook(rows).services);
    expect(data.series('engagement_rate', 'Instagram')).toEqual([
      { month: '2026-09', value: 100 / 1000 },
      { month: '2026-10', value: 150 / 1000 },
    ]);
  });

  it('the base a user fixed for the report (a document property every collaborator shares)', () => {
    const book = reportBook(rows, { properties: { 'socialKpis.engagementBase': 'impressions' } });
    const data = goalsDataFor(book.services);
    expect(data.series('engagement_rate', 'Instagram')).toEqual([
      { month: '2026-09', value: 100 / 4000 },
      { month: '2026-10', value: 150 / 5000 },
    ]);
    expect(data.pooled!('engagement_rate', 'Instagram', ['2026-09', '2026-10'])).toBeCloseTo(250 / 9000, 12);
  });
});
