import type { Catalogue } from '../i18n/en';
import { IMPORT_DIALOG_TEXTS } from '../i18n/import-dialog-texts';
import type { Language } from '../i18n/language';

/*
 * The import dialog's texts, for the pure core that runs in the dialog (reading, analysing,
 * converting). Callers pass the texts of the dialog's language explicitly; without them the core
 * words its findings in English. The dialog's texts are read alone (src/i18n/import-dialog-texts.ts)
 * rather than taken from the full catalogues, so the dialog page carries no other section.
 */

export type ImportLabels = Catalogue['importDialog'];

export { IMPORT_DIALOG_TEXTS };

/** English: what the core says when no language is passed (Node callers, the headless CLI). */
export const ENGLISH_IMPORT_LABELS: ImportLabels = IMPORT_DIALOG_TEXTS.en;

export function importLabelsFor(language: Language): ImportLabels {
  return IMPORT_DIALOG_TEXTS[language];
}
