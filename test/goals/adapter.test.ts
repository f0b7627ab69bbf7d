import { goalsDataFor } from '../../src/goals/adapter';
import { computeBaseline, getGoalsSidebarData, saveGoal } from '../../src/goals/server';
import { workbookWith } from '../report/fake-sheet';

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
    const book = workbookWith(ROWS);
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
    const data = goalsDataFor(workbookWith(ROWS).services);
    expect(data.availability('ctr')).toEqual({ computable: true, missingColumns: [] });
    expect(data.availability('cpc')).toEqual({ computable: false, missingColumns: ['Cost'] });
    expect(data.availability('conversion_rate')).toEqual({
      computable: false,
      missingColumns: ['Conversions'],
    });
  });

  it('no data tab: nothing computable, no crash', () => {
    const data = goalsDataFor(workbookWith(null).services);
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
    const book = workbookWith(rows);
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
    const book = workbookWith(ROWS);
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
    const empty = workbookWith(null);
    const withoutData = saveGoal(empty.services, goalsDataFor(empty.services), { goal });
    const withoutDataIssues = withoutData.status === 'invalid' ? withoutData.issues : [];
    expect(withoutDataIssues.filter((i) => i.field === 'kpiId').map((i) => i.code)).toEqual(['noKpiData']);
  });

  it('the sidebar measures a baseline and saves the guide’s example goal from real data', () => {
    const book = workbookWith(ROWS);
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
});
