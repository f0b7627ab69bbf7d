import { createFakeAppsScript } from '../../src/local/fakes';

/* Google Sheets' documented limits (https://support.google.com/drive/answer/37603), held by the fakes. */

describe('50,000 characters per cell', () => {
  it('writes 50,000 characters and refuses 50,001, leaving the whole block unwritten', () => {
    const gas = createFakeAppsScript();
    const sheet = gas.SpreadsheetApp.getActive().getSheets()[0];
    const full = 'x'.repeat(50_000);
    sheet.getRange('A1').setValue(full);
    expect(String(sheet.getRange('A1').getValue()).length).toBe(50_000);
    const message = 'Your input contains more than the maximum of 50000 characters in a single cell.';
    expect(() => sheet.getRange('B1').setValue(`${full}y`)).toThrow(message);
    expect(() => sheet.getRange('A2:B2').setValues([['kept?', `${full}y`]])).toThrow(message);
    expect(sheet.getRange('A2:B2').getValues()).toEqual([['', '']]);
    expect(() => sheet.appendRow([`${full}y`])).toThrow(message);
    expect(() => sheet.getRange('C1').setValue(`="${'z'.repeat(50_000)}"`)).toThrow(message);
  });
});

describe('10 million cells per spreadsheet', () => {
  it('refuses rows, columns or a new tab that would take the file past the limit', () => {
    const gas = createFakeAppsScript();
    const spreadsheet = gas.SpreadsheetApp.getActive();
    const sheet = spreadsheet.getSheets()[0];
    // 1,000 × 26 to start; grow the first tab to 384,000 rows × 26 = 9,984,000 cells.
    sheet.insertRowsAfter(1000, 383_000);
    expect(sheet.getMaxRows() * sheet.getMaxColumns()).toBe(9_984_000);
    const message =
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';
    expect(() => spreadsheet.insertSheet('More')).toThrow(message);
    expect(() => sheet.insertColumnsAfter(26, 1)).toThrow(message);
    sheet.insertRowsAfter(384_000, 615);
    expect(sheet.getMaxRows() * sheet.getMaxColumns()).toBe(9_999_990);
    expect(() => sheet.insertRowsAfter(384_615, 1)).toThrow(message);
    expect(spreadsheet.getSheets()).toHaveLength(1);
  });
});

describe('a new tab', () => {
  it('is 1,000 rows × 26 columns until grown, and a write past its edge is refused', () => {
    const gas = createFakeAppsScript();
    const sheet = gas.SpreadsheetApp.getActive().insertSheet('Report');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    const outside = 'The coordinates of the range are outside the dimensions of the sheet.';
    expect(() => sheet.getRange(1, 1, 1, 27)).toThrow(outside);
    expect(() => sheet.getRange('AA1')).toThrow(outside);
    expect(() => sheet.getRange(1001, 1)).toThrow(outside);
    sheet.insertColumnsAfter(26, 4);
    sheet.getRange(1, 1, 1, 30).setValues([Array.from({ length: 30 }, (_, i) => i)]);
    expect(sheet.getRange('AD1').getValue()).toBe(29);
  });
});

describe('tab names compared as Sheets compares them', () => {
  it('getSheetByName finds a tab by its exact name only: "Goals" does not find a "goals" tab', () => {
    const gas = createFakeAppsScript();
    const spreadsheet = gas.SpreadsheetApp.getActive();
    spreadsheet.insertSheet('goals');
    expect(spreadsheet.getSheetByName('goals')?.getName()).toBe('goals');
    expect(spreadsheet.getSheetByName('Goals')).toBeNull();
    expect(spreadsheet.getSheetByName('GOALS')).toBeNull();
    // …while the name stays taken in every case.
    expect(() => spreadsheet.insertSheet('Goals')).toThrow(/already exists/);
  });

  it('a "goals" tab blocks inserting or renaming to "Goals": names differ only in case are the same', () => {
    const gas = createFakeAppsScript();
    const spreadsheet = gas.SpreadsheetApp.getActive();
    spreadsheet.insertSheet('goals');
    expect(() => spreadsheet.insertSheet('Goals')).toThrow(
      'A sheet with the name "Goals" already exists. Please enter another name.',
    );
    const other = spreadsheet.insertSheet('Other');
    expect(() => other.setName('GOALS')).toThrow(/already exists/);
    expect(() => spreadsheet.insertSheet('Båt')).not.toThrow();
    expect(() => spreadsheet.insertSheet('BÅT')).toThrow(/already exists/);
  });
});

describe('getRangeList', () => {
  it('refuses an empty list and a notation given twice, which its reference does not define', () => {
    const gas = createFakeAppsScript();
    const sheet = gas.SpreadsheetApp.getActive().getSheets()[0];
    expect(
      sheet
        .getRangeList(['A1', 'B2:C3'])
        .getRanges()
        .map((range) => range.getA1Notation()),
    ).toEqual(['A1', 'B2:C3']);
    expect(() => sheet.getRangeList([])).toThrow(/getRangeList/);
    expect(() => sheet.getRangeList(['A1', 'B2', 'A1'])).toThrow(/"A1" twice/);
  });
});
