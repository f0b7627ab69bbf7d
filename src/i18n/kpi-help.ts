import { KPI_PROSE } from '../kpi/prose';
import { KPIS, type ColumnKpiId, type KpiId } from '../kpi/registry';
import type { ColumnAggregation } from '../kpi/types';
import { formulasInNotation } from './formulas';
import { LANGUAGES, type Language } from './packs';

/*
 * What a KPI means and how it is computed, in every language but English, whose help is the
 * KPI's own prose (src/kpi/prose.ts); each other language's kpi-help.ts is keyed by KpiId and
 * typed against it, so a KPI without its translation does not compile. Read by the Help / About
 * build and the goals sidebar page only: not imported from src/i18n/index.ts, so the server
 * bundle, which every custom function call loads, carries none of it.
 */

export interface KpiHelp {
  /** One or two sentences: what it means and the product's choices. */
  help: string;
  /** The formula in words. */
  formula: string;
}

export type KpiHelpCatalogue = Readonly<Record<KpiId, KpiHelp>>;

/** A language's own texts for every KPI but the counted columns, whose help is made from their facts. */
export type FormulaicKpiHelp = Readonly<Record<Exclude<KpiId, ColumnKpiId>, KpiHelp>>;

/** A counted data column's help in a language, from its id, its header and how a month adds it up. */
export type ColumnHelp = (id: ColumnKpiId, header: string, how: Exclude<ColumnAggregation, 'key'>) => KpiHelp;

/** What a language's kpi-help.ts exports. */
interface KpiHelpFile {
  kpiHelp: FormulaicKpiHelp;
  columnHelp: ColumnHelp;
}

/** A language's own texts, and one for the counted columns, whose facts the registry holds. */
function catalogue(language: KpiHelpFile): KpiHelpCatalogue {
  const columns = {} as Record<ColumnKpiId, KpiHelp>;
  for (const kpi of KPIS) {
    if (kpi.column && kpi.column.aggregation !== 'key') {
      const id = kpi.id as ColumnKpiId;
      columns[id] = language.columnHelp(id, kpi.column.header, kpi.column.aggregation);
    }
  }
  return { ...columns, ...language.kpiHelp };
}

type Translated = Exclude<Language, 'en'>;

/** The translations, from each language's kpi-help.ts; English has none, it is the KPIs' own prose. */
export const KPI_HELP_TEXTS = Object.fromEntries(
  LANGUAGES.filter((language): language is Translated => language !== 'en').map((language) => [
    language,
    catalogue(require(`./${language}/kpi-help.ts`) as KpiHelpFile),
  ]),
) as Readonly<Record<Translated, KpiHelpCatalogue>>;

/** A KPI's help and formula in the language. */
export function kpiHelpFor(language: Language, id: KpiId): KpiHelp {
  if (language === 'en') return { help: KPI_PROSE[id].help, formula: KPI_PROSE[id].formula };
  const translated = KPI_HELP_TEXTS[language][id];
  // Translations quote formulas as the registry writes them; shown in the language's notation.
  return { help: formulasInNotation(translated.help, language), formula: translated.formula };
}
