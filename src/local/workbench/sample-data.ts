/*
 * Deterministic sample data for the workbench: the same seed and reference date give the same
 * sheet, so screenshots, browser tests and a demo all show the same numbers.
 */
import { REPORT_TEXTS } from '../../i18n';
import { CANONICAL_HEADERS } from '../../report/sample';

// The data sheet's header row and tab name are the report's: one definition, so the workbench's
// sample data is always what Set up data sheet would create (in the workbench's starting en_US
// locale) and the report would read.
export const SAMPLE_HEADERS = CANONICAL_HEADERS;

export const SAMPLE_SHEET_NAME = REPORT_TEXTS.en.dataSheetName;

export type SampleRow = [Date, string, ...number[]];

interface ChannelProfile {
  name: string;
  startFollowers: number;
  dailyGrowth: number;
  reachPerFollower: number;
  engagementRate: number;
  clickRate: number;
  dailyCost: number;
}

const CHANNELS: readonly ChannelProfile[] = [
  {
    name: 'Instagram',
    startFollowers: 18400,
    dailyGrowth: 14,
    reachPerFollower: 0.21,
    engagementRate: 0.052,
    clickRate: 0.009,
    dailyCost: 42,
  },
  {
    name: 'Facebook',
    startFollowers: 26100,
    dailyGrowth: 4,
    reachPerFollower: 0.11,
    engagementRate: 0.024,
    clickRate: 0.013,
    dailyCost: 55,
  },
  {
    name: 'LinkedIn',
    startFollowers: 7200,
    dailyGrowth: 6,
    reachPerFollower: 0.17,
    engagementRate: 0.038,
    clickRate: 0.021,
    dailyCost: 68,
  },
  {
    name: 'TikTok',
    startFollowers: 9800,
    dailyGrowth: 22,
    reachPerFollower: 0.46,
    engagementRate: 0.071,
    clickRate: 0.004,
    dailyCost: 35,
  },
];

/** mulberry32: tiny, fast and good enough for demo noise; Math.random would differ per run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The last complete month before `today`, and the month `months - 1` before it, as UTC dates. */
export function sampleDateRange(today: Date, months: number): { first: Date; last: Date } {
  const last = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 0));
  const first = new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() - (months - 1), 1));
  return { first, last };
}

/**
 * Daily rows for four channels over `months` complete months (default 14) ending with the month
 * before `today`. Seasonality: a yearly wave peaking in late autumn, weekday dips on weekends and
 * a December campaign, so month-on-month comparisons in the report have something to show.
 */
export function generateSampleRows(
  options: { today?: Date; months?: number; seed?: number } = {},
): SampleRow[] {
  const { first, last } = sampleDateRange(options.today ?? new Date(), options.months ?? 14);
  const random = seededRandom(options.seed ?? 20240101);
  const noise = (spread: number) => 1 + (random() * 2 - 1) * spread;
  const rows: SampleRow[] = [];
  const followers = CHANNELS.map((channel) => channel.startFollowers);
  for (let day = first.getTime(); day <= last.getTime(); day += 86400000) {
    const date = new Date(day);
    const month = date.getUTCMonth();
    const weekday = date.getUTCDay();
    const season = 1 + 0.18 * Math.sin(((month - 7) / 12) * 2 * Math.PI) + (month === 11 ? 0.15 : 0);
    const weekend = weekday === 0 || weekday === 6 ? 0.78 : 1;
    CHANNELS.forEach((channel, c) => {
      followers[c] = Math.max(0, followers[c] + Math.round(channel.dailyGrowth * season * noise(0.8)));
      const reach = Math.round(followers[c] * channel.reachPerFollower * season * weekend * noise(0.2));
      const impressions = Math.round(reach * (1.4 + random() * 0.5));
      const engagements = reach * channel.engagementRate * noise(0.25);
      const likes = Math.round(engagements * 0.72);
      const comments = Math.round(engagements * 0.1);
      const shares = Math.round(engagements * 0.08);
      const saves = Math.round(engagements * 0.1);
      const mentions = Math.round((reach / 900) * noise(0.4));
      const positive = Math.round(mentions * 0.55 * noise(0.2));
      const negative = Math.min(mentions - positive, Math.round(mentions * 0.12 * noise(0.5)));
      const clicks = Math.round(impressions * channel.clickRate * noise(0.25));
      const sessions = Math.round(clicks * 0.86);
      const bounces = Math.round(sessions * (0.42 + random() * 0.16));
      const conversions = Math.round(sessions * 0.031 * noise(0.5));
      const leads = Math.round(sessions * 0.052 * noise(0.4));
      const cost = Math.round(channel.dailyCost * season * noise(0.15) * 100) / 100;
      const revenue = Math.round(conversions * 38 * noise(0.3) * 100) / 100;
      const messages = Math.round((followers[c] / 2500) * noise(0.5));
      const replies = Math.min(messages, Math.round(messages * (0.7 + random() * 0.3)));
      rows.push([
        date,
        channel.name,
        followers[c],
        impressions,
        reach,
        likes,
        comments,
        shares,
        saves,
        Math.round(reach * 0.012 * noise(0.3)),
        mentions,
        Math.round(mentions * 2.4 * noise(0.3)),
        positive,
        Math.max(0, negative),
        Math.max(0, mentions - positive - Math.max(0, negative)),
        clicks,
        sessions,
        bounces,
        conversions,
        leads,
        cost,
        revenue,
        messages,
        replies,
      ]);
    });
  }
  return rows;
}

/** Number formats per column, as Sheets patterns, so the grid shows dates and money like Sheets. */
export function sampleNumberFormats(): string[] {
  return SAMPLE_HEADERS.map((header) => {
    if (header === 'Date') return 'yyyy-mm-dd';
    if (header === 'Channel') return '@';
    if (header === 'Cost' || header === 'Revenue') return '#,##0.00';
    return '#,##0';
  });
}
