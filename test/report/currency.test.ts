import { buildMonthlyReport } from '../../src/report/actions';
import { setUpDataSheet } from '../../src/report/data-sheet';
import {
  CURRENCY_PROPERTY,
  currencyForLocale,
  readCurrency,
  spreadsheetCurrency,
} from '../../src/report/currency';
import { reportJson } from '../../src/local/cli/report';
import { reportBook, type World } from '../support/world';
import { table } from './helpers';

/*
 * Currency belongs to the data (spec: Currency): the spreadsheet's setting, defaulting from the
 * locale, overridden by a Currency column; formats follow the currency in every language, and
 * amounts in two currencies are never added up.
 */

const HEADERS = ['Date', 'Channel', 'Impressions', 'Clicks', 'Cost', 'Revenue'];

function report(values: unknown[][], locale: string, currency?: string) {
  const book = reportBook(values, {
    locale,
    properties: currency === undefined ? undefined : { [CURRENCY_PROPERTY]: currency },
  });
  const result = buildMonthlyReport(book.services, { month: '2026-10' });
  if (!result.ok) throw new Error(result.message);
  const range = book.gas.spreadsheet.getSheetByName(result.tabName)!.getDataRange();
  const values2 = range.getValues();
  const shown = range.getDisplayValues();
  const formats = range.getNumberFormats();
  // The KPI rows are found by their registry id through the model's row order.
  const row = (kpiId: string) => {
    const labels = result.model.families.flatMap((family) => family.rows.map((r) => r.kpiId));
    const index = labels.indexOf(kpiId);
    // Table rows start after the two header rows (5, 6); each family adds its heading row.
    let sheetRow = 6;
    let seen = 0;
    for (const family of result.model.families) {
      sheetRow++;
      if (index < seen + family.rows.length) return sheetRow + (index - seen);
      sheetRow += family.rows.length;
      seen += family.rows.length;
    }
    throw new Error(`no row ${kpiId}`);
  };
  return { result, values: values2, shown, formats, row, lines: values2.map((cells) => String(cells[0])) };
}

describe('the spreadsheet’s currency', () => {
  it('defaults from the locale: sv → SEK, vi → VND, en_US → USD, other en → the region’s', () => {
    expect(currencyForLocale('sv_SE')).toBe('SEK');
    expect(currencyForLocale('sv')).toBe('SEK');
    expect(currencyForLocale('vi_VN')).toBe('VND');
    expect(currencyForLocale('en_US')).toBe('USD');
    expect(currencyForLocale('en_GB')).toBe('GBP');
    expect(currencyForLocale('en_AU')).toBe('AUD');
    expect(currencyForLocale('fi_FI')).toBe('EUR');
  });

  it('is the stored setting when it is a currency code, read the way a Currency cell is', () => {
    expect(spreadsheetCurrency('eur', 'sv_SE')).toBe('EUR');
    expect(spreadsheetCurrency(null, 'vi_VN')).toBe('VND');
    expect(spreadsheetCurrency('kronor', 'vi_VN')).toBe('VND');
    expect(readCurrency(' sek ')).toBe('SEK');
    expect(readCurrency('₫')).toBe('VND');
    // "kr" and "$" each name several currencies: not guessed.
    expect(readCurrency('kr')).toBeUndefined();
    expect(readCurrency('$')).toBeUndefined();
  });
});

describe('money in the report follows the currency, not the language', () => {
  const SEK_DATA = table(
    HEADERS,
    ['2026-09-01', 'Instagram', 10000, 200, 300, 900],
    ['2026-10-01', 'Instagram', 12000, 250, 312.5, 1000],
  );

  it.each([
    ['en_US', '312.50 kr', '1.25 kr'],
    ['sv_SE', '312,50 kr', '1,25 kr'],
    ['vi_VN', '312,50 kr', '1,25 kr'],
  ])('SEK data in %s shows kronor with two decimals', (locale, cost, cpc) => {
    const r = report(SEK_DATA, locale, 'SEK');
    expect(r.formats[r.row('cost')][1]).toBe('#,##0.00 "kr"');
    expect(r.shown[r.row('cost')][1]).toBe(cost);
    expect(r.shown[r.row('cpc')][1]).toBe(cpc);
    expect(r.values[r.row('cpc')][1]).toBeCloseTo(1.25, 12);
    expect(reportJson(r.result.model).currency).toBe('SEK');
  });

  it('shows a VND cost per click in dong without decimals, not “0 ₫”', () => {
    const VND_DATA = table(HEADERS, ['2026-10-01', 'Facebook', 40000, 1000, 1_250_000, 5_000_000]);
    const vi = report(VND_DATA, 'vi_VN');
    expect(vi.formats[vi.row('cpc')][1]).toBe('#,##0 "₫"');
    expect(vi.values[vi.row('cpc')][1]).toBe(1250);
    expect(vi.shown[vi.row('cpc')][1]).toBe('1.250 ₫');
    expect(reportJson(vi.result.model).currency).toBe('VND');
    // The same dong in a Swedish spreadsheet whose setting says VND: still dong.
    const sv = report(VND_DATA, 'sv_SE', 'VND');
    expect(sv.shown[sv.row('cpc')][1]).toBe('1\u00a0250 ₫');
  });

  it('takes a row’s currency from its Currency column, over the setting', () => {
    const values = table(
      [...HEADERS, 'Currency'],
      ['2026-10-01', 'Instagram', 12000, 250, 312.5, 1000, 'EUR'],
      ['2026-10-02', 'Instagram', 12000, 250, 100, 1000, 'eur'],
    );
    const r = report(values, 'sv_SE');
    expect(r.formats[r.row('cost')][1]).toBe('#,##0.00 "€"');
    expect(r.shown[r.row('cost')][1]).toBe('412,50 €');
  });
});

