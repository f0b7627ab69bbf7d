/*
 * The data tab's column layout, as Set up data sheet writes it: the one place it is written
 * down, so the function examples (src/kpi/examples.ts), the sample rows and the tab agree.
 */

/** The data sheet's canonical header row, in the order Set up data sheet writes it. */
export const DATA_TAB_HEADERS = [
  'Date',
  'Channel',
  'Followers',
  'Impressions',
  'Reach',
  'Likes',
  'Comments',
  'Shares',
  'Saves',
  'Profile visits',
  'Mentions',
  'Competitor mentions',
  'Positive mentions',
  'Negative mentions',
  'Neutral mentions',
  'Clicks',
  'Sessions',
  'Bounces',
  'Conversions',
  'Leads',
  'Cost',
  'Revenue',
  'Messages',
  'Replies',
] as const;
