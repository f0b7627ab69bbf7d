import { ALL_CHANNELS } from '../../src/report/model';
import {
  buildMonthlyReport,
  ENGAGEMENT_BASE_PROPERTY,
  REPORT_METADATA_KEY,
  reportPeriodChoices,
} from '../../src/report/actions';
import { REPORT_TEXTS } from '../../src/i18n';
import { COLOURS } from '../../src/report/layout';
import type { FakeSheet } from '../../src/local/fakes';
import { conditionHolds } from '../../src/local/workbench/page/conditional';
import { reportBook, type World } from '../support/world';
import { asMonthlyRows, csvValues, rowOf, table, tabValues } from './helpers';

const L = REPORT_TEXTS.en;

function reportValues(book: World, name = 'KPI report 2026-10'): unknown[][] {
  return tabValues(book, name);
}

/** The style Sheets would show for a cell: the first conditional rule over it whose condition holds. */
function conditionalStyleAt(sheet: FakeSheet, row: number, column: number, value: unknown) {
  for (const { spec } of sheet.conditionalFormatRules) {
    const covers = spec.ranges.some(
      ({ rect }) =>
        row >= rect.row &&
        row < rect.row + rect.numRows &&
        column >= rect.column &&
        column < rect.column + rect.numColumns,
    );
    if (
      covers &&
      spec.condition &&
      conditionHolds(spec.condition as { type: string; values: number[] }, value as number)
    ) {
      return { background: spec.style.background, fontColor: spec.style.fontColor, bold: spec.style.bold };
    }
  }
  return undefined;
}

function sheetNames(book: World): string[] {
  return book.gas.spreadsheet.getSheets().map((sheet) => sheet.getName());
}

