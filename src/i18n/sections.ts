import type { Catalogue } from './en';
import { byLanguage, type Language } from './packs';

/**
 * One catalogue section in every language, each from the language's folder: `load` is the
 * language's `require(`./${language}/FILE.ts`)`, written out at the call so that esbuild sees
 * which file of every folder to bundle, and the file exports the section under its key.
 */
export function sectionTable<K extends keyof Catalogue>(
  key: K,
  load: (language: Language) => unknown,
): Readonly<Record<Language, Catalogue[K]>> {
  return byLanguage((language) => {
    const section = (load(language) as Partial<Pick<Catalogue, K>>)[key];
    if (section === undefined) throw new Error(`src/i18n/${language}: no "${String(key)}" section exported`);
    return section;
  });
}
