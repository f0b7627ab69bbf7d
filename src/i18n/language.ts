import { LANGUAGE_PACKS, languageIn, type Language } from './packs';

export { LANGUAGES, type Language } from './packs';

/** The spreadsheet's locale picks the language (the packs' locale prefixes): sv_SE → Swedish, vi_VN → Vietnamese, else English. */
export function languageFromLocale(locale: string | null | undefined): Language {
  return languageIn(LANGUAGE_PACKS, locale);
}
