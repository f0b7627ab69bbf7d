import { createFakeAppsScript } from '../../src/local/fakes';

describe('spreadsheet', () => {
  it('inserts sheets at an index, activates them and refuses duplicate names with Apps Script wording', () => {
    const gas = createFakeAppsScript();
    const ss = gas.SpreadsheetApp.getActive();
    ss.insertSheet('KPI data');
    ss.insertSheet('Report', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Report', 'Sheet1', 'KPI data']);
    expect(ss.getActiveSheet().getName()).toBe('Report');
    expect(ss.getSheetByName('Report')?.getIndex()).toBe(1);
    expect(() => ss.insertSheet('kpi DATA')).toThrow(
      'A sheet with the name "kpi DATA" already exists. Please enter another name.',
    );
    expect(ss.getSheetByName('missing')).toBeNull();
  });

  it('renames a tab unless another tab has the name in any case, and counts positions from 1', () => {
    const gas = createFakeAppsScript({ spreadsheet: { sheets: ['KPI data', 'KPI report 2026-10'] } });
    const ss = gas.SpreadsheetApp.getActive();
    const building = ss.insertSheet(1);
    expect(building.getIndex()).toBe(2);
    expect(() => building.setName('kpi REPORT 2026-10')).toThrow(
      'A sheet with the name "kpi REPORT 2026-10" already exists. Please enter another name.',
    );
    ss.deleteSheet(ss.getSheetByName('KPI report 2026-10')!);
    building.setName('KPI report 2026-10');
    expect(ss.getSheets().map((sheet) => [sheet.getName(), sheet.getIndex()])).toEqual([
      ['KPI data', 1],
      ['KPI report 2026-10', 2],
    ]);
  });

  it('deletes sheets but never the last one', () => {
    const gas = createFakeAppsScript();
    const ss = gas.SpreadsheetApp.getActive();
    const extra = ss.insertSheet();
    expect(extra.getName()).toBe('Sheet2');
    ss.deleteSheet(extra);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    expect(() => ss.deleteSheet(ss.getSheets()[0])).toThrow("You can't remove all the sheets in a document.");
  });

  it('records toasts, locale and time zone', () => {
    const gas = createFakeAppsScript({ spreadsheet: { locale: 'sv_SE', timeZone: 'Europe/Stockholm' } });
    const ss = gas.SpreadsheetApp.getActive();
    ss.toast('Report ready', 'Social KPIs', 3);
    ss.toast('Saved');
    ss.setSpreadsheetLocale('en_GB');
    expect(gas.spreadsheet.toasts).toEqual([
      { message: 'Report ready', title: 'Social KPIs', timeoutSeconds: 3 },
      { message: 'Saved', title: '', timeoutSeconds: 5 },
    ]);
    expect([ss.getSpreadsheetLocale(), ss.getSpreadsheetTimeZone()]).toEqual(['en_GB', 'Europe/Stockholm']);
  });

  it('keeps developer metadata on sheets, across a rename, until the sheet is deleted', () => {
    const gas = createFakeAppsScript();
    const ss = gas.SpreadsheetApp.getActive();
    const sheet = ss.insertSheet('Report');
    sheet.addDeveloperMetadata('role', 'report');
    sheet.addDeveloperMetadata('owner', gas.SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
    sheet.setName('Renamed');
    expect(sheet.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([
      ['role', 'report'],
      ['owner', null],
    ]);
    expect(ss.getSheets()[0].getDeveloperMetadata()).toEqual([]);
    const stored = () =>
      gas.spreadsheet.snapshot().sheets.find((s) => s.name === 'Renamed')?.developerMetadata;
    expect(stored()?.map((m) => [m.key, m.visibility])).toEqual([
      ['role', 'DOCUMENT'],
      ['owner', 'PROJECT'],
    ]);
    ss.deleteSheet(sheet);
    ss.insertSheet('Renamed');
    expect(stored()).toEqual([]);
  });
});

describe('sheet', () => {
  it('tracks last row and column by content, not formatting', () => {
    const gas = createFakeAppsScript();
    const sheet = gas.SpreadsheetApp.getActive().getActiveSheet();
    sheet.getRange('C5').setBackground('red');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    sheet.getRange('B3').setValue('x');
    expect([sheet.getLastRow(), sheet.getLastColumn(), sheet.getDataRange().getA1Notation()]).toEqual([
      3,
      2,
      'A1:B3',
    ]);
  });

  it('keeps frozen rows and widths', () => {
    const gas = createFakeAppsScript();
    const sheet = gas.SpreadsheetApp.getActive().getActiveSheet();
    sheet.setFrozenRows(2);
    sheet.setColumnWidth(1, 240);
    expect([sheet.getFrozenRows(), sheet.getColumnWidth(1), sheet.getColumnWidth(2)]).toEqual([2, 240, 100]);
  });

  it('widens columns with longer text on autoResizeColumns', () => {
    const gas = createFakeAppsScript();
    const sheet = gas.SpreadsheetApp.getActive().getActiveSheet();
    sheet.getRange('A1:B1').setValues([['a', 'a much longer heading']]);
    sheet.autoResizeColumns(1, 2);
    expect(sheet.getColumnWidth(2)).toBeGreaterThan(sheet.getColumnWidth(1));
  });

  it('records conditional format rules as data, and returns fresh copies', () => {
    const gas = createFakeAppsScript();
    const app = gas.SpreadsheetApp;
    const sheet = app.getActive().getActiveSheet();
    const rule = app
      .newConditionalFormatRule()
      .whenNumberLessThan(0)
      .setBackground('#F4CCCC')
      .setFontColor('red')
      .setRanges([sheet.getRange('B2:B10')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    const [stored] = sheet.getConditionalFormatRules();
    expect(stored).not.toBe(rule);
    expect(String(stored.getBooleanCondition()?.getCriteriaType())).toBe('NUMBER_LESS_THAN');
    expect(stored.getBooleanCondition()?.getCriteriaValues()).toEqual([0]);
    expect(stored.getRanges().map((r) => r.getA1Notation())).toEqual(['B2:B10']);
    expect(gas.spreadsheet.snapshot().sheets[0].conditionalFormatRules).toEqual([
      {
        ranges: ['Sheet1!B2:B10'],
        condition: { type: 'NUMBER_LESS_THAN', values: [0] },
        gradient: null,
        style: {
          background: '#f4cccc',
          fontColor: '#ff0000',
          bold: null,
          italic: null,
          strikethrough: null,
          underline: null,
        },
      },
    ]);
  });

  it('records charts with type, ranges, options and position', () => {
    const gas = createFakeAppsScript();
    const sheet = gas.SpreadsheetApp.getActive().getActiveSheet();
    const chart = sheet
      .newChart()
      .asLineChart()
      .addRange(sheet.getRange('A1:B13'))
      .setPosition(2, 5, 10, 0)
      .setOption('title', 'Reach per month')
      .build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const [stored] = sheet.getCharts();
    expect(stored.getChartId()).toBe(1);
    expect(stored.getOptions().get('title')).toBe('Reach per month');
    expect(stored.getContainerInfo().getAnchorColumn()).toBe(5);
    expect(String(stored.modify().getChartType())).toBe('LINE');
    expect(gas.spreadsheet.snapshot().sheets[0].charts).toEqual([
      {
        id: 1,
        type: 'LINE',
        ranges: ['Sheet1!A1:B13'],
        options: { title: 'Reach per month' },
        position: { anchorRow: 2, anchorColumn: 5, offsetX: 10, offsetY: 0 },
        numHeaders: -1,
        transpose: false,
      },
    ]);
  });

  it('stores data validation rules per cell', () => {
    const gas = createFakeAppsScript();
    const sheet = gas.SpreadsheetApp.getActive().getActiveSheet();
    const rule = gas.SpreadsheetApp.newDataValidation()
      .requireValueInList(['up', 'down'])
      .setAllowInvalid(false)
      .build();
    sheet.getRange('C2:C3').setDataValidation(rule);
    const rules = sheet.getRange('C1:C3').getDataValidations();
    expect(rules[0][0]).toBeNull();
    expect(String(rules[1][0]?.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(rules[2][0]?.getCriteriaValues()).toEqual([['up', 'down'], true]);
    expect(rules[2][0]?.getAllowInvalid()).toBe(false);
  });
});

describe('snapshot', () => {
  it('is plain JSON with typed values, formulas, display text and formats', () => {
    const gas = createFakeAppsScript({ spreadsheet: { timeZone: 'UTC', sheets: ['KPI data'] } });
    const sheet = gas.SpreadsheetApp.getActive().getSheetByName('KPI data');
    if (!sheet) throw new Error('sheet missing');
    sheet.getRange('A1:C1').setValues([[new Date('2024-05-01T00:00:00Z'), 0.25, '=A1']]);
    sheet.getRange('B1').setNumberFormat('0%').setFontWeight('bold');
    sheet.getRange('A1').setNumberFormat('yyyy-mm-dd');
    sheet.setFrozenRows(1);
    const snapshot = gas.spreadsheet.snapshot();
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
    const [data] = snapshot.sheets;
    expect(data.frozenRows).toBe(1);
    expect(
      data.cells.map((c) => [c.a1, c.value, c.formula, c.display, c.numberFormat, c.fontWeight]),
    ).toEqual([
      ['A1', { type: 'date', value: '2024-05-01T00:00:00.000Z' }, '', '2024-05-01', 'yyyy-mm-dd', 'normal'],
      ['B1', { type: 'number', value: 0.25 }, '', '25%', '0%', 'bold'],
      ['C1', { type: 'blank' }, '=A1', '', '0.###############', 'normal'],
    ]);
  });
});

describe('growing a sheet before writing past its edge', () => {
  it('insertRowsAfter / insertColumnsAfter extend the grid so a larger block can be written', () => {
    const fake = createFakeAppsScript();
    const sheet = fake.SpreadsheetApp.getActive().insertSheet('Big');
    const rows = sheet.getMaxRows();
    const columns = sheet.getMaxColumns();
    expect(() => sheet.getRange(rows + 1, 1)).toThrow();
    sheet.insertRowsAfter(rows, 500);
    sheet.insertColumnsAfter(columns, 4);
    expect(sheet.getMaxRows()).toBe(rows + 500);
    expect(sheet.getMaxColumns()).toBe(columns + 4);
    sheet.getRange(rows + 500, columns + 4).setValue(7);
    expect(sheet.getRange(rows + 500, columns + 4).getValue()).toBe(7);
    expect(fake.calls.count('Sheet.insertRowsAfter')).toBe(1);
  });
});

describe('deleting a row', () => {
  it('moves the rows below up, with their formats and validation, and shortens the grid by one', () => {
    const gas = createFakeAppsScript();
    const sheet = gas.SpreadsheetApp.getActive().insertSheet('Goals');
    sheet.getRange(1, 1, 4, 2).setValues([
      ['ID', 'What'],
      ['G-1', 'first'],
      ['G-2', 'second'],
      ['G-3', 'third'],
    ]);
    sheet.getRange(4, 2).setFontWeight('bold');
    const rule = gas.SpreadsheetApp.newDataValidation().requireValueInList(['third', 'x']).build();
    sheet.getRange(4, 1).setDataValidation(rule);
    sheet.setFrozenRows(1);
    const rows = sheet.getMaxRows();
    gas.calls.reset();

    sheet.deleteRow(3);
    expect(gas.calls.snapshot()).toEqual({ 'Sheet.deleteRow': 1 });
    expect(sheet.getDataRange().getValues()).toEqual([
      ['ID', 'What'],
      ['G-1', 'first'],
      ['G-3', 'third'],
    ]);
    expect(sheet.getRange(3, 2, 2, 1).getFontWeights()).toEqual([['bold'], ['normal']]);
    expect(
      sheet
        .getRange(3, 1, 2, 1)
        .getDataValidations()
        .map(([rule]) => rule !== null),
    ).toEqual([true, false]);
    expect([sheet.getMaxRows(), sheet.getLastRow(), sheet.getFrozenRows()]).toEqual([rows - 1, 3, 1]);

    sheet.deleteRow(1); // a frozen row: one fewer frozen
    expect(sheet.getFrozenRows()).toBe(0);
    expect(sheet.getRange(1, 1).getValue()).toBe('G-1');
  });

  it('refuses rows out of bounds and the last non-frozen row, with Sheets wording', () => {
    const gas = createFakeAppsScript();
    const sheet = gas.SpreadsheetApp.getActive().insertSheet('Goals');
    gas.spreadsheet.sheet('Goals').resize(2, 3);
    sheet.getRange(1, 1, 2, 1).setValues([['ID'], ['G-1']]);
    sheet.setFrozenRows(1);
    expect(() => sheet.deleteRow(0)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.deleteRow(3)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.deleteRow(2)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
    expect(sheet.getRange(2, 1).getValue()).toBe('G-1');
  });

  it('says so instead of pretending, on a sheet with merges, borders, conditional formats or charts', () => {
    const gas = createFakeAppsScript();
    const sheet = gas.SpreadsheetApp.getActive().insertSheet('Report');
    sheet.getRange('A1:B1').merge();
    expect(() => sheet.deleteRow(2)).toThrow(/Fake sheet: deleting a row .* is not modelled/);
  });
});
