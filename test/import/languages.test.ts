import { importCsvRows, showImportDialog, DATA_SHEET_NAME } from '../../src/import/server';
import { analyseTable, planImport } from '../../src/import/analyse';
import { importLabelsFor } from '../../src/import/texts';
import { CATALOGUES } from '../../src/i18n/catalogues';
import { createWorld } from '../support/world';

/*
 * Import CSV in a Swedish and a Vietnamese sheet: the server words its title and answers in the
 * sheet's language and hands the dialog the locale; the dialog's core words its own findings in
 * the language the dialog chose.
 */

describe.each([
  { locale: 'sv_SE', language: 'sv' as const, title: 'Importera CSV', already: /finns redan i bladet/ },
  { locale: 'vi_VN', language: 'vi' as const, title: 'Nhập CSV', already: /đã có trong trang tính/ },
])('import in $locale', ({ locale, language, title, already }) => {
  function book() {
    return createWorld('stockholm-sv', {
      locale,
      html: { files: { import: '<main id="import" data-locale="<?= locale ?>"></main>' } },
    });
  }
  const request = { columns: ['date', 'channel', 'likes'], rows: [['2026-10-01', 'X', 3]], rowNumbers: [2] };

  it('opens the dialog titled in the sheet’s language, with the locale in the page', () => {
    const { gas, services } = book();
    showImportDialog(services);
    expect(gas.ui.lastDialog()).toMatchObject({
      title,
      html: `<main id="import" data-locale="${locale}"></main>`,
    });
  });

  it('answers in the sheet’s language: rows already there, a busy sheet, a bad request', () => {
    const { gas, services } = book();
    expect(importCsvRows(services, request)).toMatchObject({ ok: true, added: 1 });
    const again = importCsvRows(services, request);
    expect(again).toMatchObject({ ok: true, added: 0, skipped: [{ row: 2 }] });
    expect(again.ok && again.skipped[0].reason).toMatch(already);
    expect(gas.SpreadsheetApp.getActive().getSheetByName(DATA_SHEET_NAME)).not.toBeNull();

    expect(importCsvRows(services, { columns: ['nope'] })).toEqual({
      ok: false,
      message: CATALOGUES[language].importServer.badRequest,
    });
    gas.locks.holdBy('teammate');
    expect(importCsvRows(services, request)).toEqual({
      ok: false,
      message: CATALOGUES[language].importServer.busy,
    });
  });

  it('the dialog’s core words its findings in the dialog’s language', () => {
    const labels = importLabelsFor(language);
    expect(labels).toBe(CATALOGUES[language].importDialog);
    const table = [
      ['Something', 'Other'],
      ['a', 'b'],
    ];
    const analysis = analyseTable(table);
    const plan = planImport(table, analysis, { targets: [null, null], channel: '' }, labels);
    expect(plan.problems).toEqual([
      CATALOGUES[language].importDialog.needDate,
      CATALOGUES[language].importDialog.needChannel,
    ]);
    expect(plan.problems.join(' ')).not.toMatch(/Choose|Enter/);
  });
});

describe('the date hint naming the language a date is written in', () => {
  it('names it in the dialog’s own language, as the runtime names languages', () => {
    expect(importLabelsFor('en').dateHintNamed('sv', 3, '3 okt. 2026')).toBe(
      'row 3 of the same column writes a date the Swedish way (“3 okt. 2026”)',
    );
    expect(importLabelsFor('sv').dateHintNamed('vi', 4, '3 tháng 10, 2026')).toBe(
      'rad 4 i samma kolumn skriver datum som man gör på vietnamesiska (”3 tháng 10, 2026”)',
    );
    // Mid-sentence "tiếng" is lower case; the country's name keeps its capitals.
    expect(importLabelsFor('vi').dateHintNamed('sv', 5, '3 okt. 2026')).toBe(
      'dòng 5 của cùng cột ghi ngày theo cách viết tiếng Thụy Điển (“3 okt. 2026”)',
    );
  });
});
