import type { Catalogue } from './en';
import { languageFromLocale } from './language';
import { sectionTable } from './sections';

export { languageFromLocale } from './language';
export { LANGUAGES, type Language } from './packs';
export type { Catalogue } from './en';
export type { ReportLabels } from './en/report';

/*
 * The sections the code loaded on demand (src/server/app.ts) shows, each read from every language
 * folder by the language's code. The script files import ./script-texts and ./function-texts
 * instead, so none of these reach the script that every custom function call loads
 * (test/server/on-demand.test.ts).
 */

/** What the server writes into the Goals tab; its reader recognises every language's headers. */
export const GOALS_TAB_TEXTS = sectionTable('goalsTab', (language) => require(`./${language}/goals-tab.ts`));

/** The import dialog's title and what importCsvRows answers. */
export const IMPORT_SERVER_TEXTS = sectionTable('importServer', (language) =>
  require(`./${language}/import-server.ts`),
);

/** The data sheet, the monthly report, its dialog and their messages. */
export const REPORT_TEXTS = sectionTable('report', (language) => require(`./${language}/report.ts`));

export function reportTextsFor(locale: string | null | undefined): Catalogue['report'] {
  return REPORT_TEXTS[languageFromLocale(locale)];
}

/** Week, month and quarter: their names, and the messages for a key that is not a period. */
export const PERIOD_TEXTS = sectionTable('periods', (language) => require(`./${language}/periods.ts`));

/** The team digest's email and its address list's messages. */
export const DIGEST_TEXTS = sectionTable('digest', (language) => require(`./${language}/digest.ts`));

/** The Schedule dialog and what the scheduled report records. */
export const SCHEDULE_TEXTS = sectionTable('schedule', (language) => require(`./${language}/schedule.ts`));
