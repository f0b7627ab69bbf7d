import { RowTable, RowTables } from '../../src/report/row-table';

/*
 * The duplicate table on its own: a row is found only when an earlier row inserted into the
 * table has the same key and the same cells.
 */

const DAY = 20261001;

/** Finds row `index` and, when it is new, inserts it, as the reading does for a right row. */
function seen(table: RowTable, values: unknown[][], index: number, channel = 0, postId = ''): number {
  const counts = Float64Array.from(values[index].slice(2) as number[]);
  const found = table.find(DAY, channel, postId, counts, index, values);
  if (found < 0) table.insert();
  return found;
}

describe('the duplicate table', () => {
  it('finds an earlier identical row, and only that one', () => {
    const values = [
      ['Date', 'Channel', 'Likes'],
      ['2026-10-01', 'Instagram', 10],
      ['2026-10-01', 'Instagram', 11],
      ['2026-10-01', 'Instagram', 10],
    ];
    const table = new RowTable(values.length);
    expect(seen(table, values, 1)).toBe(-1);
    expect(seen(table, values, 2)).toBe(-1);
    expect(seen(table, values, 3)).toBe(1);
  });

  it('tells apart rows whose hashed key agrees but whose later cells differ', () => {
    // Day, channel, post and the first four values agree, so the hashes do: the cells decide.
    const values = [
      ['Date', 'Channel', 'A', 'B', 'C', 'D', 'E'],
      ['2026-10-01', 'X', 1, 2, 3, 4, 5],
      ['2026-10-01', 'X', 1, 2, 3, 4, 6],
      ['2026-10-01', 'X', 1, 2, 3, 4, 5],
    ];
    const table = new RowTable(0);
    expect(seen(table, values, 1)).toBe(-1);
    expect(seen(table, values, 2)).toBe(-1);
    expect(seen(table, values, 3)).toBe(1);
  });

  it('compares date cells by their instant, as each read of a sheet makes new Date objects', () => {
    const values = [
      ['Date', 'Channel', 'Likes'],
      [new Date('2026-10-01T00:00:00+02:00'), 'Instagram', 10],
      [new Date('2026-10-01T00:00:00+02:00'), 'Instagram', 10],
    ];
    const table = new RowTable(2);
    expect(seen(table, values, 1)).toBe(-1);
    expect(seen(table, values, 2)).toBe(1);
  });

  it('keeps rows apart by post id and by channel, though their cells hash alike', () => {
    const values = [
      ['Date', 'Channel', 'Likes'],
      ['2026-10-01', 'Instagram', 10],
      ['2026-10-01', 'Instagram', 10],
    ];
    const table = new RowTable(2);
    expect(seen(table, values, 1, 0, 'post-1')).toBe(-1);
    // Row 2's cells equal row 1's; a different post id gives another hash, so no match is tried.
    expect(seen(table, values, 2, 0, 'post-2')).toBe(-1);
    expect(seen(table, values, 2, 1, 'post-1')).toBe(-1);
  });

  it('grows from its smallest size and still finds every row inserted before', () => {
    const values: unknown[][] = [['Date', 'Channel', 'Likes', 'Shares']];
    for (let i = 0; i < 3000; i++) values.push(['2026-10-01', 'Instagram', i, i % 7]);
    const copies = values.length;
    for (let i = 1; i < copies; i++) values.push([...values[i]]);
    const table = new RowTable(0);
    for (let i = 1; i < copies; i++) expect(seen(table, values, i)).toBe(-1);
    const found = [];
    for (let i = copies; i < values.length; i++) found.push(seen(table, values, i));
    expect(found).toEqual(Array.from({ length: copies - 1 }, (_, i) => i + 1));
  });

  it('records a row only when told to insert it: a wrong row found new is not remembered', () => {
    const values = [
      ['Date', 'Channel', 'Likes'],
      ['2026-10-01', 'Instagram', 10],
      ['2026-10-01', 'Instagram', 10],
    ];
    const table = new RowTable(2);
    expect(table.find(DAY, 0, '', Float64Array.of(10), 1, values)).toBe(-1);
    expect(table.find(DAY, 0, '', Float64Array.of(10), 2, values)).toBe(-1);
  });
});

describe('the duplicate table, rows with a post id', () => {
  it('keeps apart rows of one post and day whose values differ, and finds the copy', () => {
    // A post id is hashed without the values, so these three hash alike: the cells decide.
    const values = [
      ['Date', 'Channel', 'Likes', 'Comments'],
      ['2026-10-01', 'Instagram', 10, 1],
      ['2026-10-01', 'Instagram', 10, 2],
      ['2026-10-01', 'Instagram', 10, 2],
    ];
    const table = new RowTable(0);
    expect(seen(table, values, 1, 0, 'p-1')).toBe(-1);
    expect(seen(table, values, 2, 0, 'p-1')).toBe(-1);
    expect(seen(table, values, 3, 0, 'p-1')).toBe(2);
  });
});

describe('the tables of a sheet', () => {
  it('up to 16,384 rows, is one table for every day and channel', () => {
    const tables = new RowTables(16_384);
    const first = tables.tableFor(20261001, 0, 0);
    expect(tables.tableFor(20261231, 3, 500)).toBe(first);
  });

  it('beyond, is one table per channel and month: the same for every day of the month, another for the next month or channel', () => {
    const tables = new RowTables(100_000);
    const octoberFirst = tables.tableFor(20261001, 0, 0);
    const octoberOther = tables.tableFor(20261001, 1, 10);
    const november = tables.tableFor(20261101, 0, 20);
    expect(tables.tableFor(20261031, 0, 30)).toBe(octoberFirst);
    expect([octoberOther, november]).not.toContain(octoberFirst);
    expect(november).not.toBe(octoberOther);
    // Back in October, as rows out of date order are: its table, with what it holds.
    expect(tables.tableFor(20261015, 1, 40)).toBe(octoberOther);
  });

  it('finds a copy of a row in a large sheet when rows of other months come between them', () => {
    const values: unknown[][] = [['Date', 'Channel', 'Likes']];
    const days = [20261005, 20261105, 20261205, 20261005];
    for (const day of days) values.push([String(day), 'Instagram', 7]);
    const tables = new RowTables(100_000);
    const found = days.map((day, i) => {
      const table = tables.tableFor(day, 0, i);
      const at = table.find(day, 0, '', Float64Array.of(7), i + 1, values);
      if (at < 0) table.insert();
      return at;
    });
    expect(found).toEqual([-1, -1, -1, 1]);
  });
});
