import { createFakeAppsScript } from '../../src/local/fakes';

function setup(options: Parameters<typeof createFakeAppsScript>[0] = {}) {
  const gas = createFakeAppsScript(options);
  const sheet = gas.SpreadsheetApp.getActive().getSheets()[0];
  return { gas, sheet };
}

describe('values', () => {
  it('round-trips numbers, strings, booleans, blanks and dates as Apps Script returns them', () => {
    const { sheet } = setup();
    const when = new Date('2024-03-31T22:00:00Z');
    sheet.getRange('A1:D2').setValues([
      [1.5, 'text', true, when],
      [null, undefined, '', 0],
    ]);
    const values = sheet.getRange('A1:D2').getValues();
    expect(values).toEqual([
      [1.5, 'text', true, when],
      ['', '', '', 0],
    ]);
    expect(values[0][3]).toBeInstanceOf(Date);
    expect(values[0][3]).not.toBe(when);
  });

  it('hands out copies of stored dates, so editing a read value does not edit the sheet', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue(new Date('2024-01-01T00:00:00Z'));
    (sheet.getRange('A1').getValue() as Date).setFullYear(1999);
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2024-01-01T00:00:00.000Z');
  });

  it('reports a row-count mismatch with Apps Script wording', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:B3').setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    );
  });

  it('reports a column-count mismatch in any row', () => {
    const { sheet } = setup();
    expect(() =>
      sheet.getRange('A1:D2').setValues([
        [1, 2, 3, 4],
        [1, 2, 3, 4, 5],
      ]),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 5 but the range has 4.',
    );
  });

  it('refuses a flat array the way Apps Script does', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:B1').setValues([1, 2] as unknown as unknown[][])).toThrow(
      "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  it('sets every cell of a range with setValue, and getValue reads the top-left one', () => {
    const { sheet } = setup();
    sheet.getRange('B2:C3').setValue(7);
    expect(sheet.getRange('B2:C3').getValues()).toEqual([
      [7, 7],
      [7, 7],
    ]);
    sheet.getRange('B2').setValue('first');
    expect(sheet.getRange('B2:C3').getValue()).toBe('first');
  });
});

