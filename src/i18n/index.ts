import { en, type Catalogue } from './en';
import { functions as enFunctions } from './en/functions';
import { menu as enMenu } from './en/menu';
import { report as enReport } from './en/report';
import { languageFromLocale, type Language } from './language';
import { sv } from './sv';
import { functions as svFunctions } from './sv/functions';
import { menu as svMenu } from './sv/menu';
import { report as svReport } from './sv/report';
import { vi } from './vi';
import { functions as viFunctions } from './vi/functions';
import { menu as viMenu } from './vi/menu';
import { report as viReport } from './vi/report';

export { languageFromLocale, LANGUAGES, type Language } from './language';
export type { Catalogue } from './en';
export type { ReportLabels } from './en/report';

/**
 * Every section of every language: for the build, the pages and the tests. Server code imports
 * the one section it needs below, so the sections it never shows stay out of the script that
 * every custom function call loads.
 */
export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, sv, vi };

export const MENU_TEXTS: Readonly<Record<Language, Catalogue['menu']>> = {
  en: enMenu,
  sv: svMenu,
  vi: viMenu,
};

export const FUNCTION_TEXTS: Readonly<Record<Language, Catalogue['functions']>> = {
  en: enFunctions,
  sv: svFunctions,
  vi: viFunctions,
};

export function functionTextsFor(locale: string | null | undefined): Catalogue['functions'] {
  return FUNCTION_TEXTS[languageFromLocale(locale)];
}

/** The data sheet, the monthly report, its dialog and their messages. */
export const REPORT_TEXTS: Readonly<Record<Language, Catalogue['report']>> = {
  en: enReport,
  sv: svReport,
  vi: viReport,
};

export function reportTextsFor(locale: string | null | undefined): Catalogue['report'] {
  return REPORT_TEXTS[languageFromLocale(locale)];
}
