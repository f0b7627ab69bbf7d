import { pack as en } from './en/pack';
import type { KeyColumnId, LanguagePack } from './pack';
import { pack as sv } from './sv/pack';
import { pack as vi } from './vi/pack';

/*
 * The table of languages: one line per language folder, English first (the fallback). The
 * Language type, the locale → language rule, the formula notation, the default currencies, the
 * date words, the key columns' header aliases, the menus and the permission texts are derived
 * from it (CONTRIBUTING.md: "Add a language"). Each derivation takes the table as an argument,
 * so a test can show that a pack added to a copy of it is picked up.
 */
export const LANGUAGE_PACKS = { en, sv, vi } as const satisfies Readonly<Record<string, LanguagePack>>;

export type Language = keyof typeof LANGUAGE_PACKS;

type Packs<L extends string> = Readonly<Record<L, LanguagePack>>;

export const LANGUAGES = Object.keys(LANGUAGE_PACKS) as readonly Language[];

/** One value per language of the table, from its pack. */
export function fromPacks<T, L extends string = Language>(
  read: (pack: LanguagePack, language: L) => T,
  packs: Packs<L> = LANGUAGE_PACKS as unknown as Packs<L>,
): Readonly<Record<L, T>> {
  const table = {} as Record<L, T>;
  for (const language of Object.keys(packs) as L[]) table[language] = read(packs[language], language);
  return table;
}

/** The packs in table order, each with its language. */
export function packEntries<L extends string = Language>(
  packs: Packs<L> = LANGUAGE_PACKS as unknown as Packs<L>,
): readonly (readonly [L, LanguagePack])[] {
  return (Object.keys(packs) as L[]).map((language) => [language, packs[language]] as const);
}

/** The first pack after English whose locale prefix the tag (trimmed, lower case) starts with; else English. */
export function languageIn<L extends string>(packs: Packs<L>, locale: string | null | undefined): L {
  const tag = (locale ?? '').trim().toLowerCase();
  const [first, ...rest] = packEntries(packs);
  for (const [language, pack] of rest)
    if (pack.localePrefixes.some((prefix) => tag.startsWith(prefix))) return language;
  return first[0];
}

/** Every pack's header names for a key column, in table order. */
export function keyColumnAliases<L extends string = Language>(
  id: KeyColumnId,
  packs: Packs<L> = LANGUAGE_PACKS as unknown as Packs<L>,
): string[] {
  return packEntries(packs).flatMap(([, pack]) => [...pack.headerAliases[id]]);
}

/** A month word's number, and the language it marks: none for English's words, which others share. */
export interface MonthWord<L extends string = Language> {
  month: number;
  language?: Exclude<L, 'en'>;
}

/** Every pack's month words: English's first, then each language's words English does not use. */
export function monthWords<L extends string = Language>(
  packs: Packs<L> = LANGUAGE_PACKS as unknown as Packs<L>,
): Map<string, MonthWord<L>> {
  const words = new Map<string, MonthWord<L>>();
  packEntries(packs).forEach(([language, pack], index) => {
    for (const [word, month] of Object.entries(pack.months)) {
      if (words.has(word)) continue;
      words.set(word, index === 0 ? { month } : { month, language: language as Exclude<L, 'en'> });
    }
  });
  return words;
}

/** Every pack's weekday words. */
export function weekdayWords<L extends string = Language>(
  packs: Packs<L> = LANGUAGE_PACKS as unknown as Packs<L>,
): Set<string> {
  return new Set(packEntries(packs).flatMap(([, pack]) => pack.weekdays));
}

/** The languages whose spreadsheets write a decimal comma, and so ";" between arguments. */
export function decimalCommaLanguages<L extends string = Language>(
  packs: Packs<L> = LANGUAGE_PACKS as unknown as Packs<L>,
): Set<L> {
  return new Set(packEntries(packs).flatMap(([language, pack]) => (pack.decimalComma ? [language] : [])));
}

/** Locale language code → currency, from the packs that name one. */
export function packCurrencies<L extends string = Language>(
  packs: Packs<L> = LANGUAGE_PACKS as unknown as Packs<L>,
): Record<string, string> {
  const currencies: Record<string, string> = {};
  for (const [, pack] of packEntries(packs))
    for (const prefix of pack.localePrefixes)
      if (pack.currency !== undefined) currencies[prefix] = pack.currency;
  return currencies;
}
