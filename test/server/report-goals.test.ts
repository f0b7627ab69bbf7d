import { callGlobal, loadBundle } from '../support/bundle';
import { workbookWith } from '../report/fake-sheet';

const ROWS = [
  ['Date', 'Channel', 'Followers', 'Impressions', 'Likes', 'Comments', 'Clicks'],
  ['2026-09-10', 'Instagram', 1000, 10000, 300, 100, 50],
  ['2026-09-15', 'LinkedIn', 500, 5000, 40, 10, 25],
  ['2026-10-10', 'Instagram', 1200, 20000, 500, 100, 100],
  ['2026-10-15', 'LinkedIn', 600, 5000, 90, 10, 50],
];

describe('the report’s goal section, from the built bundle', () => {
  it('lists a saved goal with the current value the report itself shows', () => {
    const book = workbookWith(ROWS);
    const project = loadBundle(book.fake.globals());
    const saved = callGlobal(project, 'saveGoal', {
      goal: {
        what: 'More clicks per impression on Instagram',
        kpiId: 'ctr',
        channel: 'Instagram',
        baseline: 0.004,
        baselineWindow: 'manual',
        baselineMonths: [],
        target: '0.006',
        start: '2026-09-01',
        deadline: '2026-12-31',
        owner: 'Linh',
        why: 'Traffic to the shop',
      },
    }) as { status: string };
    expect(saved.status).toBe('saved');

    const built = callGlobal(project, 'buildMonthlyReport', '2026-10') as { ok: boolean; tabName: string };
    expect(built.ok).toBe(true);
    const values = book.fake.spreadsheet.getSheetByName(built.tabName)!.getDataRange().getValues();
    const row = values.find((cells) => cells[0] === 'More clicks per impression on Instagram');
    expect(row).toBeDefined();
    // Instagram CTR in October: 100 clicks / 20000 impressions; progress (0.005 − 0.004) / (0.006 − 0.004).
    expect(row!.slice(3, 7)).toEqual([0.004, 0.006, 100 / 20000, 0.5]);
  });
});
