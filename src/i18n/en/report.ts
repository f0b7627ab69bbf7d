import { familyNames, goalStatusNames, kpiNames } from './names';
import { reportPeriods } from './report-periods';

/*
 * Every user-facing string of the data sheet, the monthly report and its dialog, in English.
 * One flat catalogue of strings and template functions, written again in src/i18n/sv and
 * src/i18n/vi; KPI and family names come from names.ts, shared with the sidebar and Help / About,
 * never from the registry's English labels.
 */

const monthReport = {
  // ----- data sheet (menu captions live in src/i18n) -----
  dataSheetName: 'KPI data',
  dataSheetExists: (name: string) =>
    `The tab “${name}” already has data, so it was left as it is. Your data sheet is ready to use.`,
  dataSheetCreated: (name: string) =>
    `Created the tab “${name}”. Add one row per channel per day, per post or per month.`,
  dataSheetReused: (name: string) => `The tab “${name}” was empty: added the header row.`,
  currencyPromptTitle: 'Currency',
  currencyPrompt: (current: string) =>
    `Which currency is the money in your data? The report shows amounts in it and never converts them. Type a code such as SEK, VND, EUR or USD, or leave it empty for ${current}.`,
  currencyNotACode: (typed: string, current: string) =>
    `“${typed}” is not a currency code such as SEK, VND, EUR or USD. The currency stays ${current}; run Set up data sheet again to change it.`,
  offerSampleRows: 'Add sample rows (15 months, four channels) to try the report?',
  sampleRowsInserted: (count: number, name: string) => `Inserted ${count} sample rows into “${name}”.`,
  dateValidationHelp: 'Enter a date, such as 2026-10-31.',
  numberValidationHelp: 'Enter a number of 0 or more.',

  // ----- report building messages -----
  reportTabName: (month: string) => `KPI report ${month}`,
  reportTabNameNumbered: (month: string, n: number) => `KPI report ${month} (${n})`,
  reportTabBuilding: (tab: string) => `${tab} (building…)`,
  reportBeingBuilt: (tab: string, minutes: number) =>
    `A report for this month is being built in the tab “${tab}”. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}: a build that stopped halfway is cleared away then.`,
  buildingToast: (month: string) =>
    month ? `Building the KPI report for ${month}…` : 'Building the KPI report…',
  builtToast: (tab: string) => `The report is ready in the tab “${tab}”.`,
  toastTitle: 'Social KPIs',
  noDataSheet: (name: string) =>
    `There is no “${name}” tab. Use Extensions › Social KPIs › Set up data sheet, then add your numbers.`,
  missingColumns: (name: string, columns: string[]) =>
    `The tab “${name}” needs a ${columns.join(' and a ')} column in its first row. Headers in English, Swedish or Vietnamese are recognised (Date/Datum/Ngày, Channel/Kanal/Kênh).`,
  emptyDataSheet: (name: string) => `The tab “${name}” has no rows of data yet.`,
  noUsableRows: (name: string, skipped: number) =>
    `None of the ${skipped} rows in “${name}” could be read: each has a bad date, a missing channel or a value that is not a number.`,
  emptyMonth: (month: string, available: string) =>
    `The data has no rows for ${month}. Months with data: ${available}.`,
  badMonth: (text: string) => `“${text}” is not a month: use the form YYYY-MM, such as 2026-10.`,
  monthNotText: (given: string) =>
    `Build report: the month must be text of the form YYYY-MM, such as "2026-10", not ${given}.`,
  dateColumnName: 'Date',
  channelColumnName: 'Channel',

  // ----- month dialog -----
  dialogTitle: 'Build report',
  dialogPrompt: 'Which month should the report cover?',
  dialogBuild: 'Build report',
  dialogCancel: 'Cancel',
  dialogBuilding: 'Building…',
  dialogNoMonths: 'The data sheet has no months with data yet.',
  dialogComplete: (month: string) => `${month} (complete)`,
  dialogIncomplete: (month: string) => `${month} (incomplete)`,
  dialogNotEnded: 'This month has not ended yet, so it is not complete.',
  dialogCoverage: (parts: string[]) => `Not every day has data: ${parts.join('; ')}.`,
  dialogCoveragePart: (channel: string, days: number, daysInMonth: number) =>
    `${channel} ${days} of ${daysInMonth} days`,

  // ----- report content -----
  monthNames: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  monthLabel: (name: string, year: number) => `${name} ${year}`,
  shortMonthLabel: (name: string, year: number) => `${name.slice(0, 3)} ${year}`,
  title: 'Social media KPI report',
  period: (month: string, previous: string) => `Period: ${month}, compared with ${previous}`,
  source: (sheet: string, used: number, read: number) => `Data: tab “${sheet}”, ${used} of ${read} rows used`,
  builtAt: 'Built:',
  /** A Sheets number format: the cell holds the instant, not text. */
  dateTimeFormat: 'yyyy-mm-dd hh:mm',
  kpiHeader: 'KPI',
  allChannels: 'All channels',
  change: 'Change',
  families: familyNames,
  /** Looked up by a row's or a goal's id, which may name no KPI (a goal stored by a later version). */
  kpis: kpiNames as Readonly<Partial<Record<string, string>>>,
  baseNames: { reach: 'reach', impressions: 'impressions', followers: 'followers' },
  engagementRateByReach: 'Engagement rate by reach',
  perPost: (kpi: string) => `${kpi}, per post`,
  monthTotalLabels: {
    applause_rate: 'Likes per follower, month',
    amplification_rate: 'Shares per follower, month',
    follower_quality: 'Engagements per follower, month',
    post_reach_rate: 'Reach per follower, month',
    virality_rate: 'Shares per impression, month',
  } as Record<string, string>,

  goalStatuses: goalStatusNames,
  dateFormat: 'yyyy-mm-dd',
  goalsHeading: 'Goals',
  goalsPlaceholder: 'No goals yet. SMART goals and their progress will appear here.',
  goalsNoneRunning: (month: string, count: number) =>
    `No goal runs in ${month}: ${count === 1 ? 'the one goal set starts later or ended earlier' : `all ${count} goals set start later or ended earlier`}.`,
  goalColumns: [
    'Goal',
    'KPI',
    'Channel',
    'Baseline',
    'Target',
    'Current',
    'Progress',
    'Deadline',
    'Status',
    'Owner',
  ],

  dataQualityHeading: 'Data quality',
  dataQualityNone: 'Every row was read: no rows skipped.',
  rowSkipped: (row: number, reasons: string) => `Row ${row} skipped: ${reasons}.`,
  badDate: (value: string, example: string | undefined) =>
    value === ''
      ? 'no date'
      : `“${value}” is not a date (write YYYY-MM-DD${example ? ` or ${example}` : ''})`,
  noChannel: 'no channel',
  notANumber: (header: string, value: string) => `${header} is “${value}”, not a number`,
  negative: (header: string, value: string) => `${header} is ${value}, but a count cannot be negative`,
  duplicate: (firstRow: number) => `it repeats row ${firstRow} exactly`,
  monthRowInWeek: (value: string) =>
    `it is dated by the month “${value}” alone, which no week holds: give its days, or read it in a month or quarter report`,
  badCurrency: (header: string, value: string) =>
    `${header} is “${value}”, not a currency code such as SEK, VND, EUR or USD`,
  mixedCurrencies: (channel: string, month: string, currencies: string[]) =>
    `${channel}: the rows of ${month} are in ${currencies.join(' and ')}, which are not added up: its money figures are blank.`,
  channelCurrenciesDiffer: (month: string, parts: string[]) =>
    `In ${month} the channels’ money is in different currencies (${parts.join('; ')}), which are not added up: All channels’ money figures are blank.`,
  currencyPart: (currency: string, channels: string[]) => `${currency}: ${channels.join(', ')}`,
  footnoteCurrency: (currency: string) =>
    `Money is in ${currency}, the spreadsheet’s currency, or in the currency a row’s Currency column names; amounts are never converted.`,
  moreRowsSkipped: (count: number) => `…and ${count} more rows skipped.`,
  oneChannel: (channel: string) =>
    `Only one channel (${channel}) has data this month: All channels equals it.`,
  noPreviousMonth: (month: string) => `The data has no rows for ${month}, so the change column is blank.`,
  ignoredHeaders: (headers: string[]) => `Columns not recognised and left out: ${headers.join(', ')}.`,
  repeatedHeaders: (headers: string[]) =>
    `Columns that repeat an earlier column and were left out: ${headers.join(', ')}.`,
  overflow: (kpi: string, column: string, month: string) =>
    `${kpi} for ${column} in ${month} adds up to more than a number can hold: that cell, and every rate built on it, is left blank. Check the data for a mistyped value.`,
  baseUnusable: (base: string, columns: string[]) =>
    `The engagement base is fixed to ${base}, which is not usable for ${columns.join(', ')}: the engagement rate is blank there.`,
  incompleteIntro: 'Months not complete for a channel: their changes are not coloured and are marked *.',
  coverage: (channel: string, days: number, daysInMonth: number, month: string, extra: string) =>
    `${channel}: ${days} of ${daysInMonth} days in ${month}${extra}.`,
  coverageRunning: ' (the month has not ended)',
  coveragePosts: (posts: number) =>
    `, ${posts} ${posts === 1 ? 'post' : 'posts'}, not from the month’s first week to its last`,
  allChannelsChange: (compared: string[], leftOut: string[]) =>
    compared.length > 0
      ? `All channels’ change compares only ${compared.join(', ')}, the channels complete in both months; left out: ${leftOut.join(', ')}.`
      : `All channels’ change is not coloured: no channel is complete in both months (${leftOut.join(', ')}).`,
  baseMissing: (base: string, columns: string[]) =>
    `Every column of the engagement rate uses ${base}, which ${columns.join(', ')} does not have this month: the engagement rate is blank there.`,
  rowLeftOut: (kpi: string) => `${kpi}: left out, as no channel has the figures it needs this month or last.`,
  rowLeftOutReach: (kpi: string) =>
    `${kpi}: left out, as no channel has an exact reach (a monthly row dated like 2026-10) or rows per post.`,

  footnotesHeading: 'Definitions',
  footnoteEngagements:
    'Engagements = likes (or reactions) + comments + shares + saves, of those columns the data has.',
  footnoteBase: (parts: string) => `Engagement rate = engagements ÷ ${parts}.`,
  footnoteBasePart: (base: string, columns: string[]) => `${base} (${columns.join(', ')})`,
  footnoteBaseJoin: '; ',
  footnoteBaseOrder:
    'Every column of the row uses the same base: reach where every channel has an exact reach figure (a monthly row dated like 2026-10, or the month’s only row with reach) and All channels has one (a lone channel), else impressions, else followers. Both months use the same base; where last month lacks it, its rate and the change are left blank.',
  footnoteBaseFixed: (base: string) => `The base is fixed to ${base} by the document setting.`,
  footnoteAverageEngagementRate:
    'Average engagement rate = the mean of each post’s engagements ÷ followers, over the rows with a post ID (the post’s own followers, else the channel’s followers at the end of the month); All channels is the mean over every post. Unlike the engagement rate, which pools the month’s engagements over one base, every post counts the same.',
  footnoteReach:
    'Reach counts unique people, so it is not added up across days, posts or channels. A figure marked ≤ is the sum of several reach rows: an upper bound, not used as a base for rates.',
  footnoteFollowers:
    'Followers is the last value in each month, never a sum. All channels adds the channels’ followers because each account is a distinct audience.',
  footnoteNetNewDerived:
    'Net new followers = followers at the end of the month − at the end of the month before.',
  footnotePooled:
    'Rates are pooled: the month’s totals divided, not an average of daily rates. All channels is computed from the channel totals.',
  footnoteChange:
    'Change = (this month − last month) ÷ |last month|, blank when last month is missing or zero. Green is good news for that KPI (a falling cost per click is green), red is bad news.',
  footnoteByReach: (channels: string[]) =>
    `Engagement rate by reach = engagements ÷ the month’s exact reach, for the channels that have one (${channels.join(', ')}). Reach is not added up across channels, so All channels has none.`,
  footnotePooledChannels: (kpi: string, channels: string[]) =>
    `All channels’ ${kpi} pools only ${channels.join(', ')}: the channels with both of its figures.`,
  footnotePerPost:
    'A rate marked “per post” is the mean of each post’s rate over the month’s rows with a post ID (the post’s own followers, else the channel’s at the end of the month); All channels is the mean over every post.',
  footnotePerFollowerMonth:
    '“Per follower, month” is the month’s total divided by the followers at the end of the month: a monthly total per follower, not a rate per post, so it can be above 1. With one row per post (a Post ID column) these are per-post rates instead.',
  footnoteIncompleteMark:
    '* Not coloured: this month or last month is not complete for that channel (see Data quality), so the change may only reflect missing days.',

  chartDataHeading: 'Chart data',
  trendChartTitle: 'Headline KPIs, last 12 months (All channels)',
  comparisonChartTitle: (month: string) => `Channels compared, ${month}`,
  monthColumn: 'Month',
  channelColumn: 'Channel',
};

/** The texts of a month's report; a week's or a quarter's replace those naming the month. */
export type MonthReportLabels = typeof monthReport;

/**
 * A call marked pure, not a spread in a literal: esbuild keeps a spread it cannot prove free of
 * side effects, which would put every report text in the script files custom functions load.
 */
function withPeriodTexts<T>(texts: T, periodTexts: typeof reportPeriods) {
  return { ...texts, periodTexts };
}

export const report = /* @__PURE__ */ withPeriodTexts(monthReport, reportPeriods);

export type ReportLabels = typeof report;
