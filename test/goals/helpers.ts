import type { GoalsData, KpiAvailability, MonthlyPoint } from '../../src/goals/data';
import type { GoalInput } from '../../src/goals/types';

export const allComputable = (): KpiAvailability => ({ computable: true, missingColumns: [] });

export function input(overrides: Partial<GoalInput> = {}): GoalInput {
  return {
    what: 'Raise average post engagement',
    kpiId: 'engagement_rate',
    channel: 'Instagram',
    baseline: 0.04,
    baselineWindow: 'last_3_months',
    baselineMonths: ['2025-07', '2025-08', '2025-09'],
    target: '+35 %',
    start: '2025-10-01',
    deadline: '2026-02-01',
    owner: 'anna@example.se',
    why: 'Engagement drives reach on Instagram.',
    ...overrides,
  };
}

/**
 * A data source with the same series for every KPI and channel, unless given per KPI. With
 * `bases` (each month's denominator), rates pool as the report pools them: Σ (rate × base) ÷ Σ
 * base, which is Σ numerators ÷ Σ bases; without, a rate has no multi-month baseline.
 */
export function dataWith(
  series: MonthlyPoint[] | Record<string, MonthlyPoint[]>,
  options: {
    channels?: string[];
    missing?: Record<string, string[]>;
    bases?: (month: string) => number;
  } = {},
): GoalsData {
  const seriesOf = (kpiId: string) => (Array.isArray(series) ? series : (series[kpiId] ?? []));
  const { bases } = options;
  return {
    ...(bases
      ? {
          pooled: (kpiId: string, _channel: string | null, months: string[]) => {
            const values = new Map(seriesOf(kpiId).map((p) => [p.month, p.value]));
            let numerator = 0;
            let base = 0;
            for (const month of months) {
              numerator += (values.get(month) ?? NaN) * bases(month);
              base += bases(month);
            }
            return Number.isFinite(numerator / base) ? numerator / base : null;
          },
        }
      : {}),
    channels: options.channels ?? ['Instagram', 'Facebook'],
    months: (Array.isArray(series) ? series : (Object.values(series)[0] ?? [])).map((p) => p.month),
    series: seriesOf,
    availability: (kpiId) => {
      const missing = options.missing?.[kpiId];
      return missing
        ? { computable: false, missingColumns: missing }
        : { computable: true, missingColumns: [] };
    },
  };
}

/** Monthly points from a first month and values. */
export function monthly(first: string, values: Array<number | null>): MonthlyPoint[] {
  const [y, m] = first.split('-').map(Number);
  return values.map((value, i) => {
    const index = y * 12 + m - 1 + i;
    return { month: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, value };
  });
}
