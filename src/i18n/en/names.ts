import type { GoalField, GoalStatus } from '../../goals/types';
import type { KpiFamily, MeasuredKpiId } from '../../kpi/types';

/*
 * The names the report, the sidebar and Help / About share, so a KPI, a family or a goal's status
 * is called the same everywhere a user meets it. KPI names are keyed by registry id.
 */
export const kpiNames = {
  followers: 'Followers',
  net_new_followers: 'Net new followers',
  impressions: 'Impressions',
  reach: 'Reach',
  likes: 'Likes',
  comments: 'Comments',
  shares: 'Shares',
  saves: 'Saves',
  profile_visits: 'Profile visits',
  mentions: 'Brand mentions',
  competitor_mentions: 'Competitor mentions',
  positive_mentions: 'Positive mentions',
  negative_mentions: 'Negative mentions',
  neutral_mentions: 'Neutral mentions',
  clicks: 'Clicks',
  sessions: 'Sessions',
  bounces: 'Bounces',
  conversions: 'Conversions',
  leads: 'Leads',
  cost: 'Cost',
  revenue: 'Revenue',
  messages: 'Messages',
  replies: 'Replies',
  testimonials: 'Customer testimonials',
  engagements: 'Engagements',
  engagement_rate: 'Engagement rate',
  average_engagement_rate: 'Average engagement rate',
  applause_rate: 'Applause rate',
  amplification_rate: 'Amplification rate',
  virality_rate: 'Virality rate',
  follower_quality: 'Follower quality',
  audience_growth_rate: 'Audience growth rate',
  growth_rate: 'Growth rate',
  post_reach_rate: 'Post reach rate',
  potential_reach: 'Potential reach',
  share_of_voice: 'Share of voice',
  ctr: 'Click-through rate (CTR)',
  conversion_rate: 'Conversion rate',
  bounce_rate: 'Bounce rate',
  cost_per_lead: 'Cost per lead',
  sentiment_score: 'Sentiment score',
  response_time: 'Response time',
  response_rate: 'Response rate',
  csat: 'Customer satisfaction (CSAT)',
  nps: 'Net Promoter Score (NPS)',
  roi: 'Return on investment (ROI)',
  roas: 'Return on ad spend (ROAS)',
  cpc: 'Cost per click (CPC)',
  cpm: 'Cost per 1,000 impressions (CPM)',
  cpa: 'Cost per acquisition (CPA)',
  clv: 'Customer lifetime value (CLV)',
} satisfies Record<MeasuredKpiId, string>;

export const familyNames = {
  engagement: 'Engagement',
  reach: 'Reach',
  conversion: 'Conversion',
  awareness: 'Awareness',
  customer_experience: 'Customer experience',
  financial: 'Financial',
  goals: 'Goals',
} satisfies Record<KpiFamily, string>;

export const goalStatusNames = {
  not_started: 'Not started',
  on_track: 'On track',
  behind: 'Behind',
  achieved: 'Achieved',
  missed: 'Missed',
  no_data: 'No data yet',
} satisfies Record<GoalStatus, string>;

/** The goal's fields, as messages and the Goals tab name them. */
export const goalFieldNames = {
  what: 'What',
  kpiId: 'KPI',
  channel: 'Channel',
  baseline: 'Baseline',
  baselineWindow: 'Baseline window',
  baselineMonths: 'Baseline months',
  target: 'Target',
  start: 'Start',
  deadline: 'Deadline',
  owner: 'Owner',
  why: 'Why it matters',
} satisfies Record<GoalField, string>;

/** Read in one piece by the catalogue tests; sections import the three maps. */
export const names = {
  kpis: kpiNames,
  families: familyNames,
  goalStatuses: goalStatusNames,
  goalFields: goalFieldNames,
};
