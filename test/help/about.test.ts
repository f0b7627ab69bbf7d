import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aboutHtml } from '../../src/help/about';
import { aboutPageFile } from '../../src/help/pages';
import { CATALOGUES } from '../../src/i18n/catalogues';
import { kpiHelpFor } from '../../src/i18n/kpi-help';
import { customFunctionKpis, kpiById } from '../../src/kpi/lookup';
import { functionProse, KPI_PROSE } from '../../src/kpi/prose';
import { escapeHtml } from '../../src/util/html';
import { DIST } from '../support/bundle';

describe('Help / About dialog', () => {
  const html = aboutHtml(CATALOGUES.en.about, '1.2.3', 'en');

  it('lists every custom function from the registry with its example and formula', () => {
    for (const kpi of customFunctionKpis()) {
      expect(html).toContain(`<tr id="${kpi.id}"><td><code>${kpi.fn!.name}(`);
      expect(html).toContain(functionProse(kpi.id).example.replace(/"/g, '&quot;'));
    }
    expect(html).toContain('Formula: clicks / impressions');
  });

  it('marks direction per KPI: CPC lower is better, CTR higher', () => {
    const row = (id: string) =>
      html.slice(html.indexOf(`<tr id="${id}">`), html.indexOf('</tr>', html.indexOf(`<tr id="${id}">`)));
    expect(row('cpc')).toContain('↓ lower is better');
    expect(row('ctr')).toContain('↑ higher is better');
  });

  it('links from the contents to each family section', () => {
    expect(html).toContain('<a href="#family-financial" target="_self">Financial</a>');
    expect(html).toContain('<h3 id="family-financial">Financial</h3>');
  });

  it('escapes text, so a catalogue or registry string cannot inject markup', () => {
    const hostile = aboutHtml(
      { ...CATALOGUES.en.about, title: '<img src=x onerror=alert(1)>' },
      '"><script>',
      'en',
    );
    expect(hostile).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(hostile).not.toContain('<img src=x');
    expect(hostile).not.toContain('"><script>');
  });

  it('is written in the spreadsheet’s language', () => {
    expect(aboutHtml(CATALOGUES.sv.about, '1', 'sv')).toContain('Räckvidd');
    expect(aboutHtml(CATALOGUES.vi.about, '1', 'vi')).toContain('Phạm vi tiếp cận');
  });

  describe('KPI definitions in the page’s language', () => {
    const english = KPI_PROSE[kpiById('engagement_rate')!.id];
    const row = (html: string, id: string) =>
      html.slice(html.indexOf(`<tr id="${id}">`), html.indexOf('</tr>', html.indexOf(`<tr id="${id}">`)));

    it('Swedish: ENGAGEMENT_RATE is explained in Swedish, with its formula, and not in English', () => {
      const sv = row(aboutHtml(CATALOGUES.sv.about, '1', 'sv'), 'engagement_rate');
      expect(sv).toContain(
        'Engagemangsgraden är interaktionerna delat med en bas du väljer: räckvidd, visningar eller följare.',
      );
      expect(sv).toContain('Ett decimaltal (0,0425 = 4,25 %).');
      expect(sv).toContain('=ENGAGEMENT_RATE(SUM(F2:I100); SUM(D2:D100))');
      expect(sv).toContain('Formel: interaktioner / bas');
      expect(sv).not.toContain('Engagements divided by a base you choose');
      expect(sv).not.toContain('engagements / base');
    });

    it('Vietnamese: ENGAGEMENT_RATE is explained in Vietnamese', () => {
      const vi = row(aboutHtml(CATALOGUES.vi.about, '1', 'vi'), 'engagement_rate');
      expect(vi).toContain('Tỷ lệ tương tác là số lượt tương tác chia cho một mẫu số do bạn chọn');
      expect(vi).toContain('Công thức: lượt tương tác / mẫu số');
      expect(vi).not.toContain(english.help.slice(0, 30));
    });

    it('English: the registry’s own text', () => {
      expect(row(aboutHtml(CATALOGUES.en.about, '1', 'en'), 'engagement_rate')).toContain(
        escapeHtml(english.help),
      );
    });

    it.each(['sv', 'vi'] as const)(
      'every function’s help in %s, escaped, and none in English',
      (language) => {
        const html = aboutHtml(CATALOGUES[language].about, '1', language);
        for (const kpi of customFunctionKpis()) {
          expect(row(html, kpi.id)).toContain(escapeHtml(kpiHelpFor(language, kpi.id).help));
          expect({ id: kpi.id, english: html.includes(escapeHtml(KPI_PROSE[kpi.id].help)) }).toEqual({
            id: kpi.id,
            english: false,
          });
        }
      },
    );

    it('the built dist/about-sv.html is the Swedish one', () => {
      const built = readFileSync(join(DIST, `${aboutPageFile('sv')}.html`), 'utf8');
      expect(built).toContain('Engagemangsgraden är interaktionerna delat med en bas du väljer');
      expect(built).not.toContain('Engagements divided by a base you choose');
      const vi = readFileSync(join(DIST, `${aboutPageFile('vi')}.html`), 'utf8');
      expect(vi).toContain('Tỷ lệ tương tác là số lượt tương tác');
    });
  });
});
