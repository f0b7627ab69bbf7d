import { ENGAGEMENT_TOTAL_EXAMPLE, onDataTab } from './examples';
import { KPIS, type ColumnKpiId, type KpiDefinition, type KpiId } from './registry';
import type { Seed } from './types';

/*
 * What each KPI means, in English: its help, formula in words, the guides that list it, and for a
 * custom function its examples and argument descriptions. Keyed by KpiId and checked against it,
 * so a KPI cannot lack its prose nor prose name a KPI that is not there. Read by the JSDoc stubs,
 * Help / About, the goals sidebar page and the README: the server code never imports it.
 */

export interface FunctionProse {
  /** A formula a user can copy, shown in the help and the README. */
  example: string;
  /** How to get a period total with built-ins, when that differs from the example. */
  totalExample?: string;
  /** Each argument's description, by its name in the registry. */
  params: Readonly<Record<string, string>>;
}

export interface KpiProse {
  /** The formula in words, as the spec states it. */
  formula: string;
  /** One line for autocomplete and the sidebar: what it means and the product's choices. */
  help: string;
  /** Which guides list the KPI. */
  seed: readonly Seed[];
  /** Present for formulaic KPIs: the custom function's examples and argument descriptions. */
  fn?: FunctionProse;
}

const POOLED_NOTE = 'For a period total use sums, not an average of rates';

/**
 * Followers are a stock: a period's base is its last day's figure, and the sample rows' last
 * day (rows 97 to 100) has one row per channel, whose followers add up as distinct audiences.
 */
const PERIOD_END_FOLLOWERS = '{followers@97:100}';

/** A data tab column for a report input; engagements are the Likes to Saves columns. */
const columnOf = (input: string): string => (input === 'engagements' ? 'likes:saves' : input);

function kpi(id: KpiId): KpiDefinition {
  return KPIS.find((candidate) => candidate.id === id)!;
}

/** A counted column's prose, from how a month adds it up. */
function columnProse(definition: KpiDefinition): KpiProse {
  const { header, aggregation } = definition.column!;
  const how =
    aggregation === 'stock'
      ? 'a stock: the last value in the month, never summed'
      : aggregation === 'unique'
        ? 'unique people: not additive across days, posts or channels'
        : 'summed over the month';
  return {
    formula: `data column “${header}”: ${how}`,
    help: `${definition.label}: a column of the data sheet, ${how}.`,
    seed: [],
  };
}

const COLUMN_PROSE = Object.fromEntries(
  KPIS.filter((definition) => definition.column).map((definition) => [
    definition.id,
    columnProse(definition),
  ]),
) as Record<ColumnKpiId, KpiProse>;

interface RatioProse {
  formula: string;
  help: string;
  numeratorHelp: string;
  denominatorHelp: string;
  seed: readonly Seed[];
  /**
   * How a period total is written: flows are summed; followers are a stock, so the period's
   * last value is the base; reach is not additive, so no total is suggested at all.
   */
  periodTotal?: 'sum' | 'last' | 'none';
}

/** A ratio KPI's prose; its examples are written against the data tab columns the report reads. */
function ratioProse(id: KpiId, prose: RatioProse): KpiProse {
  const { fn, report } = kpi(id);
  const [numerator, denominator] = fn!.params;
  const [top, bottom] = report!.inputs.map(columnOf);
  return {
    formula: prose.formula,
    help: prose.help,
    seed: prose.seed,
    fn: {
      example: onDataTab(`=${fn!.name}({${top}}, {${bottom}})`),
      totalExample: {
        sum: onDataTab(`=${fn!.name}(SUM({${top}}), SUM({${bottom}}))`),
        last: onDataTab(`=${fn!.name}(SUM({${top}}), SUM(${PERIOD_END_FOLLOWERS}))`),
        none: undefined,
      }[prose.periodTotal ?? 'sum'],
      params: { [numerator.name]: prose.numeratorHelp, [denominator.name]: prose.denominatorHelp },
    },
  };
}

