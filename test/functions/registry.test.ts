import { AGGREGATE_KERNELS, ELEMENTWISE_KERNELS } from '../../src/functions/implementations';
import { functionProse, kpiProse } from '../../src/kpi/prose';
import { KPIS } from '../../src/kpi/registry';
import { customFunctionKpis } from '../../src/kpi/lookup';
import type { KpiDefinition } from '../../src/kpi/types';

/*
 * The catalogue of docs/kpi-definitions.md, typed in by hand from its tables: name, family,
 * unit, direction (↑ up, ↓ down), seed, and the signature with (summed) and [optional=default].
 */
type Family = KpiDefinition['family'];
type Unit = KpiDefinition['unit'];
interface SpecRow {
  family: Family;
  unit: Unit;
  direction: 'up' | 'down';
  seed: string[];
  signature: string;
}

const SPEC: Record<string, SpecRow> = {
  ENGAGEMENT_RATE: {
    family: 'engagement',
    unit: 'fraction',
    direction: 'up',
    seed: ['SV', 'HS'],
    signature: 'engagements (summed), base',
  },
  AVERAGE_ENGAGEMENT_RATE: {
    family: 'engagement',
    unit: 'fraction',
    direction: 'up',
    seed: ['HS'],
    signature: 'engagements_per_post (summed), followers',
  },
  APPLAUSE_RATE: {
    family: 'engagement',
    unit: 'fraction',
    direction: 'up',
    seed: ['HS'],
    signature: 'approvals, followers',
  },
  AMPLIFICATION_RATE: {
    family: 'engagement',
    unit: 'fraction',
    direction: 'up',
    seed: ['HS'],
    signature: 'shares, followers',
  },
  VIRALITY_RATE: {
    family: 'engagement',
    unit: 'fraction',
    direction: 'up',
    seed: [],
    signature: 'shares, impressions',
  },
  FOLLOWER_QUALITY: {
    family: 'engagement',
    unit: 'fraction',
    direction: 'up',
    seed: ['SV'],
    signature: 'engagements (summed), followers',
  },
  AUDIENCE_GROWTH_RATE: {
    family: 'reach',
    unit: 'fraction',
    direction: 'up',
    seed: ['SV', 'HS'],
    signature: 'net_new_followers, total_followers',
  },
  GROWTH_RATE: {
    family: 'reach',
    unit: 'fraction',
    direction: 'up',
    seed: ['SV'],
    signature: 'previous, current',
  },
  POST_REACH_RATE: {
    family: 'reach',
    unit: 'fraction',
    direction: 'up',
    seed: ['SV', 'HS'],
    signature: 'reach, followers',
  },
  POTENTIAL_REACH: {
    family: 'reach',
    unit: 'people',
    direction: 'up',
    seed: ['HS'],
    signature: 'followers_of_mentioners, [share=0.02]',
  },
  SHARE_OF_VOICE: {
    family: 'reach',
    unit: 'fraction',
    direction: 'up',
    seed: ['SV', 'HS'],
    signature: 'brand_mentions, competitor_mentions (summed)',
  },
  CTR: {
    family: 'conversion',
    unit: 'fraction',
    direction: 'up',
    seed: ['SV', 'HS'],
    signature: 'clicks, impressions',
  },
  CONVERSION_RATE: {
    family: 'conversion',
    unit: 'fraction',
    direction: 'up',
    seed: ['SV', 'HS'],
    signature: 'conversions, clicks',
  },
  BOUNCE_RATE: {
    family: 'conversion',
    unit: 'fraction',
    direction: 'down',
    seed: ['SV', 'HS'],
    signature: 'bounced_sessions, sessions',
  },
  COST_PER_LEAD: {
    family: 'conversion',
    unit: 'money',
    direction: 'down',
    seed: ['SV'],
    signature: 'cost, leads',
  },
  SENTIMENT_SCORE: {
    family: 'awareness',
    unit: 'sentiment',
    direction: 'up',
    seed: ['SV'],
    signature: 'positive, negative, [neutral=0]',
  },
  RESPONSE_TIME: {
    family: 'customer_experience',
    unit: 'hours',
    direction: 'down',
    seed: ['SV'],
    signature: 'received_at, replied_at, [method="mean"]',
  },
  RESPONSE_RATE: {
    family: 'customer_experience',
    unit: 'fraction',
    direction: 'up',
    seed: [],
    signature: 'replied, received',
  },
  CSAT: {
    family: 'customer_experience',
    unit: 'fraction',
    direction: 'up',
    seed: ['SV', 'HS'],
    signature: 'ratings, [scale_max=5]',
  },
  NPS: {
    family: 'customer_experience',
    unit: 'nps',
    direction: 'up',
    seed: ['SV', 'HS'],
    signature: 'scores',
  },
  ROI: { family: 'financial', unit: 'fraction', direction: 'up', seed: ['SV'], signature: 'revenue, cost' },
  ROAS: { family: 'financial', unit: 'ratio', direction: 'up', seed: [], signature: 'revenue, ad_spend' },
  CPC: {
    family: 'financial',
    unit: 'money',
    direction: 'down',
    seed: ['SV', 'HS'],
    signature: 'cost, clicks',
  },
  CPM: {
    family: 'financial',
    unit: 'money',
    direction: 'down',
    seed: ['HS'],
    signature: 'cost, impressions',
  },
  CPA: { family: 'financial', unit: 'money', direction: 'down', seed: [], signature: 'cost, conversions' },
  CLV: {
    family: 'financial',
    unit: 'money',
    direction: 'up',
    seed: ['SV'],
    signature: 'average_order_value, orders_per_year, years_retained, [margin=1]',
  },
  GOAL_PROGRESS: {
    family: 'goals',
    unit: 'fraction',
    direction: 'up',
    seed: ['SV', 'HS'],
    signature: 'baseline, target, current',
  },
};

