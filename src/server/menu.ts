import { importLabels } from '../import/labels';

/** Menu items: caption and the global function the item runs. */
export const MENU_ITEMS: ReadonlyArray<{ caption: string; functionName: string }> = [
  { caption: importLabels.menuItem, functionName: 'showImportDialog' },
];

/**
 * Only builds the menu: in AuthMode.NONE, onOpen may not touch the document or properties, and
 * every custom function call loads this script, so nothing else happens here.
 */
export function buildAddonMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}
