import {
  averageEngagementRate,
  csat,
  nps,
  potentialReach,
  responseTime,
  type AggregateKernel,
} from './aggregates';
import type { ElementwiseKpiId, ParamNameOf } from '../kpi/registry';
import type { ElementwiseKernel } from './elementwise';
import type { Quantity } from './errors';

/*
 * The arithmetic of each formulaic KPI, keyed by registry id. The report computes its period
 * figures with these same kernels, so a number in the report and in a cell can never disagree.
 */

/*
 * Inputs are finite, but a sum or difference of two of them need not be: 1e308 + 1e308 is
 * Infinity, and a share of Infinity is a wrong 0, not an error. The kernels whose result does not
 * change when every input is scaled by one factor (ratios of sums and differences) work out such
 * a result again from the inputs' quarters: exact, as a quarter is a power of two, and four
 * quarters of finite numbers add up to a finite number. The common case pays one comparison.
 */
const QUARTER = 0.25;

/** A finite number with every digit of precision: not past the largest, nor subnormal (or 0). */
const isNormal = (x: number): boolean => Math.abs(x) >= 2 ** -1022 && Math.abs(x) < Infinity;

/** Not a finite number: an intermediate sum or difference that overflowed. */
const overflowed = (x: number): boolean => x - x !== 0;

/**
 * A product whose partial products may leave the range of numbers though the whole does not: the
 * factors' mantissas (1 ≤ m < 2) are multiplied, and their exponents added, apart. Powers of two
 * multiply exactly, so the one rounding left is the mantissas' (as in a plain product).
 */
export function scaledProduct(factors: readonly number[]): number {
  let mantissa = 1;
  let exponent = 0;
  for (const factor of factors) {
    if (factor === 0) return 0;
    // log2 may round up to 1024 next to the largest number: kept to the exponents a finite number
    // has (−1074 … 1023), for which 2 ** e is exact. The mantissa may then pass 2 a little.
    const e = Math.min(1023, Math.max(-1074, Math.floor(Math.log2(Math.abs(factor)))));
    mantissa *= factor / 2 ** e;
    exponent += e;
  }
  // In steps a number can hold: 2 ** 2000 would itself be Infinity.
  let result = mantissa;
  for (; exponent > 1000; exponent -= 1000) result *= 2 ** 1000;
  for (; exponent < -1000; exponent += 1000) result *= 2 ** -1000;
  return result * 2 ** exponent;
}

const ratio = <const Param extends string>(
  denominator: Param,
  quantity: Quantity = 'rate',
): ElementwiseKernel<Param> => ({
  compute: (a, b) => a / b,
  divisor: (_a, b) => b,
  denominator,
  quantity,
});

/**
 * Each kernel's denominator must be its function's own parameter names in the registry (checked by
 * the `satisfies` below): ratio('bse') for ENGAGEMENT_RATE(engagements, base) does not compile.
 */
export type KernelsByKpi = { readonly [Id in ElementwiseKpiId]: ElementwiseKernel<ParamNameOf<Id>> };

export const ELEMENTWISE_KERNELS: Readonly<Record<string, ElementwiseKernel>> = {
  engagement_rate: ratio('base'),
  applause_rate: ratio('followers'),
  amplification_rate: ratio('followers'),
  virality_rate: ratio('impressions'),
  follower_quality: ratio('followers'),
  audience_growth_rate: ratio('total_followers'),
  growth_rate: {
    compute: (previous, current) => {
      const change = current - previous;
      if (!overflowed(change)) return change / Math.abs(previous);
      return (current * QUARTER - previous * QUARTER) / Math.abs(previous * QUARTER);
    },
    divisor: (previous) => previous,
    denominator: 'previous',
    quantity: 'growthRate',
  },
  post_reach_rate: ratio('followers'),
  share_of_voice: {
    compute: (brand, competitors) => {
      const total = brand + competitors;
      if (!overflowed(total)) return brand / total;
      return (brand * QUARTER) / (brand * QUARTER + competitors * QUARTER);
    },
    divisor: (brand, competitors) => brand + competitors,
    denominator: 'brand_mentions + competitor_mentions',
    quantity: 'share',
  },
  ctr: ratio('impressions'),
  conversion_rate: ratio('clicks'),
  bounce_rate: ratio('sessions'),
  cost_per_lead: ratio('leads', 'cost'),
  sentiment_score: {
    compute: (positive, negative, neutral) => {
      const total = positive + negative + neutral;
      if (!overflowed(total)) return (positive - negative) / total;
      const [p, n, o] = [positive * QUARTER, negative * QUARTER, neutral * QUARTER];
      return (p - n) / (p + n + o);
    },
    divisor: (positive, negative, neutral) => positive + negative + neutral,
    denominator: 'positive + negative + neutral',
    quantity: 'score',
  },
  response_rate: ratio('received'),
  roi: {
    compute: (revenue, cost) => {
      const profit = revenue - cost;
      if (!overflowed(profit)) return profit / cost;
      return (revenue * QUARTER - cost * QUARTER) / (cost * QUARTER);
    },
    divisor: (_revenue, cost) => cost,
    denominator: 'cost',
    quantity: 'return',
  },
  roas: ratio('ad_spend', 'return'),
  cpc: ratio('clicks', 'cost'),
  cpm: {
    // Divided first: the product overflows only when the cost per thousand itself does.
    compute: (cost, impressions) => (cost / impressions) * 1000,
    divisor: (_cost, impressions) => impressions,
    denominator: 'impressions',
    quantity: 'cost',
  },
  cpa: ratio('conversions', 'cost'),
  clv: {
    compute: (value, orders, years, margin) => {
      if (value === 0 || orders === 0 || years === 0 || margin === 0) return 0;
      const twoFactors = value * orders;
      const threeFactors = twoFactors * years;
      const product = threeFactors * margin;
      if (isNormal(twoFactors) && isNormal(threeFactors) && isNormal(product)) return product;
      // A partial product passed the largest number, or fell below the smallest with full
      // precision, on the way to a result that may be neither (1e200 × 1e200 × 1e-200 × 1).
      return scaledProduct([value, orders, years, margin]);
    },
    denominator: '',
    quantity: 'value',
  },
  goal_progress: {
    compute: (baseline, target, current) => {
      const progress = current - baseline;
      const span = target - baseline;
      if (!overflowed(progress) && !overflowed(span)) return progress / span;
      const b = baseline * QUARTER;
      return (current * QUARTER - b) / (target * QUARTER - b);
    },
    divisor: (baseline, target) => target - baseline,
    // The spec: "target = baseline is an error". A goal with nothing to reach is a wrong goal,
    // not missing data, so it is never hidden as a blank cell.
    undefinedIsError: true,
    denominator: 'target − baseline',
    quantity: 'progress',
  },
} satisfies KernelsByKpi;

export const AGGREGATE_KERNELS: Readonly<Record<string, AggregateKernel>> = {
  average_engagement_rate: averageEngagementRate,
  potential_reach: potentialReach,
  response_time: responseTime,
  csat,
  nps,
};
