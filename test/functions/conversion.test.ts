import { kpiById } from '../../src/kpi/lookup';
import { call, column, errorOf, expectGrid, expectNumber } from './support/call';

/* Conversion family (spec: Catalogue / Conversion), worked by hand. */

describe('CTR(clicks, impressions)', () => {
  it('divides clicks by impressions', () => {
    expectNumber(call('CTR', 45, 1500), 0.03); // 45 / 1500
    expectGrid(call('CTR', column(45, 0, '', 7), column(1500, 200, 100, 0)), [[0.03], [0], [''], ['']]);
  });

  it('works across a 2-D block, one result per cell in the same shape', () => {
    // clicks B2:C3 over impressions D2:E3
    expectGrid(
      call(
        'CTR',
        [
          [1, 2],
          [3, 4],
        ],
        [
          [100, 100],
          [300, 0],
        ],
      ),
      [
        [0.01, 0.02],
        [0.01, ''],
      ],
    );
  });

  it('gives the spec’s message for zero impressions in a single cell', () => {
    expect(errorOf('CTR', 5, 0)).toBe('CTR: impressions is 0, so the rate is undefined');
    expect(errorOf('CTR', 0, '0')).toBe('CTR: impressions is 0, so the rate is undefined');
  });

  it('rejects a shape mismatch between two ranges', () => {
    expect(errorOf('CTR', [[1, 2]], column(1, 2))).toBe(
      'CTR: clicks is 1 row × 2 columns but impressions is 2 rows × 1 column; ' +
        'ranges must be the same size, or a single cell',
    );
  });
});

describe('CONVERSION_RATE(conversions, clicks)', () => {
  it('divides conversions by clicks (or sessions)', () => {
    expectNumber(call('CONVERSION_RATE', 9, 450), 0.02);
    expect(errorOf('CONVERSION_RATE', 9, 0)).toBe('CONVERSION_RATE: clicks is 0, so the rate is undefined');
  });
});

describe('BOUNCE_RATE(bounced_sessions, sessions): lower is better', () => {
  it('divides single-page sessions by sessions', () => {
    expectNumber(call('BOUNCE_RATE', 300, 1200), 0.25);
    expect(errorOf('BOUNCE_RATE', 3, 0)).toBe('BOUNCE_RATE: sessions is 0, so the rate is undefined');
  });

  it('is a ↓ KPI, so a fall is progress toward a lower target', () => {
    expect(kpiById('bounce_rate')?.direction).toBe('down');
    // bounce rate from 0.4 to target 0.3, now 0.35: half way
    expectNumber(
      call('GOAL_PROGRESS', call('BOUNCE_RATE', 400, 1000), 0.3, call('BOUNCE_RATE', 350, 1000)),
      0.5,
    );
  });
});

describe('COST_PER_LEAD(cost, leads): lower is better', () => {
  it('divides cost by leads, in money', () => {
    expectNumber(call('COST_PER_LEAD', 500, 20), 25);
    expectNumber(call('COST_PER_LEAD', '499.5', 3), 166.5);
    expect(kpiById('cost_per_lead')?.direction).toBe('down');
  });

  it('errors on zero leads alone, negative cost, and guessed numbers', () => {
    expect(errorOf('COST_PER_LEAD', 500, 0)).toBe('COST_PER_LEAD: leads is 0, so the cost is undefined');
    expect(errorOf('COST_PER_LEAD', -500, 20)).toBe('COST_PER_LEAD: cost is -500, but it cannot be negative');
    expect(errorOf('COST_PER_LEAD', '12,5', 20)).toBe('COST_PER_LEAD: cost is "12,5", not a number');
    expect(errorOf('COST_PER_LEAD', '$500', 20)).toBe('COST_PER_LEAD: cost is "$500", not a number');
  });
});
