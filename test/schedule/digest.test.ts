import { DIGEST_TEXTS } from '../../src/i18n';
import {
  composeDigest,
  formatChange,
  parseAddressList,
  rankedChanges,
  type DigestSummary,
} from '../../src/schedule/digest';

const summary: DigestSummary = {
  period: { kind: 'week', year: 2026, index: 43 },
  spreadsheetName: 'Social <b>team</b> & co',
  reportTabName: 'KPI report 2026-W43',
  reportUrl: 'https://docs.google.com/spreadsheets/d/abc/edit#gid=42',
  changes: [
    { kpi: 'Engagement rate', channel: 'Instagram', change: 0.12, good: true },
    { kpi: 'Reach', channel: 'TikTok', change: 0.4, good: true },
    { kpi: 'Likes', channel: 'Facebook', change: 0.05, good: true },
    { kpi: 'Comments', channel: 'LinkedIn', change: 0.01, good: true },
    { kpi: 'CPC', channel: 'Facebook', change: 0.3, good: false },
    { kpi: 'CTR', channel: '<script>alert(1)</script>', change: -0.2, good: false },
    { kpi: 'Followers', channel: 'X', change: 0.9, good: null },
  ],
  goals: [
    { what: 'Raise engagement by 35 %', onTrack: true },
    { what: 'Cut CPC "a lot"', onTrack: false },
  ],
  warnings: ['Facebook: 5 of 7 days in 2026-W43'],
};

describe('the team digest', () => {
  it('names the three largest improvements and declines of complete periods, largest first', () => {
    const { improvements, declines } = rankedChanges(summary.changes);
    expect(improvements.map((c) => c.kpi)).toEqual(['Reach', 'Engagement rate', 'Likes']);
    // A rise in a ↓ KPI (CPC) is a decline; an incomplete comparison (Followers) is not ranked.
    expect(declines.map((c) => c.kpi)).toEqual(['CPC', 'CTR']);
  });

  it('writes the period, the changes, the goals, the warnings and the link as plain text in English', () => {
    const digest = composeDigest(summary, DIGEST_TEXTS.en, 'en');
    expect(digest.subject).toBe('KPI report 2026-W43: Social <b>team</b> & co');
    expect(digest.text).toBe(
      [
        'The KPI report for 2026-W43 (2026-10-19 – 2026-10-25) is ready in “Social <b>team</b> & co”.',
        '',
        'Largest improvements',
        '- Reach (TikTok): +40.0 %',
        '- Engagement rate (Instagram): +12.0 %',
        '- Likes (Facebook): +5.0 %',
        '',
        'Largest declines',
        '- CPC (Facebook): +30.0 %',
        '- CTR (<script>alert(1)</script>): −20.0 %',
        '',
        'Goals on track',
        '- Raise engagement by 35 %',
        '',
        'Goals off track',
        '- Cut CPC "a lot"',
        '',
        'Data quality',
        '- Facebook: 5 of 7 days in 2026-W43',
        '',
        'Open the report: https://docs.google.com/spreadsheets/d/abc/edit#gid=42',
        'Tab: KPI report 2026-W43',
        '',
        'Sent by Social KPIs for Google Sheets. Changes compare complete periods only.',
      ].join('\n'),
    );
  });

  it('escapes every user value in the HTML, so a channel named <script> is text', () => {
    const { html } = composeDigest(summary, DIGEST_TEXTS.en, 'en');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>team</b>');
    expect(html).toContain('<li>CTR (&lt;script&gt;alert(1)&lt;/script&gt;): −20.0 %</li>');
    expect(html).toContain('“Social &lt;b&gt;team&lt;/b&gt; &amp; co”');
    expect(html).toContain('<li>Cut CPC &quot;a lot&quot;</li>');
    expect(html).toContain(
      '<a href="https://docs.google.com/spreadsheets/d/abc/edit#gid=42">Open the report</a>',
    );
  });

  it('leaves out a link that is not an https address', () => {
    const { html, text } = composeDigest(
      { ...summary, reportUrl: 'javascript:alert(1)' },
      DIGEST_TEXTS.en,
      'en',
    );
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('<a ');
    expect(text).not.toContain('javascript:');
  });

  it('says "None." for an empty section, and marks a test send', () => {
    const empty = { ...summary, changes: [], goals: [], warnings: [], test: true };
    const { text, html } = composeDigest(empty, DIGEST_TEXTS.en, 'en');
    expect(text.startsWith('Test: this digest was sent to you alone.\n')).toBe(true);
    expect(text).toContain('Largest improvements\nNone.\n');
    expect(html).toContain('<h3>Data quality</h3>\n<p>None.</p>');
  });

  it('is written in Swedish and Vietnamese, with a decimal comma', () => {
    const sv = composeDigest(summary, DIGEST_TEXTS.sv, 'sv');
    expect(sv.subject).toBe('KPI-rapport 2026-W43: Social <b>team</b> & co');
    expect(sv.text).toContain(
      'KPI-rapporten för 2026-W43 (2026-10-19 – 2026-10-25) är klar i ”Social <b>team</b> & co”.',
    );
    expect(sv.text).toContain('Största förbättringarna\n- Reach (TikTok): +40,0 %');
    expect(sv.text).toContain('Mål som ligger efter\n- Cut CPC "a lot"');
    const vi = composeDigest(summary, DIGEST_TEXTS.vi, 'vi');
    expect(vi.subject).toBe('Báo cáo KPI 2026-W43: Social <b>team</b> & co');
    expect(vi.text).toContain(
      'Giảm sút nhiều nhất\n- CPC (Facebook): +30,0 %\n- CTR (<script>alert(1)</script>): −20,0 %',
    );
    expect(vi.html).toContain('<h3>Mục tiêu đúng tiến độ</h3>');
    expect(vi.html).not.toContain('<script>');
  });

  it('formats a change with its sign, one decimal and the language’s decimal mark', () => {
    expect(formatChange(0.1234, 'en')).toBe('+12.3 %');
    expect(formatChange(-0.05, 'sv')).toBe('−5,0 %');
    expect(formatChange(0, 'vi')).toBe('0,0 %');
  });
});

