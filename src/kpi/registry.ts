import type {
  ColumnAggregation,
  CustomFunctionDefinition,
  DataColumnDefinition,
  KpiFacts,
  KpiFamily,
  ParamDefinition,
  ParamKind,
} from './types';

/*
 * The one definition of every KPI (spec: docs/kpi-definitions.md): what the add-on needs of it at
 * run time. Its prose (help, formula, examples, argument descriptions) is src/kpi/prose.ts, its
 * names in each language src/i18n/LANGUAGE/names.ts, both keyed by KpiId and checked against it, so
 * the server code, which every custom function call loads, holds no documentation.
 */

// Names kept literal (const Name), so a kernel's denominator can be checked against them.
const count = <const Name extends string>(
  name: Name,
  extra: { summed?: boolean } = {},
): ParamDefinition & { name: Name } => ({
  name,
  kind: 'count',
  ...extra,
});

const money = <const Name extends string>(name: Name): ParamDefinition & { name: Name } => ({
  name,
  kind: 'money',
});

const KPI_LIST = [
  // ----- counted columns (no function; summed or carried in the report) -----
  column('followers', 'Followers', 'reach', 'count', 'stock', 'Followers', [
    'Total followers',
    'Follower count',
    'Page followers',
  ]),
  column('net_new_followers', 'Net new followers', 'reach', 'count', 'flow', 'Net new followers', [
    'Net followers',
    'Net follower growth',
  ]),
  column('impressions', 'Impressions', 'reach', 'count', 'flow', 'Impressions', [
    'Impressions (total)',
    'Total impressions',
  ]),
  column('reach', 'Reach', 'reach', 'people', 'unique', 'Reach', [
    'Accounts reached',
    'Unique impressions',
    'Post reach',
  ]),
  column('likes', 'Likes', 'engagement', 'count', 'flow', 'Likes', ['Reactions', 'Post reactions']),
  column('comments', 'Comments', 'engagement', 'count', 'flow', 'Comments', []),
  column('shares', 'Shares', 'engagement', 'count', 'flow', 'Shares', ['Reposts', 'Retweets']),
  column('saves', 'Saves', 'engagement', 'count', 'flow', 'Saves', ['Saved']),
  column('profile_visits', 'Profile visits', 'engagement', 'count', 'flow', 'Profile visits', [
    'Profile views',
    'Page visits',
  ]),
  column('mentions', 'Brand mentions', 'awareness', 'count', 'flow', 'Mentions', ['Brand mentions']),
  column(
    'competitor_mentions',
    'Competitor mentions',
    'awareness',
    'count',
    'flow',
    'Competitor mentions',
    [],
    'down',
  ),
  column('positive_mentions', 'Positive mentions', 'awareness', 'count', 'flow', 'Positive mentions', []),
  column(
    'negative_mentions',
    'Negative mentions',
    'awareness',
    'count',
    'flow',
    'Negative mentions',
    [],
    'down',
  ),
  column('neutral_mentions', 'Neutral mentions', 'awareness', 'count', 'flow', 'Neutral mentions', []),
  column('clicks', 'Clicks', 'conversion', 'count', 'flow', 'Clicks', ['Link clicks', 'Clicks (all)']),
  column('sessions', 'Sessions', 'conversion', 'count', 'flow', 'Sessions', []),
  column('bounces', 'Bounces', 'conversion', 'count', 'flow', 'Bounces', ['Bounced sessions'], 'down'),
  column('conversions', 'Conversions', 'conversion', 'count', 'flow', 'Conversions', ['Results']),
  column('leads', 'Leads', 'conversion', 'count', 'flow', 'Leads', []),
  column('cost', 'Cost', 'financial', 'money', 'flow', 'Cost', ['Spend', 'Amount spent', 'Ad spend'], 'down'),
  column('revenue', 'Revenue', 'financial', 'money', 'flow', 'Revenue', ['Purchase value']),
  column('messages', 'Messages', 'customer_experience', 'count', 'flow', 'Messages', ['Messages received']),
  column('replies', 'Replies', 'customer_experience', 'count', 'flow', 'Replies', ['Messages replied']),
  column('testimonials', 'Customer testimonials', 'customer_experience', 'count', 'flow', 'Testimonials', [
    'Customer testimonials',
  ]),
  {
    id: 'engagements',
    label: 'Engagements',
    family: 'engagement',
    unit: 'count',
    direction: 'up',
  },

  // ----- Engagement -----
  {
    id: 'engagement_rate',
    label: 'Engagement rate',
    family: 'engagement',
    unit: 'fraction',
    direction: 'up',
    report: { inputs: ['engagements', 'engagement_base'] },
    fn: {
      name: 'ENGAGEMENT_RATE',
      shape: 'elementwise',
      params: [
        count('engagements', {
          summed: true,
        }),
        count('base'),
      ],
    },
  },
  {
    id: 'average_engagement_rate',
    label: 'Average engagement rate',
    family: 'engagement',
    unit: 'fraction',
    direction: 'up',
    report: { inputs: ['engagements', 'followers'], postRows: true },
    fn: {
      name: 'AVERAGE_ENGAGEMENT_RATE',
      shape: 'aggregate',
      params: [
        count('engagements_per_post', {
          summed: true,
        }),
        count('followers'),
      ],
    },
  },
  ratioKpi('applause_rate', 'Applause rate', 'engagement', 'APPLAUSE_RATE', 'approvals', 'followers', {
    perPost: true,
    report: ['likes', 'followers'],
  }),
  ratioKpi(
    'amplification_rate',
    'Amplification rate',
    'engagement',
    'AMPLIFICATION_RATE',
    'shares',
    'followers',
    {
      perPost: true,
      report: ['shares', 'followers'],
    },
  ),
  ratioKpi('virality_rate', 'Virality rate', 'engagement', 'VIRALITY_RATE', 'shares', 'impressions', {
    perPost: true,
    report: ['shares', 'impressions'],
  }),
  {
    id: 'follower_quality',
    label: 'Follower quality',
    family: 'engagement',
    unit: 'fraction',
    direction: 'up',
    report: { inputs: ['engagements', 'followers'], perPost: true },
    fn: {
      name: 'FOLLOWER_QUALITY',
      shape: 'elementwise',
      params: [count('engagements', { summed: true }), count('followers')],
    },
  },

  // ----- Reach -----
  {
    id: 'audience_growth_rate',
    label: 'Audience growth rate',
    family: 'reach',
    unit: 'fraction',
    direction: 'up',
    report: { inputs: ['net_new_followers', 'followers'] },
    fn: {
      name: 'AUDIENCE_GROWTH_RATE',
      shape: 'elementwise',
      params: [
        {
          name: 'net_new_followers',
          kind: 'signed',
        },
        count('total_followers'),
      ],
    },
  },
  {
    id: 'growth_rate',
    label: 'Growth rate',
    family: 'reach',
    unit: 'fraction',
    direction: 'up',
    fn: {
      name: 'GROWTH_RATE',
      shape: 'elementwise',
      params: [
        { name: 'previous', kind: 'signed' },
        { name: 'current', kind: 'signed' },
      ],
    },
  },
  ratioKpi('post_reach_rate', 'Post reach rate', 'reach', 'POST_REACH_RATE', 'reach', 'followers', {
    perPost: true,
    report: ['reach', 'followers'],
  }),
  {
    id: 'potential_reach',
    label: 'Potential reach',
    family: 'reach',
    unit: 'people',
    direction: 'up',
    fn: {
      name: 'POTENTIAL_REACH',
      shape: 'aggregate',
      params: [
        count('followers_of_mentioners'),
        {
          name: 'share',
          kind: 'fraction',
          optional: { default: 0.02 },
        },
      ],
    },
  },
  {
    id: 'share_of_voice',
    label: 'Share of voice',
    family: 'reach',
    unit: 'fraction',
    direction: 'up',
    report: { inputs: ['mentions', 'competitor_mentions'] },
    fn: {
      name: 'SHARE_OF_VOICE',
      shape: 'elementwise',
      params: [
        count('brand_mentions'),
        count('competitor_mentions', {
          summed: true,
        }),
      ],
    },
  },

  // ----- Conversion -----
  ratioKpi('ctr', 'Click-through rate', 'conversion', 'CTR', 'clicks', 'impressions', {
    report: ['clicks', 'impressions'],
  }),
  ratioKpi('conversion_rate', 'Conversion rate', 'conversion', 'CONVERSION_RATE', 'conversions', 'clicks', {
    report: ['conversions', 'clicks'],
  }),
  ratioKpi('bounce_rate', 'Bounce rate', 'conversion', 'BOUNCE_RATE', 'bounced_sessions', 'sessions', {
    report: ['bounces', 'sessions'],
    direction: 'down',
  }),
  ratioKpi('cost_per_lead', 'Cost per lead', 'conversion', 'COST_PER_LEAD', 'cost', 'leads', {
    report: ['cost', 'leads'],
    direction: 'down',
    unit: 'money',
    numeratorKind: 'money',
  }),

  // ----- Awareness -----
  {
    id: 'sentiment_score',
    label: 'Sentiment score',
    family: 'awareness',
    unit: 'sentiment',
    direction: 'up',
    report: {
      inputs: ['positive_mentions', 'negative_mentions', 'neutral_mentions'],
      optional: ['neutral_mentions'],
    },
    fn: {
      name: 'SENTIMENT_SCORE',
      shape: 'elementwise',
      params: [
        count('positive'),
        count('negative'),
        { name: 'neutral', kind: 'count', optional: { default: 0 } },
      ],
    },
  },

  // ----- Customer experience -----
  {
    id: 'response_time',
    label: 'Response time',
    family: 'customer_experience',
    unit: 'hours',
    direction: 'down',
    fn: {
      name: 'RESPONSE_TIME',
      shape: 'aggregate',
      params: [
        { name: 'received_at', kind: 'date' },
        { name: 'replied_at', kind: 'date' },
        {
          name: 'method',
          kind: 'text',
          optional: { default: 'mean' },
        },
      ],
    },
  },
  ratioKpi('response_rate', 'Response rate', 'customer_experience', 'RESPONSE_RATE', 'replied', 'received', {
    report: ['replies', 'messages'],
  }),
  {
    id: 'csat',
    label: 'Customer satisfaction (CSAT)',
    family: 'customer_experience',
    unit: 'fraction',
    direction: 'up',
    fn: {
      name: 'CSAT',
      shape: 'aggregate',
      params: [
        { name: 'ratings', kind: 'rating' },
        {
          name: 'scale_max',
          kind: 'whole',
          optional: { default: 5 },
        },
      ],
    },
  },
  {
    id: 'nps',
    label: 'Net Promoter Score (NPS)',
    family: 'customer_experience',
    unit: 'nps',
    direction: 'up',
    fn: {
      name: 'NPS',
      shape: 'aggregate',
      params: [
        {
          name: 'scores',
          kind: 'score',
        },
      ],
    },
  },

  // ----- Financial -----
  {
    id: 'roi',
    label: 'Return on investment (ROI)',
    family: 'financial',
    unit: 'fraction',
    direction: 'up',
    report: { inputs: ['revenue', 'cost'] },
    fn: {
      name: 'ROI',
      shape: 'elementwise',
      params: [money('revenue'), money('cost')],
    },
  },
  ratioKpi('roas', 'Return on ad spend (ROAS)', 'financial', 'ROAS', 'revenue', 'ad_spend', {
    report: ['revenue', 'cost'],
    unit: 'ratio',
    numeratorKind: 'money',
    denominatorKind: 'money',
  }),
  ratioKpi('cpc', 'Cost per click (CPC)', 'financial', 'CPC', 'cost', 'clicks', {
    report: ['cost', 'clicks'],
    direction: 'down',
    unit: 'money',
    numeratorKind: 'money',
  }),
  ratioKpi('cpm', 'Cost per thousand impressions (CPM)', 'financial', 'CPM', 'cost', 'impressions', {
    report: ['cost', 'impressions'],
    direction: 'down',
    unit: 'money',
    numeratorKind: 'money',
  }),
  ratioKpi('cpa', 'Cost per acquisition (CPA)', 'financial', 'CPA', 'cost', 'conversions', {
    report: ['cost', 'conversions'],
    direction: 'down',
    unit: 'money',
    numeratorKind: 'money',
  }),
  {
    id: 'clv',
    label: 'Customer lifetime value (CLV)',
    family: 'financial',
    unit: 'money',
    direction: 'up',
    fn: {
      name: 'CLV',
      shape: 'elementwise',
      params: [
        money('average_order_value'),
        { name: 'orders_per_year', kind: 'count' },
        { name: 'years_retained', kind: 'count' },
        {
          name: 'margin',
          kind: 'fraction',
          optional: { default: 1 },
        },
      ],
    },
  },

  // ----- Goals -----
  {
    id: 'goal_progress',
    label: 'Goal progress',
    family: 'goals',
    unit: 'fraction',
    direction: 'up',
    fn: {
      name: 'GOAL_PROGRESS',
      shape: 'elementwise',
      params: [
        { name: 'baseline', kind: 'signed' },
        { name: 'target', kind: 'signed' },
        { name: 'current', kind: 'signed' },
      ],
    },
  },
] as const satisfies readonly KpiFacts[];