describe('strings are parsed like typing in Sheets', () => {
  it('turns "=…" into a formula: getFormula shows it, getValues shows the computed value', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('=1+1');
    expect(sheet.getRange('A1').getFormula()).toBe('=1+1');
    expect(sheet.getRange('A1').getValue()).toBe('');
  });

  it('uses the pluggable evaluator for formula values', () => {
    const seen: string[] = [];
    const { sheet } = setup({
      spreadsheet: {
        evaluateFormula: (formula, cell) => {
          seen.push(`${cell.sheetName}!${cell.a1}`);
          return formula === '=1+1' ? 2 : '#N/A';
        },
      },
    });
    sheet.getRange('B3').setValues([['=1+1']]);
    expect(sheet.getRange('B3').getValue()).toBe(2);
    expect(seen).toEqual(['Sheet1!B3']);
  });

  it('keeps a leading apostrophe as a text marker, not part of the value', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([["'=1+1", "'007", "'TRUE"]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['=1+1', '007', 'TRUE']]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['', '', '']]);
  });

  it('parses numbers, signs, percents and booleans, and leaves other text alone', () => {
    const { sheet } = setup();
    sheet.getRange('A1:H1').setValues([['+1', '-5', '01234', '1,234.5', '12%', 'true', '@x', ' 3 ']]);
    expect(sheet.getRange('A1:H1').getValues()).toEqual([[1, -5, 1234, 1234.5, 0.12, true, '@x', 3]]);
    expect(sheet.getRange('E1').getNumberFormats()).toEqual([['0%']]);
  });

  it('reads decimals with the spreadsheet locale: in sv_SE "1,5" is a number and "1.5" is text', () => {
    const { sheet } = setup({ spreadsheet: { locale: 'sv_SE' } });
    sheet.getRange('A1:B1').setValues([['1,5', '1.5']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[1.5, '1.5']]);
  });

  it('keeps strings as typed in a plain-text cell, except "=" which the fake still treats as a formula', () => {
    const { sheet } = setup();
    sheet
      .getRange('A1:B1')
      .setNumberFormat('@')
      .setValues([['007', '=SUM(1)']]);
    expect(sheet.getRange('A1').getValue()).toBe('007');
    expect(sheet.getRange('B1').getFormula()).toBe('=SUM(1)');
  });

  it('reads ISO dates as midnight in the spreadsheet time zone', () => {
    const { sheet } = setup({ spreadsheet: { timeZone: 'Europe/Stockholm' } });
    sheet.getRange('A1').setValue('2024-07-01');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2024-06-30T22:00:00.000Z');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2024-07-01');
  });

  it('keeps a day the month does not have, or a time past 23:59:59, as the text typed', () => {
    const { sheet } = setup({ spreadsheet: { timeZone: 'Europe/Stockholm' } });
    const typed = [
      '2026-02-31',
      '2026-02-29',
      '2025-04-31',
      '2026-13-01',
      '2026-01-01 24:00',
      '2026-01-01 10:60',
    ];
    sheet.getRange('A1:F1').setValues([typed]);
    expect(sheet.getRange('A1:F1').getValues()).toEqual([typed]);
    // A leap day is a day.
    sheet.getRange('A2:B2').setValues([['2024-02-29', '2000-02-29']]);
    expect(
      sheet
        .getRange('A2:B2')
        .getValues()[0]
        .map((d) => (d as Date).toISOString()),
    ).toEqual(['2024-02-28T23:00:00.000Z', '2000-02-28T23:00:00.000Z']);
  });

  it('reads a four-digit year as written: 0026 is the year 26, not 1926', () => {
    const { sheet } = setup({ spreadsheet: { timeZone: 'UTC' } });
    sheet.getRange('A1:B1').setValues([['0026-03-01', '0099-12-31 23:59:59']]);
    const [first, last] = sheet.getRange('A1:B1').getValues()[0] as Date[];
    expect(first.getUTCFullYear()).toBe(26);
    expect(first.toISOString()).toBe('0026-03-01T00:00:00.000Z');
    expect(last.toISOString()).toBe('0099-12-31T23:59:59.000Z');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('0026-03-01');
    // 0026 has no 29 February (not a leap year), 0024 has.
    sheet.getRange('A2:B2').setValues([['0026-02-29', '0024-02-29']]);
    expect(sheet.getRange('A2').getValue()).toBe('0026-02-29');
    expect((sheet.getRange('B2').getValue() as Date).toISOString()).toBe('0024-02-29T00:00:00.000Z');
  });
});

describe('display values', () => {
  it.each([
    ['0', 1234.567, '1235'],
    ['#,##0', 1234567.8, '1,234,568'],
    ['0.00', 2.005, '2.01'],
    ['0%', 0.256, '26%'],
    ['0.0%', 0.256, '25.6%'],
    ['0.00%', -0.1234, '-12.34%'],
    ['#,##0.00 [$kr]', 1234.5, '1,234.50 kr'],
    ['"$"#,##0.00', -1234.5, '-$1,234.50'],
    ['#,##0.00;(#,##0.00)', -5, '(5.00)'],
    ['0.00;-0.00;"–"', 0, '–'],
    ['0.###############', 0.1 + 0.2, '0.3'],
  ])('format %s shows %p as %s', (format, value, shown) => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue(value).setNumberFormat(format);
    expect(sheet.getRange('A1').getDisplayValue()).toBe(shown);
  });

  it('uses the locale separators: sv_SE groups with a no-break space and uses a decimal comma', () => {
    const { sheet } = setup({ spreadsheet: { locale: 'sv_SE' } });
    sheet.getRange('A1:B1').setValues([[1234.5, 0.5]]);
    sheet.getRange('A1:B1').setNumberFormats([['#,##0.00 [$kr]', '0.0%']]);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['1\u00a0234,50 kr', '50,0%']]);
  });

  it('shows dates in the spreadsheet time zone with yyyy-mm-dd and time formats', () => {
    const { sheet } = setup({ spreadsheet: { timeZone: 'America/New_York' } });
    sheet.getRange('A1:B1').setValues([[new Date('2024-01-02T03:04:05Z'), new Date('2024-01-02T03:04:05Z')]]);
    sheet.getRange('A1:B1').setNumberFormats([['yyyy-mm-dd', 'd mmm yyyy hh:mm']]);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['2024-01-01', '1 Jan 2024 22:04']]);
  });

  it('shows blanks as "", booleans as TRUE/FALSE and text unchanged', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([['', false, 'kr 5']]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['', 'FALSE', 'kr 5']]);
  });
});

