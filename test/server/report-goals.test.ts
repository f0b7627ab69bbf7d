import type { Context } from 'node:vm';
import { callGlobal, DIST, loadBundle } from '../support/bundle';
import { reportBook } from '../support/world';
import { REPORT_TEXTS } from '../../src/i18n';
import { COLOURS } from '../../src/report/layout';

const L = REPORT_TEXTS.en;

const ROWS = [
  ['Date', 'Channel', 'Followers', 'Impressions', 'Likes', 'Comments', 'Clicks', 'Cost'],
  ['2026-09-10', 'Instagram', 1000, 10000, 300, 100, 50, 100],
  ['2026-09-15', 'LinkedIn', 500, 5000, 40, 10, 25, 50],
  ['2026-10-10', 'Instagram', 1200, 20000, 500, 100, 100, 120],
  ['2026-10-15', 'LinkedIn', 600, 5000, 90, 10, 50, 60],
];

/** Ended before October: never in October's report. */
const SUMMER_PUSH = {
  what: 'Summer push',
  kpiId: 'clicks',
  channel: null,
  baseline: 50,
  target: '80',
  start: '2026-06-01',
  deadline: '2026-08-31',
  owner: 'Anna',
};

function save(project: Context, goal: Record<string, unknown>): void {
  const saved = callGlobal(project, 'saveGoal', {
    goal: {
      baselineWindow: 'manual',
      baselineMonths: [],
      why: 'Traffic to the shop',
      ...goal,
    },
  }) as { status: string };
  expect(saved.status).toBe('saved');
}

describe('the report’s goal section, from the built bundle', () => {
  it('lists every goal running in the month with baseline, target, current, progress, status and owner', () => {
    const book = reportBook(ROWS, { html: { directory: DIST } });
    const project = loadBundle(book.gas.globals());
    save(project, {
      what: 'More clicks per impression on Instagram',
      kpiId: 'ctr',
      channel: 'Instagram',
      baseline: 0.004,
      target: '0.006',
      start: '2026-09-01',
      deadline: '2026-12-31',
      owner: 'Linh',
    });
    // A user's text that Sheets would run as a formula or read as a number stays text.
    save(project, {
      what: '=HYPERLINK("http://example.com")',
      kpiId: 'cpc',
      channel: null,
      baseline: 2,
      target: '1',
      start: '2026-10-01',
      deadline: '2027-03-31',
      owner: '+46 70 123 45 67',
    });
    // Ended before October: not in October's report.
    save(project, SUMMER_PUSH);

    const built = callGlobal(project, 'buildMonthlyReport', '2026-10') as { ok: boolean; tabName: string };
    expect(built.ok).toBe(true);
    const sheet = book.gas.spreadsheet.sheetNamed(built.tabName)!;
    const values = sheet.getDataRange().getValues();
    const header = values.findIndex((cells) => cells[0] === L.goalColumns[0] && cells[9] === 'Owner');
    expect(values[header].slice(0, 10)).toEqual(L.goalColumns);
    const goals = values.slice(header + 1, header + 4);

    // Instagram CTR in October: 100 clicks / 20000 impressions; progress (0.005 − 0.004) / (0.006 − 0.004).
    expect(goals[0].slice(0, 10)).toEqual([
      'More clicks per impression on Instagram',
      L.kpis.ctr,
      'Instagram',
      0.004,
      0.006,
      100 / 20000,
      0.5,
      46387, // 2026-12-31 as Sheets counts days: a date cell, shown by its format
      'On track',
      'Linh',
    ]);
    expect(sheet.getRange(header + 2, 8).getDisplayValue()).toBe('2026-12-31');
    // All channels' CPC in October: 180 cost / 150 clicks = 1.2; progress (1.2 − 2) / (1 − 2) = 0.8.
    expect(goals[1][0]).toBe('=HYPERLINK("http://example.com")');
    expect(sheet.getRange(header + 3, 1).getFormula()).toBe('');
    expect(goals[1].slice(1, 7)).toEqual([L.kpis.cpc, L.allChannels, 2, 1, 1.2, expect.any(Number)]);
    expect(goals[1][6]).toBeCloseTo(0.8, 12);
    expect(goals[1][9]).toBe('+46 70 123 45 67');
    // The third line is no goal: the summer goal is not active in October.
    expect(values.some((cells) => cells[0] === 'Summer push')).toBe(false);
    expect(goals[2][0]).toBe('');

    // The progress column is a colour scale from 0 (nothing done) to 1 (target reached).
    const scale = sheet.conditionalFormatRules.map((rule) => rule.spec).find((spec) => spec.gradient);
    expect(scale?.ranges.map((range) => range.getA1Notation())).toEqual([`G${header + 2}:G${header + 3}`]);
    expect(scale?.gradient).toEqual({
      min: { color: COLOURS.progressNone, type: 'NUMBER', value: '0' },
      mid: { color: COLOURS.progressHalf, type: 'NUMBER', value: '0.5' },
      max: { color: COLOURS.progressDone, type: 'NUMBER', value: '1' },
    });
  });

  it('says no goal runs in the month, not "no goals yet", when the goals set are all elsewhere in time', () => {
    const book = reportBook(ROWS, { html: { directory: DIST } });
    const project = loadBundle(book.gas.globals());
    save(project, SUMMER_PUSH);
    const built = callGlobal(project, 'buildMonthlyReport', '2026-10') as { ok: boolean; tabName: string };
    expect(built.ok).toBe(true);
    const firstColumn = book.gas.spreadsheet
      .sheetNamed(built.tabName)!
      .getDataRange()
      .getValues()
      .map((cells) => cells[0]);
    expect(firstColumn).toContain(L.goalsNoneRunning('October 2026', 1));
    expect(firstColumn).toContain(
      'No goal runs in October 2026: the one goal set starts later or ended earlier.',
    );
    expect(firstColumn).not.toContain(L.goalsPlaceholder);
  });
});
