import fc from 'fast-check';
import {
  GOAL_HEADERS,
  goalToCells,
  goalToRow,
  columnMap,
  parseGoalsTable,
  type Cell,
} from '../../src/goals/sheet';
import type { Goal } from '../../src/goals/types';

const goal = (overrides: Partial<Goal> = {}): Goal => ({
  id: 'G-1',
  version: 3,
  what: 'Raise engagement',
  kpiId: 'engagement_rate',
  channel: 'Instagram',
  baseline: 0.04,
  baselineWindow: 'last_3_months',
  baselineMonths: ['2025-07', '2025-08', '2025-09'],
  target: '+35 %',
  targetValue: 0.054,
  start: '2025-10-06',
  deadline: '2026-02-06',
  owner: 'anna@example.se',
  why: 'Reach follows engagement.',
  updatedBy: 'anna@example.se',
  updatedAt: '2025-10-06T09:00:00.000Z',
  ...overrides,
});

/** What Sheets stores for a written row: a leading apostrophe is dropped and the rest kept. */
const stored = (row: Array<string | number>): Cell[] =>
  row.map((c) => (typeof c === 'string' && c.startsWith("'") ? c.slice(1) : c));

describe('Goals tab rows', () => {
  test('every non-empty text is written with an apostrophe, numbers as numbers', () => {
    const cells = goalToCells(goal({ what: '=HYPERLINK("x")', target: '+35 %', why: '' }));
    expect(cells.what).toBe('\'=HYPERLINK("x")');
    expect(cells.target).toBe("'+35 %");
    expect(cells.why).toBe('');
    expect(cells.baseline).toBe(0.04);
    expect(cells.version).toBe(3);
    expect(cells.channel).toBe("'Instagram");
    expect(goalToCells(goal({ channel: null })).channel).toBe("'All channels");
  });

  test('a row reads back as the same goal', () => {
    const values = [GOAL_HEADERS, stored(goalToRow(goal(), columnMap(GOAL_HEADERS)))];
    expect(parseGoalsTable(values, 'Europe/Stockholm').goals.map((g) => g.goal)).toEqual([goal()]);
  });

  test('tolerates reordered rows, blank rows, extra columns and a reordered header', () => {
    const extra = [...GOAL_HEADERS, 'Our notes'];
    const a = stored(goalToRow(goal({ id: 'A' }), columnMap(GOAL_HEADERS)));
    const b = stored(goalToRow(goal({ id: 'B', channel: null }), columnMap(GOAL_HEADERS)));
    const table = parseGoalsTable([extra, [...b, 'ours'], Array(17).fill(''), [...a, '']], 'UTC');
    expect(table.goals.map((g) => [g.goal.id, g.row])).toEqual([
      ['B', 2],
      ['A', 4],
    ]);
    expect(table.goals[0].goal.channel).toBeNull();
    expect(table.problems).toEqual([]);

    // Columns swapped by a teammate are found by their headers.
    const swapped = [...GOAL_HEADERS];
    [swapped[1], swapped[12]] = [swapped[12], swapped[1]];
    const map = columnMap(swapped);
    expect(map.what).toBe(12);
    const row = stored(goalToRow(goal(), map));
    expect(row[12]).toBe('Raise engagement');
    expect(parseGoalsTable([swapped, row], 'UTC').goals[0].goal).toEqual(goal());
  });

  test('unreadable rows are reported with their row number, not dropped and not fatal', () => {
    const good = stored(goalToRow(goal({ id: 'A' }), columnMap(GOAL_HEADERS)));
    const noId = [...good];
    noId[0] = '';
    const badVersion = stored(goalToRow(goal({ id: 'B' }), columnMap(GOAL_HEADERS)));
    badVersion[13] = 'two';
    const badDate = stored(goalToRow(goal({ id: 'C' }), columnMap(GOAL_HEADERS)));
    badDate[9] = 'next week';
    const table = parseGoalsTable([GOAL_HEADERS, good, noId, badVersion, badDate, good], 'UTC');
    expect(table.goals.map((g) => g.goal.id)).toEqual(['A']);
    expect(table.problems).toEqual([
      { row: 3, id: '', messages: ['The row has goal data but no ID.'] },
      { row: 4, id: 'B', messages: ['Version “two” is not a whole number of 1 or more.'] },
      { row: 5, id: 'C', messages: ['Start: “next week” is not a date (YYYY-MM-DD).'] },
      { row: 6, id: 'A', messages: ['The ID is also used by row 2; this row is ignored.'] },
    ]);
  });

  test('a date a teammate typed into the tab is read in the sheet’s time zone', () => {
    const row = stored(goalToRow(goal(), columnMap(GOAL_HEADERS)));
    row[10] = new Date('2026-02-05T23:00:00Z'); // midnight 6 Feb in Stockholm
    expect(parseGoalsTable([GOAL_HEADERS, row], 'Europe/Stockholm').goals[0].goal.deadline).toBe(
      '2026-02-06',
    );
  });

  test('property: any text round-trips through a row', () => {
    fc.assert(
      fc.property(
        fc.record({
          what: fc.string({ unit: 'binary' }),
          owner: fc.string(),
          why: fc.string({ unit: 'grapheme' }),
          target: fc.string(),
          channel: fc.option(
            fc.string({ minLength: 1 }).filter((s) => s.trim() !== '' && s !== 'All channels'),
            {
              nil: null,
            },
          ),
        }),
        (texts) => {
          const g = goal(texts);
          const table = parseGoalsTable([GOAL_HEADERS, stored(goalToRow(g, columnMap(GOAL_HEADERS)))], 'UTC');
          expect(table.goals[0]?.goal).toEqual(g);
        },
      ),
    );
  });
});
