import { callGlobal, DIST, loadBundle } from '../support/bundle';
import { reportBook } from '../support/world';
import { csvValues } from '../report/helpers';

/*
 * The month dialog's server function from the built dist/ (npm run build first), called by its
 * global name: a month that is not text is a message in the spreadsheet's language, not a TypeError.
 */

describe('buildMonthlyReport from dist/ given a month that is not text', () => {
  it('answers in Swedish, naming the month and the form', () => {
    const book = reportBook(csvValues('report-small.csv'), { locale: 'sv_SE', html: { directory: DIST } });
    const project = loadBundle(book.gas.globals());
    expect(callGlobal(project, 'buildMonthlyReport', 202610)).toEqual({
      ok: false,
      message: 'Skapa rapport: månaden ska vara text av formen ÅÅÅÅ-MM, till exempel "2026-10", inte 202610.',
    });
    expect(callGlobal(project, 'buildMonthlyReport', { month: '2026-10' })).toEqual({
      ok: false,
      message:
        'Skapa rapport: månaden ska vara text av formen ÅÅÅÅ-MM, till exempel "2026-10", inte {"month":"2026-10"}.',
    });
    expect(book.gas.spreadsheet.sheets.map((sheet) => sheet.name)).toEqual(['Notes', 'KPI data']);
  });
});
