import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KPI_HELP_TEXTS, kpiHelpFor, type FormulaicKpiHelp } from '../../src/i18n/kpi-help';
import { KPI_PROSE } from '../../src/kpi/prose';
import { KPIS } from '../../src/kpi/registry';
import { kpiById } from '../../src/kpi/lookup';

const ids = KPIS.map((kpi) => kpi.id);

describe.each(['sv', 'vi'] as const)('KPI definitions in %s', (language) => {
  const texts = KPI_HELP_TEXTS[language];

  it('has every registry id, and no id the registry does not have', () => {
    expect(Object.keys(texts).sort()).toEqual([...ids].sort());
  });

  it('has a non-empty help and formula for each, in the language, not the registry’s English', () => {
    for (const kpi of KPIS) {
      const { help, formula } = texts[kpi.id];
      expect({ id: kpi.id, help: help.trim() !== '', formula: formula.trim() !== '' }).toEqual({
        id: kpi.id,
        help: true,
        formula: true,
      });
      expect({ id: kpi.id, same: help === KPI_PROSE[kpi.id].help }).toEqual({ id: kpi.id, same: false });
      expect(help).not.toMatch(/undefined|\[object |\$\{/);
    }
  });

  it('keeps function calls, as Sheets reads them, exactly as the registry writes them', () => {
    const calls = (text: string) => text.match(/=[A-Z_]+\((?:[^()]|\([^()]*\))*\)/g) ?? [];
    for (const kpi of KPIS) {
      expect({ id: kpi.id, calls: calls(texts[kpi.id].help) }).toEqual({
        id: kpi.id,
        calls: calls(KPI_PROSE[kpi.id].help),
      });
    }
  });

  it('writes decimals in prose with a decimal comma', () => {
    for (const kpi of KPIS) {
      // Outside formulas: a digit, a point and a digit is an English decimal.
      const prose = texts[kpi.id].help.replace(/=[A-Z_]+\((?:[^()]|\([^()]*\))*\)/g, '');
      expect({ id: kpi.id, englishDecimal: /\d\.\d/.test(prose) }).toEqual({
        id: kpi.id,
        englishDecimal: false,
      });
    }
    expect(texts.engagement_rate.help).toContain('0,0425 = 4,25 %');
  });

  it('names a counted column by the data sheet’s header', () => {
    for (const kpi of KPIS.filter((k) => k.column)) {
      expect(texts[kpi.id].formula).toContain(kpi.column!.header);
    }
  });
});

describe('kpiHelpFor', () => {
  const ctr = kpiById('ctr')!.id;

  it('answers the KPI’s own English prose in English', () => {
    expect(kpiHelpFor('en', ctr)).toEqual({ help: KPI_PROSE.ctr.help, formula: KPI_PROSE.ctr.formula });
    expect(kpiHelpFor('en', ctr)).toEqual({
      help: 'Clicks divided by impressions.',
      formula: 'clicks / impressions',
    });
  });

  it('answers the translation in Swedish and Vietnamese', () => {
    expect(kpiHelpFor('sv', ctr).help).toBe('Klickfrekvens: antal klick delat med antal visningar.');
    expect(kpiHelpFor('vi', ctr).help).toBe('Tỷ lệ nhấp: số lượt nhấp chia cho số lượt hiển thị.');
    expect(kpiHelpFor('sv', ctr).formula).toBe('klick / visningar');
  });

  it('has a translation for every KPI id: a language without one does not compile', () => {
    // @ts-expect-error -- a language's KPI help must name every formulaic KPI
    const incomplete: FormulaicKpiHelp = { ctr: { help: 'Klick.', formula: 'klick / visningar' } };
    expect(Object.keys(incomplete)).toEqual(['ctr']);
    for (const language of ['sv', 'vi'] as const)
      for (const { id } of KPIS)
        expect({ language, id, help: kpiHelpFor(language, id).help !== KPI_PROSE[id].help }).toEqual({
          language,
          id,
          help: true,
        });
  });

  it('is not reachable from the server: only the build and the sidebar page import it', () => {
    const index = readFileSync(join(__dirname, '../../src/i18n/index.ts'), 'utf8');
    expect(index).not.toContain('kpi-help');
  });
});
