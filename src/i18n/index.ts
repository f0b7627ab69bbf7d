import { en, type Catalogue } from './en';
import { functions as enFunctions } from './en/functions';
import { goalsTab as enGoalsTab } from './en/goals';
import { importServer as enImportServer } from './en/import';
import { digest as enDigest } from './en/digest';
import { schedule as enSchedule } from './en/schedule';
import { periods as enPeriods } from './en/periods';
import { report as enReport } from './en/report';
import { languageFromLocale, type Language } from './language';
import { fromPacks } from './packs';
import { sv } from './sv';
import { functions as svFunctions } from './sv/functions';
import { goalsTab as svGoalsTab } from './sv/goals';
import { importServer as svImportServer } from './sv/import';
import { digest as svDigest } from './sv/digest';
import { schedule as svSchedule } from './sv/schedule';
import { periods as svPeriods } from './sv/periods';
import { report as svReport } from './sv/report';
import { vi } from './vi';
import { functions as viFunctions } from './vi/functions';
import { goalsTab as viGoalsTab } from './vi/goals';
import { importServer as viImportServer } from './vi/import';
import { digest as viDigest } from './vi/digest';
import { schedule as viSchedule } from './vi/schedule';
import { periods as viPeriods } from './vi/periods';
import { report as viReport } from './vi/report';

export { languageFromLocale, LANGUAGES, type Language } from './language';
export type { Catalogue } from './en';
export type { ReportLabels } from './en/report';

/**
 * Every section of every language: for the build, the pages and the tests. Server code imports
 * the one section it needs below, so the sections it never shows stay out of the script that
 * every custom function call loads.
 */
export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, sv, vi };

/** The add-on menu, from the language packs (src/i18n/packs.ts). */
export const MENU_TEXTS: Readonly<Record<Language, Catalogue['menu']>> = fromPacks((pack) => pack.menu);

/** What a menu item says when a permission is missing; in the script files, as the menu is. */
export const PERMISSION_TEXTS: Readonly<Record<Language, Catalogue['permissions']>> = fromPacks(
  (pack) => pack.permissions,
);

export const FUNCTION_TEXTS: Readonly<Record<Language, Catalogue['functions']>> = {
  en: enFunctions,
  sv: svFunctions,
  vi: viFunctions,
};

/** What the server writes into the Goals tab; its reader recognises every language's headers. */
export const GOALS_TAB_TEXTS: Readonly<Record<Language, Catalogue['goalsTab']>> = {
  en: enGoalsTab,
  sv: svGoalsTab,
  vi: viGoalsTab,
};

/** The import dialog's title and what importCsvRows answers. */
export const IMPORT_SERVER_TEXTS: Readonly<Record<Language, Catalogue['importServer']>> = {
  en: enImportServer,
  sv: svImportServer,
  vi: viImportServer,
};

export function functionTextsFor(locale: string | null | undefined): Catalogue['functions'] {
  return FUNCTION_TEXTS[languageFromLocale(locale)];
}

/** The data sheet, the monthly report, its dialog and their messages. */
export const REPORT_TEXTS: Readonly<Record<Language, Catalogue['report']>> = {
  en: enReport,
  sv: svReport,
  vi: viReport,
};

export function reportTextsFor(locale: string | null | undefined): Catalogue['report'] {
  return REPORT_TEXTS[languageFromLocale(locale)];
}

/** Week, month and quarter: their names, and the messages for a key that is not a period. */
export const PERIOD_TEXTS: Readonly<Record<Language, Catalogue['periods']>> = {
  en: enPeriods,
  sv: svPeriods,
  vi: viPeriods,
};

/** The team digest's email and its address list's messages. */
export const DIGEST_TEXTS: Readonly<Record<Language, Catalogue['digest']>> = {
  en: enDigest,
  sv: svDigest,
  vi: viDigest,
};

/** The Schedule dialog and what the scheduled report records. */
export const SCHEDULE_TEXTS: Readonly<Record<Language, Catalogue['schedule']>> = {
  en: enSchedule,
  sv: svSchedule,
  vi: viSchedule,
};