describe('the digest’s address list', () => {
  const en = DIGEST_TEXTS.en;

  it('reads addresses separated by commas, semicolons or new lines, dropping repeats in another case', () => {
    expect(parseAddressList(' boss@example.se; Team@Example.se,\nteam@example.se\n\n', en)).toEqual({
      ok: true,
      addresses: ['boss@example.se', 'Team@Example.se'],
    });
  });

  it('sends nothing without a list', () => {
    expect(parseAddressList('  , ;', en)).toEqual({
      ok: false,
      message: 'Digest recipients: add at least one email address, or turn the digest off.',
    });
    expect(parseAddressList(undefined, en)).toMatchObject({ ok: false });
  });

  it('refuses the whole list for a bad address, naming every bad one, in each language', () => {
    expect(parseAddressList('boss@example.se, anna at example.se, bo@', en)).toEqual({
      ok: false,
      message:
        'Digest recipients: “anna at example.se”, “bo@” are not email addresses. Separate addresses with commas.',
    });
    expect(parseAddressList('boss@example', DIGEST_TEXTS.sv)).toEqual({
      ok: false,
      message:
        'Mottagare av sammanfattningen: ”boss@example” är ingen e-postadress. Skilj adresserna åt med kommatecken.',
    });
    expect(parseAddressList('binh', DIGEST_TEXTS.vi)).toEqual({
      ok: false,
      message:
        'Người nhận bản tóm tắt: “binh” không phải là địa chỉ email. Hãy ngăn cách các địa chỉ bằng dấu phẩy.',
    });
  });

  it('refuses more than the 50 recipients one email may have', () => {
    const list = Array.from({ length: 51 }, (_, i) => `m${i}@example.se`).join(',');
    expect(parseAddressList(list, en)).toEqual({
      ok: false,
      message: 'Digest recipients: 51 addresses is more than the 50 one email can go to.',
    });
  });
});
