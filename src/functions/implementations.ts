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
  compute: (a, b) => a / b,
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
    compute: (previous, current) => (current - previous) / Math.abs(previous),
    denominator: 'previous',
    quantity: 'growth rate',
  },
  post_reach_rate: ratio('followers'),
  share_of_voice: {
    compute: (brand, competitors) => brand / (brand + competitors),
    denominator: 'brand_mentions + competitor_mentions',
    quantity: 'share',
  },
  ctr: ratio('impressions'),
  conversion_rate: ratio('clicks'),
  bounce_rate: ratio('sessions'),
  cost_per_lead: ratio('leads', 'cost'),
  sentiment_score: {
    compute: (positive, negative, neutral) => (positive - negative) / (positive + negative + neutral),
    denominator: 'positive + negative + neutral',
    quantity: 'score',
  },
  response_rate: ratio('received'),
  roi: { compute: (revenue, cost) => (revenue - cost) / cost, denominator: 'cost', quantity: 'return' },
  roas: ratio('ad_spend', 'return'),
  cpc: ratio('clicks', 'cost'),
  cpm: {
    compute: (cost, impressions) => (cost / impressions) * 1000,
    denominator: 'impressions',
    quantity: 'cost',
  },
  cpa: ratio('conversions', 'cost'),
  clv: {
    compute: (value, orders, years, margin) => value * orders * years * margin,
    denominator: '',
    quantity: 'value',
  },
  goal_progress: {
    compute: (baseline, target, current) => (current - baseline) / (target - baseline),
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
