import { en, type Catalogue } from './en';
import { functions as enFunctions } from './en/functions';
import { menu as enMenu } from './en/menu';
import { languageFromLocale, type Language } from './language';
import { sv } from './sv';
import { functions as svFunctions } from './sv/functions';
import { menu as svMenu } from './sv/menu';
import { vi } from './vi';
import { functions as viFunctions } from './vi/functions';
import { menu as viMenu } from './vi/menu';

export { languageFromLocale, LANGUAGES, type Language } from './language';
export type { Catalogue } from './en';

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
