import type { ReportGoalRow } from '../../src/goals/types';
import { REPORT_TEXTS } from '../../src/i18n';
import { layoutReport, MAX_REPORT_COLUMNS, asText } from '../../src/report/layout';
import { currencyForLocale, currencyFormat } from '../../src/report/currency';
import { buildReportModel } from '../../src/report/model';
import { MENU_ITEMS } from '../../src/server/menu';
import { serverFunctions } from '../../src/server/entrypoints';
import { csvValues, readOk, table } from './helpers';

const CONTEXT = {
  sheetName: 'KPI data',
  builtAt: new Date('2026-11-03T08:00:00Z'),
  timeZone: 'Europe/Stockholm',
};
const model = () => buildReportModel(readOk(csvValues('report-small.csv')), 202610, CONTEXT);

describe('the report layout', () => {
  it('is one rectangle: every matrix has the same shape, and no cell holds NaN, Infinity or null', () => {
    const layout = layoutReport(model(), { labels: REPORT_TEXTS.en, locale: 'sv_SE' });
    const rows = layout.values.length;
    const columns = layout.values[0].length;
    for (const matrix of [
      layout.numberFormats,
      layout.fontWeights,
      layout.backgrounds,
      layout.fontColors,
      layout.values,
    ]) {
      expect(matrix).toHaveLength(rows);
      for (const row of matrix) expect(row).toHaveLength(columns);
    }
    for (const value of layout.values.flat()) {
      expect(value === null || value === undefined).toBe(false);
      if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
    }
  });

  it('states the title, period, source and build time, and footnotes the definitions used', () => {
    const layout = layoutReport(model(), { labels: REPORT_TEXTS.en, locale: 'sv_SE' });
    const firstColumn = layout.values.map((row) => row[0]);
    expect(firstColumn.slice(0, 4)).toEqual([
      'Social media KPI report: October 2026',
      'Period: October 2026, compared with September 2026',
      'Data: tab “KPI data”, 5 of 5 rows used',
      'Built:',
    ]);
    // The build time is the instant itself, shown by a number format, never a formatted string.
    expect(layout.values[3].slice(1, 3)).toEqual([new Date('2026-11-03T08:00:00Z'), '(Europe/Stockholm)']);
    expect(layout.numberFormats[3][1]).toBe('yyyy-mm-dd hh:mm');
    expect(firstColumn).toEqual(
      expect.arrayContaining([
        'Engagement rate = engagements ÷ impressions (Instagram, Facebook, All channels).',
        'Engagement rate by reach = engagements ÷ the month’s exact reach, for the channels that have one (Facebook). Reach is not added up across channels, so All channels has none.',
        'Net new followers = followers at the end of the month − at the end of the month before.',
        expect.stringContaining('A figure marked ≤ is the sum of several reach rows'),
        expect.stringContaining(
          'All channels adds the channels’ followers because each account is a distinct audience',
        ),
        expect.stringContaining('a falling cost per click is green'),
      ]),
    );
  });

  it('lays out goal rows handed to it, and a labelled placeholder when there are none', () => {
    const goal: ReportGoalRow = {
      id: 'g1',
      what: 'Raise engagement by 35 %',
      kpiId: 'engagement_rate',
      kpiLabel: 'Engagement rate',
      channel: null,
      channelLabel: 'all channels',
      baseline: 0.03,
      target: 0.0405,
      current: 0.038,
      progress: (0.038 - 0.03) / (0.0405 - 0.03),
      expectedProgress: 0.25,
      status: 'on_track',
      owner: 'Anna',
      start: '2026-10-01',
      deadline: '2027-02-28',
    };
    const placeholder = layoutReport(model(), { labels: REPORT_TEXTS.en, locale: 'en_US' }).values.map(
      (row) => row[0],
    );
    expect(placeholder).toContain('No goals yet. SMART goals and their progress will appear here.');
    // Goals that exist but do not run in the month are not "no goals yet".
    const notRunning = (labels: typeof REPORT_TEXTS.en, count: number) =>
      layoutReport(model(), { labels, locale: 'en_US', goalsNotRunning: count }).values.map((row) => row[0]);
    expect(notRunning(REPORT_TEXTS.en, 3)).toContain(
      'No goal runs in October 2026: all 3 goals set start later or ended earlier.',
    );
    expect(notRunning(REPORT_TEXTS.en, 1)).toContain(
      'No goal runs in October 2026: the one goal set starts later or ended earlier.',
    );
    expect(notRunning(REPORT_TEXTS.sv, 2)).toContain(
      'Inget mål löper under oktober 2026: alla 2 mål börjar senare eller slutade tidigare.',
    );
    expect(notRunning(REPORT_TEXTS.en, 3)).not.toContain(REPORT_TEXTS.en.goalsPlaceholder);
    const withGoal = layoutReport(model(), { labels: REPORT_TEXTS.en, locale: 'en_US', goals: [goal] });
    const index = withGoal.values.findIndex((row) => row[0] === 'Raise engagement by 35 %');
    expect(withGoal.values[index].slice(0, 10)).toEqual([
      'Raise engagement by 35 %',
      'Engagement rate',
      'All channels',
      0.03,
      0.0405,
      0.038,
      goal.progress,
      46446, // 2027-02-28 as a date serial
      'On track',
      'Anna',
    ]);
    expect(withGoal.numberFormats[index][3]).toBe('0.00%');
    expect(withGoal.numberFormats[index][7]).toBe('yyyy-mm-dd');
    const vietnamese = layoutReport(model(), { labels: REPORT_TEXTS.vi, locale: 'vi_VN', goals: [goal] });
    expect(vietnamese.numberFormats[index][7]).toBe('dd/mm/yyyy');
    expect(vietnamese.values[index][8]).toBe(REPORT_TEXTS.vi.goalStatuses.on_track);
    expect(withGoal.fontColors[index][8]).toBe('#137333');
  });

  it('keeps text that looks like a formula or a number as text', () => {
    expect(asText('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(asText('+46 70')).toBe("'+46 70");
    expect(asText('@team')).toBe("'@team");
    expect(asText('-5')).toBe("'-5");
    expect(asText('Instagram')).toBe('Instagram');
  });

  it('formats money by its currency, defaulting from the locale', () => {
    expect(currencyFormat(currencyForLocale('sv_SE'))).toBe('#,##0.00 "kr"');
    expect(currencyFormat(currencyForLocale('vi_VN'))).toBe('#,##0 "₫"');
    expect(currencyFormat(currencyForLocale('en_US'))).toBe('"$"#,##0.00');
    expect(currencyForLocale('en_GB')).toBe('GBP');
    expect(currencyForLocale('en_IE')).toBe('EUR');
    expect(currencyFormat('EUR')).toBe('#,##0.00 "€"');
    expect(currencyFormat('CHF')).toBe('#,##0.00 "CHF"');
  });

  it('fits a new tab’s 26 columns even with many channels', () => {
    const channels = Array.from({ length: 15 }, (_, i) => `Channel ${i + 1}`);
    const values = table(['Date', 'Channel', 'Clicks'], ...channels.map((name) => ['2026-10-01', name, 1]));
    const layout = layoutReport(buildReportModel(readOk(values), 202610, CONTEXT), {
      labels: REPORT_TEXTS.en,
      locale: 'en_US',
    });
    expect(layout.values[0].length).toBeLessThanOrEqual(MAX_REPORT_COLUMNS);
    expect(layout.values[4].slice(0, 3)).toEqual(['KPI', 'Channel 1', 'Channel 2']);
  });
});

describe('menu and server surface', () => {
  it('offers Set up data sheet and Build monthly report, each backed by a server function', () => {
    expect(MENU_ITEMS).toEqual(
      expect.arrayContaining([
        { caption: 'setUpDataSheet', functionName: 'setUpDataSheet' },
        { caption: 'buildReport', functionName: 'showReportDialog' },
      ]),
    );
    for (const name of ['setUpDataSheet', 'showReportDialog', 'reportMonthChoices', 'buildMonthlyReport']) {
      expect(typeof (serverFunctions as Record<string, unknown>)[name]).toBe('function');
    }
  });
});

describe('the average engagement rate in the report', () => {
  it('has its row and a footnote saying it is a mean of per-post rates, unlike the pooled rate', () => {
    const values = table(
      ['Date', 'Channel', 'Post ID', 'Followers', 'Likes'],
      ['2026-10-02', 'Instagram', 'p1', 1000, 100],
      ['2026-10-03', 'Instagram', 'p2', 1000, 300],
    );
    const layout = layoutReport(buildReportModel(readOk(values), 202610, CONTEXT), {
      labels: REPORT_TEXTS.en,
      locale: 'en_US',
    });
    const row = layout.values.find((cells) => cells[0] === 'Average engagement rate');
    expect(row?.[1]).toBeCloseTo(0.2, 15);
    const footnote = layout.values
      .map((cells) => cells[0])
      .find((text) => String(text).startsWith('Average engagement rate ='));
    expect(footnote).toContain('mean of each post’s engagements ÷ followers');
    expect(footnote).toContain('Unlike the engagement rate');
    const withoutPosts = layoutReport(model(), { labels: REPORT_TEXTS.en, locale: 'en_US' }).values.map(
      (cells) => cells[0],
    );
    expect(withoutPosts).not.toContain('Average engagement rate');
  });
});
