import { collectEvidence, columnMark, readNumber, tokeniseNumber } from '../../src/import/numbers';

describe('tokeniseNumber', () => {
  it.each([
    ['1234', 1234],
    ['1 234', 1234],
    ['1\u00a0234', 1234],
    ['1\u202f234\u202f567', 1234567],
    ['-5', -5],
    ['\u22125', -5],
  ])('reads %j as %p whatever the decimal mark', (text, value) => {
    expect(tokeniseNumber(text)).toEqual({ kind: 'certain', value });
  });

  it.each([
    ['12,5', 12.5, ','],
    ['12.50', 12.5, '.'],
    ['0,123', 0.123, ','],
    ['1234,567', 1234.567, ','],
    ['1.234,5', 1234.5, ','],
    ['1,234.5', 1234.5, '.'],
    ['1 234,50', 1234.5, ','],
    ['1,234,567', 1234567, '.'],
    ['1.234.567', 1234567, ','],
  ])('reads %j as %p and learns the decimal mark %j', (text, value, evidence) => {
    expect(tokeniseNumber(text)).toEqual({ kind: 'certain', value, evidence });
  });

  it('keeps "1,234" and "1.234" open: thousands or decimals', () => {
    expect(tokeniseNumber('1,234')).toEqual({
      kind: 'ambiguous',
      mark: ',',
      asGrouped: 1234,
      asDecimal: 1.234,
    });
    expect(tokeniseNumber('1.234')).toEqual({
      kind: 'ambiguous',
      mark: '.',
      asGrouped: 1234,
      asDecimal: 1.234,
    });
  });

  it.each(['n/a', '12%', '1e5', '1,23,456', '12 34', '1..2', '1.234,567.8', '$5', '1 234.567,8'])(
    'refuses %j',
    (text) => {
      expect(tokeniseNumber(text).kind).toBe('invalid');
    },
  );

  it.each(['', '  ', '-', '--', '—'])('reads %j as blank (no data)', (text) => {
    expect(tokeniseNumber(text).kind).toBe('blank');
  });
});

describe('deciding the decimal mark', () => {
  it('settles "1.234" as thousands when another cell of the file shows a decimal comma', () => {
    const file = collectEvidence(['12,5', '1.234']);
    const decision = columnMark(collectEvidence(['1.234']), file);
    expect(decision).toEqual({ kind: 'known', mark: ',' });
    expect(readNumber('1.234', decision, false)).toEqual({ kind: 'number', value: 1234 });
    expect(readNumber('1,234', decision, false)).toEqual({ kind: 'number', value: 1.234 });
  });

  it('reads "1,234" in a count column as 1234 even when nothing says which mark is decimal', () => {
    expect(readNumber('1,234', { kind: 'unknown' }, true)).toEqual({ kind: 'number', value: 1234 });
  });

  it('refuses to guess "1,234" in a money column when nothing says which mark is decimal', () => {
    expect(readNumber('1,234', { kind: 'unknown' }, false)).toEqual({ kind: 'ambiguous' });
  });

  it('reports a column that mixes both decimal marks', () => {
    expect(columnMark(collectEvidence(['1.5', '2,5']), {})).toEqual({
      kind: 'conflict',
      point: '1.5',
      comma: '2,5',
    });
  });

  it('lets a column that is certain on its own win over the rest of the file', () => {
    expect(columnMark(collectEvidence(['2.5']), collectEvidence(['3,5']))).toEqual({
      kind: 'known',
      mark: '.',
    });
  });

  it('refuses a cell that contradicts its column mark', () => {
    expect(readNumber('1,234,567', { kind: 'known', mark: ',' }, true)).toEqual({ kind: 'invalid' });
  });
});
