import { DATA_TAB_HEADERS } from '../kpi/data-tab';
import { mulberry32 } from '../util/random';
import { addMonths, type MonthKey } from './dates';
import { currencyDecimals } from './currency';

/*
 * Realistic sample data for the data sheet: daily rows per channel with weekly and seasonal
 * rhythm, growing followers, and every canonical column. Deterministic, so the workbench, the
 * tests and the benchmark all see the same numbers.
 */

/** The data sheet's canonical header row, in the order Set up data sheet writes it. */
export const CANONICAL_HEADERS = DATA_TAB_HEADERS;

interface ChannelProfile {
  name: string;
  followers: number;
  /** Daily impressions per follower. */
  exposure: number;
  engagement: number;
  clickThrough: number;
  dailySpend: number;
  monthlyGrowth: number;
}

const PROFILES: readonly ChannelProfile[] = [
  {
    name: 'Instagram',
    followers: 18_000,
    exposure: 0.9,
    engagement: 0.045,
    clickThrough: 0.008,
    dailySpend: 35,
    monthlyGrowth: 0.025,
  },
  {
    name: 'Facebook',
    followers: 26_000,
    exposure: 0.5,
    engagement: 0.022,
    clickThrough: 0.012,
    dailySpend: 45,
    monthlyGrowth: 0.006,
  },
  {
    name: 'LinkedIn',
    followers: 7_500,
    exposure: 0.7,
    engagement: 0.03,
    clickThrough: 0.018,
    dailySpend: 25,
    monthlyGrowth: 0.015,
  },
  {
    name: 'TikTok',
    followers: 9_000,
    exposure: 2.2,
    engagement: 0.06,
    clickThrough: 0.004,
    dailySpend: 30,
    monthlyGrowth: 0.05,
  },
];

export const SAMPLE_CHANNELS: readonly string[] = PROFILES.map((profile) => profile.name);

/** How many months Insert sample rows writes: enough for the report's 12-month trend and a year-on-year look. */
export const SAMPLE_MONTHS = 15;

export interface SampleOptions {
  /** The last month of data (inclusive). */
  endMonth: MonthKey;
  months?: number;
  /** Defaults to the four sample channels; more names reuse their profiles in turn. */
  channels?: readonly string[];
  /** More than one makes per-post rows. */
  rowsPerDay?: number;
  seed?: number;
  /**
   * The spreadsheet's currency (ISO code): amounts are of a size that currency's prices have
   * (about 25,000 đồng or 10 kronor to the dollar), rounded as it writes them. Default USD.
   */
  currency?: string;
}

/**
 * Roughly what a dollar of ad spend is in each currency, so sample money looks like money: a CPC
 * of "1 ₫" in a Vietnamese sheet would read as a bug. Never used to convert a user's figures.
 */
const SAMPLE_UNITS_PER_DOLLAR: Record<string, number> = {
  USD: 1,
  EUR: 0.9,
  GBP: 0.8,
  CHF: 0.9,
  SEK: 10,
  NOK: 10,
  DKK: 7,
  JPY: 150,
  VND: 25_000,
  AUD: 1.5,
  CAD: 1.4,
  SGD: 1.3,
};

/** Rows in CANONICAL_HEADERS order, dates as ISO text (which every sheet reads as a date). */
export function sampleRows(options: SampleOptions): Array<Array<string | number>> {
  const months = options.months ?? SAMPLE_MONTHS;
  const channels = options.channels ?? SAMPLE_CHANNELS;
  const rowsPerDay = options.rowsPerDay ?? 1;
  const random = mulberry32(options.seed ?? 20261031);
  const noise = (spread: number) => 1 + (random() * 2 - 1) * spread;
  const startMonth = addMonths(options.endMonth, 1 - months);
  const start = Date.UTC(Math.floor(startMonth / 100), (startMonth % 100) - 1, 1);
  const endMonthAfter = addMonths(options.endMonth, 1);
  const end = Date.UTC(Math.floor(endMonthAfter / 100), (endMonthAfter % 100) - 1, 1);
  const days = Math.round((end - start) / 86_400_000);
  const followers = channels.map((_, c) => PROFILES[c % PROFILES.length].followers);
  const rows: Array<Array<string | number>> = [];
  const currency = options.currency ?? 'USD';
  const perDollar = SAMPLE_UNITS_PER_DOLLAR[currency] ?? 1;
  const minorUnits = 10 ** currencyDecimals(currency);
  const money = (dollars: number) => Math.round(dollars * perDollar * minorUnits) / minorUnits;

  for (let d = 0; d < days; d++) {
    const date = new Date(start + d * 86_400_000);
    const iso = date.toISOString().slice(0, 10);
    const month = date.getUTCMonth();
    // Busy before Christmas and in spring, quiet in July; weekends a little quieter.
    const season = 1 + 0.18 * Math.cos(((month - 10) / 12) * 2 * Math.PI) - (month === 6 ? 0.15 : 0);
    const weekday = date.getUTCDay() === 0 || date.getUTCDay() === 6 ? 0.85 : 1.05;
    channels.forEach((channel, c) => {
      const profile = PROFILES[c % PROFILES.length];
      followers[c] = Math.round(followers[c] * (1 + (profile.monthlyGrowth / 30) * noise(0.8)));
      for (let p = 0; p < rowsPerDay; p++) {
        const share = 1 / rowsPerDay;
        const impressions = Math.round(
          followers[c] * profile.exposure * season * weekday * noise(0.25) * share,
        );
        const reach = Math.round(impressions * 0.62 * noise(0.08));
        const engagements = impressions * profile.engagement * noise(0.3);
        const likes = Math.round(engagements * 0.72);
        const comments = Math.round(engagements * 0.12);
        const shares = Math.round(engagements * 0.09);
        const saves = Math.round(engagements * 0.07);
        const clicks = Math.round(impressions * profile.clickThrough * noise(0.3));
        const sessions = Math.round(clicks * 0.86);
        const bounces = Math.round(sessions * 0.48 * noise(0.15));
        const conversions = Math.round(sessions * 0.035 * noise(0.6));
        const leads = Math.round(sessions * 0.05 * noise(0.6));
        const cost = money(profile.dailySpend * season * noise(0.2) * share);
        const revenue = money(conversions * 42 * noise(0.4));
        const mentions = Math.round(impressions * 0.0015 * noise(0.5));
        const positive = Math.round(mentions * 0.55 * noise(0.2));
        const negative = Math.round(mentions * 0.1 * noise(0.5));
        const messages = Math.round(followers[c] * 0.0006 * share * noise(0.5));
        rows.push([
          iso,
          channel,
          followers[c],
          impressions,
          reach,
          likes,
          comments,
          shares,
          saves,
          Math.round(engagements * 0.2),
          mentions,
          Math.round(mentions * 1.6 * noise(0.3)),
          positive,
          negative,
          Math.max(0, mentions - positive - negative),
          clicks,
          sessions,
          bounces,
          conversions,
          leads,
          cost,
          revenue,
          messages,
          Math.round(messages * 0.85 * noise(0.1)),
        ]);
      }
    });
  }
  return rows;
}
