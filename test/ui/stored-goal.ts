import type { Goal } from '../../src/goals/types';

/** A goal as the Goals tab stores it: the sidebar's tests open, edit and save it. */
export const storedGoal: Goal = {
  id: 'G-1',
  version: 3,
  what: 'Raise engagement',
  kpiId: 'engagement_rate',
  channel: null,
  baseline: 0.04123,
  baselineWindow: 'last_3_months',
  baselineMonths: ['2025-07', '2025-08', '2025-09'],
  target: '+35 %',
  targetValue: 0.0556605,
  start: '2025-10-06',
  deadline: '2026-02-06',
  owner: 'anna@example.se',
  why: 'Reach',
  updatedBy: 'anna@example.se',
  updatedAt: '2025-10-06T09:00:00.000Z',
};
