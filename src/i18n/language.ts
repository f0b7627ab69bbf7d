export type Language = 'en' | 'sv' | 'vi';

export const LANGUAGES: readonly Language[] = ['en', 'sv', 'vi'];

/** The spreadsheet's locale picks the language: sv_SE → Swedish, vi_VN → Vietnamese, else English. */
export function languageFromLocale(locale: string | null | undefined): Language {
  const tag = (locale ?? '').trim().toLowerCase();
  if (tag.startsWith('sv')) return 'sv';
  if (tag.startsWith('vi')) return 'vi';
  return 'en';
}
