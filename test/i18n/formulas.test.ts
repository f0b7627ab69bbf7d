import { aboutHtml } from '../../src/help/about';
import { CATALOGUES } from '../../src/i18n/catalogues';
import { formulaInNotation, formulasInNotation } from '../../src/i18n/formulas';
import { kpiHelpFor } from '../../src/i18n/kpi-help';
import { kpiById } from '../../src/kpi/lookup';

describe('formulas in the notation a Swedish or Vietnamese spreadsheet takes', () => {
  it('separates arguments with ";" and writes decimal commas in sv and vi, leaves English alone', () => {
    expect(formulaInNotation('=GOAL_PROGRESS(0.031, 0.042, 0.036)', 'sv')).toBe(
      '=GOAL_PROGRESS(0,031; 0,042; 0,036)',
    );
    expect(formulaInNotation('=ENGAGEMENT_RATE(SUM(E2:H100), SUM(C2:C100))', 'vi')).toBe(
      '=ENGAGEMENT_RATE(SUM(E2:H100); SUM(C2:C100))',
    );
    expect(formulaInNotation('=GOAL_PROGRESS(0.031, 0.042, 0.036)', 'en')).toBe(
      '=GOAL_PROGRESS(0.031, 0.042, 0.036)',
    );
  });

  it('keeps text in quotes and prose around a formula as written', () => {
    expect(formulaInNotation('=IF(A1>0.5, "a, b", 1)', 'sv')).toBe('=IF(A1>0,5; "a, b"; 1)');
    expect(
      formulasInNotation('Use sums, not rates: =CTR(SUM(B2:B13), SUM(C2:C13)). Then 1.5, 2.', 'sv'),
    ).toBe('Use sums, not rates: =CTR(SUM(B2:B13); SUM(C2:C13)). Then 1.5, 2.');
  });

  it('reaches the Help / About example column and the sidebar help in Swedish', () => {
    const html = aboutHtml(CATALOGUES.sv.about, '1', 'sv');
    expect(html).toContain('<code>=GOAL_PROGRESS(0,031; 0,042; 0,036)</code>');
    expect(aboutHtml(CATALOGUES.en.about, '1', 'en')).toContain(
      '<code>=GOAL_PROGRESS(0.031, 0.042, 0.036)</code>',
    );
    const help = kpiHelpFor('sv', kpiById('engagement_rate')!.id).help;
    expect(help).toContain('=ENGAGEMENT_RATE(SUM(F2:I100); SUM(D2:D100))');
    expect(help).not.toContain('SUM(F2:I100), SUM');
  });
});