/** Every KPI's id: stored in goals, printed by the headless report, the key of its prose and names. */
export type KpiId = (typeof KPI_LIST)[number]['id'];

/** The KPIs whose custom function gives one result per cell. */
export type ElementwiseKpiId = Extract<(typeof KPI_LIST)[number], { fn: { shape: 'elementwise' } }>['id'];

/** The names of a KPI's custom function's parameters, as literal types ("engagements" | "base"). */
export type ParamNameOf<Id extends KpiId> = Extract<
  (typeof KPI_LIST)[number],
  { id: Id; fn: CustomFunctionDefinition }
>['fn']['params'][number]['name'];

/** The KPIs that are a column of the data sheet. */
export type ColumnKpiId = Extract<(typeof KPI_LIST)[number], { column: DataColumnDefinition }>['id'];

/**
 * The KPIs a user measures, which the report, the sidebar and Help / About name in every language:
 * all but the goals family's own function (GOAL_PROGRESS).
 */
export type MeasuredKpiId = Exclude<KpiId, Extract<(typeof KPI_LIST)[number], { family: 'goals' }>['id']>;

export type KpiDefinition = KpiFacts<KpiId>;

export const KPIS: readonly KpiDefinition[] = KPI_LIST;

/**
 * The columns that identify a data row rather than measure it, with their English headers; each
 * language pack adds its own (i18n/key-columns keyColumn).
 */
