import { aboutHtml } from '../../src/help/about';
import { CATALOGUES } from '../../src/i18n';
import { customFunctionKpis } from '../../src/kpi/registry';

describe('Help / About dialog', () => {
  const html = aboutHtml(CATALOGUES.en.about, '1.2.3');

  it('lists every custom function from the registry with its example and formula', () => {
    for (const kpi of customFunctionKpis()) {
      expect(html).toContain(`<tr id="${kpi.id}"><td><code>${kpi.fn!.name}(`);
      expect(html).toContain(kpi.fn!.example.replace(/"/g, '&quot;'));
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
    );
    expect(hostile).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(hostile).not.toContain('<img src=x');
    expect(hostile).not.toContain('"><script>');
  });

  it('is written in the spreadsheet’s language', () => {
    expect(aboutHtml(CATALOGUES.sv.about, '1')).toContain('Räckvidd');
    expect(aboutHtml(CATALOGUES.vi.about, '1')).toContain('Phạm vi tiếp cận');
  });
});