describe('Build monthly report', () => {
  it('writes a report tab for the month with the pooled figures, and says so in two toasts', () => {
    const book = reportBook(csvValues('report-small.csv'));
    const result = buildMonthlyReport(book.services, { month: '2026-10' });
    expect(result).toMatchObject({ ok: true, tabName: 'KPI report 2026-10' });
    expect(book.gas.spreadsheet.toasts.map((toast) => toast.message)).toEqual([
      'Building the KPI report for October 2026…',
      'The report is ready in the tab “KPI report 2026-10”.',
    ]);
    expect(book.gas.spreadsheet.getActiveSheet().getName()).toBe('KPI report 2026-10');

    const values = reportValues(book);
    expect(values[0][0]).toBe('Social media KPI report: October 2026');
    // KPI | Instagram: this, change | Facebook: this, change | All channels: this, last, change
    expect(values[4].slice(0, 8)).toEqual(['KPI', 'Instagram', '', 'Facebook', '', 'All channels', '', '']);
    expect(values[5].slice(0, 8)).toEqual([
      '',
      'Oct 2026',
      'Change',
      'Oct 2026',
      'Change',
      'Oct 2026',
      'Sep 2026',
      'Change',
    ]);
    const cpc = rowOf(values, 'Cost per click (CPC)');
    expect(cpc[1]).toBeCloseTo(1.5, 12);
    expect(cpc[5]).toBeCloseTo(1.6, 12);
    expect(cpc[6]).toBeCloseTo(2.5, 12);
    expect(cpc[7]).toBeCloseTo(-0.36, 12);
    expect(rowOf(values, 'Followers').slice(1, 8)).toEqual([
      1100,
      0.1,
      480,
      -0.04,
      1580,
      1500,
      expect.any(Number),
    ]);
  });

  it('colours a falling cost per click green and a falling engagement rate red, by conditional rules', () => {
    const book = reportBook(asMonthlyRows(csvValues('report-small.csv')));
    buildMonthlyReport(book.services, { month: '2026-10' });
    const sheet = book.gas.spreadsheet.sheetNamed('KPI report 2026-10')!;
    const values = sheet.getDataRange().getValues();
    const rowIndex = (label: string) => values.findIndex((r) => r[0] === label);
    const style = (label: string, column: number) =>
      conditionalStyleAt(sheet, rowIndex(label) + 1, column + 1, values[rowIndex(label)][column]);
    // All channels' change column (H): CPC fell 36 % (good), engagement rate fell (bad); both
    // months are complete (monthly rows).
    expect(values[rowIndex('Cost per click (CPC)')][7]).toBeLessThan(0);
    expect(style('Cost per click (CPC)', 7)).toEqual({
      background: COLOURS.goodFill,
      fontColor: COLOURS.good,
      bold: true,
    });
    expect(values[rowIndex('Engagement rate')][7]).toBeLessThan(0);
    expect(style('Engagement rate', 7)).toEqual({
      background: COLOURS.badFill,
      fontColor: COLOURS.bad,
      bold: true,
    });
    // A rise of a ↑ KPI is good news too; no change is no colour.
    expect(values[rowIndex('Impressions')][7]).toBeGreaterThan(0);
    expect(style('Impressions', 7)?.fontColor).toBe(COLOURS.good);
    expect(values[rowIndex('Click-through rate (CTR)')][7]).toBe(0);
    expect(style('Click-through rate (CTR)', 7)).toBeUndefined();
    // The fixed colours are gone: the rules alone colour the change column.
    expect(sheet.getDataRange().getFontColors()[rowIndex('Cost per click (CPC)')][7]).toBe(COLOURS.text);
  });

  it('sets every conditional rule in one call: four by direction, each over many ranges', () => {
    const book = reportBook(asMonthlyRows(csvValues('report-small.csv')));
    buildMonthlyReport(book.services, { month: '2026-10' });
    expect(book.gas.calls.count('Sheet.setConditionalFormatRules')).toBe(1);
    const sheet = book.gas.spreadsheet.sheetNamed('KPI report 2026-10')!;
    const rules = sheet.conditionalFormatRules.map((rule) => rule.spec);
    expect(rules.map((rule) => [rule.condition?.type, rule.condition?.values, rule.style.fontColor])).toEqual(
      [
        ['NUMBER_GREATER_THAN', [0], COLOURS.good],
        ['NUMBER_LESS_THAN', [0], COLOURS.bad],
        ['NUMBER_LESS_THAN', [0], COLOURS.good],
        ['NUMBER_GREATER_THAN', [0], COLOURS.bad],
      ],
    );
    // Change columns C, E and H; the ↓ KPIs (CPC, CPM, cost per lead, bounce rate…) only in the
    // ↓ rules, and every change cell in exactly one direction's rules.
    const cells = (rule: (typeof rules)[number]) =>
      rule.ranges.flatMap((range) =>
        Array.from({ length: range.rect.numRows }, (_, i) => `${range.rect.column}:${range.rect.row + i}`),
      );
    const up = cells(rules[0]);
    const down = cells(rules[2]);
    expect(cells(rules[1])).toEqual(up);
    expect(cells(rules[3])).toEqual(down);
    expect(new Set(rules.flatMap((rule) => rule.ranges.map((range) => range.rect.column)))).toEqual(
      new Set([3, 5, 8]),
    );
    const values = sheet.getDataRange().getValues();
    const cpcRow = values.findIndex((r) => r[0] === 'Cost per click (CPC)') + 1;
    const ctrRow = values.findIndex((r) => r[0] === 'Click-through rate (CTR)') + 1;
    expect(down).toContain(`8:${cpcRow}`);
    expect(up).not.toContain(`8:${cpcRow}`);
    expect(up).toContain(`8:${ctrRow}`);
    expect(up.filter((cell) => down.includes(cell))).toEqual([]);
    // Fewer ranges than cells: consecutive rows of one direction share a range.
    expect(rules[0].ranges.length).toBeLessThan(up.length);
  });

  it('formats fractions as percentages, money as currency and a reach upper bound with ≤, in the sheet’s locale', () => {
    const book = reportBook(csvValues('report-small.csv'), { locale: 'sv_SE' });
    buildMonthlyReport(book.services, { month: '2026-10' });
    const sheet = book.gas.spreadsheet.getSheetByName('KPI-rapport 2026-10')!;
    const values = sheet.getDataRange().getValues();
    const display = sheet.getDataRange().getDisplayValues();
    // The last match: "Räckvidd" is also the family heading above the KPI.
    const row = (label: string) => display[values.map((r) => r[0]).lastIndexOf(label)];
    expect(row('Engagemangsgrad')[5]).toBe('3,80%');
    expect(row('Kostnad')[5]).toBe('200,00 kr');
    expect(row('Räckvidd')[1]).toBe('≤ 5\u00a0000');
    expect(row('Räckvidd')[3]).toBe('1\u00a0800');
    expect(row('Visningar')[5]).toBe('12\u00a0500');
    expect(sheet.getFrozenRows()).toBe(6);
  });

  it('writes no NaN or Infinity anywhere, and the data tab stays exactly as it was', () => {
    const book = reportBook(csvValues('report-small.csv'));
    const before = JSON.stringify(book.gas.spreadsheet.snapshot().sheets.find((s) => s.name === 'KPI data'));
    buildMonthlyReport(book.services, { month: '2026-10' });
    buildMonthlyReport(book.services, { month: '2026-09' });
    const after = JSON.stringify(book.gas.spreadsheet.snapshot().sheets.find((s) => s.name === 'KPI data'));
    expect(after).toBe(before);
    for (const name of ['KPI report 2026-10', 'KPI report 2026-09']) {
      for (const cell of reportValues(book, name).flat()) {
        if (typeof cell === 'number') expect(Number.isFinite(cell)).toBe(true);
        else expect(String(cell)).not.toMatch(/NaN|Infinity|undefined|null/);
      }
    }
  });

  it('marks its tab, replaces only that tab on a rebuild, and never touches a user tab of the same name', () => {
    const book = reportBook(csvValues('report-small.csv'), { extraSheets: ['KPI report 2026-10'] });
    const userSheet = book.gas.spreadsheet.getSheetByName('KPI report 2026-10')!;
    userSheet.getRange('A1').setValue('my own notes');

    const first = buildMonthlyReport(book.services, { month: '2026-10' });
    expect(first).toMatchObject({ ok: true, tabName: 'KPI report 2026-10 (2)' });
    const ours = book.gas.spreadsheet.getSheetByName('KPI report 2026-10 (2)')!;
    expect(ours.getDeveloperMetadata().map((entry) => [entry.getKey(), entry.getValue()])).toEqual([
      [REPORT_METADATA_KEY, '2026-10 2026-11-03T09:00:00.000Z'],
    ]);

    const second = buildMonthlyReport(book.services, { month: '2026-10' });
    expect(second).toMatchObject({ ok: true, tabName: 'KPI report 2026-10 (2)' });
    expect(sheetNames(book)).toEqual(['Notes', 'KPI data', 'KPI report 2026-10', 'KPI report 2026-10 (2)']);
    expect(book.gas.spreadsheet.getSheetByName('KPI report 2026-10')!.getDataRange().getValues()).toEqual([
      ['my own notes'],
    ]);
  });

  it('rebuilding without a user tab keeps a single report tab', () => {
    const book = reportBook(csvValues('report-small.csv'));
    buildMonthlyReport(book.services, { month: '2026-10' });
    buildMonthlyReport(book.services, { month: '2026-10' });
    expect(sheetNames(book)).toEqual(['Notes', 'KPI data', 'KPI report 2026-10']);
    expect(book.gas.spreadsheet.getSheetByName('KPI report 2026-10')!.getCharts()).toHaveLength(2);
  });

  it('embeds a 12-month trend chart and a channel comparison chart over helper data on the tab', () => {
    const book = reportBook(csvValues('report-small.csv'));
    buildMonthlyReport(book.services, { month: '2026-10' });
    const charts = book.gas.spreadsheet
      .snapshot()
      .sheets.find((s) => s.name === 'KPI report 2026-10')!.charts;
    expect(charts.map((chart) => [chart.type, chart.options.title])).toEqual([
      ['LINE', 'Headline KPIs, last 12 months (All channels)'],
      ['COLUMN', 'Channels compared, October 2026'],
    ]);
    const values = reportValues(book);
    const trendHeader = values.findIndex((r) => r[0] === 'Month');
    expect(charts[0].ranges[0]).toBe(`'KPI report 2026-10'!A${trendHeader + 1}:E${trendHeader + 13}`);
    expect(values[trendHeader + 12].slice(0, 3)).toEqual(['Oct 2026', 12500, 475]);
  });

  it('uses the engagement base a document property fixes', () => {
    const book = reportBook(csvValues('report-small.csv'), {
      properties: { [ENGAGEMENT_BASE_PROPERTY]: 'followers' },
    });
    const result = buildMonthlyReport(book.services, { month: '2026-10' });
    expect(result.ok && result.model.engagementBases).toEqual(['followers', 'followers', 'followers']);
    const values = reportValues(book);
    expect(rowOf(values, 'Engagement rate')[5]).toBeCloseTo(475 / 1580, 12);
    expect(values.some((r) => String(r[0]).includes('fixed to followers by the document setting'))).toBe(
      true,
    );
  });

  it('keeps injection-looking channel names as text', () => {
    const names = ['=HYPERLINK("http://evil.example","x")', '+46 70 123 45 67', '@team', '-minus'];
    const book = reportBook(
      table(
        ['Date', 'Channel', 'Clicks'],
        ...names.map((name, i) => ['2026-10-0' + (i + 1), "'" + name, i + 1]),
      ),
    );
    const result = buildMonthlyReport(book.services, { month: '2026-10' });
    expect(result.ok).toBe(true);
    const sheet = book.gas.spreadsheet.getSheetByName('KPI report 2026-10')!;
    const values = sheet.getDataRange().getValues();
    expect(values[4]).toEqual(expect.arrayContaining(names));
    expect(
      sheet
        .getDataRange()
        .getFormulas()
        .flat()
        .every((formula) => formula === ''),
    ).toBe(true);
  });

  it('lists skipped rows with their row numbers and reasons in the data-quality section', () => {
    const book = reportBook(
      table(
        ['Datum', 'Kanal', 'Klick', 'Visningar'],
        ['2026-10-01', 'Instagram', 5, 100],
        ['31/10/2026', 'Instagram', 5, 100],
        ['2026-10-02', 'Instagram', 'många', 100],
        ['2026-10-03', 'Instagram', -2, 100],
        ['2026-10-01', 'Instagram', 5, 100],
      ),
      { locale: 'sv_SE' },
    );
    buildMonthlyReport(book.services, { month: '2026-10' });
    const lines = reportValues(book, 'KPI-rapport 2026-10').map((r) => r[0]);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Rad 3 hoppades över: ”31/10/2026” är inget datum (skriv ÅÅÅÅ-MM-DD).',
        'Rad 4 hoppades över: Klick är ”många”, inte ett tal.',
        'Rad 5 hoppades över: Klick är -2, men ett antal kan inte vara negativt.',
        'Rad 6 hoppades över: den är en exakt kopia av rad 2.',
        'Bara en kanal (Instagram) har data den här månaden: Alla kanaler är samma som den.',
      ]),
    );
  });

  it('reads dates typed as text in a Vietnamese sheet and Vietnamese headers', () => {
    const book = reportBook(
      table(
        ['Ngày', 'Kênh', 'Lượt hiển thị', 'Lượt nhấp'],
        ['31/10/2026', 'Facebook', 1000, 20],
        ['01/10/2026', 'Zalo', 500, 5],
      ),
      { locale: 'vi_VN', timeZone: 'Asia/Ho_Chi_Minh' },
    );
    const result = buildMonthlyReport(book.services, { month: '2026-10' });
    expect(result.ok && result.model.columns).toEqual(['Facebook', 'Zalo', ALL_CHANNELS]);
    expect(rowOf(reportValues(book, 'Báo cáo KPI 2026-10'), 'Tỷ lệ nhấp (CTR)')[5]).toBeCloseTo(
      25 / 1500,
      12,
    );
  });

  it('marks a month complete in the dialog when every channel in it has a row for every day', () => {
    const rows = [];
    for (let day = 1; day <= 30; day++) rows.push([`2026-09-${String(day).padStart(2, '0')}`, 'A', day]);
    const book = reportBook(table(['Date', 'Channel', 'Clicks'], ...rows, ['2026-10', 'B', 5]));
    expect(reportPeriodChoices(book.services).periods).toEqual([
      // A row dated by the month alone covers the whole month.
      {
        value: '2026-10',
        label: 'October 2026',
        complete: true,
        text: 'October 2026 (complete)',
        detail: '',
      },
      {
        value: '2026-09',
        label: 'September 2026',
        complete: true,
        text: 'September 2026 (complete)',
        detail: '',
      },
    ]);
  });

  it('picks the last complete month when none is given', () => {
    const book = reportBook(
      table(
        ['Date', 'Channel', 'Clicks'],
        ['2026-09-10', 'A', 1],
        ['2026-10-10', 'A', 2],
        ['2026-11-02', 'A', 3],
      ),
    );
    expect(buildMonthlyReport(book.services)).toMatchObject({ ok: true, tabName: 'KPI report 2026-10' });
    expect(reportPeriodChoices(book.services)).toMatchObject({
      periods: [
        // The current month is never complete before it ends, whatever its rows.
        {
          value: '2026-11',
          label: 'November 2026',
          complete: false,
          text: 'November 2026 (incomplete)',
          detail: 'This month has not ended yet, so it is not complete.',
        },
        {
          value: '2026-10',
          label: 'October 2026',
          complete: false,
          text: 'October 2026 (incomplete)',
          detail: 'Not every day has data: A 1 of 31 days.',
        },
        { value: '2026-09', label: 'September 2026', complete: false },
      ],
      selected: '2026-10',
    });
  });
});

