import type { Catalogue } from '../i18n/en';
import { importDialog as en } from '../i18n/en/import';
import type { Language } from '../i18n/language';
import { importDialog as sv } from '../i18n/sv/import';
import { importDialog as vi } from '../i18n/vi/import';

/*
 * The import dialog's texts in the dialog's language, for the pure core that runs in the dialog
 * (reading, analysing, converting). One dialog shows one language: it sets it once at start, and
 * every module reads `importLabels` through this live binding. Without a call it is English.
 */

const DIALOG_TEXTS: Readonly<Record<Language, Catalogue['importDialog']>> = { en, sv, vi };

export let importLabels: Catalogue['importDialog'] = en;

export function useImportLanguage(language: Language): void {
  importLabels = DIALOG_TEXTS[language];
}
