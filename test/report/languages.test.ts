import { buildMonthlyReport, reportPeriodChoices, REPORT_METADATA_KEY } from '../../src/report/actions';
import { setUpDataSheet } from '../../src/report/data-sheet';
import { CANONICAL_HEADERS } from '../../src/report/sample';
import { reportBook, type World } from '../support/world';
import { csvValues, table } from './helpers';

/*
 * The report in each language the add-on speaks, chosen by the spreadsheet's locale, on the
 * in-memory spreadsheet. Every expected text is written out here, not read from the catalogues,
 * so a wrong or missing translation fails. Numbers stay numbers: the locale shows them through
 * number formats.
 */

interface Case {
  locale: string;
  tab: string;
  title: string;
  /** The channel header row of the table and its month / change row. */
  header: string[];
  parts: string[];
  family: string;
  kpi: string;
  /** Engagement rate, All channels, October, as shown. */
  rateShown: string;
  followersShown: string;
  footnote: string;
  skipped: string;
  toasts: string[];
  chartTitles: string[];
  monthLabel: string;
  /** The dialog's list entry and the line under it: report-small.csv has a few days a month (the 15th is skipped). */
  monthText: string;
  monthDetail: string;
  dialogPrompt: string;
  noDataSheet: string;
}

const CASES: Case[] = [
  {
    locale: 'en_US',
    tab: 'KPI report 2026-10',
    title: 'Social media KPI report: October 2026',
    header: ['KPI', 'Instagram', '', 'Facebook', '', 'All channels', '', ''],
    parts: ['', 'Oct 2026', 'Change', 'Oct 2026', 'Change', 'Oct 2026', 'Sep 2026', 'Change'],
    family: 'Engagement',
    kpi: 'Engagement rate',
    rateShown: '3.80%',
    followersShown: '1,580',
    footnote:
      'Rates are pooled: the month’s totals divided, not an average of daily rates. All channels is computed from the channel totals.',
    skipped: 'Row 7 skipped: Clicks is “lots”, not a number.',
    toasts: [
      'Building the KPI report for October 2026…',
      'The report is ready in the tab “KPI report 2026-10”.',
    ],
    chartTitles: ['Headline KPIs, last 12 months (All channels)', 'Channels compared, October 2026'],
    monthLabel: 'October 2026',
    monthText: 'October 2026 (incomplete)',
    monthDetail: 'Not every day has data: Instagram 2 of 31 days; Facebook 1 of 31 days.',
    dialogPrompt: 'Which month should the report cover?',
    noDataSheet:
      'There is no “KPI data” tab. Use Extensions › Social KPIs › Set up data sheet, then add your numbers.',
  },
  {
    locale: 'sv_SE',
    tab: 'KPI-rapport 2026-10',
    title: 'KPI-rapport för sociala medier: oktober 2026',
    header: ['KPI', 'Instagram', '', 'Facebook', '', 'Alla kanaler', '', ''],
    parts: ['', 'okt 2026', 'Förändring', 'okt 2026', 'Förändring', 'okt 2026', 'sep 2026', 'Förändring'],
    family: 'Engagemang',
    kpi: 'Engagemangsgrad',
    rateShown: '3,80%',
    followersShown: '1\u00a0580',
    footnote:
      'Andelar räknas på månadens totaler, inte som ett medelvärde av dagliga andelar. Alla kanaler räknas fram ur kanalernas totaler.',
    skipped: 'Rad 7 hoppades över: Clicks är ”lots”, inte ett tal.',
    toasts: ['Skapar KPI-rapporten för oktober 2026…', 'Rapporten är klar på fliken ”KPI-rapport 2026-10”.'],
    chartTitles: [
      'Viktigaste KPI:erna, senaste 12 månaderna (alla kanaler)',
      'Kanalerna jämförda, oktober 2026',
    ],
    monthLabel: 'oktober 2026',
    monthText: 'oktober 2026 (ofullständig)',
    monthDetail: 'Data saknas för vissa dagar: Instagram 2 av 31 dagar; Facebook 1 av 31 dagar.',
    dialogPrompt: 'Vilken månad ska rapporten gälla?',
    noDataSheet:
      'Det finns ingen flik som heter ”KPI-data”. Välj Tillägg › Social KPIs › Skapa datablad och lägg sedan in dina siffror.',
  },
  {
    locale: 'vi_VN',
    tab: 'Báo cáo KPI 2026-10',
    title: 'Báo cáo KPI mạng xã hội: tháng 10 năm 2026',
    header: ['Chỉ số KPI', 'Instagram', '', 'Facebook', '', 'Tất cả các kênh', '', ''],
    parts: ['', 'T10/2026', 'Thay đổi', 'T10/2026', 'Thay đổi', 'T10/2026', 'T9/2026', 'Thay đổi'],
    family: 'Tương tác',
    kpi: 'Tỷ lệ tương tác',
    rateShown: '3,80%',
    followersShown: '1.580',
    footnote:
      'Các tỷ lệ được tính gộp: lấy tổng của cả tháng chia cho nhau, không lấy trung bình tỷ lệ từng ngày. Tất cả các kênh được tính từ tổng của từng kênh.',
    skipped: 'Đã bỏ qua dòng 7: Clicks là “lots”, không phải là số.',
    toasts: [
      'Đang tạo báo cáo KPI cho tháng 10 năm 2026…',
      'Báo cáo đã sẵn sàng trong trang tính “Báo cáo KPI 2026-10”.',
    ],
    chartTitles: [
      'Các KPI chính trong 12 tháng gần nhất (tất cả các kênh)',
      'So sánh các kênh, tháng 10 năm 2026',
    ],
    monthLabel: 'tháng 10 năm 2026',
    monthText: 'tháng 10 năm 2026 (chưa đầy đủ)',
    monthDetail: 'Không phải ngày nào cũng có dữ liệu: Instagram 2/31 ngày; Facebook 1/31 ngày.',
    dialogPrompt: 'Bạn muốn tạo báo cáo cho tháng nào?',
    noDataSheet:
      'Chưa có trang tính “Dữ liệu KPI”. Hãy chọn Tiện ích mở rộng › Social KPIs › Tạo trang tính dữ liệu, rồi nhập số liệu của bạn.',
  },
];

