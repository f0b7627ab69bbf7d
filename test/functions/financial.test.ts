import { kpiById } from '../../src/kpi/lookup';
import { call, column, errorOf, expectGrid, expectNumber } from './support/call';

/* Financial family (spec: Catalogue / Financial), worked by hand. */

describe('ROI(revenue, cost)', () => {
  it('is (revenue − cost) / cost, negative for a loss', () => {
    expectNumber(call('ROI', 1500, 1000), 0.5);
    expectNumber(call('ROI', 500, 1000), -0.5);
    expectNumber(call('ROI', 0, 1000), -1);
    expectGrid(call('ROI', column(1500, 500, ''), 1000), [[0.5], [-0.5], ['']]);
  });

  it('errors on zero cost in a single cell', () => {
    expect(errorOf('ROI', 1500, 0)).toBe('ROI: cost is 0, so the return is undefined');
  });
});

describe('ROAS(revenue, ad_spend)', () => {
  it('divides revenue by ad spend', () => {
    expectNumber(call('ROAS', 3000, 1000), 3);
    expect(errorOf('ROAS', 3000, 0)).toBe('ROAS: ad_spend is 0, so the return is undefined');
    expect(errorOf('ROAS', 3000, -1)).toBe('ROAS: ad_spend is -1, but it cannot be negative');
  });
});

describe.each([
  // [function, denominator, cost, denominator value, result worked by hand]
  ['CPC', 'clicks', 150, 300, 0.5], // 150 / 300
  ['CPM', 'impressions', 25, 10000, 2.5], // 25 / 10 000 × 1000
  ['CPA', 'conversions', 400, 16, 25], // 400 / 16
] as const)('%s(cost, %s): lower is better', (name, denominator, cost, base, result) => {
  it('computes the cost', () => {
    expectNumber(call(name, cost, base), result);
    expectGrid(call(name, column(cost, '', cost), column(base, base, 0)), [[result], [''], ['']]);
  });

  it('is a ↓ KPI', () => {
    expect(kpiById(name.toLowerCase())?.direction).toBe('down');
  });

  it('errors on zero and on negative cost', () => {
    expect(errorOf(name, cost, 0)).toBe(`${name}: ${denominator} is 0, so the cost is undefined`);
    expect(errorOf(name, -cost, base)).toBe(`${name}: cost is ${-cost}, but it cannot be negative`);
  });
});

describe('CLV(average_order_value, orders_per_year, years_retained, [margin=1])', () => {
  it('is the product, with margin 1 by default (lifetime revenue)', () => {
    expectNumber(call('CLV', 450, 3, 4), 5400); // 450 × 3 × 4 × 1
    expectNumber(call('CLV', 450, 3, 4, 0.3), 1620); // 450 × 3 × 4 × 0.3
    expectNumber(call('CLV', 80, 2.5, 3), 600); // 80 × 2.5 × 3
  });

  it('works element-wise with a broadcast margin', () => {
    expectGrid(call('CLV', column(100, 200, ''), column(2, 1, 5), 3, 0.5), [[300], [300], ['']]);
  });

  it('rejects a margin outside 0…1 and negative inputs', () => {
    expect(errorOf('CLV', 450, 3, 4, 1.2)).toBe('CLV: margin is 1.2, but it must be from 0 to 1');
    expect(errorOf('CLV', 450, -3, 4)).toBe('CLV: orders_per_year is -3, but it cannot be negative');
    expect(errorOf('CLV', 450, 3)).toBe('CLV: years_retained is missing');
  });

  it('never shows Infinity: an overflowing product is an error that says so', () => {
    const message = errorOf('CLV', 1e200, 1e200, 1);
    expect(message).toMatch(/^CLV: /);
    expect(message).not.toMatch(/is 0/);
    expect(message).toMatch(/too large/);
  });
});
