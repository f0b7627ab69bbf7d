import {
  averageEngagementRate,
  csat,
  nps,
  potentialReach,
  responseTime,
  type AggregateKernel,
} from './aggregates';
import type { ElementwiseKernel } from './elementwise';

/*
 * The arithmetic of each formulaic KPI, keyed by registry id. The report computes its period
 * figures with these same kernels, so a number in the report and in a cell can never disagree.
 */

const ratio = (denominator: string, quantity = 'rate'): ElementwiseKernel => ({
  compute: (x) => x[0] / x[1],
  divisor: (x) => x[1],
  denominator,
  quantity,
});

export const ELEMENTWISE_KERNELS: Readonly<Record<string, ElementwiseKernel>> = {
  engagement_rate: ratio('base'),
  applause_rate: ratio('followers'),
  amplification_rate: ratio('followers'),
  virality_rate: ratio('impressions'),
  follower_quality: ratio('followers'),
  audience_growth_rate: ratio('total_followers'),
  growth_rate: {
    compute: (x) => (x[1] - x[0]) / Math.abs(x[0]),
    divisor: (x) => x[0],
    denominator: 'previous',
    quantity: 'growth rate',
  },
  post_reach_rate: ratio('followers'),
  share_of_voice: {
    compute: (x) => x[0] / (x[0] + x[1]),
    divisor: (x) => x[0] + x[1],
    denominator: 'brand_mentions + competitor_mentions',
    quantity: 'share',
  },
  ctr: ratio('impressions'),
  conversion_rate: ratio('clicks'),
  bounce_rate: ratio('sessions'),
  cost_per_lead: ratio('leads', 'cost'),
  sentiment_score: {
    compute: (x) => (x[0] - x[1]) / (x[0] + x[1] + x[2]),
    divisor: (x) => x[0] + x[1] + x[2],
    denominator: 'positive + negative + neutral',
    quantity: 'score',
  },
  response_rate: ratio('received'),
  roi: {
    compute: (x) => (x[0] - x[1]) / x[1],
    divisor: (x) => x[1],
    denominator: 'cost',
    quantity: 'return',
  },
  roas: ratio('ad_spend', 'return'),
  cpc: ratio('clicks', 'cost'),
  cpm: {
    compute: (x) => (x[0] / x[1]) * 1000,
    divisor: (x) => x[1],
    denominator: 'impressions',
    quantity: 'cost',
  },
  cpa: ratio('conversions', 'cost'),
  clv: { compute: (x) => x[0] * x[1] * x[2] * x[3], denominator: '', quantity: 'value' },
  goal_progress: {
    compute: (x) => (x[2] - x[0]) / (x[1] - x[0]),
    divisor: (x) => x[1] - x[0],
    denominator: 'target − baseline',
    quantity: 'progress',
  },
};

export const AGGREGATE_KERNELS: Readonly<Record<string, AggregateKernel>> = {
  average_engagement_rate: averageEngagementRate,
  potential_reach: potentialReach,
  response_time: responseTime,
  csat,
  nps,
};
