import type { Catalogue } from './en';
import { byLanguage } from './packs';

/**
 * Every section of every language, from each folder's index.ts: for the build (the Help / About
 * pages) and the tests. Never imported by code that ships, as it would carry every text.
 */
export const CATALOGUES = byLanguage(
  (language) => (require(`./${language}/index.ts`) as { catalogue: Catalogue }).catalogue,
);