export const KEY_COLUMNS: Record<'date' | 'channel' | 'post_id' | 'currency', DataColumnDefinition> = {
  date: { header: 'Date', aggregation: 'key', aliases: ['Day'] },
  channel: {
    header: 'Channel',
    aggregation: 'key',
    aliases: ['Platform', 'Network'],
  },
  post_id: {
    header: 'Post ID',
    aggregation: 'key',
    aliases: ['Post id', 'Content ID', 'Tweet id'],
  },
  // The currency of the row's money (ISO code, "SEK"); blank: the spreadsheet's currency.
  currency: {
    header: 'Currency',
    aggregation: 'key',
    aliases: ['Currency code'],
  },
};

export const FAMILIES: readonly KpiFamily[] = [
  'engagement',
  'reach',
  'conversion',
  'awareness',
  'customer_experience',
  'financial',
  'goals',
];

function column<const Id extends string>(
  id: Id,
  label: string,
  family: KpiFamily,
  unit: KpiFacts['unit'],
  aggregation: Exclude<ColumnAggregation, 'key'>,
  header: string,
  aliases: readonly string[],
  direction: KpiFacts['direction'] = 'up',
): KpiFacts<Id> & { column: DataColumnDefinition } {
  return { id, label, family, unit, direction, column: { header, aggregation, aliases } };
}

