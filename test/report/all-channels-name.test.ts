import { goalsDataFor } from '../../src/goals/adapter';
import { computeBaseline, reportGoalRows, saveGoal } from '../../src/goals/server';
import { GOALS_TAB_TEXTS, REPORT_TEXTS } from '../../src/i18n';
import { CATALOGUES } from '../../src/i18n/catalogues';
import { LANGUAGES } from '../../src/i18n/language';
import { ALL_CHANNELS_LABELS, channelDisplayName, channelFromDisplayName } from '../../src/i18n/all-channels';
import { reportJson } from '../../src/local/cli/report';
import { buildMonthlyReport } from '../../src/report/actions';
import { reportBook, type World } from '../support/world';

/*
 * A channel the user named "All channels" is a channel, never the pooled column: the model keys
 * that column by a symbol, and the channel shows quoted wherever the two could be confused.
 */

const HEADERS = ['Date', 'Channel', 'Impressions', 'Clicks'];
/** September: 50 + 5 = 55 impressions in all; October: 100 + 5 = 105. */
function data(userChannel: string): unknown[][] {
  return [
    HEADERS,
    ['2026-09-10', 'Instagram', 50, 5],
    ['2026-09-10', userChannel, 5, 1],
    ['2026-10-10', 'Instagram', 100, 10],
    ['2026-10-10', userChannel, 5, 1],
  ];
}

function saveImpressionsGoal(book: World, channel: string | null): void {
  const saved = saveGoal(book.services, goalsDataFor(book.services), {
    goal: {
      what: `Impressions on ${channel ?? 'every channel'}`,
      kpiId: 'impressions',
      channel,
      baseline: channel === null ? 55 : 5,
      baselineWindow: 'manual',
      baselineMonths: [],
      target: '+100 %',
      start: '2026-10-01',
      deadline: '2026-12-31',
      owner: 'Anna',
      why: 'Reach more people',
    },
  });
  if (saved.status !== 'saved') throw new Error(JSON.stringify(saved));
}

function reportTab(book: World, locale = 'en_US') {
  const result = buildMonthlyReport(book.services, {
    month: '2026-10',
    goals: reportGoalRows(book.services),
  });
  if (!result.ok) throw new Error(result.message);
  const values = book.gas.spreadsheet.sheetNamed(result.tabName)!.getDataRange().getValues();
  const kpiHeader = REPORT_TEXTS[locale === 'sv_SE' ? 'sv' : 'en'].kpiHeader;
  return { result, values, header: values.find((row) => row[0] === kpiHeader)! };
}

describe('a channel named "All channels"', () => {
  it('is a column of its own in the report, quoted, beside the pooled All channels', () => {
    const book = reportBook(data('All channels'));
    const { values, header } = reportTab(book);
    // KPI | Instagram: Oct, change | “All channels”: Oct, change | All channels: Oct, Sep, change
    expect(header.slice(0, 6)).toEqual(['KPI', 'Instagram', '', '“All channels”', '', 'All channels']);
    const impressions = values.find((row) => row[0] === 'Impressions')!;
    expect(impressions.slice(1, 8)).toEqual([100, 1, 5, 0, 105, 55, expect.closeTo(50 / 55, 12)]);
    // The chart data's channels too: the channel's click-through rate, 1 of 5.
    expect(values.filter((row) => row[0] === '“All channels”').map((row) => row[1])).toEqual([0.2]);
  });

  it('leaves an all-channels goal measured on every channel: baseline 55 and current 105, not 5 and 5', () => {
    const book = reportBook(data('All channels'));
    const baseline = computeBaseline(
      book.services,
      goalsDataFor(book.services),
      'impressions',
      null,
      'last_month',
      '2026-10-01',
    );
    expect(baseline.value).toBe(55);
    const channelBaseline = computeBaseline(
      book.services,
      goalsDataFor(book.services),
      'impressions',
      'All channels',
      'last_month',
      '2026-10-01',
    );
    expect(channelBaseline.value).toBe(5);

    saveImpressionsGoal(book, null);
    saveImpressionsGoal(book, 'All channels');
    const { values } = reportTab(book);
    const goalRow = (what: string) => values.find((row) => row[0] === what)!;
    // What | KPI | Channel | Baseline | Target | Current | Progress
    expect(goalRow('Impressions on every channel').slice(2, 7)).toEqual([
      'All channels',
      55,
      110,
      105,
      expect.closeTo(50 / 55, 12),
    ]);
    // The channel's goal stays the channel's through the Goals tab, shown quoted.
    expect(goalRow('Impressions on All channels').slice(2, 7)).toEqual(['“All channels”', 5, 10, 5, 0]);
  });

  it('keeps its own key in the headless JSON, quoted, apart from the pooled "All channels"', () => {
    const book = reportBook(data('All channels'));
    const { result } = reportTab(book);
    const json = reportJson(result.model);
    expect(Object.keys(json.values)).toEqual(['Instagram', '“All channels”', 'All channels']);
    expect(json.values['“All channels”'].impressions).toBe(5);
    expect(json.values['All channels'].impressions).toBe(105);
    expect(json.previous['All channels'].impressions).toBe(55);
  });

  it('in a Swedish spreadsheet, "Alla kanaler" is quoted beside the pooled Alla kanaler', () => {
    const book = reportBook(data('Alla kanaler'), { locale: 'sv_SE' });
    const { values, header } = reportTab(book, 'sv_SE');
    expect(header.slice(0, 6)).toEqual(['KPI', 'Instagram', '', '“Alla kanaler”', '', 'Alla kanaler']);
    const impressions = values.find((row) => row[0] === 'Visningar')!;
    expect(impressions[5]).toBe(105);
  });
});

describe('channelDisplayName', () => {
  it('quotes every name that reads like a pooled label in any of our languages, and nothing else', () => {
    const labels = LANGUAGES.flatMap((language) => [
      REPORT_TEXTS[language].allChannels,
      GOALS_TAB_TEXTS[language].allChannels,
      CATALOGUES[language].sidebar.list.allChannels,
      CATALOGUES[language].sidebar.form.allChannels,
    ]);
    for (const label of labels) {
      expect(ALL_CHANNELS_LABELS).toContain(label.toLowerCase());
      expect(channelDisplayName(label)).toBe(`“${label}”`);
    }
    expect(channelDisplayName(' all CHANNELS ')).toBe('“ all CHANNELS ”');
    expect(channelDisplayName('Instagram')).toBe('Instagram');
    expect(channelDisplayName('All channels EU')).toBe('All channels EU');
  });

  it('keeps every name distinct, and reads each back', () => {
    const names = [
      'All channels',
      '“All channels”',
      '““All channels””',
      '"All channels"',
      'Instagram',
      '“Instagram”',
    ];
    const shown = names.map(channelDisplayName);
    expect(new Set(shown).size).toBe(names.length);
    expect(shown.map(channelFromDisplayName)).toEqual(names);
    expect(new Set([...shown, 'All channels']).size).toBe(names.length + 1);
  });
});
