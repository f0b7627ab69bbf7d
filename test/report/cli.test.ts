import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ReportJson } from '../../src/local/cli/report';
import { runReportCli } from './cli-run';

const FIXTURE = join(__dirname, '../fixtures/report-small.csv');

const run = runReportCli;

describe('npm run report (headless)', () => {
  it('says the currency of the money: the locale’s, or the --currency setting', async () => {
    const base = ['--data', FIXTURE, '--month', '2026-10', '--json'];
    expect((JSON.parse((await run(base)).out) as ReportJson).currency).toBe('USD');
    expect((JSON.parse((await run([...base, '--locale', 'vi_VN'])).out) as ReportJson).currency).toBe('VND');
    const sek = JSON.parse(
      (await run([...base, '--locale', 'vi_VN', '--currency', 'sek'])).out,
    ) as ReportJson;
    expect(sek.currency).toBe('SEK');
    // The amounts are the data's, labelled, never converted.
    expect(sek.values['All channels'].cost).toBe(
      (JSON.parse((await run(base)).out) as ReportJson).values['All channels'].cost,
    );
    const bad = await run([...base, '--currency', 'kronor']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--currency "kronor" is not a currency code such as SEK.');
  });

  it('prints a week’s KPIs with its key and kind: 2026-W40 runs from 28 September to 4 October', async () => {
    const { code, out } = await run(['--data', FIXTURE, '--week', '2026-W40', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as ReportJson;
    expect([json.period, json.kind, json.month]).toEqual(['2026-W40', 'week', undefined]);
    // Instagram's rows of 30 September and 1 October: likes summed, followers the later one.
    expect(json.values.Instagram.likes).toBe(250);
    expect(json.values.Instagram.followers).toBe(1050);
    expect(json.values['All channels'].followers).toBe(1550);
    expect(json.values['All channels'].impressions).toBe(9000);
    expect(json.coverage.Instagram).toEqual({ days: 2, daysInPeriod: 7, complete: false });
    // The fixture has no rows in 2026-W39.
    expect(json.previous.Instagram.likes).toBeNull();
  });

  it('prints a quarter’s KPIs against the quarter before', async () => {
    const { code, out } = await run(['--data', FIXTURE, '--quarter', '2026-q4', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as ReportJson;
    expect([json.period, json.kind]).toEqual(['2026-Q4', 'quarter']);
    expect(json.values.Instagram.impressions).toBe(10000);
    expect(json.previous.Instagram.impressions).toBe(4000);
    expect(json.values.Instagram.followers).toBe(1100);
    expect(json.values['All channels'].followers).toBe(1580);
    expect(json.previous['All channels'].followers).toBe(1500);
    expect(json.coverage.Facebook).toEqual({ days: 1, daysInPeriod: 92, complete: false });
  });

  it('prints the month’s KPIs per channel and All channels, as hand-computed from the fixture', async () => {
    const { code, out } = await run(['--data', FIXTURE, '--month', '2026-10', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as ReportJson;
    expect([json.period, json.kind, json.month]).toEqual(['2026-10', 'month', '2026-10']);
    expect(Object.keys(json.values)).toEqual(['Instagram', 'Facebook', 'All channels']);
    const all = json.values['All channels'];
    expect(all.followers).toBe(1580);
    expect(all.impressions).toBe(12500);
    expect(all.reach).toBeNull();
    expect(all.engagements).toBe(475);
    expect(all.engagement_rate).toBeCloseTo(0.038, 12);
    expect(all.clicks).toBe(125);
    expect(all.ctr).toBeCloseTo(0.01, 12);
    expect(all.cost).toBe(200);
    expect(all.cpc).toBeCloseTo(1.6, 12);
    expect(all.audience_growth_rate).toBeCloseTo(80 / 1580, 12);
    expect(all.conversions).toBe(10);
    expect(all.conversion_rate).toBeCloseTo(0.08, 12);
    expect(all.revenue).toBe(460);
    expect(all.roi).toBeCloseTo(1.3, 12);
    expect(json.values.Facebook.reach).toBe(1800);
    // One base per row: impressions for every channel; Facebook's exact reach has a row of its own.
    expect(json.values.Facebook.engagement_rate).toBeCloseTo(75 / 2500, 12);
    expect(json.values.Facebook.engagement_rate_by_reach).toBeCloseTo(75 / 1800, 12);
    expect(json.values.Instagram.engagement_rate_by_reach).toBeNull();
    expect(json.bases).toMatchObject({
      engagement_rate: 'impressions',
      engagement_rate_by_reach: 'reach',
      ctr: 'impressions',
      applause_rate: 'followers',
    });
    // Two rows in October and one in September per channel: far from complete months.
    expect(json.coverage).toEqual({
      Instagram: { days: 2, daysInPeriod: 31, complete: false },
      Facebook: { days: 1, daysInPeriod: 31, complete: false },
    });
    expect(json.previousCoverage).toEqual({
      Instagram: { days: 1, daysInPeriod: 30, complete: false },
      Facebook: { days: 1, daysInPeriod: 30, complete: false },
    });
    expect(json.values.Instagram.roi).toBeCloseTo(1.8, 12);
    expect(json.reachUpperBounds?.values).toEqual({ Instagram: 5000, 'All channels': 6800 });

    const before = json.previous['All channels'];
    expect(before.followers).toBe(1500);
    // Only Facebook has September reach: not All channels' reach, so blank.
    expect(before.reach).toBeNull();
    expect(json.previous.Facebook.reach).toBe(1500);
    expect(before.cpc).toBeCloseTo(2.5, 12);
    expect(before.roi).toBe(0);
    expect(before.audience_growth_rate).toBeNull();
  });

  it('says which months are complete: 20 days of Facebook-only August against a full September', async () => {
    const file = join(__dirname, '../fixtures/report-incomplete-august.csv');
    const { code, out } = await run(['--data', file, '--month', '2025-09', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as ReportJson;
    expect(json.coverage).toEqual({
      Facebook: { days: 30, daysInPeriod: 30, complete: true },
      Instagram: { days: 30, daysInPeriod: 30, complete: true },
      LinkedIn: { days: 30, daysInPeriod: 30, complete: true },
      TikTok: { days: 30, daysInPeriod: 30, complete: true },
    });
    expect(json.previousCoverage).toEqual({
      Facebook: { days: 20, daysInPeriod: 31, complete: false },
      Instagram: { days: 0, daysInPeriod: 31, complete: false },
      LinkedIn: { days: 0, daysInPeriod: 31, complete: false },
      TikTok: { days: 0, daysInPeriod: 31, complete: false },
    });
    // Daily reach only: no exact reach anywhere, so no row by reach, and impressions for all.
    expect(json.bases.engagement_rate).toBe('impressions');
    expect(json.bases.engagement_rate_by_reach).toBeUndefined();
    expect(json.values.Facebook.engagement_rate_by_reach).toBeUndefined();
  });

  it('writes the spreadsheet as xlsx, report tab included', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kpi-report-')), 'report.xlsx');
    const { code } = await run(['--data', FIXTURE, '--month', '2026-10', '--xlsx', file]);
    expect(code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('KPI report 2026-10')!;
    expect(sheet.getCell('A1').value).toBe('Social media KPI report: October 2026');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
  });

  it.each([
    [[], '--data is required.'],
    [['--data', FIXTURE], 'Give the period: --week, --month or --quarter.'],
    [
      ['--data', FIXTURE, '--month', 'October', '--json'],
      '--month: “October” is not a month. Write it as YYYY-MM, such as 2026-10.',
    ],
    [
      ['--data', FIXTURE, '--week', '2026-10', '--json'],
      '--week: “2026-10” is not a week. Write it as YYYY-Www, such as 2026-W43 (ISO weeks run Monday to Sunday).',
    ],
    [
      ['--data', FIXTURE, '--quarter', '2026-Q5', '--json'],
      '--quarter: “2026-Q5” is not a quarter: quarters are numbered Q1 to Q4.',
    ],
    [
      ['--data', FIXTURE, '--week', '2027-W53', '--json'],
      '--week: “2027-W53” is not a week: 2027 has 52 ISO weeks',
    ],
    [
      ['--data', FIXTURE, '--month', '2026-10', '--quarter', '2026-Q4', '--json'],
      'Give only one period, not --month and --quarter.',
    ],
    [['--data', FIXTURE, '--month', '2026-10'], 'Give --json, --xlsx FILE or both.'],
    [['--data', FIXTURE, '--month', '2026-10', '--json', '--pdf'], 'Unknown argument "--pdf".'],
    [['--data', '/no/such.csv', '--month', '2026-10', '--json'], 'Cannot read /no/such.csv.'],
  ])('exits 2 with a usage message for %j', async (args, message) => {
    const { code, err, out } = await run(args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(message);
    expect(err).toContain('Usage: npm run report --');
  });

  it('exits 1 with the report’s own message for a month without data', async () => {
    const { code, err } = await run(['--data', FIXTURE, '--month', '2026-05', '--json']);
    expect(code).toBe(1);
    expect(err).toBe('The data has no rows for May 2026. Months with data: 2026-09, 2026-10.');
  });
});
