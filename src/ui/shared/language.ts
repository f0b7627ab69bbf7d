import { languageFromLocale, type Language } from '../../i18n/language';

/**
 * The locale the server put into the page (data-locale, see src/services/pages.ts). A page opened
 * without the server (a test loading the built file) still has the raw scriptlet there, which no
 * language starts with: English.
 */
export function pageLocale(): string {
  return document.querySelector<HTMLElement>('[data-locale]')?.dataset.locale ?? '';
}

export function pageLanguage(): Language {
  return languageFromLocale(pageLocale());
}
