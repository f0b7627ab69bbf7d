import { importCsvRows, showImportDialog } from '../import/server';
import { appsScriptServices } from '../services/services';
import { buildAddonMenu } from './menu';

/*
 * Every function Apps Script calls by its global name: triggers, menu items and the sidebar's
 * google.script.run targets. The build emits one top-level stub for each key, so this object is
 * the whole server surface; names ending in "_" would be private in Apps Script, so none do.
 */
export const serverFunctions = {
  onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
    buildAddonMenu(appsScriptServices().ui());
  },
  onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
    serverFunctions.onOpen(event as unknown as GoogleAppsScript.Events.SheetsOnOpen);
  },
  /** Menu: Import CSV… */
  showImportDialog(): void {
    showImportDialog(appsScriptServices());
  },
  /** The import dialog's google.script.run target: one chunk of mapped rows per call. */
  importCsvRows(request: unknown) {
    return importCsvRows(appsScriptServices(), request);
  },
};

export type ServerFunctionName = keyof typeof serverFunctions;
