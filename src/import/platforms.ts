import { isRateInAnyLanguage } from '../i18n/packs';
import { normaliseHeader } from './targets';

/*
 * What each platform's export calls its columns, where that differs from the registry aliases,
 * and how to tell the exports apart by their headers. Column names follow the platforms' CSV
 * exports: Meta Business Suite post exports (Facebook and Instagram), LinkedIn page analytics
 * (organic/sponsored/total triples), TikTok's overview export and X's account analytics.
 */

export type PlatformId = 'facebook' | 'instagram' | 'linkedin' | 'tiktok' | 'x' | 'kpi_data';

/** Why a column is deliberately left out, so the dialog can say why. */
export type SkipNote = 'rate' | 'sum' | 'split';

/** A platform's meaning for a header: a target id, or a reason to leave it out. */
export type PlatformColumn = { target: string } | { skip: SkipNote };

export interface PlatformProfile {
  id: PlatformId;
  /** The channel written into rows: the platform's name as users write it. */
  channel: string;
  /** Headers only this platform's exports have; the best-scoring platform wins. */
  signature: RegExp[];
  /** Normalised header → meaning, applied before the registry aliases. */
  columns: Record<string, PlatformColumn>;
}

const to = (target: string): PlatformColumn => ({ target });
const SPLIT: PlatformColumn = { skip: 'split' };

const META_COLUMNS: Record<string, PlatformColumn> = {
  // Post exports carry "Date" = "Lifetime" for lifetime metrics; the post's day is its publish time.
  'publish time': to('date'),
  'post id': to('post_id'),
  // Reactions, comments and shares summed: engagements, which the add-on computes.
  'reactions, comments and shares': { skip: 'sum' },
  'link clicks': to('clicks'),
};

export const PLATFORMS: readonly PlatformProfile[] = [
  {
    id: 'facebook',
    channel: 'Facebook',
    signature: [
      /^page id$/,
      /^page name$/,
      /^reactions, comments and shares$/,
      /^reactions$/,
      /^total clicks$/,
      /^other clicks$/,
      /^amount spent \(/,
    ],
    columns: META_COLUMNS,
  },
  {
    id: 'instagram',
    channel: 'Instagram',
    signature: [/^account id$/, /^account username$/, /^account name$/, /^follows$/, /^saves$/, /^views$/],
    columns: { ...META_COLUMNS, views: to('impressions') },
  },
  {
    id: 'linkedin',
    channel: 'LinkedIn',
    signature: [/ \((organic|sponsored|total)\)$/],
    columns: {
      'impressions (total)': to('impressions'),
      'clicks (total)': to('clicks'),
      'reactions (total)': to('likes'),
      'comments (total)': to('comments'),
      'reposts (total)': to('shares'),
      'shares (total)': to('shares'),
      'impressions (organic)': SPLIT,
      'impressions (sponsored)': SPLIT,
      'unique impressions (organic)': SPLIT,
      'clicks (organic)': SPLIT,
      'clicks (sponsored)': SPLIT,
      'reactions (organic)': SPLIT,
      'reactions (sponsored)': SPLIT,
      'comments (organic)': SPLIT,
      'comments (sponsored)': SPLIT,
      'reposts (organic)': SPLIT,
      'reposts (sponsored)': SPLIT,
      'shares (organic)': SPLIT,
      'shares (sponsored)': SPLIT,
    },
  },
  {
    id: 'tiktok',
    channel: 'TikTok',
    signature: [/^video views$/, /^profile views$/],
    columns: { 'video views': to('impressions'), 'profile views': to('profile_visits') },
  },
  {
    id: 'x',
    channel: 'X',
    signature: [
      /^engagements$/,
      /^retweets$/,
      /^reposts$/,
      /^tweet id$/,
      /^tweet permalink$/,
      /^url clicks$/,
      /^user profile clicks$/,
      /^bookmarks$/,
      /^new follows$/,
    ],
    columns: {
      // On X, replies are comments on posts; the registry's "Replies" are answered messages.
      replies: to('comments'),
      engagements: { skip: 'sum' },
      retweets: to('shares'),
      reposts: to('shares'),
      'link clicks': to('clicks'),
      'url clicks': to('clicks'),
      'user profile clicks': to('profile_visits'),
      'tweet id': to('post_id'),
      'post id': to('post_id'),
      time: to('date'),
    },
  },
];

/** Rates are computed by the add-on from counts, never imported: "%" or a language's word for one. */
export function isRateHeader(header: string): boolean {
  const key = normaliseHeader(header);
  return key.includes('%') || isRateInAnyLanguage(key);
}

/** The platform whose signature matches most headers (at least two), if any. */
export function detectPlatform(headers: readonly string[]): PlatformProfile | undefined {
  const keys = headers.map(normaliseHeader);
  let best: PlatformProfile | undefined;
  let bestScore = 1;
  for (const platform of PLATFORMS) {
    const score = keys.filter((key) => platform.signature.some((pattern) => pattern.test(key))).length;
    if (score > bestScore) {
      best = platform;
      bestScore = score;
    }
  }
  return best;
}
