import type { ElementwiseKernel } from '../../src/functions/elementwise';
import { ELEMENTWISE_KERNELS, type KernelsByKpi } from '../../src/functions/implementations';
import {
  columnsOfInput,
  ENGAGEMENT_BASES,
  ENGAGEMENT_PARTS,
  isEngagementPart,
} from '../../src/kpi/engagement';
import { kpiById } from '../../src/kpi/lookup';
import { perPostKpiList } from '../../src/report/read';

/*
 * The engagement quantities as the spec defines them (docs/kpi-definitions.md: Engagements,
 * Engagement base), written out here by hand rather than read from src/kpi/engagement.ts.
 */
describe('the engagement inputs, defined once in src/kpi', () => {
  it('sums likes, comments, shares and saves into engagements', () => {
    expect(ENGAGEMENT_PARTS).toEqual(['likes', 'comments', 'shares', 'saves']);
    expect(columnsOfInput('engagements')).toEqual(['likes', 'comments', 'shares', 'saves']);
    expect(columnsOfInput('clicks')).toEqual(['clicks']);
    expect(isEngagementPart('saves')).toBe(true);
    expect(isEngagementPart('reach')).toBe(false);
  });

  it('takes reach, else impressions, else followers as the engagement base', () => {
    expect(ENGAGEMENT_BASES).toEqual(['reach', 'impressions', 'followers']);
  });

  it('names only data columns the registry has', () => {
    for (const id of [...ENGAGEMENT_PARTS, ...ENGAGEMENT_BASES]) expect(kpiById(id)?.column).toBeDefined();
  });

  it('derives each per-post rate from the registry, the mean over posts first', () => {
    expect(perPostKpiList()[0]).toEqual({
      id: 'average_engagement_rate',
      numerator: ['likes', 'comments', 'shares', 'saves'],
      base: 'followers',
    });
    expect(perPostKpiList().find((kpi) => kpi.id === 'applause_rate')).toEqual({
      id: 'applause_rate',
      numerator: ['likes'],
      base: 'followers',
    });
  });
});

describe("a kernel's denominator", () => {
  it("is one of its function's parameter names: a wrong name does not compile", () => {
    const misnamed: ElementwiseKernel<'bse'> = { ...ELEMENTWISE_KERNELS.engagement_rate, denominator: 'bse' };
    // @ts-expect-error -- ENGAGEMENT_RATE's parameters are engagements and base, not "bse"
    const checked: KernelsByKpi['engagement_rate'] = misnamed;
    expect(checked.denominator).toBe('bse');
    expect(ELEMENTWISE_KERNELS.engagement_rate.denominator).toBe('base');
    expect(ELEMENTWISE_KERNELS.ctr.denominator).toBe('impressions');
  });
});
