import { aboutPageFile } from '../help/pages';
import { languageFromLocale } from '../i18n/language';
import { MENU_TEXTS } from '../i18n/script-texts';
import {
  ALL_SPREADSHEETS_SCOPE,
  DIALOGS_SCOPE,
  EMAIL_SCOPE,
  SEND_MAIL_SCOPE,
  TRIGGERS_SCOPE,
  requirePermissions,
  SPREADSHEET_SCOPE,
  withPermissions,
} from '../services/permissions';
import { appsScriptServices, type Services } from '../services/services';
import type { AppFunctionName } from './app-functions';
import { onDemand } from './on-demand';
import { buildAddonMenu } from './menu';

/**
 * The menu's language. In AuthMode.NONE the document may not be read, so the user's own locale
 * (which needs no authorisation) stands in for the spreadsheet's until the add-on is enabled.
 */
function menuLanguage(authMode: GoogleAppsScript.Script.AuthMode | undefined, services: Services) {
  const noneMode = authMode !== undefined && String(authMode) === 'NONE';
  try {
    return languageFromLocale(
      noneMode ? services.userLocale() : services.spreadsheet().getSpreadsheetLocale(),
    );
  } catch {
    return 'en';
  }
}

/**
 * A menu item's function: it runs only when the user granted every scope it needs, and otherwise
 * says, under the item's own caption, which permission is missing (see withPermissions).
 */
function menuAction(caption: keyof typeof MENU_TEXTS.en, scopes: string[], run: () => void): () => void {
  return () =>
    withPermissions(appsScriptServices(), (language) => MENU_TEXTS[language][caption], scopes, run);
}

/**
 * A google.script.run target of a sidebar or dialog: before it runs (and before the on-demand code
 * is loaded), a scope it needs that the user has not granted is thrown as a message saying which
 * one and how to grant it, which the page shows, instead of Apps Script's raw "You do not have
 * permission to call …" from halfway through.
 */
function pageCall<F extends (...args: never[]) => unknown>(
  caption: keyof typeof MENU_TEXTS.en,
  scopes: string[],
  run: F,
): F {
  const checked = (...args: Parameters<F>) => {
    requirePermissions(appsScriptServices(), (language) => MENU_TEXTS[language][caption], scopes);
    return run(...args);
  };
  return checked as F;
}

const SCHEDULE_SCOPES = [ALL_SPREADSHEETS_SCOPE, TRIGGERS_SCOPE, SEND_MAIL_SCOPE];

/*
 * Every function Apps Script calls by its global name: triggers, menu items and the sidebar's
 * google.script.run targets. The build emits one top-level stub for each key, so this object is
 * the whole server surface; names ending in "_" would be private in Apps Script, so none do.
 */