interface RatioOptions {
  direction?: KpiFacts['direction'];
  unit?: KpiFacts['unit'];
  numeratorKind?: Extract<ParamKind, 'count' | 'money'>;
  denominatorKind?: Extract<ParamKind, 'count' | 'money'>;
  /** The report's columns for numerator and denominator; the examples use the same columns. */
  report: readonly [string, string];
  /** A per-post rate: see KpiReportInputs.perPost. */
  perPost?: boolean;
}

/** The many KPIs that are one column over another, element-wise. */
function ratioKpi<const Id extends string, const Numerator extends string, const Denominator extends string>(
  id: Id,
  label: string,
  family: KpiFamily,
  name: string,
  numerator: Numerator,
  denominator: Denominator,
  options: RatioOptions,
): KpiFacts<Id> & {
  fn: {
    shape: 'elementwise';
    params: readonly [ParamDefinition & { name: Numerator }, ParamDefinition & { name: Denominator }];
  };
} {
  return {
    id,
    label,
    family,
    unit: options.unit ?? 'fraction',
    direction: options.direction ?? 'up',
    report: { inputs: options.report, ...(options.perPost ? { perPost: true } : {}) },
    fn: {
      name,
      shape: 'elementwise',
      params: [
        { name: numerator, kind: options.numeratorKind ?? 'count' },
        { name: denominator, kind: options.denominatorKind ?? 'count' },
      ],
    },
  };
}