/** report-small.csv and one row whose Clicks is not a number (row 7 of the tab). */
function valuesWithABadRow(): unknown[][] {
  const values: unknown[][] = csvValues('report-small.csv');
  const row: unknown[] = values[0].map(() => '');
  row[0] = '2026-10-15';
  row[1] = 'Facebook';
  row[values[0].indexOf('Clicks')] = 'lots';
  return [...values, row];
}

function built(locale: string): { book: World; tab: string } {
  const book = reportBook(valuesWithABadRow(), { locale });
  const result = buildMonthlyReport(book.services, { month: '2026-10' });
  if (!result.ok) throw new Error(result.message);
  return { book, tab: result.tabName };
}

describe.each(CASES)('the report in $locale', (c) => {
  const { book, tab } = built(c.locale);
  const sheet = book.gas.spreadsheet.getSheetByName(tab)!;
  const range = sheet.getDataRange();
  const values = range.getValues();
  const shown = range.getDisplayValues();
  const formats = range.getNumberFormats();
  const rowIndex = (label: string) => values.findIndex((row) => row[0] === label);

  it('is written to a tab named in the language, marked as the add-on’s own', () => {
    expect(tab).toBe(c.tab);
    expect(sheet.getDeveloperMetadata().map((entry) => entry.getKey())).toEqual([REPORT_METADATA_KEY]);
  });

  it('has its title, table headers, family and KPI names in the language', () => {
    expect(values[0][0]).toBe(c.title);
    expect(values[4].slice(0, 8)).toEqual(c.header);
    expect(values[5].slice(0, 8)).toEqual(c.parts);
    expect(values[6][0]).toBe(c.family);
    expect(rowIndex(c.kpi)).toBeGreaterThan(6);
  });

  it('writes numbers as numbers and lets the locale show them through number formats', () => {
    const rate = rowIndex(c.kpi);
    expect(values[rate][5]).toBeCloseTo(475 / 12500, 12);
    expect(formats[rate][5]).toBe('0.00%');
    expect(shown[rate][5]).toBe(c.rateShown);
    // Followers: the first row of the Reach family, a count.
    const followersRow = values.findIndex((row, i) => i > 6 && typeof row[5] === 'number' && row[5] === 1580);
    expect(formats[followersRow][5]).toBe('#,##0');
    expect(shown[followersRow][5]).toBe(c.followersShown);
    // No number anywhere in the KPI table was turned into text.
    const table = values.slice(7, rowIndex(c.family) + 30).filter((row) => row[0] !== '');
    for (const row of table) {
      for (const cell of row.slice(1)) {
        if (typeof cell === 'string') expect(cell).not.toMatch(/\d/);
      }
    }
  });

  it('has its footnotes, data-quality lines and chart titles in the language', () => {
    const lines = values.map((row) => row[0]);
    expect(lines).toContain(c.footnote);
    expect(lines).toContain(c.skipped);
    const charts = book.gas.spreadsheet.snapshot().sheets.find((s) => s.name === tab)!.charts;
    expect(charts.map((chart) => chart.options.title)).toEqual(c.chartTitles);
  });

  it('says what it does in toasts in the language, and the month dialog speaks it too', () => {
    expect(book.gas.spreadsheet.toasts.map((toast) => toast.message)).toEqual(c.toasts);
    const choices = reportPeriodChoices(book.services);
    expect(choices.periods[0]).toEqual({
      value: '2026-10',
      label: c.monthLabel,
      complete: false,
      text: c.monthText,
      detail: c.monthDetail,
    });
    expect(choices.texts.prompt).toBe(c.dialogPrompt);
  });

  it('explains a missing data tab in the language, naming the tab it would create', () => {
    const empty = reportBook(null, { locale: c.locale });
    expect(buildMonthlyReport(empty.services)).toEqual({ ok: false, message: c.noDataSheet });
    expect(empty.gas.ui.alerts.map((alert) => alert.prompt)).toEqual([c.noDataSheet]);
  });
});

