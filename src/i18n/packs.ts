import type { ColumnKpiId } from '../kpi/registry';
import type { KeyColumnId, LanguagePack } from './pack';

/*
 * The languages, English first (the fallback). Each has a folder of that name beside this file,
 * and this line is the only other place it is named (CONTRIBUTING.md: "Add a language"): every
 * table keyed by language reads its file from the folder by the language's code, in
 * `require(`./${language}/FILE.ts`)` form. esbuild bundles every folder's FILE.ts for such a
 * call, and nothing else of the folders, so each bundle carries only the files it reads.
 */
export const LANGUAGES = ['en', 'sv', 'vi'] as const;

export type Language = (typeof LANGUAGES)[number];

/** One value per language, in the order of LANGUAGES. */
export function byLanguage<T>(read: (language: Language) => T): Readonly<Record<Language, T>> {
  const table = {} as Record<Language, T>;
  for (const language of LANGUAGES) table[language] = read(language);
  return table;
}

/*
 * Each language's pack.ts: how a locale names the language, its number notation and currency, its
 * date words and key-column headers, and the menu and permission texts every execution shows. The
 * Language type's rules, the formula notation, the default currencies, the date words, the
 * headers, the menus and the permission texts are derived from these. Each derivation takes the
 * packs as an argument, so a test can show that a pack added to a copy of them is picked up.
 */
export const LANGUAGE_PACKS: Readonly<Record<Language, LanguagePack>> = byLanguage(
  (language) => (require(`./${language}/pack.ts`) as { pack: LanguagePack }).pack,
);

type Packs<L extends string> = Readonly<Record<L, LanguagePack>>;

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

/** Every pack's header names for a counted data column, in table order. */
export function columnAliases<L extends string = Language>(
  id: ColumnKpiId,
  packs: Packs<L> = LANGUAGE_PACKS as unknown as Packs<L>,
): string[] {
  return packEntries(packs).flatMap(([, pack]) => [...(pack.columnAliases?.[id] ?? [])]);
}

/** Whether any pack reads the (normalised) header as a rate. */
export function isRateInAnyLanguage<L extends string = Language>(
  normalisedHeader: string,
  packs: Packs<L> = LANGUAGE_PACKS as unknown as Packs<L>,
): boolean {
  return packEntries(packs).some(([, pack]) => pack.rateHeader?.test(normalisedHeader) ?? false);
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

/** The numbered-month words of the packs that have them, each with its language. */
export function numberedMonthWords<L extends string = Language>(
  packs: Packs<L> = LANGUAGE_PACKS as unknown as Packs<L>,
): readonly (NonNullable<LanguagePack['numberedMonths']> & { language: L })[] {
  return packEntries(packs).flatMap(([language, pack]) =>
    pack.numberedMonths === undefined ? [] : [{ ...pack.numberedMonths, language }],
  );
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
