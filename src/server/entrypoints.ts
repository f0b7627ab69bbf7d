import { goalsDataFor } from '../goals/adapter';
import * as goals from '../goals/server';
import type { BaselineResult, CheckResult, DeleteResult, GoalsSidebarData, SaveResult } from '../goals/types';
import { aboutPageFile } from '../help/pages';
import type { ImportResponse } from '../import/protocol';
import { importCsvRows, showImportDialog } from '../import/server';
import { languageFromLocale, MENU_TEXTS } from '../i18n';
import {
  buildMonthlyReport,
  reportMonthChoices,
  showReportDialog,
  type MonthChoices,
} from '../report/actions';
import { setUpDataSheet } from '../report/data-sheet';
import { appsScriptServices, type Services } from '../services/services';
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
  showAboutDialog(): void {
    const services = appsScriptServices();
    const language = languageFromLocale(services.spreadsheet().getSpreadsheetLocale());
    // Built per language by the build from the registry: the reference's prose is not server code.
    const output = services
      .html()
      .createHtmlOutputFromFile(aboutPageFile(language))
      .setWidth(760)
      .setHeight(560);
    services.ui().showModalDialog(output, MENU_TEXTS[language].about);
  },
  setUpDataSheet(): void {
    setUpDataSheet(appsScriptServices());
  },
  showReportDialog(): void {
    showReportDialog(appsScriptServices());
  },
  /** The month dialog's list; called from the dialog by google.script.run. */
  reportMonthChoices(): MonthChoices {
    return reportMonthChoices(appsScriptServices());
  },
  /** Called from the month dialog; plain data back, as google.script.run passes nothing else. */
  buildMonthlyReport(month?: string): { ok: boolean; tabName?: string; message?: string } {
    const services = appsScriptServices();
    const result = buildMonthlyReport(services, {
      month,
      alert: false,
      goals: goals.reportGoalRows(services),
    });
    return result.ok ? { ok: true, tabName: result.tabName } : { ok: false, message: result.message };
  },

  // ----- SMART goals: the menu item and the sidebar's google.script.run targets -----
  showGoalsSidebar(): void {
    goals.showGoalsSidebar(appsScriptServices());
  },
  getGoalsSidebarData(): GoalsSidebarData {
    const services = appsScriptServices();
    return goals.getGoalsSidebarData(services, goalsDataFor(services));
  },
  computeBaseline(kpiId: unknown, channel: unknown, window: unknown): BaselineResult {
    const services = appsScriptServices();
    return goals.computeBaseline(services, goalsDataFor(services), kpiId, channel, window);
  },
  checkGoal(request: unknown): CheckResult {
    const services = appsScriptServices();
    return goals.checkGoal(services, goalsDataFor(services), request);
  },
  saveGoal(request: unknown): SaveResult {
    const services = appsScriptServices();
    return goals.saveGoal(services, goalsDataFor(services), request);
  },
  deleteGoal(id: unknown, version: unknown): DeleteResult {
    return goals.deleteGoal(appsScriptServices(), id, version);
  },

  // ----- Import CSV: the menu item and the dialog's google.script.run target -----
  showImportDialog(): void {
    showImportDialog(appsScriptServices());
  },
  /** One chunk of rows already mapped to the data sheet's columns; see src/import/protocol.ts. */
  importCsvRows(request: unknown): ImportResponse {
    return importCsvRows(appsScriptServices(), request);
  },
};

export type ServerFunctionName = keyof typeof serverFunctions;
