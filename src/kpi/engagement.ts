import type { KpiId } from './registry';

/*
 * The two quantities the report and the goals derive from the data's columns for the engagement
 * KPIs (spec: Engagements, Engagement base), defined here once for both.
 */

/** Engagements = likes + comments + shares + saves, of those columns the data has. */
export const ENGAGEMENT_PARTS = ['likes', 'comments', 'shares', 'saves'] as const satisfies readonly KpiId[];

/** What an engagement rate may be per, best first: the report takes the first every channel has. */
export const ENGAGEMENT_BASES = ['reach', 'impressions', 'followers'] as const satisfies readonly KpiId[];

export type EngagementBase = (typeof ENGAGEMENT_BASES)[number];

/** The data columns a report input stands for: engagements its parts, a column itself. */
export function columnsOfInput(input: string): readonly string[] {
  return input === 'engagements' ? ENGAGEMENT_PARTS : [input];
}

export const isEngagementPart = (id: string): boolean => (ENGAGEMENT_PARTS as readonly string[]).includes(id);
