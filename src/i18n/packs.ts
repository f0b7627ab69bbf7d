import { pack as en } from './en/pack';
import type { KeyColumnId, LanguagePack } from './pack';
import { pack as sv } from './sv/pack';
import { pack as vi } from './vi/pack';

/*
 * The table of languages: one line per language folder. The Language type, the locale → language
 * rule, the formula notation, the default currencies, the date words and the key columns' header
 * aliases are all derived from it (CONTRIBUTING.md: "Add a language").
 */
export const LANGUAGE_PACKS = { en, sv, vi } as const satisfies Readonly<Record<string, LanguagePack>>;

export type Language = keyof typeof LANGUAGE_PACKS;

/** English first: the language every other locale falls back to. */
export const LANGUAGES = Object.keys(LANGUAGE_PACKS) as readonly Language[];

/** The packs in table order, each with its language. */
export function packEntries(
  packs: Readonly<Record<string, LanguagePack>> = LANGUAGE_PACKS,
): readonly (readonly [string, LanguagePack])[] {
  return Object.entries(packs);
}

/** The first pack whose locale prefix the tag (lower case, trimmed) starts with; else the first pack. */
export function languageIn<L extends string>(
  packs: Readonly<Record<L, LanguagePack>>,
  locale: string | null | undefined,
): L {
  const tag = (locale ?? '').trim().toLowerCase();
  const entries = Object.entries(packs) as [L, LanguagePack][];
  for (const [language, pack] of entries) {
    if (language === entries[0][0]) continue;
    if (pack.localePrefixes.some((prefix) => tag.startsWith(prefix))) return language;
  }
  return entries[0][0];
}

/** Every pack's header names for a key column, in table order. */
export function keyColumnAliases(
  id: KeyColumnId,
  packs: Readonly<Record<string, LanguagePack>> = LANGUAGE_PACKS,
): string[] {
  return Object.values(packs).flatMap((pack) => [...pack.headerAliases[id]]);
}