describe('rows of one channel-month in different currencies', () => {
  const MIXED = table(
    [...HEADERS, 'Currency'],
    ['2026-09-01', 'Facebook', 9000, 90, 100, 300, 'SEK'],
    ['2026-10-01', 'Facebook', 10000, 100, 100, 300, 'SEK'],
    ['2026-10-02', 'Facebook', 10000, 100, 20, 60, 'EUR'],
    ['2026-10-01', 'Instagram', 8000, 80, 50, 150, ''],
  );

  it.each([
    [
      'en_US',
      'Facebook: the rows of October 2026 are in EUR and SEK, which are not added up: its money figures are blank.',
    ],
    [
      'sv_SE',
      'Facebook: raderna för oktober 2026 är i EUR och SEK, som inte läggs ihop: kanalens belopp är tomma.',
    ],
    [
      'vi_VN',
      'Facebook: các dòng của tháng 10 năm 2026 dùng EUR và VND, không được cộng gộp: các số liệu tiền của kênh để trống.',
    ],
  ])(
    'are never summed: in %s the money cells are blank and the data-quality section says so',
    (locale, line) => {
      // The Vietnamese spreadsheet's own currency is VND, so its SEK rows are only "SEK" by their cells.
      const values =
        locale === 'vi_VN' ? MIXED.map((row) => row.map((cell) => (cell === 'SEK' ? 'VND' : cell))) : MIXED;
      const r = report(values, locale);
      const facebook = r.result.model.columns.indexOf('Facebook');
      for (const kpiId of ['cost', 'revenue', 'cpc', 'roi', 'roas']) {
        const row = r.result.model.families.flatMap((f) => f.rows).find((x) => x.kpiId === kpiId)!;
        expect(row.cells[facebook].current).toBeNull();
        // All channels would add them too: blank.
        expect(row.cells[row.cells.length - 1].current).toBeNull();
      }
      // Clicks are no money: still summed.
      expect(r.values[r.row('clicks')][1 + 2 * facebook]).toBe(200);
      expect(r.lines).toContain(line);
    },
  );

  it('leaves All channels’ money blank when channels are in different currencies, and says so', () => {
    const values = table(
      [...HEADERS, 'Currency'],
      ['2026-10-01', 'Facebook', 10000, 100, 100, 300, 'SEK'],
      ['2026-10-01', 'Instagram', 8000, 80, 50, 150, 'EUR'],
    );
    const r = report(values, 'en_US');
    const cost = r.result.model.families.flatMap((f) => f.rows).find((x) => x.kpiId === 'cost')!;
    expect(cost.cells.map((cell) => cell.current)).toEqual([100, 50, null]);
    // CPC pools cost ÷ clicks per channel: kronor and euros are not added there either.
    const cpc = r.result.model.families.flatMap((f) => f.rows).find((x) => x.kpiId === 'cpc')!;
    expect(cpc.cells.map((cell) => cell.current)).toEqual([1, 50 / 80, null]);
    expect(r.formats[r.row('cost')].slice(1, 5)).toEqual([
      '#,##0.00 "kr"',
      '+0.0%;-0.0%;0.0%',
      '#,##0.00 "€"',
      '+0.0%;-0.0%;0.0%',
    ]);
    expect(r.lines).toContain(
      'In October 2026 the channels’ money is in different currencies (SEK: Facebook; EUR: Instagram), which are not added up: All channels’ money figures are blank.',
    );
  });

  it('names a Currency cell that is no currency as a skipped row', () => {
    const values = table(
      [...HEADERS, 'Currency'],
      ['2026-10-01', 'Facebook', 10000, 100, 100, 300, 'SEK'],
      ['2026-10-02', 'Facebook', 10000, 100, 100, 300, 'kr'],
    );
    const r = report(values, 'en_US');
    expect(r.lines).toContain(
      'Row 3 skipped: Currency is “kr”, not a currency code such as SEK, VND, EUR or USD.',
    );
    expect(r.values[r.row('cost')][1]).toBe(100);
  });
});

