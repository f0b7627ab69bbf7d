import { DateReader } from '../../src/report/dates';
import { recogniseHeaders } from '../../src/report/headers';
import { readCount, RowRules, type RowIssue } from '../../src/report/row-rules';

/*
 * What a right row is, on its own: the reading (read.test.ts) only adds up what these rules let
 * through.
 */

const HEADERS = ['Date', 'Channel', 'Likes', 'Net new followers', 'Currency'];

function rulesFor(headers: readonly string[], options: { weekly?: boolean } = {}) {
  const recognised = recogniseHeaders(headers);
  if (!recognised.ok) throw new Error('headers not recognised');
  const dates = new DateReader('Europe/Stockholm', 'en_US');
  const rules = new RowRules(recognised.headers, headers, dates, options.weekly ?? false);
  /** Checks a row as the reading would, at sheet row 2. */
  const check = (row: unknown[], facts: { monthRow?: boolean } = {}) => {
    const issues: RowIssue[] = [];
    const parsed = new Float64Array(rules.slotCount);
    const day = dates.read(row[0]);
    const right = rules.check(
      row,
      2,
      day,
      facts.monthRow ?? false,
      rules.channelOf(row[1]) !== '',
      parsed,
      issues,
    );
    return { right, issues, parsed: Array.from(parsed) };
  };
  return { rules, check };
}

describe('a count cell', () => {
  it('is a number, plain-number text or blank; spaced thousands and decimal commas are not guessed', () => {
    expect(readCount(12)).toBe(12);
    expect(readCount(' 7 ')).toBe(7);
    expect(readCount('-3.5')).toBe(-3.5);
    expect(readCount('')).toBeNaN();
    expect(readCount('   ')).toBeNaN();
    expect(readCount(null)).toBeNaN();
    expect(readCount('1 200')).toBe(-Infinity);
    expect(readCount('12,5')).toBe(-Infinity);
    expect(readCount(Infinity)).toBe(-Infinity);
    expect(readCount(true)).toBe(-Infinity);
  });
});

describe('a row', () => {
  const { check } = rulesFor(HEADERS);

  it('is right with a day, a channel, counts or blanks and a known or blank currency, its counts read', () => {
    expect(check(['2026-10-01', 'Instagram', 10, -4, 'SEK'])).toEqual({
      right: true,
      issues: [],
      parsed: [10, -4],
    });
    expect(check(['2026-10-01', 'Instagram', ' 7 ', '', ''])).toMatchObject({
      right: true,
      parsed: [7, NaN],
    });
  });

  it('has each of its problems named, in column order, not only the first', () => {
    expect(check(['yesterday', ' ', '1 200', 'x', 'dollars'])).toEqual({
      right: false,
      issues: [
        { row: 2, problem: 'bad_date', value: 'yesterday' },
        { row: 2, problem: 'no_channel' },
        { row: 2, problem: 'not_a_number', header: 'Likes', value: '1 200' },
        { row: 2, problem: 'not_a_number', header: 'Net new followers', value: 'x' },
        { row: 2, problem: 'bad_currency', header: 'Currency', value: 'dollars' },
      ],
      parsed: [-Infinity, -Infinity],
    });
  });

  it('may be negative only in net new followers', () => {
    expect(check(['2026-10-01', 'Instagram', -3, -3])).toMatchObject({
      right: false,
      issues: [{ row: 2, problem: 'negative', header: 'Likes', value: '-3' }],
    });
  });

  it('is refused for a currency cell that names no currency, though every count is right', () => {
    expect(check(['2026-10-01', 'Instagram', 10, 1, 'kronor?'])).toEqual({
      right: false,
      issues: [{ row: 2, problem: 'bad_currency', header: 'Currency', value: 'kronor?' }],
      parsed: [10, 1],
    });
  });

  it('dated by a month alone is right in a monthly reading and refused in a weekly one', () => {
    expect(check(['2026-10', 'Instagram', 10, 1, ''], { monthRow: true }).right).toBe(true);
    const weekly = rulesFor(HEADERS, { weekly: true });
    expect(weekly.check(['2026-10', 'Instagram', 10, 1, ''], { monthRow: true }).issues).toEqual([
      { row: 2, problem: 'month_row_in_week', value: '2026-10' },
    ]);
  });
});

describe('the row rules read', () => {
  it('a post id and a currency only where the data has the column', () => {
    const withBoth = rulesFor(['Date', 'Channel', 'Likes', 'Post ID', 'Currency']).rules;
    expect(withBoth.postIdOf(['2026-10-01', 'Instagram', 1, ' p-1 ', 'sek'])).toBe('p-1');
    expect(withBoth.currencyOf(['2026-10-01', 'Instagram', 1, 'p-1', 'sek'])).toBe('SEK');
    expect(withBoth.currencyOf(['2026-10-01', 'Instagram', 1, 'p-1', ''])).toBe('');
    const neither = rulesFor(['Date', 'Channel', 'Likes']).rules;
    expect(neither.postIdOf(['2026-10-01', 'Instagram', 1])).toBe('');
    expect(neither.currencyOf(['2026-10-01', 'Instagram', 1])).toBe('');
  });

  it('a blank row as no row at all', () => {
    const { rules } = rulesFor(HEADERS);
    expect(rules.isBlank(['', null, undefined, '', ''])).toBe(true);
    expect(rules.isBlank(['', '', 0, '', ''])).toBe(false);
  });
});
