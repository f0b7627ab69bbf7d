import { buildMonthlyReport } from '../../src/report/actions';
import { reportBook } from '../support/world';
import { csvValues } from './helpers';

/* A script or a page may send the month as anything: what is not text gets a message, not a TypeError. */

describe('Build monthly report given a month that is not text', () => {
  const cases: Array<[string, unknown, string]> = [
    [
      'en_US',
      202610,
      'Build report: the month must be text of the form YYYY-MM, such as "2026-10", not 202610.',
    ],
    [
      'sv_SE',
      { year: 2026, month: 10 },
      'Skapa rapport: månaden ska vara text av formen ÅÅÅÅ-MM, till exempel "2026-10", inte {"year":2026,"month":10}.',
    ],
    [
      'vi_VN',
      [2026, 10],
      'Tạo báo cáo: tháng phải là văn bản theo dạng YYYY-MM, ví dụ "2026-10", không phải [2026,10].',
    ],
  ];
  it.each(cases)(
    'in %s, %j: names the month and the form YYYY-MM, and writes no tab',
    (locale, month, message) => {
      const book = reportBook(csvValues('report-small.csv'), { locale });
      const tabs = book.gas.spreadsheet.sheets.length;
      const result = buildMonthlyReport(book.services, { month, alert: false });
      expect(result).toEqual({ ok: false, message });
      expect(book.gas.spreadsheet.sheets).toHaveLength(tabs);
    },
  );

  it('alerts the message when the caller does not show it itself', () => {
    const book = reportBook(csvValues('report-small.csv'));
    buildMonthlyReport(book.services, { month: true });
    expect(book.gas.ui.alerts.map((alert) => alert.prompt)).toEqual([
      'Build report: the month must be text of the form YYYY-MM, such as "2026-10", not true.',
    ]);
  });

  it('takes null as no month, as google.script.run sends a missing argument: the last complete month', () => {
    const book = reportBook(csvValues('report-small.csv'));
    expect(buildMonthlyReport(book.services, { month: null })).toMatchObject({
      ok: true,
      tabName: 'KPI report 2026-10',
    });
  });
});
