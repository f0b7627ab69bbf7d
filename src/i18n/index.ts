import { en, type Catalogue } from './en';
import { languageFromLocale, type Language } from './language';
import { sv } from './sv';
import { vi } from './vi';

export { languageFromLocale, LANGUAGES, type Language } from './language';
export type { Catalogue } from './en';

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, sv, vi };

export function catalogueFor(locale: string | null | undefined): Catalogue {
  return CATALOGUES[languageFromLocale(locale)];
}
