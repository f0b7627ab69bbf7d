import { buildMonthlyReport, REPORT_METADATA_KEY } from '../../src/report/actions';
import { FakeContext } from '../../src/local/fakes/context';
import { FakeSheet } from '../../src/local/fakes/sheet';
import { manyChannels } from '../../src/local/bench/report';
import { reportBook, type World } from '../support/world';

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
function replaceData(book: World, values: unknown[][]): void {
  const sheet = book.gas.spreadsheet.sheet('KPI data');
  sheet.clear();
  if (values[0].length > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), values[0].length - sheet.getMaxColumns());
  sheet.getRange(1, 1, values.length, values[0].length).setValues(values);
}

function tabNames(book: World): string[] {
  return book.gas.spreadsheet.sheets.map((sheet) => sheet.name);
}

function reportOf(book: World) {
  const sheet = book.gas.spreadsheet.getSheetByName(TAB);
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
    const book = reportBook(channelData(channels));
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
    const book = reportBook(channelData(manyChannels(8)));
    buildMonthlyReport(book.services, { month: '2026-10' });
    // A tab the user adds after the report: the report keeps its place before it.
    book.gas.spreadsheet.insertSheet('Later');
    const before = reportOf(book);
    expect(before.index).toBe(3);

    replaceData(book, channelData(manyChannels(23)));
    const result = buildMonthlyReport(book.services, { month: '2026-10' });
    expect(result).toMatchObject({ ok: true, tabName: TAB });
    expect(tabNames(book)).toEqual(['Notes', 'KPI data', TAB, 'Later']);
    const after = reportOf(book);
    expect(after.index).toBe(3);
    // The month, and when the build started.
    expect(after.marks).toEqual([[REPORT_METADATA_KEY, '2026-10 2026-11-03T09:00:00.000Z']]);
    expect(after.values.find((row) => row[0] === 'KPI')).toContain('Channel 23');
    expect(book.gas.spreadsheet.getActiveSheet().getName()).toBe(TAB);
  });

  it('leaves the old report untouched and no half-built tab when the write fails', () => {
    const book = reportBook(channelData(manyChannels(3)));
    buildMonthlyReport(book.services, { month: '2026-10' });
    book.gas.spreadsheet.insertSheet('Later');
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

const BUILDING = 'KPI report 2026-10 (building…)';

/** The services `minutes` after the book's clock: a later execution. */
function later(book: World, minutes: number) {
  return { ...book.services, now: () => new Date(book.gas.now().getTime() + minutes * 60_000) };
}

/**
 * Apps Script stops an execution at its time limit: from `method` on, nothing more runs, not
 * even the build's own clean-up. Every call then throws, as the dead execution makes none.
 */
function killAt(method: string): void {
  const call = FakeContext.prototype.call;
  let killed = false;
  jest.spyOn(FakeContext.prototype, 'call').mockImplementation(function (this: FakeContext, name, access) {
    if (killed || name === method) {
      killed = true;
      throw new Error('Exceeded maximum execution time');
    }
    return call.call(this, name, access);
  });
}

describe('A report build stopped halfway by Apps Script’s time limit', () => {
  afterEach(() => jest.restoreAllMocks());

  function killedRebuild() {
    const book = reportBook(channelData(manyChannels(3)));
    buildMonthlyReport(book.services, { month: '2026-10' });
    book.gas.spreadsheet.insertSheet('Later');
    const before = reportOf(book);
    replaceData(book, channelData(manyChannels(5)));
    killAt('Sheet.insertChart');
    expect(() => buildMonthlyReport(book.services, { month: '2026-10' })).toThrow('Exceeded maximum');
    jest.restoreAllMocks();
    // The half-built tab is left, under its building name, beside the untouched report.
    expect(tabNames(book)).toEqual(['Notes', 'KPI data', BUILDING, TAB, 'Later']);
    expect(reportOf(book)).toEqual({ ...before, index: 4 });
    return book;
  }

  it('leaves a marked building tab that the next build removes, so none piles up', () => {
    const book = killedRebuild();
    const result = buildMonthlyReport(later(book, 7), { month: '2026-10' });
    expect(result).toMatchObject({ ok: true, tabName: TAB });
    expect(tabNames(book)).toEqual(['Notes', 'KPI data', TAB, 'Later']);
    const after = reportOf(book);
    expect(after.values.find((row) => row[0] === 'KPI')).toContain('Channel 5');
    expect(after.marks).toEqual([[REPORT_METADATA_KEY, '2026-10 2026-11-03T09:07:00.000Z']]);
    // Killed again and again: still one building tab at most.
    for (const minutes of [14, 21]) {
      killAt('Sheet.insertChart');
      expect(() => buildMonthlyReport(later(book, minutes), { month: '2026-10' })).toThrow('Exceeded');
      jest.restoreAllMocks();
      expect(tabNames(book)).toEqual(['Notes', 'KPI data', BUILDING, TAB, 'Later']);
    }
  });

  it('leaves a building tab younger than an execution may run alone: another build may be writing it', () => {
    const book = killedRebuild();
    const result = buildMonthlyReport(later(book, 2), { month: '2026-10' });
    expect(result).toEqual({
      ok: false,
      message:
        'A report for this month is being built in the tab “KPI report 2026-10 (building…)”. Try again in 4 minutes: a build that stopped halfway is cleared away then.',
    });
    expect(tabNames(book)).toEqual(['Notes', 'KPI data', BUILDING, TAB, 'Later']);
    // Six minutes after it started, no execution can still be writing it.
    expect(buildMonthlyReport(later(book, 6), { month: '2026-10' })).toMatchObject({ ok: true });
    expect(tabNames(book)).toEqual(['Notes', 'KPI data', TAB, 'Later']);
  });

  it('never touches a tab of the user’s that has the building name', () => {
    const book = reportBook(channelData(manyChannels(3)));
    const mine = book.gas.spreadsheet.insertSheet(BUILDING);
    mine.getRange(1, 1).setValue('my notes');
    const result = buildMonthlyReport(book.services, { month: '2026-10' });
    expect(result).toMatchObject({ ok: true, tabName: TAB });
    expect(tabNames(book)).toEqual(['Notes', 'KPI data', BUILDING, TAB]);
    expect(mine.getDataRange().getValues()).toEqual([['my notes']]);
  });
});

describe('A user’s tab whose name differs from the report’s only in case', () => {
  it('is left alone: Sheets refuses the name in any case, so the report takes the next number, once', () => {
    const book = reportBook(channelData(manyChannels(3)));
    book.gas.spreadsheet.insertSheet('kpi report 2026-10').getRange(1, 1).setValue('mine');
    expect(buildMonthlyReport(book.services, { month: '2026-10' })).toMatchObject({
      ok: true,
      tabName: 'KPI report 2026-10 (2)',
    });
    expect(buildMonthlyReport(later(book, 1), { month: '2026-10' })).toMatchObject({
      ok: true,
      tabName: 'KPI report 2026-10 (2)',
    });
    expect(tabNames(book)).toEqual(['Notes', 'KPI data', 'kpi report 2026-10', 'KPI report 2026-10 (2)']);
    expect(book.gas.spreadsheet.sheet('kpi report 2026-10').getDataRange().getValues()).toEqual([['mine']]);
  });
});