describe('formatting', () => {
  it('stores per-cell formats and reports Apps Script defaults elsewhere', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1:B1');
    range
      .setFontWeights([['bold', null]])
      .setFontColors([['#F00', null]])
      .setBackground('yellow');
    expect(range.getFontWeights()).toEqual([['bold', 'normal']]);
    expect(range.getFontColors()).toEqual([['#ff0000', '#000000']]);
    expect(range.getBackgrounds()).toEqual([['#ffff00', '#ffff00']]);
    expect(sheet.getRange('C1').getBackgrounds()).toEqual([['#ffffff']]);
    expect(sheet.getRange('C1').getNumberFormats()).toEqual([['0.###############']]);
  });

  it('checks the shape of per-cell format arrays too', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:B2').setBackgrounds([['red', 'red']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });

  it('records borders as given', () => {
    const { gas, sheet } = setup();
    sheet
      .getRange('A1:B2')
      .setBorder(true, null, false, null, null, null, '#000', gas.SpreadsheetApp.BorderStyle.SOLID);
    expect(gas.spreadsheet.snapshot().sheets[0].borders).toEqual([
      {
        a1: 'A1:B2',
        top: true,
        left: null,
        bottom: false,
        right: null,
        vertical: null,
        horizontal: null,
        color: '#000000',
        style: 'SOLID',
      },
    ]);
  });
});

describe('merges', () => {
  it('keeps the top-left value and lists merges touching a range', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([['title', 'lost', 'lost too']]);
    sheet.getRange('A1:C1').merge();
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['title', '', '']]);
    expect(
      sheet
        .getRange('B1')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A1:C1']);
    expect(sheet.getRange('D1').getMergedRanges()).toEqual([]);
  });

  it('refuses to merge across part of an existing merge', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').merge();
    expect(() => sheet.getRange('B1:C1').merge()).toThrow(
      'You must select all cells in a merged range to merge or unmerge them.',
    );
  });
});

describe('geometry', () => {
  it('names itself in A1 notation past column Z', () => {
    const { gas, sheet } = setup();
    gas.spreadsheet.sheet('Sheet1').resize(1000, 40);
    expect(sheet.getRange(2, 27, 3, 4).getA1Notation()).toBe('AA2:AD4');
    expect(sheet.getRange(3, 26).getA1Notation()).toBe('Z3');
  });

  it('throws Apps Script errors for impossible ranges instead of growing the grid', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange('AA1')).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange('nonsense')).toThrow('Range not found');
  });

  it('grows the grid on appendRow, like Sheets', () => {
    const { sheet } = setup();
    const wide = Array.from({ length: 30 }, (_, i) => i);
    sheet.getRange(1000, 1).setValue('last row');
    sheet.appendRow(wide);
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow()]).toEqual([1001, 30, 1001]);
    expect(sheet.getRange('AD1001').getValue()).toBe(29);
  });
});
