import fc from 'fast-check';
import {
  MAX_COLUMN,
  columnToLetters,
  lettersToColumn,
  parseA1,
  rectA1,
  resolveA1,
} from '../../src/local/fakes/a1';

describe('column letters', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [30, 'AD'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [MAX_COLUMN, 'ZZZ'],
  ])('column %i is %s', (column, letters) => {
    expect(columnToLetters(column)).toBe(letters);
    expect(lettersToColumn(letters)).toBe(column);
  });

  it('round-trips every column number through its letters', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_COLUMN }), (column) => {
        expect(lettersToColumn(columnToLetters(column))).toBe(column);
      }),
    );
  });

  it('orders letters like numbers: a later column never sorts before an earlier one of equal length', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_COLUMN - 1 }), (column) => {
        const a = columnToLetters(column);
        const b = columnToLetters(column + 1);
        expect(a.length < b.length || (a.length === b.length && a < b)).toBe(true);
      }),
    );
  });

  it('rejects columns outside Sheets', () => {
    expect(() => columnToLetters(0)).toThrow(RangeError);
    expect(() => columnToLetters(MAX_COLUMN + 1)).toThrow(RangeError);
  });
});

describe('parseA1', () => {
  const rect = (a1: string, maxRows: number, maxColumns: number) => {
    const reference = parseA1(a1);
    if (!reference) throw new Error(`unparsed ${a1}`);
    return resolveA1(reference, maxRows, maxColumns);
  };

  it.each([
    ['A1', { row: 1, column: 1, numRows: 1, numColumns: 1 }],
    ['Z9', { row: 9, column: 26, numRows: 1, numColumns: 1 }],
    ['AA1', { row: 1, column: 27, numRows: 1, numColumns: 1 }],
    ['AD20', { row: 20, column: 30, numRows: 1, numColumns: 1 }],
    ['ZZ100', { row: 100, column: 702, numRows: 1, numColumns: 1 }],
    ['AAA1', { row: 1, column: 703, numRows: 1, numColumns: 1 }],
    ['aa1:ad20', { row: 1, column: 27, numRows: 20, numColumns: 4 }],
    ['$A$1:$B$2', { row: 1, column: 1, numRows: 2, numColumns: 2 }],
    ['B2:A1', { row: 1, column: 1, numRows: 2, numColumns: 2 }],
    ['A:C', { row: 1, column: 1, numRows: 1000, numColumns: 3 }],
    ['2:4', { row: 2, column: 1, numRows: 3, numColumns: 2000 }],
    ['A2:C', { row: 2, column: 1, numRows: 999, numColumns: 3 }],
  ])('%s', (a1, expected) => {
    // A sheet 2000 columns wide, so ZZ100 and AAA1 fit and whole rows reach column 2000.
    expect(rect(a1, 1000, 2000)).toEqual(expected);
  });

  it('keeps sheet names, including quoted ones with spaces, apostrophes and "!"', () => {
    expect(parseA1("'KPI data'!A1:B2")).toEqual({
      sheetName: 'KPI data',
      startRow: 1,
      startColumn: 1,
      endRow: 2,
      endColumn: 2,
    });
    expect(parseA1("'It''s!'!C3")?.sheetName).toBe("It's!");
    expect(parseA1('Sheet1!AA1')).toMatchObject({ sheetName: 'Sheet1', startColumn: 27 });
  });

  it.each(['', 'A', '3', 'A0', '1A', 'A1:', ':B2', 'A:3', 'AAAA1', 'A1:B2:C3', 'A-1'])('rejects %p', (a1) => {
    expect(parseA1(a1)).toBeNull();
  });

  it('writes A1 back for single cells and rectangles', () => {
    expect(rectA1({ row: 20, column: 30, numRows: 1, numColumns: 1 })).toBe('AD20');
    expect(rectA1({ row: 1, column: 27, numRows: 20, numColumns: 4 })).toBe('AA1:AD20');
  });
});
