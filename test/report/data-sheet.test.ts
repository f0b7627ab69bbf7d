import { setUpDataSheet } from '../../src/report/data-sheet';
import { CANONICAL_HEADERS } from '../../src/report/sample';
import { buildMonthlyReport } from '../../src/report/actions';
import { ALL_CHANNELS } from '../../src/report/model';
import { reportBook } from '../support/world';
import { table } from './helpers';

describe('Set up data sheet', () => {
  it('creates the KPI data tab with a bold, frozen header row of the canonical columns and validation', () => {
    const book = reportBook(null);
    book.gas.ui.answerAlert('NO');
    expect(setUpDataSheet(book.services)).toBe('created');
    const sheet = book.gas.spreadsheet.getSheetByName('KPI data')!;
    expect(sheet.getRange(1, 1, 1, 24).getValues()[0]).toEqual([...CANONICAL_HEADERS]);
    expect(
      sheet
        .getRange(1, 1, 1, 24)
        .getFontWeights()[0]
        .every((weight) => weight === 'bold'),
    ).toBe(true);
    expect(sheet.getFrozenRows()).toBe(1);
    const snapshot = book.gas.spreadsheet.snapshot().sheets.find((s) => s.name === 'KPI data')!;
    const validation = (a1: string) => snapshot.cells.find((cell) => cell.a1 === a1)?.validation;
    expect(validation('A2')).toMatchObject({ criteria: 'DATE_IS_VALID_DATE', allowInvalid: false });
    expect(validation('C500')).toMatchObject({ criteria: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', values: [0] });
    expect(validation('X1000')).toMatchObject({ criteria: 'NUMBER_GREATER_THAN_OR_EQUAL_TO' });
    expect(validation('B2')).toBeUndefined();
    expect(sheet.getLastRow()).toBe(1);
  });

  it('inserts 15 months of sample rows when asked, which then make a report', () => {
    const book = reportBook(null);
    book.gas.ui.answerAlert('YES');
    setUpDataSheet(book.services);
    const sheet = book.gas.spreadsheet.getSheetByName('KPI data')!;
    // 2025-08 … 2026-10: 457 days × 4 channels.
    expect(sheet.getLastRow()).toBe(1 + 457 * 4);
    expect(sheet.getRange('B2').getValue()).toBe('Instagram');
    const result = buildMonthlyReport(book.services);
    expect(result.ok && result.model.columns).toEqual([
      'Instagram',
      'Facebook',
      'LinkedIn',
      'TikTok',
      ALL_CHANNELS,
    ]);
    expect(result.ok && result.model.period).toBe(202610);
    expect(result.ok && result.model.issues).toEqual([]);
  });

  it('never touches an existing KPI data tab that has data', () => {
    const book = reportBook(table(['Datum', 'Kanal'], ['2026-10-01', 'Instagram']));
    const before = JSON.stringify(book.gas.spreadsheet.snapshot().sheets);
    expect(setUpDataSheet(book.services)).toBe('left_alone');
    expect(JSON.stringify(book.gas.spreadsheet.snapshot().sheets)).toBe(before);
    expect(book.gas.ui.alerts.map((alert) => alert.prompt)).toEqual([
      'The tab “KPI data” already has data, so it was left as it is. Your data sheet is ready to use.',
    ]);
  });
});

describe('A data tab named in another case (“kpi data”)', () => {
  /** The user's own tab, named in lower case: Sheets then refuses a "KPI data" tab beside it. */
  function lowerCaseData() {
    const book = reportBook(null);
    book.gas.spreadsheet
      .insertSheet('kpi data')
      .getRange(1, 1, 3, 4)
      .setValues([
        ['Date', 'Channel', 'Followers', 'Impressions'],
        ['2026-09-15', 'Instagram', 100, 1000],
        ['2026-10-15', 'Instagram', 110, 1200],
      ]);
    return book;
  }

  it('is the data tab: Set up data sheet leaves it as it is instead of failing to insert “KPI data”', () => {
    const book = lowerCaseData();
    const before = JSON.stringify(book.gas.spreadsheet.snapshot().sheets);
    expect(setUpDataSheet(book.services)).toBe('left_alone');
    expect(JSON.stringify(book.gas.spreadsheet.snapshot().sheets)).toBe(before);
    expect(book.gas.ui.alerts[0].prompt).toBe(
      'The tab “kpi data” already has data, so it was left as it is. Your data sheet is ready to use.',
    );
  });

  it('is the tab the report reads', () => {
    const book = lowerCaseData();
    const result = buildMonthlyReport(book.services, { month: '2026-10' });
    expect(result.ok && result.model.columns).toEqual(['Instagram', ALL_CHANNELS]);
  });
});
