import type { Catalogue } from '../i18n/en';
import { importDialog as en } from '../i18n/en/import';
import type { Language } from '../i18n/language';
import { importDialog as sv } from '../i18n/sv/import';
import { importDialog as vi } from '../i18n/vi/import';

/*
 * The import dialog's texts, for the pure core that runs in the dialog (reading, analysing,
 * converting). Callers pass the texts of the dialog's language explicitly; without them the core
 * words its findings in English. The dialog's texts are listed here rather than taken from the
 * full catalogues so the dialog page carries no other section.
 */

export type ImportLabels = Catalogue['importDialog'];

export const IMPORT_DIALOG_TEXTS = { en, sv, vi } as const satisfies Readonly<Record<Language, ImportLabels>>;

/** English: what the core says when no language is passed (Node callers, the headless CLI). */
export const ENGLISH_IMPORT_LABELS: ImportLabels = en;

export function importLabelsFor(language: Language): ImportLabels {
  return IMPORT_DIALOG_TEXTS[language];
}
