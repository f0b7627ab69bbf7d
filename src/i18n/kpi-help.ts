import { KPIS } from '../kpi/registry';
import type { ColumnAggregation, KpiDefinition } from '../kpi/types';
import { formulasInNotation } from './formulas';
import type { Language } from './language';
import * as sv from './sv/kpi-help';
import * as vi from './vi/kpi-help';

/*
 * What a KPI means and how it is computed, in Swedish and Vietnamese. English is the registry's
 * own help and formula (src/kpi/registry.ts is the one definition), so the translations are keyed
 * by registry id and a test checks them against the registry's ids. Read by the Help / About
 * build and the goals sidebar page only: not imported from src/i18n/index.ts, so the server
 * bundle, which every custom function call loads, carries none of it.
 */

export interface KpiHelp {
  /** One or two sentences: what it means and the product's choices. */
  help: string;
  /** The formula in words. */
  formula: string;
}

export type KpiHelpCatalogue = Readonly<Record<string, KpiHelp>>;

/** A counted data column's help in a language, from its id, its header and how a month adds it up. */
export type ColumnHelp = (id: string, header: string, how: Exclude<ColumnAggregation, 'key'>) => KpiHelp;

/** A language's own texts, and one for the counted columns, whose facts the registry holds. */
function catalogue(language: { kpiHelp: KpiHelpCatalogue; columnHelp: ColumnHelp }): KpiHelpCatalogue {
  const columns: Record<string, KpiHelp> = {};
  for (const kpi of KPIS) {
    if (kpi.column && kpi.column.aggregation !== 'key') {
      columns[kpi.id] = language.columnHelp(kpi.id, kpi.column.header, kpi.column.aggregation);
    }
  }
  return { ...columns, ...language.kpiHelp };
}

/** The translations; English has none, it is the registry. */
export const KPI_HELP_TEXTS: Readonly<Record<Exclude<Language, 'en'>, KpiHelpCatalogue>> = {
  sv: catalogue(sv),
  vi: catalogue(vi),
};

/** A KPI's help and formula in the language, or the registry's English where there is none. */
export function kpiHelpFor(language: Language, kpi: Pick<KpiDefinition, 'id' | 'help' | 'formula'>): KpiHelp {
  const translated = language === 'en' ? undefined : KPI_HELP_TEXTS[language]?.[kpi.id];
  if (!translated) return { help: kpi.help, formula: kpi.formula };
  // Translations quote formulas as the registry writes them; shown in the language's notation.
  return { help: formulasInNotation(translated.help, language), formula: translated.formula };
}