describe('Set up data sheet asks for the currency', () => {
  const stored = (book: World) => book.gas.properties.stores.document.values.get(CURRENCY_PROPERTY);

  it('proposes the locale’s currency and stores the answer for every collaborator', () => {
    const book = reportBook(null, { locale: 'sv_SE' });
    book.gas.ui.answerPrompt('');
    book.gas.ui.answerAlert('NO');
    expect(setUpDataSheet(book.services)).toBe('created');
    expect(book.gas.ui.prompts[0].prompt).toBe(
      'Vilken valuta är beloppen i din data i? Rapporten visar beloppen i den och räknar aldrig om dem. Skriv en kod som SEK, VND, EUR eller USD, eller lämna tomt för SEK.',
    );
    expect(stored(book)).toBe('SEK');
  });

  it.each([
    ['vi_VN', ' eur ', 'EUR'],
    ['en_US', 'vnd', 'VND'],
  ])('in %s takes a typed code (%s)', (locale, typed, code) => {
    const book = reportBook(null, { locale });
    book.gas.ui.answerPrompt(typed);
    book.gas.ui.answerAlert('NO');
    setUpDataSheet(book.services);
    expect(stored(book)).toBe(code);
  });

  it('says so when the answer is no currency code, and changes nothing; Cancel changes nothing', () => {
    const book = reportBook(null, { locale: 'en_US' });
    book.gas.ui.answerPrompt('kronor');
    book.gas.ui.answerAlert('OK', 'NO');
    setUpDataSheet(book.services);
    expect(book.gas.ui.alerts[0].prompt).toBe(
      '“kronor” is not a currency code such as SEK, VND, EUR or USD. The currency stays USD; run Set up data sheet again to change it.',
    );
    expect(stored(book)).toBeUndefined();
    const cancelled = reportBook(null, { locale: 'en_US', properties: { [CURRENCY_PROPERTY]: 'EUR' } });
    cancelled.gas.ui.answerPrompt('SEK', 'CANCEL');
    cancelled.gas.ui.answerAlert('NO');
    setUpDataSheet(cancelled.services);
    expect(stored(cancelled)).toBe('EUR');
  });

  it('writes sample rows whose money is the size of the chosen currency: whole đồng, not “1 ₫” clicks', () => {
    const sample = (locale: string) => {
      const book = reportBook(null, { locale });
      book.gas.ui.answerPrompt('');
      book.gas.ui.answerAlert('YES');
      setUpDataSheet(book.services);
      // The data tab, named in the sheet's language, beside the fixture's Notes tab.
      const values = book.gas.spreadsheet.getSheets()[1].getDataRange().getValues();
      const cost = values[0].indexOf('Cost');
      const clicks = values[0].indexOf('Clicks');
      const rows = values.slice(1);
      const total = (column: number) => rows.reduce((sum, row) => sum + (row[column] as number), 0);
      return { rows, cost, cpc: total(cost) / total(clicks), book };
    };
    const us = sample('en_US');
    const vn = sample('vi_VN');
    expect(vn.rows.length).toBe(us.rows.length);
    // The same sample, in đồng: about 25,000 to the dollar, every amount whole.
    expect(vn.cpc / us.cpc).toBeGreaterThan(24_000);
    expect(vn.cpc / us.cpc).toBeLessThan(26_000);
    expect(vn.rows.every((row) => Number.isInteger(row[vn.cost]))).toBe(true);
    expect(us.rows.some((row) => !Number.isInteger(row[us.cost]))).toBe(true);
    // The report's CPC then reads as Vietnamese prices do.
    const report = buildMonthlyReport(vn.book.services);
    const cpc = report.ok && report.model.families.flatMap((f) => f.rows).find((row) => row.kpiId === 'cpc');
    expect(cpc && cpc.cells[0].current).toBeGreaterThan(1_000);
  });

  it('lets a spreadsheet whose data tab holds rows change its currency, leaving the rows alone', () => {
    const book = reportBook(table(HEADERS, ['2026-10-01', 'Facebook', 1, 1, 1, 1]), { locale: 'en_US' });
    book.gas.ui.answerPrompt('SEK');
    expect(setUpDataSheet(book.services)).toBe('left_alone');
    expect(stored(book)).toBe('SEK');
  });
});