describe('Build monthly report on bad input', () => {
  const alertsAfter = (book: World, month?: string) => {
    const before = sheetNames(book);
    const result = buildMonthlyReport(book.services, { month });
    expect(result.ok).toBe(false);
    expect(sheetNames(book)).toEqual(before);
    return book.gas.ui.alerts.map((alert) => alert.prompt);
  };

  it('explains a missing data tab', () => {
    expect(alertsAfter(reportBook(null))).toEqual([L.noDataSheet('KPI data')]);
  });

  it('explains missing Date and Channel columns', () => {
    expect(alertsAfter(reportBook(table(['Day of week', 'Likes'], ['Mon', 1])))).toEqual([
      'The tab “KPI data” needs a Date and a Channel column in its first row. Headers in English, Swedish or Vietnamese are recognised (Date/Datum/Ngày, Channel/Kanal/Kênh).',
    ]);
  });

  it('explains an empty data tab, a month without rows and a malformed month', () => {
    expect(alertsAfter(reportBook(table(['Date', 'Channel'])))).toEqual([L.emptyDataSheet('KPI data')]);
    const book = reportBook(csvValues('report-small.csv'));
    expect(alertsAfter(book, '2026-05')).toEqual([
      'The data has no rows for May 2026. Months with data: 2026-09, 2026-10.',
    ]);
    expect(alertsAfter(reportBook(csvValues('report-small.csv')), 'October')).toEqual([
      L.badMonth('October'),
    ]);
  });

  it('explains a sheet where no row can be read', () => {
    expect(
      alertsAfter(
        reportBook(table(['Date', 'Channel', 'Likes'], ['soon', 'A', 1], ['2026-10-01', 'A', 'x'])),
      ),
    ).toEqual([L.noUsableRows('KPI data', 2)]);
  });
});
