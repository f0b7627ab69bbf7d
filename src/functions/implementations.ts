import {
  averageEngagementRate,
  csat,
  nps,
  potentialReach,
  responseTime,
  type AggregateKernel,
} from './aggregates';
import type { ElementwiseKernel } from './elementwise';
import type { Quantity } from './errors';

/*
 * The arithmetic of each formulaic KPI, keyed by registry id. The report computes its period
 * figures with these same kernels, so a number in the report and in a cell can never disagree.
 */

const ratio = (denominator: string, quantity: Quantity = 'rate'): ElementwiseKernel => ({
  compute: (a, b) => a / b,
  divisor: (_a, b) => b,
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
    divisor: (previous) => previous,
    denominator: 'previous',
    quantity: 'growthRate',
  },
  post_reach_rate: ratio('followers'),
  share_of_voice: {
    compute: (brand, competitors) => brand / (brand + competitors),
    divisor: (brand, competitors) => brand + competitors,
    denominator: 'brand_mentions + competitor_mentions',
    quantity: 'share',
  },
  ctr: ratio('impressions'),
  conversion_rate: ratio('clicks'),
  bounce_rate: ratio('sessions'),
  cost_per_lead: ratio('leads', 'cost'),
  sentiment_score: {
    compute: (positive, negative, neutral) => (positive - negative) / (positive + negative + neutral),
    divisor: (positive, negative, neutral) => positive + negative + neutral,
    denominator: 'positive + negative + neutral',
    quantity: 'score',
  },
  response_rate: ratio('received'),
  roi: {
    compute: (revenue, cost) => (revenue - cost) / cost,
    divisor: (_revenue, cost) => cost,
    denominator: 'cost',
    quantity: 'return',
  },
  roas: ratio('ad_spend', 'return'),
  cpc: ratio('clicks', 'cost'),
  cpm: {
    compute: (cost, impressions) => (cost / impressions) * 1000,
    divisor: (_cost, impressions) => impressions,
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
    divisor: (baseline, target) => target - baseline,
    // The spec: "target = baseline is an error". A goal with nothing to reach is a wrong goal,
    // not missing data, so it is never hidden as a blank cell.
    undefinedIsError: true,
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