/** The spec says these give one value rather than one per cell. */
const AGGREGATES = ['AVERAGE_ENGAGEMENT_RATE', 'POTENTIAL_REACH', 'RESPONSE_TIME', 'CSAT', 'NPS'];

/** Arguments that the spec allows to be negative: net new followers, GROWTH_RATE's values, goals. */
const SIGNED = ['AUDIENCE_GROWTH_RATE.net_new_followers', 'GROWTH_RATE.previous', 'GROWTH_RATE.current'];

const functions = customFunctionKpis();
const byName = new Map(functions.map((kpi) => [kpi.fn!.name, kpi]));

function signatureOf(kpi: KpiDefinition): string {
  return kpi
    .fn!.params.map((p) => {
      if (p.optional) return `[${p.name}=${JSON.stringify(p.optional.default)}]`;
      return p.summed ? `${p.name} (summed)` : p.name;
    })
    .join(', ');
}

describe('registry against the spec catalogue', () => {
  it('has exactly the 27 functions of the catalogue', () => {
    expect(Object.keys(SPEC)).toHaveLength(27);
    expect([...byName.keys()].sort()).toEqual(Object.keys(SPEC).sort());
    expect(functions).toHaveLength(27);
  });

  it.each(Object.entries(SPEC))('%s matches its row of the catalogue', (name, row) => {
    const kpi = byName.get(name)!;
    expect(kpi).toBeDefined();
    expect({
      family: kpi.family,
      unit: kpi.unit,
      direction: kpi.direction,
      seed: [...kpiProse(kpi.id).seed].sort(),
      signature: signatureOf(kpi),
    }).toEqual({ ...row, seed: [...row.seed].sort() });
  });

  it('marks exactly the spec’s aggregates as one-value functions', () => {
    const aggregates = functions.filter((kpi) => kpi.fn!.shape === 'aggregate').map((kpi) => kpi.fn!.name);
    expect(aggregates.sort()).toEqual([...AGGREGATES].sort());
  });

  it('lets only the spec’s signed arguments (and goal values) be negative', () => {
    const signed = functions.flatMap((kpi) =>
      kpi.fn!.params.filter((p) => p.kind === 'signed').map((p) => `${kpi.fn!.name}.${p.name}`),
    );
    expect(signed.filter((s) => !s.startsWith('GOAL_PROGRESS.')).sort()).toEqual([...SIGNED].sort());
  });

  it('has the lower-is-better KPIs of the spec, and no others', () => {
    const down = functions.filter((kpi) => kpi.direction === 'down').map((kpi) => kpi.fn!.name);
    expect(down.sort()).toEqual(['BOUNCE_RATE', 'COST_PER_LEAD', 'CPA', 'CPC', 'CPM', 'RESPONSE_TIME']);
  });

  it('has an implementation for every function, of its shape, and none left over', () => {
    for (const kpi of functions) {
      const kernels = kpi.fn!.shape === 'aggregate' ? AGGREGATE_KERNELS : ELEMENTWISE_KERNELS;
      expect([kpi.id, typeof kernels[kpi.id]]).toEqual([
        kpi.id,
        kpi.fn!.shape === 'aggregate' ? 'function' : 'object',
      ]);
    }
    const ids = functions.map((kpi) => kpi.id).sort();
    expect([...Object.keys(ELEMENTWISE_KERNELS), ...Object.keys(AGGREGATE_KERNELS)].sort()).toEqual(ids);
  });

  it('has unique snake_case ids and upper-case function names', () => {
    const ids = KPIS.map((kpi) => kpi.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
    for (const kpi of functions) {
      expect(kpi.fn!.name).toMatch(/^[A-Z][A-Z0-9_]*$/);
      for (const param of kpi.fn!.params) expect(param.name).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
    }
  });

  it('gives every function help, an example that calls it, and described arguments', () => {
    for (const kpi of functions) {
      expect(kpiProse(kpi.id).help.length).toBeGreaterThan(10);
      expect(functionProse(kpi.id).example.startsWith(`=${kpi.fn!.name}(`)).toBe(true);
      for (const param of kpi.fn!.params)
        expect(functionProse(kpi.id).params[param.name].length).toBeGreaterThan(2);
    }
  });
});
