import type { Catalogue } from './en';
import { languageFromLocale } from './language';
import { sectionTable } from './sections';

/*
 * The custom functions' messages: in a module of their own, as a table read from the language
 * folders is kept whole wherever its module is imported, and only the script files show these.
 */
export const FUNCTION_TEXTS = sectionTable('functions', (language) => require(`./${language}/functions.ts`));

export function functionTextsFor(locale: string | null | undefined): Catalogue['functions'] {
  return FUNCTION_TEXTS[languageFromLocale(locale)];
}
