import { buildMonthlyReport, REPORT_METADATA_KEY } from '../../src/report/actions';
import { FakeSheet } from '../../src/local/fakes/sheet';
import { manyChannels } from '../../src/local/bench/report';
import { workbookWith, type FakeWorkbook } from './fake-sheet';

const TAB = 'KPI report 2026-10';

/** Two rows a channel, one in September and one in October 2026. */
function channelData(channels: readonly string[]): unknown[][] {
  const rows: unknown[][] = [['Date', 'Channel', 'Followers', 'Impressions', 'Clicks', 'Cost']];
  channels.forEach((channel, c) => {
    rows.push(['2026-09-15', channel, 100 + c, 1000, 10, 5]);
    rows.push(['2026-10-15', channel, 110 + c, 1200 + c, 12, 6]);
  });
  return rows;
}

/** The data tab's rows replaced, as a user pasting new data would. */
function replaceData(book: FakeWorkbook, values: unknown[][]): void {
  const sheet = book.fake.spreadsheet.sheet('KPI data');
  sheet.clear();
  if (values[0].length > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), values[0].length - sheet.getMaxColumns());
  sheet.getRange(1, 1, values.length, values[0].length).setValues(values);
}

function tabNames(book: FakeWorkbook): string[] {
  return book.fake.spreadsheet.sheets.map((sheet) => sheet.name);
}

function reportOf(book: FakeWorkbook) {
  const sheet = book.fake.spreadsheet.getSheetByName(TAB);
  if (!sheet) throw new Error(`no tab ${TAB}`);
  return {
    values: sheet.getDataRange().getValues(),
    marks: sheet.getDeveloperMetadata().map((entry) => [entry.getKey(), entry.getValue()]),
    index: sheet.getIndex(),
  };
}

describe('Rebuilding a report', () => {
  afterEach(() => jest.restoreAllMocks());

  it('builds 60 channels: the tab grows past the 26 columns a new tab has', () => {
    const channels = manyChannels(60);
    const book = workbookWith(channelData(channels));
    expect(buildMonthlyReport(book.services, { month: '2026-10' })).toMatchObject({ ok: true, tabName: TAB });
    const { values } = reportOf(book);
    const header = values.find((row) => row[0] === 'KPI')!;
    const names = header.filter((cell) => cell !== '' && cell !== 'KPI');
    expect(names).toEqual([...channels, 'All channels']);
    const impressions = values.find((row) => row[0] === 'Impressions')!;
    // The pooled column: this month, last month, change, after every channel's column.
    expect(impressions.slice(-3)).toEqual([
      channels.reduce((sum, _, c) => sum + 1200 + c, 0),
      60 * 1000,
      expect.closeTo((60 * 1200 + (59 * 60) / 2) / 60_000 - 1, 12),
    ]);
  });

  it('replaces an 8-channel report with a 23-channel one in the same place, marked as ours', () => {
    const book = workbookWith(channelData(manyChannels(8)));
    buildMonthlyReport(book.services, { month: '2026-10' });
    // A tab the user adds after the report: the report keeps its place before it.
    book.fake.spreadsheet.insertSheet('Later');
    const before = reportOf(book);
    expect(before.index).toBe(3);

    replaceData(book, channelData(manyChannels(23)));
    const result = buildMonthlyReport(book.services, { month: '2026-10' });
    expect(result).toMatchObject({ ok: true, tabName: TAB });
    expect(tabNames(book)).toEqual(['Notes', 'KPI data', TAB, 'Later']);
    const after = reportOf(book);
    expect(after.index).toBe(3);
    expect(after.marks).toEqual([[REPORT_METADATA_KEY, '2026-10']]);
    expect(after.values.find((row) => row[0] === 'KPI')).toContain('Channel 23');
    expect(book.fake.spreadsheet.getActiveSheet().getName()).toBe(TAB);
  });

  it('leaves the old report untouched and no half-built tab when the write fails', () => {
    const book = workbookWith(channelData(manyChannels(3)));
    buildMonthlyReport(book.services, { month: '2026-10' });
    book.fake.spreadsheet.insertSheet('Later');
    const before = reportOf(book);

    replaceData(book, channelData(manyChannels(30)));
    jest.spyOn(FakeSheet.prototype, 'insertChart').mockImplementationOnce(() => {
      throw new Error('Service Spreadsheets failed while accessing document');
    });
    expect(() => buildMonthlyReport(book.services, { month: '2026-10' })).toThrow(
      'Service Spreadsheets failed',
    );
    expect(tabNames(book)).toEqual(['Notes', 'KPI data', TAB, 'Later']);
    expect(reportOf(book)).toEqual(before);
  });
});