export const KPI_PROSE = {
  ...COLUMN_PROSE,
  engagements: {
    formula: 'likes (or reactions) + comments + shares + saves, of those columns the data has',
    help: 'Interactions with your posts. Profile visits, mentions and clicks are counted on their own lines.',
    seed: ['SV', 'HS'],
  },

  // ----- Engagement -----
  engagement_rate: {
    formula: 'engagements / base',
    help:
      'Engagements divided by a base you choose: reach, impressions or followers. A fraction (0.0425 = 4.25 %). ' +
      POOLED_NOTE +
      `: ${ENGAGEMENT_TOTAL_EXAMPLE}.`,
    seed: ['SV', 'HS'],
    fn: {
      example: onDataTab('=ENGAGEMENT_RATE({likes:saves}, {impressions})'),
      totalExample: ENGAGEMENT_TOTAL_EXAMPLE,
      params: {
        engagements: 'Likes, comments, shares and saves.',
        base: 'Reach, impressions or followers: the base the rate is per.',
      },
    },
  },
  average_engagement_rate: {
    formula: 'mean over posts of (post engagements / followers)',
    help: 'The mean of each post’s engagements divided by followers: one value. The one KPI defined as an average of per-post rates.',
    seed: ['HS'],
    fn: {
      example: onDataTab('=AVERAGE_ENGAGEMENT_RATE({likes:saves}, {followers})'),
      params: {
        engagements_per_post: 'One row per post: likes, comments, shares and saves.',
        followers: 'Followers: one cell for all posts, or one per post.',
      },
    },
  },
  applause_rate: ratioProse('applause_rate', {
    formula: 'likes or reactions / followers',
    help: 'Likes or reactions divided by followers: how much of the audience approves.',
    numeratorHelp: 'Likes or reactions.',
    denominatorHelp: 'Followers.',
    seed: ['HS'],
    periodTotal: 'last',
  }),
  amplification_rate: ratioProse('amplification_rate', {
    formula: 'shares / followers',
    help: 'Shares divided by followers: how far your audience carries your posts.',
    numeratorHelp: 'Shares.',
    denominatorHelp: 'Followers.',
    seed: ['HS'],
    periodTotal: 'last',
  }),
  virality_rate: ratioProse('virality_rate', {
    formula: 'shares / impressions',
    help: 'Shares divided by impressions.',
    numeratorHelp: 'Shares.',
    denominatorHelp: 'Impressions.',
    seed: [],
  }),
  follower_quality: {
    formula: 'engagements / followers',
    help: 'Engagements divided by followers: the share of the audience that acts. Fake followers pull it down.',
    seed: ['SV'],
    fn: {
      example: onDataTab('=FOLLOWER_QUALITY({likes:saves}, {followers})'),
      totalExample: onDataTab(`=FOLLOWER_QUALITY(SUM({likes:saves}), SUM(${PERIOD_END_FOLLOWERS}))`),
      params: { engagements: 'Likes, comments, shares and saves.', followers: 'Followers.' },
    },
  },

  // ----- Reach -----
  audience_growth_rate: {
    formula: 'net new followers / total followers at period end',
    help: 'Net new followers (may be negative) divided by total followers at the end of the period.',
    seed: ['SV', 'HS'],
    fn: {
      // The sample rows hold four channels a day: row 6 is row 2's channel a day later.
      example: onDataTab('=AUDIENCE_GROWTH_RATE({followers@6}-{followers@2}, {followers@6})'),
      params: {
        net_new_followers: 'Followers gained minus lost; may be negative.',
        total_followers: 'Total followers at the end of the period.',
      },
    },
  },
  growth_rate: {
    formula: '(current − previous) / |previous|',
    help: 'Change from the previous value to the current one, for any metric and period. Undefined when previous is 0.',
    seed: ['SV'],
    fn: {
      example: onDataTab('=GROWTH_RATE({impressions@2:96}, {impressions@6:100})'),
      params: {
        previous: 'The earlier value, e.g. last month.',
        current: 'The later value, e.g. this month.',
      },
    },
  },
  post_reach_rate: ratioProse('post_reach_rate', {
    formula: 'reach / followers',
    help: 'Reach divided by followers: how much of your audience a post reaches. Reach is unique people: do not sum it across posts.',
    numeratorHelp: 'Reach: unique people who saw the post.',
    denominatorHelp: 'Followers.',
    seed: ['SV', 'HS'],
    periodTotal: 'none',
  }),
  potential_reach: {
    formula: 'sum of the audiences of accounts that mentioned you × share',
    help: 'The followers of the accounts that mentioned you, summed, times the share that realistically sees it (default 0.02; 0.02–0.05 is realistic).',
    seed: ['HS'],
    fn: {
      // The data tab has no column for the mentioners' audiences: a tab of the user's own.
      example: '=POTENTIAL_REACH(Mentions!C2:C40, 0.03)',
      params: {
        followers_of_mentioners: 'Followers of each account that mentioned you.',
        share: 'The share of those audiences that sees the mention, from 0 to 1.',
      },
    },
  },
  share_of_voice: {
    formula: 'brand mentions / (brand mentions + all competitors’ mentions)',
    help: 'Your mentions as a share of all mentions in your market, yours included.',
    seed: ['SV', 'HS'],
    fn: {
      example: onDataTab('=SHARE_OF_VOICE({mentions}, {competitor_mentions})'),
      totalExample: onDataTab('=SHARE_OF_VOICE(SUM({mentions}), SUM({competitor_mentions}))'),
      params: {
        brand_mentions: 'Mentions of your brand.',
        competitor_mentions: 'Mentions of each competitor, a column each.',
      },
    },
  },

  // ----- Conversion -----
  ctr: ratioProse('ctr', {
    formula: 'clicks / impressions',
    help: 'Clicks divided by impressions.',
    numeratorHelp: 'Clicks.',
    denominatorHelp: 'Impressions.',
    seed: ['SV', 'HS'],
  }),
  conversion_rate: ratioProse('conversion_rate', {
    formula: 'conversions / clicks (or sessions)',
    help: 'Conversions divided by clicks, or by sessions: what you pass.',
    numeratorHelp: 'Conversions.',
    denominatorHelp: 'Clicks or sessions.',
    seed: ['SV', 'HS'],
  }),
  bounce_rate: ratioProse('bounce_rate', {
    formula: 'single-page sessions / sessions',
    help: 'Single-page sessions divided by all sessions. Lower is better.',
    numeratorHelp: 'Sessions that left after one page.',
    denominatorHelp: 'All sessions.',
    seed: ['SV', 'HS'],
  }),
  cost_per_lead: ratioProse('cost_per_lead', {
    formula: 'cost / leads',
    help: 'Cost divided by leads, in the sheet’s currency. Lower is better.',
    numeratorHelp: 'Cost, in the sheet’s currency.',
    denominatorHelp: 'Leads.',
    seed: ['SV'],
  }),

  // ----- Awareness -----
  sentiment_score: {
    formula: '(positive − negative) / (positive + negative + neutral)',
    help: 'From −1 (all negative) to +1 (all positive). Neutral mentions count in the denominator when given.',
    seed: ['SV'],
    fn: {
      example: onDataTab('=SENTIMENT_SCORE({positive_mentions}, {negative_mentions}, {neutral_mentions})'),
      params: {
        positive: 'Positive mentions.',
        negative: 'Negative mentions.',
        neutral: 'Neutral mentions.',
      },
    },
  },

  // ----- Customer experience -----
  response_time: {
    formula: 'mean (or median) of replied − received, in hours',
    help: 'Hours from a message to its reply, the mean (default) or the median over rows with both times. Lower is better.',
    seed: ['SV'],
    fn: {
      // Times of messages and replies are not data tab columns: a tab of the user's own.
      example: '=RESPONSE_TIME(Messages!A2:A200, Messages!B2:B200, "median")',
      params: {
        received_at: 'When each message came in: a date or date-time.',
        replied_at: 'When it was answered: a date or date-time.',
        method: '"mean" or "median".',
      },
    },
  },
  response_rate: ratioProse('response_rate', {
    formula: 'replied / received',
    help: 'Messages answered divided by messages received.',
    numeratorHelp: 'Messages answered.',
    denominatorHelp: 'Messages received.',
    seed: [],
  }),
  csat: {
    formula: 'share of ratings in the top two boxes (≥ scale_max − 1)',
    help: 'The share of ratings in the top two boxes (4 and 5 on a 1–5 scale). Ratings must be whole numbers from 1 to scale_max.',
    seed: ['SV', 'HS'],
    fn: {
      example: '=CSAT(Survey!C2:C300)',
      params: {
        ratings: 'Ratings, whole numbers from 1 to scale_max.',
        scale_max: 'The top of the rating scale, from 3 to 100.',
      },
    },
  },
  nps: {
    formula: '(% of scores 9–10) − (% of scores 0–6)',
    help: 'Promoters (9–10) minus detractors (0–6), in percentage points: a score from −100 to +100. Scores must be whole numbers 0–10.',
    seed: ['SV', 'HS'],
    fn: {
      example: '=NPS(Survey!D2:D500)',
      params: { scores: 'Answers to “how likely are you to recommend us”, 0–10.' },
    },
  },

  // ----- Financial -----
  roi: {
    formula: '(revenue − cost) / cost',
    help: 'Profit over cost as a fraction: 0.5 means you made back the cost and half again.',
    seed: ['SV'],
    fn: {
      example: onDataTab('=ROI({revenue}, {cost})'),
      totalExample: onDataTab('=ROI(SUM({revenue}), SUM({cost}))'),
      params: { revenue: 'Revenue from the activity.', cost: 'What it cost.' },
    },
  },
  roas: ratioProse('roas', {
    formula: 'revenue / ad spend',
    help: 'Revenue per unit of ad spend: 3 means three kronor (or dong) back for each one spent.',
    numeratorHelp: 'Revenue from the ads.',
    denominatorHelp: 'Ad spend.',
    seed: [],
  }),
  cpc: ratioProse('cpc', {
    formula: 'cost / clicks',
    help: 'Cost divided by clicks, in the sheet’s currency. Lower is better.',
    numeratorHelp: 'Cost.',
    denominatorHelp: 'Clicks.',
    seed: ['SV', 'HS'],
  }),
  cpm: ratioProse('cpm', {
    formula: 'cost / impressions × 1000',
    help: 'Cost per thousand impressions, in the sheet’s currency. Lower is better.',
    numeratorHelp: 'Cost.',
    denominatorHelp: 'Impressions.',
    seed: ['HS'],
  }),
  cpa: ratioProse('cpa', {
    formula: 'cost / conversions',
    help: 'Cost divided by conversions, in the sheet’s currency. Lower is better.',
    numeratorHelp: 'Cost.',
    denominatorHelp: 'Conversions.',
    seed: [],
  }),
  clv: {
    formula: 'average order value × orders per year × years retained × margin',
    help: 'What a customer is worth over the whole relationship, in the sheet’s currency. Margin (0–1) defaults to 1, i.e. revenue.',
    seed: ['SV'],
    fn: {
      example: '=CLV(450, 3, 4, 0.3)',
      params: {
        average_order_value: 'Average order value.',
        orders_per_year: 'Orders per customer per year.',
        years_retained: 'Years a customer stays.',
        margin: 'Gross margin from 0 to 1; 1 gives lifetime revenue.',
      },
    },
  },

  // ----- Goals -----
  goal_progress: {
    formula: '(current − baseline) / (target − baseline)',
    help: 'How far from baseline to target you have come: 1 is reached, 1.2 is 20 % past it. Works for goals to lower a KPI too. Not clamped.',
    seed: ['SV', 'HS'],
    fn: {
      example: '=GOAL_PROGRESS(0.031, 0.042, 0.036)',
      params: {
        baseline: 'The value when the goal was set.',
        target: 'The value to reach; must differ from the baseline.',
        current: 'The value now.',
      },
    },
  },
} satisfies Record<KpiId, KpiProse>;

/** A KPI's English prose. */
export function kpiProse(id: KpiId): KpiProse {
  return KPI_PROSE[id];
}

/** A custom function's English prose; only formulaic KPIs have one. */
export function functionProse(id: KpiId): FunctionProse {
  const prose: KpiProse = KPI_PROSE[id];
  if (!prose.fn) throw new Error(`No custom function prose for KPI "${id}"`);
  return prose.fn;
}
