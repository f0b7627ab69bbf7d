import { buildReport, REPORT_METADATA_KEY } from '../../src/report/actions';
import { REPORT_TEXTS } from '../../src/i18n';
import { ALL_CHANNELS } from '../../src/report/model';
import { prepareReport } from '../../src/report/prepare';
import { reportBook } from '../support/world';
import { rowOf, table, tabValues } from './helpers';

/*
 * Weekly and quarterly reports (issue 16 §1): the month's rules on ISO weeks and quarters. The
 * expected figures are worked out by hand from the rows below: 2026-W01 runs from Monday
 * 29 December 2025 to Sunday 4 January 2026, across a month end and a year end; 2025 has 52 ISO
 * weeks, so the week before is 2025-W52 (22–28 December 2025).
 */

const HEADERS = ['Date', 'Channel', 'Likes', 'Followers', 'Impressions'];

/** yyyy-mm-dd of the day `offset` days after `start`. */
function dayAfter(start: string, offset: number): string {
  const date = new Date(`${start}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

const texts = (values: unknown[][]) => values.map((row) => row[0]);

/**
 * Instagram every day from 22 December 2025 to 4 January 2026: 10 likes a day in 2025-W52, then
 * 1, 2, … 7 likes on the days of 2026-W01 (28); followers 100 + the day's place, so 113 on
 * 4 January. Facebook every day of 2025-W52 (5 likes a day) and only Monday to Friday of
 * 2026-W01 (29 December – 2 January, 4 likes a day), followers 50 then 60.
 */
function weeklyRows(): unknown[][] {
  const rows: unknown[][] = [];
  for (let i = 0; i < 14; i++) {
    const day = dayAfter('2025-12-22', i);
    rows.push([day, 'Instagram', i < 7 ? 10 : i - 6, 100 + i, 1000]);
    if (i < 7) rows.push([day, 'Facebook', 5, 50, 500]);
    else if (i < 12) rows.push([day, 'Facebook', 4, 60, 400]);
  }
  return table(HEADERS, ...rows);
}

describe('a weekly report', () => {
  const book = reportBook(weeklyRows(), { now: new Date('2026-01-12T09:00:00Z') });
  const result = buildReport(book.services, { period: '2026-W01', alert: false });
  const values = tabValues(book, 'KPI report 2026-W01');

  it('is built in a tab named by the week, marked with the week’s key', () => {
    expect(result).toMatchObject({ ok: true, tabName: 'KPI report 2026-W01' });
    const sheet = book.gas.spreadsheet.getSheetByName('KPI report 2026-W01')!;
    expect(sheet.getDeveloperMetadata().map((entry) => [entry.getKey(), entry.getValue()])).toEqual([
      [REPORT_METADATA_KEY, '2026-W01 2026-01-12T09:00:00.000Z'],
    ]);
    expect(book.gas.spreadsheet.toasts.map((toast) => toast.message)[0]).toBe(
      'Building the KPI report for Week 1, 2026…',
    );
  });

  it('names the week and the week before it in the title and the headers', () => {
    expect(values[0][0]).toBe('Social media KPI report: Week 1, 2026');
    expect(values[1][0]).toBe('Period: Week 1, 2026, compared with Week 52, 2025');
    expect(values[5].slice(0, 8)).toEqual([
      '',
      'W1 2026',
      'Change',
      'W1 2026',
      'Change',
      'W1 2026',
      'W52 2025',
      'Change',
    ]);
  });

  it('sums flows over the ISO week across the month end and the year end, and takes stocks at its end', () => {
    // Columns: Instagram now, change; Facebook now, change; All channels now, before, change.
    const likes = rowOf(values, 'Likes');
    expect(likes.slice(1, 8)).toEqual([28, (28 - 70) / 70, 20, (20 - 35) / 35, 48, 105, expect.any(Number)]);
    const followers = rowOf(values, 'Followers');
    expect(followers.slice(1, 2)).toEqual([113]);
    expect(followers[3]).toBe(60);
    // All channels adds the channels' followers: 113 + 60 now, 106 + 50 the week before.
    expect(followers.slice(5, 7)).toEqual([173, 156]);
    expect(result.ok && result.model.columns).toEqual(['Instagram', 'Facebook', ALL_CHANNELS]);
  });

  it('compares All channels only over the channels complete in both weeks, and says so', () => {
    // Facebook covers 5 of 7 days of 2026-W01: All channels' change is Instagram's alone.
    expect(rowOf(values, 'Likes')[7]).toBeCloseTo((28 - 70) / 70, 10);
    expect(texts(values)).toContain('Facebook: 5 of 7 days in Week 1, 2026.');
    expect(texts(values)).toContain(
      'All channels’ change compares only Instagram, the channels complete in both weeks; left out: Facebook.',
    );
    expect(texts(values)).toContain(
      'Weeks not complete for a channel: their changes are not coloured and are marked *.',
    );
  });

  it('words the footnotes and the trend by the week', () => {
    expect(texts(values)).toContain(
      'Change = (this week − last week) ÷ |last week|, blank when last week is missing or zero. Green is good news for that KPI (a falling cost per click is green), red is bad news.',
    );
    expect(texts(values)).toContain(
      'Followers is the last value in each week, never a sum. All channels adds the channels’ followers because each account is a distinct audience.',
    );
    expect(texts(values)).toContain(
      'Goals are set per month: this report measures them in January 2026, the month that holds the period’s last day.',
    );
    const trendHeader = values.findIndex((row) => row[0] === 'Week');
    expect(trendHeader).toBeGreaterThan(0);
    // Twelve weeks ending with 2026-W01: 2025-W42 … 2025-W52, then 2026-W01.
    expect(values[trendHeader + 1][0]).toBe('W42 2025');
    // Impressions, then engagements (the likes): 7 × 1000 + 7 × 500, and 7 × 1000 + 5 × 400.
    expect(values[trendHeader].slice(0, 3)).toEqual(['Week', 'Impressions', 'Engagements']);
    expect(values[trendHeader + 11].slice(0, 3)).toEqual(['W52 2025', 10500, 105]);
    expect(values[trendHeader + 12].slice(0, 3)).toEqual(['W1 2026', 9000, 48]);
    expect(result.ok && result.model.trend.periods).toHaveLength(12);
    const flat = values.flat().filter((cell): cell is string => typeof cell === 'string');
    expect(
      flat.filter((text) => /\bmonths?\b/i.test(text) && !text.startsWith('Goals are set per month')),
    ).toEqual([]);
  });

  it('is never complete while the week runs', () => {
    const running = reportBook(weeklyRows(), { now: new Date('2026-01-03T09:00:00Z') });
    const built = buildReport(running.services, { period: '2026-W01', alert: false });
    expect(
      built.ok && built.model.coverage.map((c) => [c.days, c.daysInPeriod, c.complete, c.running]),
    ).toEqual([
      [7, 7, false, true],
      [5, 7, false, true],
    ]);
    expect(texts(tabValues(running, 'KPI report 2026-W01'))).toContain(
      'Instagram: 7 of 7 days in Week 1, 2026 (the week has not ended).',
    );
  });

  it('measures goals on the data by month, in the month that holds the week’s last day', () => {
    const asked: Array<{ month: string; kind: string; months: readonly number[] }> = [];
    const prepared = prepareReport(weeklyRows(), {
      labels: REPORT_TEXTS.en,
      timeZone: 'Europe/Stockholm',
      locale: 'en_US',
      now: new Date('2026-01-12T09:00:00Z'),
      sheetName: 'KPI data',
      kind: 'week',
      period: 202601,
      currency: 'USD',
      goals: (read, month) => {
        asked.push({ month, kind: read.data.kind, months: read.months });
        return { rows: [], notRunning: 0 };
      },
    });
    expect(prepared.ok).toBe(true);
    expect(asked).toEqual([{ month: '2026-01', kind: 'month', months: [202512, 202601] }]);
  });
});

/**
 * Instagram every day of July to December 2026: 1 like a day in Q3 (92), 2 a day in Q4 (184);
 * followers 1000 + the day's place from 1 July, so 1091 on 30 September and 1183 on
 * 31 December. Facebook only in October (31 of Q4's 92 days), 3 likes a day.
 */
function quarterlyRows(): unknown[][] {
  const rows: unknown[][] = [];
  for (let i = 0; i < 184; i++) {
    const day = dayAfter('2026-07-01', i);
    rows.push([day, 'Instagram', i < 92 ? 1 : 2, 1000 + i, 100]);
    if (day.startsWith('2026-10')) rows.push([day, 'Facebook', 3, 70, 50]);
  }
  return table(['Date', 'Channel', 'Likes', 'Followers', 'Impressions'], ...rows);
}

describe('a quarterly report', () => {
  const book = reportBook(quarterlyRows(), { now: new Date('2027-01-05T09:00:00Z') });
  const result = buildReport(book.services, {
    period: { kind: 'quarter', year: 2026, index: 4 },
    alert: false,
  });
  const values = tabValues(book, 'KPI report 2026-Q4');

  it('sums flows over the quarter, takes followers at its end and compares with the quarter before', () => {
    expect(result).toMatchObject({ ok: true, tabName: 'KPI report 2026-Q4' });
    expect(values[0][0]).toBe('Social media KPI report: Q4 2026');
    expect(values[1][0]).toBe('Period: Q4 2026, compared with Q3 2026');
    const likes = rowOf(values, 'Likes');
    // Instagram: 184 now, +100 % on 92; Facebook: 93, no Q3 rows, so no change.
    expect(likes.slice(1, 5)).toEqual([184, 1, 93, '']);
    expect(rowOf(values, 'Followers').slice(1, 2)).toEqual([1183]);
    // Net new followers from the change in followers: 1183 − 1091.
    expect(rowOf(values, 'Net new followers')[1]).toBe(92);
    const sheet = book.gas.spreadsheet.getSheetByName('KPI report 2026-Q4')!;
    expect(sheet.getDeveloperMetadata()[0].getValue()).toBe('2026-Q4 2027-01-05T09:00:00.000Z');
  });

  it('counts completeness over the quarter’s days and trends over eight quarters', () => {
    expect(result.ok && result.model.coverage.map((c) => [c.days, c.daysInPeriod, c.complete])).toEqual([
      [92, 92, true],
      [31, 92, false],
    ]);
    expect(texts(values)).toContain('Facebook: 31 of 92 days in Q4 2026.');
    expect(result.ok && result.model.trend.periods).toEqual([
      20251, 20252, 20253, 20254, 20261, 20262, 20263, 20264,
    ]);
    const trendHeader = values.findIndex((row) => row[0] === 'Quarter');
    // Impressions 92 × 100 + 31 × 50, engagements 184 + 93.
    expect(values[trendHeader + 8].slice(0, 3)).toEqual(['Q4 2026', 10750, 277]);
    const prepared = prepareReport(quarterlyRows(), {
      labels: REPORT_TEXTS.en,
      timeZone: 'Europe/Stockholm',
      locale: 'en_US',
      now: new Date('2027-01-05T09:00:00Z'),
      sheetName: 'KPI data',
      kind: 'quarter',
      period: 20264,
      currency: 'USD',
    });
    expect(prepared.ok && prepared.layout.charts.map((chart) => chart.title)).toEqual([
      'Headline KPIs, last 8 quarters (All channels)',
      'Channels compared, Q4 2026',
    ]);
  });

  it('is written in Swedish and Vietnamese by the quarter', () => {
    for (const [locale, tab, title, line] of [
      [
        'sv_SE',
        'KPI-rapport 2026-Q4',
        'KPI-rapport för sociala medier: kvartal 4 2026',
        'Förändring = (det här kvartalet − förra kvartalet) ÷ |förra kvartalet|, tom när förra kvartalet saknas eller är noll. Grönt är goda nyheter för den KPI:n (en sjunkande kostnad per klick är grön), rött är dåliga nyheter.',
      ],
      [
        'vi_VN',
        'Báo cáo KPI 2026-Q4',
        'Báo cáo KPI mạng xã hội: quý 4 năm 2026',
        'Facebook: 31/92 ngày trong quý 4 năm 2026.',
      ],
    ]) {
      const local = reportBook(quarterlyRows(), { locale, now: new Date('2027-01-05T09:00:00Z') });
      expect(buildReport(local.services, { period: '2026-Q4', alert: false })).toMatchObject({
        ok: true,
        tabName: tab,
      });
      const cells = tabValues(local, tab);
      expect(cells[0][0]).toBe(title);
      expect(texts(cells)).toContain(line);
    }
  });
});

describe('a weekly report in Swedish and Vietnamese', () => {
  it.each([
    [
      'sv_SE',
      'KPI-rapport 2026-W01',
      'KPI-rapport för sociala medier: vecka 1 2026',
      'Facebook: 5 av 7 dagar i vecka 1 2026.',
    ],
    [
      'vi_VN',
      'Báo cáo KPI 2026-W01',
      'Báo cáo KPI mạng xã hội: tuần 1 năm 2026',
      'Facebook: 5/7 ngày trong tuần 1 năm 2026.',
    ],
  ])('in %s names the week', (locale, tab, title, coverage) => {
    const book = reportBook(weeklyRows(), { locale, now: new Date('2026-01-12T09:00:00Z') });
    expect(buildReport(book.services, { period: '2026-w01', alert: false })).toMatchObject({
      ok: true,
      tabName: tab,
    });
    const values = tabValues(book, tab);
    expect(values[0][0]).toBe(title);
    expect(texts(values)).toContain(coverage);
    // No text names the month, but the goals' footnote, which says which month goals are measured in.
    const month = locale === 'sv_SE' ? /månad/i : /tháng/i;
    const flat = values.flat().filter((cell): cell is string => typeof cell === 'string');
    expect(flat.filter((text) => month.test(text))).toEqual([
      locale === 'sv_SE'
        ? 'Mål sätts per månad: den här rapporten mäter dem i januari 2026, månaden som innehåller periodens sista dag.'
        : 'Mục tiêu được đặt theo tháng: báo cáo này đo chúng trong tháng 1 năm 2026, tháng chứa ngày cuối cùng của kỳ báo cáo.',
    ]);
  });
});

describe('buildReport given a bad period', () => {
  it.each([
    [
      'en_US',
      '2026-W54',
      'Build report: “2026-W54” is not a week: 2026 has 53 ISO weeks, numbered 01 to 53.',
    ],
    [
      'en_US',
      202643,
      'Build report: the period must be text such as "2026-W43", "2026-10" or "2026-Q4", not 202643.',
    ],
    ['sv_SE', '2026-Q5', 'Skapa rapport: ”2026-Q5” är inget kvartal: kvartalen numreras Q1 till Q4.'],
  ])('in %s, %j: a message naming the field, and no tab', (locale, period, message) => {
    const book = reportBook(weeklyRows(), { locale });
    const tabs = book.gas.spreadsheet.sheets.length;
    expect(buildReport(book.services, { period, alert: false })).toEqual({ ok: false, message });
    expect(book.gas.spreadsheet.sheets).toHaveLength(tabs);
  });

  it('names the week the data lacks, and the weeks it has', () => {
    const book = reportBook(weeklyRows(), { now: new Date('2026-01-12T09:00:00Z') });
    expect(buildReport(book.services, { period: '2026-W05', alert: false })).toEqual({
      ok: false,
      message: 'The data has no rows for Week 5, 2026. Weeks with data: 2025-W52, 2026-W01.',
    });
  });
});
