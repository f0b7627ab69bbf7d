import { ENGAGEMENT_TOTAL_EXAMPLE } from '../kpi/examples';
import { formulaInNotation } from '../i18n/formulas';
import { kpiHelpFor } from '../i18n/kpi-help';
import type { Language } from '../i18n/language';
import { functionProse } from '../kpi/prose';
import { FAMILIES, KPIS } from '../kpi/registry';
import type { KpiDefinition, KpiFamily } from '../kpi/types';
import { escapeHtml } from '../util/html';

export interface AboutTexts {
  title: string;
  intro: (totalExample: string) => string;
  familyTitles: Record<KpiFamily, string>;
  columns: { fn: string; meaning: string; example: string };
  formula: string;
  contents: string;
  countedTitle: string;
  countedIntro: string;
  higherIsBetter: string;
  lowerIsBetter: string;
  version: string;
}

function signature(kpi: KpiDefinition): string {
  const fn = kpi.fn!;
  return `${fn.name}(${fn.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`;
}

/**
 * The Help / About dialog: the KPI reference made from the registry, so what the dialog says a
 * function does is what it does. Each KPI's help and formula are the registry's in English and its
 * translation (src/i18n/kpi-help.ts) in Swedish and Vietnamese. Registry text is escaped like any
 * other text put into HTML.
 */
export function aboutHtml(texts: AboutTexts, version: string, language: Language): string {
  const sections = FAMILIES.map((family) => {
    const kpis = KPIS.filter((kpi) => kpi.family === family && kpi.fn);
    if (kpis.length === 0) return '';
    const rows = kpis
      .map((kpi) => {
        const { help, formula } = kpiHelpFor(language, kpi.id);
        return `<tr id="${escapeHtml(kpi.id)}"><td><code>${escapeHtml(signature(kpi))}</code><br><span class="dir">${escapeHtml(
          kpi.direction === 'up' ? texts.higherIsBetter : texts.lowerIsBetter,
        )}</span></td><td>${escapeHtml(help)}<br><span class="dir">${escapeHtml(texts.formula)}: ${escapeHtml(
          formula,
        )}</span></td><td><code>${escapeHtml(formulaInNotation(functionProse(kpi.id).example, language))}</code></td></tr>`;
      })
      .join('');
    return (
      `<h3 id="family-${family}">${escapeHtml(texts.familyTitles[family])}</h3>` +
      `<table><thead><tr><th>${escapeHtml(texts.columns.fn)}</th><th>${escapeHtml(texts.columns.meaning)}</th>` +
      `<th>${escapeHtml(texts.columns.example)}</th></tr></thead><tbody>${rows}</tbody></table>`
    );
  }).join('');
  // In-page links: the dialog is the definitions, so a user can jump to any family from the top.
  const contents = FAMILIES.filter((family) => KPIS.some((kpi) => kpi.family === family && kpi.fn))
    .map(
      (family) => `<a href="#family-${family}" target="_self">${escapeHtml(texts.familyTitles[family])}</a>`,
    )
    .join(' · ');
  const counted = KPIS.filter((kpi) => kpi.column)
    .map((kpi) => escapeHtml(kpi.column!.header))
    .join(', ');
  return `<!DOCTYPE html><html><head><base target="_blank"><meta charset="utf-8">
<style>
body{font-family:Roboto,Arial,sans-serif;font-size:13px;color:#202124;margin:0 4px}
h2{font-size:16px;font-weight:500}h3{font-size:14px;font-weight:500;margin:16px 0 4px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:4px 6px;border-bottom:1px solid #e0e0e0}
th{font-weight:500;color:#5f6368}code{font-family:"Roboto Mono",monospace;font-size:12px}.dir{color:#5f6368;font-size:12px}
</style></head><body>
<h2>${escapeHtml(texts.title)}</h2>
<p>${escapeHtml(texts.intro(formulaInNotation(ENGAGEMENT_TOTAL_EXAMPLE, language)))}</p>
<nav>${escapeHtml(texts.contents)}: ${contents}</nav>
${sections}
<h3>${escapeHtml(texts.countedTitle)}</h3>
<p>${escapeHtml(texts.countedIntro)} ${counted}.</p>
<p class="dir">${escapeHtml(texts.version)} ${escapeHtml(version)}</p>
</body></html>`;
}
