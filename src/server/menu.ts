import type { Catalogue } from '../i18n/en';

/** Menu items: the catalogue key of the caption and the global function the item runs. */
export const MENU_ITEMS: ReadonlyArray<{ caption: keyof Catalogue['menu']; functionName: string }> = [
  { caption: 'setUpDataSheet', functionName: 'setUpDataSheet' },
  { caption: 'importCsv', functionName: 'showImportDialog' },
  { caption: 'buildReport', functionName: 'showReportDialog' },
  { caption: 'schedule', functionName: 'showScheduleDialog' },
  { caption: 'goals', functionName: 'showGoalsSidebar' },
  { caption: 'about', functionName: 'showAboutDialog' },
];

/**
 * Only builds the menu: in AuthMode.NONE, onOpen may not touch the document or properties, and
 * every custom function call loads this script, so nothing else happens here.
 */
export function buildAddonMenu(ui: GoogleAppsScript.Base.Ui, captions: Catalogue['menu']): void {
  const menu = ui.createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(captions[item.caption], item.functionName);
  menu.addToUi();
}
