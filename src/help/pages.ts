import type { Language } from '../i18n/language';

/** The Help / About page of a language, an HTML file the build writes into dist/. */
export function aboutPageFile(language: Language): string {
  return `about-${language}`;
}