export const serverFunctions = {
  onOpen(event?: { authMode?: GoogleAppsScript.Script.AuthMode }): void {
    const services = appsScriptServices();
    buildAddonMenu(services.ui(), MENU_TEXTS[menuLanguage(event?.authMode, services)]);
  },
  onInstall(event?: { authMode?: GoogleAppsScript.Script.AuthMode }): void {
    serverFunctions.onOpen(event);
  },
  showAboutDialog: menuAction('about', [SPREADSHEET_SCOPE, DIALOGS_SCOPE], () => {
    const services = appsScriptServices();
    const language = languageFromLocale(services.spreadsheet().getSpreadsheetLocale());
    // Built per language by the build from the registry: the reference's prose is not server code.
    const output = services
      .html()
      .createHtmlOutputFromFile(aboutPageFile(language))
      .setWidth(760)
      .setHeight(560);
    services.ui().showModalDialog(output, MENU_TEXTS[language].about);
  }),
  // The rest reads or writes the document and is loaded on demand (see ./on-demand.ts).
  setUpDataSheet: menuAction(
    'setUpDataSheet',
    [SPREADSHEET_SCOPE],
    onDemand('setUpDataSheet', appsScriptServices),
  ),
  showReportDialog: menuAction(
    'buildReport',
    [SPREADSHEET_SCOPE, DIALOGS_SCOPE],
    onDemand('showReportDialog', appsScriptServices),
  ),
  reportMonthChoices: pageCall(
    'buildReport',
    [SPREADSHEET_SCOPE],
    onDemand('reportMonthChoices', appsScriptServices),
  ),
  buildMonthlyReport: pageCall(
    'buildReport',
    [SPREADSHEET_SCOPE],
    onDemand('buildMonthlyReport', appsScriptServices),
  ),
  // The sidebar proposes you as owner and records who saved: it needs your address too.
  showGoalsSidebar: menuAction(
    'goals',
    [SPREADSHEET_SCOPE, DIALOGS_SCOPE, EMAIL_SCOPE],
    onDemand('showGoalsSidebar', appsScriptServices),
  ),
  getGoalsSidebarData: pageCall(
    'goals',
    [SPREADSHEET_SCOPE, EMAIL_SCOPE],
    onDemand('getGoalsSidebarData', appsScriptServices),
  ),
  computeBaseline: pageCall('goals', [SPREADSHEET_SCOPE], onDemand('computeBaseline', appsScriptServices)),
  checkGoal: pageCall('goals', [SPREADSHEET_SCOPE], onDemand('checkGoal', appsScriptServices)),
  saveGoal: pageCall('goals', [SPREADSHEET_SCOPE, EMAIL_SCOPE], onDemand('saveGoal', appsScriptServices)),
  deleteGoal: pageCall('goals', [SPREADSHEET_SCOPE], onDemand('deleteGoal', appsScriptServices)),
  showImportDialog: menuAction(
    'importCsv',
    [SPREADSHEET_SCOPE, DIALOGS_SCOPE],
    onDemand('showImportDialog', appsScriptServices),
  ),
  importCsvRows: pageCall('importCsv', [SPREADSHEET_SCOPE], onDemand('importCsvRows', appsScriptServices)),
  // Only the schedule asks for its three scopes, when it is used: installable triggers, opening
  // the file from a trigger (which has no active spreadsheet), and mail. The dialog needs them
  // all, since it shows and makes the trigger and sends the test digest; a user who never opens
  // it is never asked, and every other item works without them.
  showScheduleDialog: menuAction(
    'schedule',
    [SPREADSHEET_SCOPE, DIALOGS_SCOPE, ...SCHEDULE_SCOPES],
    onDemand('showScheduleDialog', appsScriptServices),
  ),
  getScheduleStatus: pageCall(
    'schedule',
    [SPREADSHEET_SCOPE, ...SCHEDULE_SCOPES],
    onDemand('getScheduleStatus', appsScriptServices),
  ),
  saveSchedule: pageCall(
    'schedule',
    [SPREADSHEET_SCOPE, EMAIL_SCOPE, ...SCHEDULE_SCOPES],
    onDemand('saveSchedule', appsScriptServices),
  ),
  turnOffSchedule: pageCall(
    'schedule',
    [SPREADSHEET_SCOPE, ...SCHEDULE_SCOPES],
    onDemand('turnOffSchedule', appsScriptServices),
  ),
  sendTestDigest: pageCall(
    'schedule',
    [SPREADSHEET_SCOPE, EMAIL_SCOPE, ...SCHEDULE_SCOPES],
    onDemand('sendTestDigest', appsScriptServices),
  ),
  // No permission check: no one is there to read a message, and getAuthorizationInfo's answer is
  // the same as the run's own refusal, which Apps Script emails to the trigger's owner.
  runScheduledReport: onDemand('runScheduledReport', appsScriptServices),
};

/** Fails the type check when an on-demand function has no stub here (the build emits one per key). */
type EveryAppFunction<T extends Record<AppFunctionName, unknown>> = T;
export type ServerFunctions = EveryAppFunction<typeof serverFunctions>;
export type ServerFunctionName = keyof ServerFunctions;
