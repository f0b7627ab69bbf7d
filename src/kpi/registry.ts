import { ENGAGEMENT_TOTAL_EXAMPLE, onDataTab } from './examples';
import type { DataColumnDefinition, KpiDefinition, KpiFamily, ParamDefinition } from './types';

/*
 * The one definition of every KPI (spec: docs/kpi-definitions.md). Custom function stubs,
 * the sidebar's KPI list, the report and the README reference are all generated from it.
 */

const count = (name: string, description: string, extra: { summed?: boolean } = {}): ParamDefinition => ({
  name,
  kind: 'count',
  description,
  ...extra,
});

const money = (name: string, description: string): ParamDefinition => ({ name, kind: 'money', description });

const POOLED_NOTE = 'For a period total use sums, not an average of rates';

/**
 * Followers are a stock: a period's base is its last day's figure, and the sample rows' last
 * day (rows 97 to 100) has one row per channel, whose followers add up as distinct audiences.
 */
const PERIOD_END_FOLLOWERS = '{followers@97:100}';

/** A data tab column for a report input; engagements are the Likes to Saves columns. */
const columnOf = (input: string): string => (input === 'engagements' ? 'likes:saves' : input);

export const KPIS: readonly KpiDefinition[] = [
  // ----- counted columns (no function; summed or carried in the report) -----
  column('followers', 'Followers', 'reach', 'count', 'stock', 'Followers', [
    'Total followers',
    'Follower count',
    'Page followers',
    'Följare',
    'Antal följare',
    'Người theo dõi',
    'Lượt theo dõi',
    'Số người theo dõi',
  ]),
  column('net_new_followers', 'Net new followers', 'reach', 'count', 'flow', 'Net new followers', [
    'Net followers',
    'Net follower growth',
    'Nettoökning följare',
    'Nya följare netto',
    'Người theo dõi mới ròng',
    'Tăng trưởng người theo dõi ròng',
  ]),
  column('impressions', 'Impressions', 'reach', 'count', 'flow', 'Impressions', [
    'Impressions (total)',
    'Total impressions',
    'Visningar',
    'Exponeringar',
    'Lượt hiển thị',
    'Số lần hiển thị',
  ]),
  column('reach', 'Reach', 'reach', 'people', 'unique', 'Reach', [
    'Accounts reached',
    'Unique impressions',
    'Post reach',
    'Räckvidd',
    'Phạm vi tiếp cận',
    'Lượt tiếp cận',
  ]),
  column('likes', 'Likes', 'engagement', 'count', 'flow', 'Likes', [
    'Reactions',
    'Post reactions',
    'Gilla-markeringar',
    'Gillamarkeringar',
    'Reaktioner',
    'Lượt thích',
    'Cảm xúc',
    'Lượt bày tỏ cảm xúc',
  ]),
  column('comments', 'Comments', 'engagement', 'count', 'flow', 'Comments', [
    'Kommentarer',
    'Bình luận',
    'Lượt bình luận',
  ]),
  column('shares', 'Shares', 'engagement', 'count', 'flow', 'Shares', [
    'Reposts',
    'Retweets',
    'Delningar',
    'Chia sẻ',
    'Lượt chia sẻ',
  ]),
  column('saves', 'Saves', 'engagement', 'count', 'flow', 'Saves', [
    'Saved',
    'Sparade',
    'Sparningar',
    'Lượt lưu',
  ]),
  column('profile_visits', 'Profile visits', 'engagement', 'count', 'flow', 'Profile visits', [
    'Profile views',
    'Page visits',
    'Profilbesök',
    'Lượt truy cập trang cá nhân',
    'Lượt xem trang cá nhân',
  ]),
  column('mentions', 'Brand mentions', 'awareness', 'count', 'flow', 'Mentions', [
    'Brand mentions',
    'Omnämnanden',
    'Lượt đề cập',
    'Lượt nhắc đến',
  ]),
  column(
    'competitor_mentions',
    'Competitor mentions',
    'awareness',
    'count',
    'flow',
    'Competitor mentions',
    ['Konkurrenters omnämnanden', 'Omnämnanden av konkurrenter', 'Lượt đề cập đối thủ'],
    'down',
  ),
  column('positive_mentions', 'Positive mentions', 'awareness', 'count', 'flow', 'Positive mentions', [
    'Positiva omnämnanden',
    'Đề cập tích cực',
  ]),
  column(
    'negative_mentions',
    'Negative mentions',
    'awareness',
    'count',
    'flow',
    'Negative mentions',
    ['Negativa omnämnanden', 'Đề cập tiêu cực'],
    'down',
  ),
  column('neutral_mentions', 'Neutral mentions', 'awareness', 'count', 'flow', 'Neutral mentions', [
    'Neutrala omnämnanden',
    'Đề cập trung lập',
  ]),
  column('clicks', 'Clicks', 'conversion', 'count', 'flow', 'Clicks', [
    'Link clicks',
    'Clicks (all)',
    'Klick',
    'Länkklick',
    'Lượt nhấp',
    'Lượt nhấp vào liên kết',
  ]),
  column('sessions', 'Sessions', 'conversion', 'count', 'flow', 'Sessions', [
    'Sessioner',
    'Besök',
    'Phiên',
    'Phiên truy cập',
  ]),
  column(
    'bounces',
    'Bounces',
    'conversion',
    'count',
    'flow',
    'Bounces',
    ['Bounced sessions', 'Avvisningar', 'Studsar', 'Lượt thoát', 'Phiên thoát'],
    'down',
  ),
  column('conversions', 'Conversions', 'conversion', 'count', 'flow', 'Conversions', [
    'Results',
    'Konverteringar',
    'Chuyển đổi',
    'Lượt chuyển đổi',
  ]),
  column('leads', 'Leads', 'conversion', 'count', 'flow', 'Leads', [
    'Potentiella kunder',
    'Khách hàng tiềm năng',
  ]),
  column(
    'cost',
    'Cost',
    'financial',
    'money',
    'flow',
    'Cost',
    ['Spend', 'Amount spent', 'Ad spend', 'Kostnad', 'Spenderat belopp', 'Chi phí', 'Số tiền đã chi tiêu'],
    'down',
  ),
  column('revenue', 'Revenue', 'financial', 'money', 'flow', 'Revenue', [
    'Purchase value',
    'Intäkter',
    'Intäkt',
    'Doanh thu',
  ]),
  column('messages', 'Messages', 'customer_experience', 'count', 'flow', 'Messages', [
    'Messages received',
    'Meddelanden',
    'Tin nhắn',
    'Tin nhắn nhận được',
  ]),
  column('replies', 'Replies', 'customer_experience', 'count', 'flow', 'Replies', [
    'Messages replied',
    'Svar',
    'Phản hồi',
    'Tin nhắn đã trả lời',
  ]),
  column('testimonials', 'Customer testimonials', 'customer_experience', 'count', 'flow', 'Testimonials', [
    'Customer testimonials',
    'Kundomdömen',
    'Lời chứng thực',
    'Đánh giá của khách hàng',
  ]),
  {
    id: 'engagements',
    label: 'Engagements',
    family: 'engagement',
    unit: 'count',
    direction: 'up',
    formula: 'likes (or reactions) + comments + shares + saves, of those columns the data has',
    help: 'Interactions with your posts. Profile visits, mentions and clicks are counted on their own lines.',
    seed: ['SV', 'HS'],
  },

  // ----- Engagement -----
  {
    id: 'engagement_rate',
    label: 'Engagement rate',
    family: 'engagement',
    unit: 'fraction',
    direction: 'up',
    formula: 'engagements / base',
    help:
      'Engagements divided by a base you choose: reach, impressions or followers. A fraction (0.0425 = 4.25 %). ' +
      POOLED_NOTE +
      `: ${ENGAGEMENT_TOTAL_EXAMPLE}.`,
    seed: ['SV', 'HS'],
    report: { inputs: ['engagements', 'engagement_base'] },
    fn: {
      name: 'ENGAGEMENT_RATE',
      shape: 'elementwise',
      params: [
        count('engagements', 'Likes, comments, shares and saves.', {
          summed: true,
        }),
        count('base', 'Reach, impressions or followers: the base the rate is per.'),
      ],
      example: onDataTab('=ENGAGEMENT_RATE({likes:saves}, {impressions})'),
      totalExample: ENGAGEMENT_TOTAL_EXAMPLE,
    },
  },
  {
    id: 'average_engagement_rate',
    label: 'Average engagement rate',
    family: 'engagement',
    unit: 'fraction',
    direction: 'up',
    formula: 'mean over posts of (post engagements / followers)',
    help: 'The mean of each post’s engagements divided by followers: one value. The one KPI defined as an average of per-post rates.',
    seed: ['HS'],
    report: { inputs: ['engagements', 'followers'], postRows: true },
    fn: {
      name: 'AVERAGE_ENGAGEMENT_RATE',
      shape: 'aggregate',
      params: [
        count('engagements_per_post', 'One row per post: likes, comments, shares and saves.', {
          summed: true,
        }),
        count('followers', 'Followers: one cell for all posts, or one per post.'),
      ],
      example: onDataTab('=AVERAGE_ENGAGEMENT_RATE({likes:saves}, {followers})'),
    },
  },
  ratioKpi('applause_rate', 'Applause rate', 'engagement', 'APPLAUSE_RATE', 'approvals', 'followers', {
    formula: 'likes or reactions / followers',
    help: 'Likes or reactions divided by followers: how much of the audience approves.',
    numeratorHelp: 'Likes or reactions.',
    denominatorHelp: 'Followers.',
    seed: ['HS'],
    perPost: true,
    report: ['likes', 'followers'],
    periodTotal: 'last',
  }),
  ratioKpi(
    'amplification_rate',
    'Amplification rate',
    'engagement',
    'AMPLIFICATION_RATE',
    'shares',
    'followers',
    {
      formula: 'shares / followers',
      help: 'Shares divided by followers: how far your audience carries your posts.',
      numeratorHelp: 'Shares.',
      denominatorHelp: 'Followers.',
      seed: ['HS'],
      perPost: true,
      report: ['shares', 'followers'],
      periodTotal: 'last',
    },
  ),
  ratioKpi('virality_rate', 'Virality rate', 'engagement', 'VIRALITY_RATE', 'shares', 'impressions', {
    formula: 'shares / impressions',
    help: 'Shares divided by impressions.',
    numeratorHelp: 'Shares.',
    denominatorHelp: 'Impressions.',
    seed: [],
    perPost: true,
    report: ['shares', 'impressions'],
  }),
  {
    id: 'follower_quality',
    label: 'Follower quality',
    family: 'engagement',
    unit: 'fraction',
    direction: 'up',
    formula: 'engagements / followers',
    help: 'Engagements divided by followers: the share of the audience that acts. Fake followers pull it down.',
    seed: ['SV'],
    report: { inputs: ['engagements', 'followers'], perPost: true },
    fn: {
      name: 'FOLLOWER_QUALITY',
      shape: 'elementwise',
      params: [
        count('engagements', 'Likes, comments, shares and saves.', { summed: true }),
        count('followers', 'Followers.'),
      ],
      example: onDataTab('=FOLLOWER_QUALITY({likes:saves}, {followers})'),
      totalExample: onDataTab(`=FOLLOWER_QUALITY(SUM({likes:saves}), SUM(${PERIOD_END_FOLLOWERS}))`),
    },
  },

  // ----- Reach -----
  {
    id: 'audience_growth_rate',
    label: 'Audience growth rate',
    family: 'reach',
    unit: 'fraction',
    direction: 'up',
    formula: 'net new followers / total followers at period end',
    help: 'Net new followers (may be negative) divided by total followers at the end of the period.',
    seed: ['SV', 'HS'],
    report: { inputs: ['net_new_followers', 'followers'] },
    fn: {
      name: 'AUDIENCE_GROWTH_RATE',
      shape: 'elementwise',
      params: [
        {
          name: 'net_new_followers',
          kind: 'signed',
          description: 'Followers gained minus lost; may be negative.',
        },
        count('total_followers', 'Total followers at the end of the period.'),
      ],
      // The sample rows hold four channels a day: row 6 is row 2's channel a day later.
      example: onDataTab('=AUDIENCE_GROWTH_RATE({followers@6}-{followers@2}, {followers@6})'),
    },
  },
  {
    id: 'growth_rate',
    label: 'Growth rate',
    family: 'reach',
    unit: 'fraction',
    direction: 'up',
    formula: '(current − previous) / |previous|',
    help: 'Change from the previous value to the current one, for any metric and period. Undefined when previous is 0.',
    seed: ['SV'],
    fn: {
      name: 'GROWTH_RATE',
      shape: 'elementwise',
      params: [
        { name: 'previous', kind: 'signed', description: 'The earlier value, e.g. last month.' },
        { name: 'current', kind: 'signed', description: 'The later value, e.g. this month.' },
      ],
      example: onDataTab('=GROWTH_RATE({impressions@2:96}, {impressions@6:100})'),
    },
  },
  ratioKpi('post_reach_rate', 'Post reach rate', 'reach', 'POST_REACH_RATE', 'reach', 'followers', {
    formula: 'reach / followers',
    help: 'Reach divided by followers: how much of your audience a post reaches. Reach is unique people: do not sum it across posts.',
    numeratorHelp: 'Reach: unique people who saw the post.',
    denominatorHelp: 'Followers.',
    seed: ['SV', 'HS'],
    perPost: true,
    report: ['reach', 'followers'],
    periodTotal: 'none',
  }),
  {
    id: 'potential_reach',
    label: 'Potential reach',
    family: 'reach',
    unit: 'people',
    direction: 'up',
    formula: 'sum of the audiences of accounts that mentioned you × share',
    help: 'The followers of the accounts that mentioned you, summed, times the share that realistically sees it (default 0.02; 0.02–0.05 is realistic).',
    seed: ['HS'],
    fn: {
      name: 'POTENTIAL_REACH',
      shape: 'aggregate',
      params: [
        count('followers_of_mentioners', 'Followers of each account that mentioned you.'),
        {
          name: 'share',
          kind: 'fraction',
          description: 'The share of those audiences that sees the mention, from 0 to 1.',
          optional: { default: 0.02 },
        },
      ],
      // The data tab has no column for the mentioners' audiences: a tab of the user's own.
      example: '=POTENTIAL_REACH(Mentions!C2:C40, 0.03)',
    },
  },
  {
    id: 'share_of_voice',
    label: 'Share of voice',
    family: 'reach',
    unit: 'fraction',
    direction: 'up',
    formula: 'brand mentions / (brand mentions + all competitors’ mentions)',
    help: 'Your mentions as a share of all mentions in your market, yours included.',
    seed: ['SV', 'HS'],
    report: { inputs: ['mentions', 'competitor_mentions'] },
    fn: {
      name: 'SHARE_OF_VOICE',
      shape: 'elementwise',
      params: [
        count('brand_mentions', 'Mentions of your brand.'),
        count('competitor_mentions', 'Mentions of each competitor, a column each.', {
          summed: true,
        }),
      ],
      example: onDataTab('=SHARE_OF_VOICE({mentions}, {competitor_mentions})'),
      totalExample: onDataTab('=SHARE_OF_VOICE(SUM({mentions}), SUM({competitor_mentions}))'),
    },
  },

  // ----- Conversion -----
  ratioKpi('ctr', 'Click-through rate', 'conversion', 'CTR', 'clicks', 'impressions', {
    formula: 'clicks / impressions',
    help: 'Clicks divided by impressions.',
    numeratorHelp: 'Clicks.',
    denominatorHelp: 'Impressions.',
    seed: ['SV', 'HS'],
    report: ['clicks', 'impressions'],
  }),
  ratioKpi('conversion_rate', 'Conversion rate', 'conversion', 'CONVERSION_RATE', 'conversions', 'clicks', {
    formula: 'conversions / clicks (or sessions)',
    help: 'Conversions divided by clicks, or by sessions: what you pass.',
    numeratorHelp: 'Conversions.',
    denominatorHelp: 'Clicks or sessions.',
    seed: ['SV', 'HS'],
    report: ['conversions', 'clicks'],
  }),
  ratioKpi('bounce_rate', 'Bounce rate', 'conversion', 'BOUNCE_RATE', 'bounced_sessions', 'sessions', {
    formula: 'single-page sessions / sessions',
    help: 'Single-page sessions divided by all sessions. Lower is better.',
    numeratorHelp: 'Sessions that left after one page.',
    denominatorHelp: 'All sessions.',
    seed: ['SV', 'HS'],
    report: ['bounces', 'sessions'],
    direction: 'down',
  }),
  ratioKpi('cost_per_lead', 'Cost per lead', 'conversion', 'COST_PER_LEAD', 'cost', 'leads', {
    formula: 'cost / leads',
    help: 'Cost divided by leads, in the sheet’s currency. Lower is better.',
    numeratorHelp: 'Cost, in the sheet’s currency.',
    denominatorHelp: 'Leads.',
    seed: ['SV'],
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
    formula: '(positive − negative) / (positive + negative + neutral)',
    help: 'From −1 (all negative) to +1 (all positive). Neutral mentions count in the denominator when given.',
    seed: ['SV'],
    report: {
      inputs: ['positive_mentions', 'negative_mentions', 'neutral_mentions'],
      optional: ['neutral_mentions'],
    },
    fn: {
      name: 'SENTIMENT_SCORE',
      shape: 'elementwise',
      params: [
        count('positive', 'Positive mentions.'),
        count('negative', 'Negative mentions.'),
        { name: 'neutral', kind: 'count', description: 'Neutral mentions.', optional: { default: 0 } },
      ],
      example: onDataTab('=SENTIMENT_SCORE({positive_mentions}, {negative_mentions}, {neutral_mentions})'),
    },
  },

  // ----- Customer experience -----
  {
    id: 'response_time',
    label: 'Response time',
    family: 'customer_experience',
    unit: 'hours',
    direction: 'down',
    formula: 'mean (or median) of replied − received, in hours',
    help: 'Hours from a message to its reply, the mean (default) or the median over rows with both times. Lower is better.',
    seed: ['SV'],
    fn: {
      name: 'RESPONSE_TIME',
      shape: 'aggregate',
      params: [
        { name: 'received_at', kind: 'date', description: 'When each message came in: a date or date-time.' },
        { name: 'replied_at', kind: 'date', description: 'When it was answered: a date or date-time.' },
        {
          name: 'method',
          kind: 'text',
          description: '"mean" or "median".',
          optional: { default: 'mean' },
        },
      ],
      // Times of messages and replies are not data tab columns: a tab of the user's own.
      example: '=RESPONSE_TIME(Messages!A2:A200, Messages!B2:B200, "median")',
    },
  },
  ratioKpi('response_rate', 'Response rate', 'customer_experience', 'RESPONSE_RATE', 'replied', 'received', {
    formula: 'replied / received',
    help: 'Messages answered divided by messages received.',
    numeratorHelp: 'Messages answered.',
    denominatorHelp: 'Messages received.',
    seed: [],
    report: ['replies', 'messages'],
  }),
  {
    id: 'csat',
    label: 'Customer satisfaction (CSAT)',
    family: 'customer_experience',
    unit: 'fraction',
    direction: 'up',
    formula: 'share of ratings in the top two boxes (≥ scale_max − 1)',
    help: 'The share of ratings in the top two boxes (4 and 5 on a 1–5 scale). Ratings must be whole numbers from 1 to scale_max.',
    seed: ['SV', 'HS'],
    fn: {
      name: 'CSAT',
      shape: 'aggregate',
      params: [
        { name: 'ratings', kind: 'rating', description: 'Ratings, whole numbers from 1 to scale_max.' },
        {
          name: 'scale_max',
          kind: 'whole',
          description: 'The top of the rating scale, from 3 to 100.',
          optional: { default: 5 },
        },
      ],
      example: '=CSAT(Survey!C2:C300)',
    },
  },
  {
    id: 'nps',
    label: 'Net Promoter Score (NPS)',
    family: 'customer_experience',
    unit: 'nps',
    direction: 'up',
    formula: '(% of scores 9–10) − (% of scores 0–6)',
    help: 'Promoters (9–10) minus detractors (0–6), in percentage points: a score from −100 to +100. Scores must be whole numbers 0–10.',
    seed: ['SV', 'HS'],
    fn: {
      name: 'NPS',
      shape: 'aggregate',
      params: [
        {
          name: 'scores',
          kind: 'score',
          description: 'Answers to “how likely are you to recommend us”, 0–10.',
        },
      ],
      example: '=NPS(Survey!D2:D500)',
    },
  },

  // ----- Financial -----
  {
    id: 'roi',
    label: 'Return on investment (ROI)',
    family: 'financial',
    unit: 'fraction',
    direction: 'up',
    formula: '(revenue − cost) / cost',
    help: 'Profit over cost as a fraction: 0.5 means you made back the cost and half again.',
    seed: ['SV'],
    report: { inputs: ['revenue', 'cost'] },
    fn: {
      name: 'ROI',
      shape: 'elementwise',
      params: [money('revenue', 'Revenue from the activity.'), money('cost', 'What it cost.')],
      example: onDataTab('=ROI({revenue}, {cost})'),
      totalExample: onDataTab('=ROI(SUM({revenue}), SUM({cost}))'),
    },
  },
  ratioKpi('roas', 'Return on ad spend (ROAS)', 'financial', 'ROAS', 'revenue', 'ad_spend', {
    formula: 'revenue / ad spend',
    help: 'Revenue per unit of ad spend: 3 means three kronor (or dong) back for each one spent.',
    numeratorHelp: 'Revenue from the ads.',
    denominatorHelp: 'Ad spend.',
    seed: [],
    report: ['revenue', 'cost'],
    unit: 'ratio',
    numeratorKind: 'money',
    denominatorKind: 'money',
  }),
  ratioKpi('cpc', 'Cost per click (CPC)', 'financial', 'CPC', 'cost', 'clicks', {
    formula: 'cost / clicks',
    help: 'Cost divided by clicks, in the sheet’s currency. Lower is better.',
    numeratorHelp: 'Cost.',
    denominatorHelp: 'Clicks.',
    seed: ['SV', 'HS'],
    report: ['cost', 'clicks'],
    direction: 'down',
    unit: 'money',
    numeratorKind: 'money',
  }),
  ratioKpi('cpm', 'Cost per thousand impressions (CPM)', 'financial', 'CPM', 'cost', 'impressions', {
    formula: 'cost / impressions × 1000',
    help: 'Cost per thousand impressions, in the sheet’s currency. Lower is better.',
    numeratorHelp: 'Cost.',
    denominatorHelp: 'Impressions.',
    seed: ['HS'],
    report: ['cost', 'impressions'],
    direction: 'down',
    unit: 'money',
    numeratorKind: 'money',
  }),
  ratioKpi('cpa', 'Cost per acquisition (CPA)', 'financial', 'CPA', 'cost', 'conversions', {
    formula: 'cost / conversions',
    help: 'Cost divided by conversions, in the sheet’s currency. Lower is better.',
    numeratorHelp: 'Cost.',
    denominatorHelp: 'Conversions.',
    seed: [],
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
    formula: 'average order value × orders per year × years retained × margin',
    help: 'What a customer is worth over the whole relationship, in the sheet’s currency. Margin (0–1) defaults to 1, i.e. revenue.',
    seed: ['SV'],
    fn: {
      name: 'CLV',
      shape: 'elementwise',
      params: [
        money('average_order_value', 'Average order value.'),
        { name: 'orders_per_year', kind: 'count', description: 'Orders per customer per year.' },
        { name: 'years_retained', kind: 'count', description: 'Years a customer stays.' },
        {
          name: 'margin',
          kind: 'fraction',
          description: 'Gross margin from 0 to 1; 1 gives lifetime revenue.',
          optional: { default: 1 },
        },
      ],
      example: '=CLV(450, 3, 4, 0.3)',
    },
  },

  // ----- Goals -----
  {
    id: 'goal_progress',
    label: 'Goal progress',
    family: 'goals',
    unit: 'fraction',
    direction: 'up',
    formula: '(current − baseline) / (target − baseline)',
    help: 'How far from baseline to target you have come: 1 is reached, 1.2 is 20 % past it. Works for goals to lower a KPI too. Not clamped.',
    seed: ['SV', 'HS'],
    fn: {
      name: 'GOAL_PROGRESS',
      shape: 'elementwise',
      params: [
        { name: 'baseline', kind: 'signed', description: 'The value when the goal was set.' },
        { name: 'target', kind: 'signed', description: 'The value to reach; must differ from the baseline.' },
        { name: 'current', kind: 'signed', description: 'The value now.' },
      ],
      example: '=GOAL_PROGRESS(0.031, 0.042, 0.036)',
    },
  },
];

/** The columns that identify a data row rather than measure it. */
export const KEY_COLUMNS: Record<'date' | 'channel' | 'post_id' | 'currency', DataColumnDefinition> = {
  date: { header: 'Date', aggregation: 'key', aliases: ['Day', 'Datum', 'Dag', 'Ngày'] },
  channel: {
    header: 'Channel',
    aggregation: 'key',
    aliases: ['Platform', 'Network', 'Kanal', 'Plattform', 'Kênh', 'Nền tảng'],
  },
  post_id: {
    header: 'Post ID',
    aggregation: 'key',
    aliases: ['Post id', 'Content ID', 'Tweet id', 'Inläggs-ID', 'ID bài viết'],
  },
  // The currency of the row's money (ISO code, "SEK"); blank: the spreadsheet's currency.
  currency: {
    header: 'Currency',
    aggregation: 'key',
    aliases: ['Currency code', 'Valuta', 'Tiền tệ', 'Đơn vị tiền tệ'],
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

function column(
  id: string,
  label: string,
  family: KpiFamily,
  unit: KpiDefinition['unit'],
  aggregation: DataColumnDefinition['aggregation'],
  header: string,
  aliases: string[],
  direction: KpiDefinition['direction'] = 'up',
): KpiDefinition {
  const how =
    aggregation === 'stock'
      ? 'a stock: the last value in the month, never summed'
      : aggregation === 'unique'
        ? 'unique people: not additive across days, posts or channels'
        : 'summed over the month';
  return {
    id,
    label,
    family,
    unit,
    direction,
    formula: `data column “${header}”: ${how}`,
    help: `${label}: a column of the data sheet, ${how}.`,
    seed: [],
    column: { header, aggregation, aliases },
  };
}

interface RatioOptions {
  formula: string;
  help: string;
  numeratorHelp: string;
  denominatorHelp: string;
  seed: KpiDefinition['seed'];
  direction?: KpiDefinition['direction'];
  unit?: KpiDefinition['unit'];
  numeratorKind?: 'count' | 'money';
  denominatorKind?: 'count' | 'money';
  /** The report's columns for numerator and denominator; the examples use the same columns. */
  report: readonly [string, string];
  /** A per-post rate: see KpiReportInputs.perPost. */
  perPost?: boolean;
  /**
   * How a period total is written: flows are summed; followers are a stock, so the period's
   * last value is the base; reach is not additive, so no total is suggested at all.
   */
  periodTotal?: 'sum' | 'last' | 'none';
}

/** The many KPIs that are one column over another, element-wise. */
function ratioKpi(
  id: string,
  label: string,
  family: KpiFamily,
  name: string,
  numerator: string,
  denominator: string,
  options: RatioOptions,
): KpiDefinition {
  // Every ratio names its data tab columns: the example is written against them.
  const report = options.report as readonly [string, string];
  return {
    id,
    label,
    family,
    unit: options.unit ?? 'fraction',
    direction: options.direction ?? 'up',
    formula: options.formula,
    help: options.help,
    seed: options.seed,
    ...(options.report
      ? { report: { inputs: options.report, ...(options.perPost ? { perPost: true } : {}) } }
      : {}),
    fn: {
      name,
      shape: 'elementwise',
      params: [
        { name: numerator, kind: options.numeratorKind ?? 'count', description: options.numeratorHelp },
        { name: denominator, kind: options.denominatorKind ?? 'count', description: options.denominatorHelp },
      ],
      example: onDataTab(`=${name}({${columnOf(report[0])}}, {${columnOf(report[1])}})`),
      totalExample: {
        sum: onDataTab(`=${name}(SUM({${columnOf(report[0])}}), SUM({${columnOf(report[1])}}))`),
        last: onDataTab(`=${name}(SUM({${columnOf(report[0])}}), SUM(${PERIOD_END_FOLLOWERS}))`),
        none: undefined,
      }[options.periodTotal ?? 'sum'],
    },
  };
}
