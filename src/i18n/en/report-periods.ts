import type { MonthReportLabels } from './report';

/*
 * The weekly and quarterly report's own words: every text of the monthly report that says
 * "month" is written again for a week and for a quarter, whole, so each language can word it as
 * it must (Swedish and Vietnamese inflect differently for each). A month report uses the texts
 * of report.ts as they are.
 */

/** The monthly report's texts that name the month, and so differ in a week's or a quarter's tab. */
export type PeriodWordedKey =
  | 'reportBeingBuilt'
  | 'emptyMonth'
  | 'dialogPrompt'
  | 'dialogNoMonths'
  | 'dialogNotEnded'
  | 'monthTotalLabels'
  | 'oneChannel'
  | 'incompleteIntro'
  | 'coverageRunning'
  | 'coveragePosts'
  | 'allChannelsChange'
  | 'baseMissing'
  | 'rowLeftOut'
  | 'footnoteBaseOrder'
  | 'footnoteAverageEngagementRate'
  | 'footnoteFollowers'
  | 'footnoteNetNewDerived'
  | 'footnotePooled'
  | 'footnoteChange'
  | 'footnoteByReach'
  | 'footnotePerPost'
  | 'footnotePerFollowerMonth'
  | 'footnoteIncompleteMark'
  | 'trendChartTitle'
  | 'monthColumn';

export type PeriodWording = Pick<MonthReportLabels, PeriodWordedKey>;

export interface ReportPeriodTexts {
  /** "Week 43, 2026": titles and data-quality lines. */
  weekLabel: (week: number, year: number) => string;
  /** "W43 2026": column headers and the trend chart's categories. */
  shortWeekLabel: (week: number, year: number) => string;
  quarterLabel: (quarter: number, year: number) => string;
  shortQuarterLabel: (quarter: number, year: number) => string;
  week: PeriodWording;
  quarter: PeriodWording;
  /** Goals are set per month: a week's or a quarter's report measures them in one month. */
  footnoteGoalsMonth: (month: string) => string;
  /** The dialog's kind selector. */
  dialogKindPrompt: string;
  dialogKinds: { week: string; month: string; quarter: string };
}

const perFollower = (period: string) => ({
  applause_rate: `Likes per follower, ${period}`,
  amplification_rate: `Shares per follower, ${period}`,
  follower_quality: `Engagements per follower, ${period}`,
  post_reach_rate: `Reach per follower, ${period}`,
  virality_rate: `Shares per impression, ${period}`,
});

/** The sentences that differ only in the period's noun: English inflects neither. */
function wording(period: 'week' | 'quarter', periods: string, span: string): PeriodWording {
  const Periods = periods[0].toUpperCase() + periods.slice(1);
  return {
    reportBeingBuilt: (tab: string, minutes: number) =>
      `A report for this ${period} is being built in the tab “${tab}”. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}: a build that stopped halfway is cleared away then.`,
    emptyMonth: (label: string, available: string) =>
      `The data has no rows for ${label}. ${Periods} with data: ${available}.`,
    dialogPrompt: `Which ${period} should the report cover?`,
    dialogNoMonths: `The data sheet has no ${periods} with data yet.`,
    dialogNotEnded: `This ${period} has not ended yet, so it is not complete.`,
    monthTotalLabels: perFollower(period),
    oneChannel: (channel: string) =>
      `Only one channel (${channel}) has data this ${period}: All channels equals it.`,
    incompleteIntro: `${Periods} not complete for a channel: their changes are not coloured and are marked *.`,
    coverageRunning: ` (the ${period} has not ended)`,
    coveragePosts: (posts: number) =>
      `, ${posts} ${posts === 1 ? 'post' : 'posts'}, not from the ${period}’s ${span}`,
    allChannelsChange: (compared: string[], leftOut: string[]) =>
      compared.length > 0
        ? `All channels’ change compares only ${compared.join(', ')}, the channels complete in both ${periods}; left out: ${leftOut.join(', ')}.`
        : `All channels’ change is not coloured: no channel is complete in both ${periods} (${leftOut.join(', ')}).`,
    baseMissing: (base: string, columns: string[]) =>
      `Every column of the engagement rate uses ${base}, which ${columns.join(', ')} does not have this ${period}: the engagement rate is blank there.`,
    rowLeftOut: (kpi: string) =>
      `${kpi}: left out, as no channel has the figures it needs this ${period} or last.`,
    footnoteBaseOrder: `Every column of the row uses the same base: reach where every channel has an exact reach figure (the ${period}’s only row with reach) and All channels has one (a lone channel), else impressions, else followers. Both ${periods} use the same base; where last ${period} lacks it, its rate and the change are left blank.`,
    footnoteAverageEngagementRate: `Average engagement rate = the mean of each post’s engagements ÷ followers, over the rows with a post ID (the post’s own followers, else the channel’s followers at the end of the ${period}); All channels is the mean over every post. Unlike the engagement rate, which pools the ${period}’s engagements over one base, every post counts the same.`,
    footnoteFollowers: `Followers is the last value in each ${period}, never a sum. All channels adds the channels’ followers because each account is a distinct audience.`,
    footnoteNetNewDerived: `Net new followers = followers at the end of the ${period} − at the end of the ${period} before.`,
    footnotePooled: `Rates are pooled: the ${period}’s totals divided, not an average of daily rates. All channels is computed from the channel totals.`,
    footnoteChange: `Change = (this ${period} − last ${period}) ÷ |last ${period}|, blank when last ${period} is missing or zero. Green is good news for that KPI (a falling cost per click is green), red is bad news.`,
    footnoteByReach: (channels: string[]) =>
      `Engagement rate by reach = engagements ÷ the ${period}’s exact reach, for the channels that have one (${channels.join(', ')}). Reach is not added up across channels, so All channels has none.`,
    footnotePerPost: `A rate marked “per post” is the mean of each post’s rate over the ${period}’s rows with a post ID (the post’s own followers, else the channel’s at the end of the ${period}); All channels is the mean over every post.`,
    footnotePerFollowerMonth: `“Per follower, ${period}” is the ${period}’s total divided by the followers at the end of the ${period}: a total per follower, not a rate per post, so it can be above 1. With one row per post (a Post ID column) these are per-post rates instead.`,
    footnoteIncompleteMark: `* Not coloured: this ${period} or last ${period} is not complete for that channel (see Data quality), so the change may only reflect missing days.`,
    trendChartTitle:
      period === 'week'
        ? 'Headline KPIs, last 12 weeks (All channels)'
        : 'Headline KPIs, last 8 quarters (All channels)',
    monthColumn: period === 'week' ? 'Week' : 'Quarter',
  };
}

export const reportPeriods: ReportPeriodTexts = {
  weekLabel: (week, year) => `Week ${week}, ${year}`,
  shortWeekLabel: (week, year) => `W${week} ${year}`,
  quarterLabel: (quarter, year) => `Q${quarter} ${year}`,
  shortQuarterLabel: (quarter, year) => `Q${quarter} ${year}`,
  week: /* @__PURE__ */ wording('week', 'weeks', 'first day to its last'),
  quarter: /* @__PURE__ */ wording('quarter', 'quarters', 'first week to its last'),
  footnoteGoalsMonth: (month: string) =>
    `Goals are set per month: this report measures them in ${month}, the month that holds the period’s last day.`,
  dialogKindPrompt: 'Report on a',
  dialogKinds: { week: 'Week', month: 'Month', quarter: 'Quarter' },
};