describe('one data tab for a team that mixes languages', () => {
  const ROWS = table(['Date', 'Channel', 'Clicks'], ['2026-10-01', 'Instagram', 5]);

  it.each([
    ['sv_SE', 'KPI-data'],
    ['vi_VN', 'Dữ liệu KPI'],
    ['en_US', 'KPI data'],
  ])('Set up data sheet in %s names the new tab %s', (locale, name) => {
    const book = reportBook(null, { locale });
    book.gas.ui.answerAlert('NO');
    expect(setUpDataSheet(book.services)).toBe('created');
    const sheet = book.gas.spreadsheet.getSheetByName(name);
    expect(sheet?.getRange(1, 1, 1, 3).getValues()).toEqual([[...CANONICAL_HEADERS.slice(0, 3)]]);
    expect(book.gas.ui.alerts[0].title).toBe(
      {
        sv_SE:
          'Fliken ”KPI-data” har skapats. Lägg till en rad per kanal och dag, per inlägg eller per månad.',
        vi_VN:
          'Đã tạo trang tính “Dữ liệu KPI”. Hãy nhập mỗi kênh một dòng theo ngày, theo bài đăng hoặc theo tháng.',
        en_US: 'Created the tab “KPI data”. Add one row per channel per day, per post or per month.',
      }[locale],
    );
    expect(book.gas.ui.alerts[0].prompt).toBe(
      {
        sv_SE: 'Vill du lägga till exempelrader (15 månader, fyra kanaler) och prova rapporten?',
        vi_VN: 'Thêm dữ liệu mẫu (15 tháng, bốn kênh) để dùng thử báo cáo?',
        en_US: 'Add sample rows (15 months, four channels) to try the report?',
      }[locale],
    );
  });

  it.each(['sv_SE', 'vi_VN'])(
    'in %s, the existing English "KPI data" tab is the data tab: set-up leaves it and the report reads it',
    (locale) => {
      const book = reportBook(ROWS, { locale });
      const tabsBefore = book.gas.spreadsheet.getSheets().map((s) => s.getName());
      expect(setUpDataSheet(book.services)).toBe('left_alone');
      expect(book.gas.spreadsheet.getSheets().map((s) => s.getName())).toEqual(tabsBefore);
      const result = buildMonthlyReport(book.services, { month: '2026-10' });
      expect(result.ok && result.model.source).toMatchObject({ sheetName: 'KPI data', rowsUsed: 1 });
    },
  );

  it('a Swedish-named data tab is found by a Vietnamese colleague, and its report names it', () => {
    const book = reportBook(null, { locale: 'sv_SE' });
    book.gas.ui.answerAlert('NO');
    setUpDataSheet(book.services);
    book.gas.spreadsheet
      .getSheetByName('KPI-data')!
      .getRange(2, 1, 1, 3)
      .setValues([['2026-10-01', 'Zalo', 1]]);
    book.gas.spreadsheet.setSpreadsheetLocale('vi_VN');
    expect(setUpDataSheet(book.services)).toBe('left_alone');
    expect(book.gas.ui.alerts.at(-1)?.prompt).toBe(
      'Trang tính “KPI-data” đã có dữ liệu nên được giữ nguyên. Trang tính dữ liệu của bạn đã sẵn sàng.',
    );
    const result = buildMonthlyReport(book.services, { month: '2026-10' });
    expect(result).toMatchObject({ ok: true, tabName: 'Báo cáo KPI 2026-10' });
    const lines = book.gas.spreadsheet.getSheetByName('Báo cáo KPI 2026-10')!.getDataRange().getValues();
    expect(lines[2][0]).toBe('Dữ liệu: trang tính “KPI-data”, đã dùng 1 trên 1 dòng');
    expect(book.gas.spreadsheet.getSheets().map((s) => s.getName())).toEqual([
      'Notes',
      'KPI-data',
      'Báo cáo KPI 2026-10',
    ]);
  });
});
