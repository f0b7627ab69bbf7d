import { MENU_ITEMS } from '../../src/server/menu';
import { serverFunctions } from '../../src/server/entrypoints';
import { CATALOGUES } from '../../src/i18n/catalogues';
import { callGlobal, DIST, loadBundle } from '../support/bundle';
import { createWorld } from '../support/world';

describe('onOpen / onInstall, run from the built bundle', () => {
  it('builds the add-on menu in AuthMode.NONE without touching the document, properties or locks', () => {
    const { gas } = createWorld('stockholm-en', { authMode: 'NONE', session: { activeUserLocale: 'sv_SE' } });
    const project = loadBundle(gas.globals());
    const scriptApp = gas.globals().ScriptApp as { AuthMode: { NONE: unknown } };
    callGlobal(project, 'onOpen', { authMode: scriptApp.AuthMode.NONE });
    expect(gas.ui.menuItems().map((item) => item.path[1])).toEqual(
      MENU_ITEMS.map((item) => CATALOGUES.sv.menu[item.caption]),
    );
    expect(gas.ui.menuItems().map((item) => item.functionName)).toEqual(
      MENU_ITEMS.map((item) => item.functionName),
    );
    expect(gas.calls.count('Spreadsheet')).toBe(0);
    expect(gas.calls.count('PropertiesService')).toBe(0);
    expect(gas.calls.count('LockService')).toBe(0);
  });

  it('onInstall builds the same menu, in the spreadsheet’s language once the document can be read', () => {
    const { gas } = createWorld('hochiminh-vi');
    const project = loadBundle(gas.globals());
    callGlobal(project, 'onInstall', { authMode: 'FULL' });
    expect(gas.ui.menuItems().map((item) => item.path[1])).toEqual(
      MENU_ITEMS.map((item) => CATALOGUES.vi.menu[item.caption]),
    );
  });

  it('every menu item runs a top-level server function that exists', () => {
    for (const item of MENU_ITEMS) expect(Object.keys(serverFunctions)).toContain(item.functionName);
  });

  it('Help / About shows the KPI reference in a modal dialog in the spreadsheet’s language', () => {
    const { gas } = createWorld('stockholm-sv', { html: { directory: DIST } });
    const project = loadBundle(gas.globals());
    callGlobal(project, 'showAboutDialog');
    const dialog = gas.ui.lastDialog();
    expect(dialog?.title).toBe(CATALOGUES.sv.menu.about);
    expect(dialog?.html).toContain(CATALOGUES.sv.about.title);
    // In a Swedish sheet's notation: ";" between arguments.
    expect(dialog?.html).toContain('=ENGAGEMENT_RATE(F2:I100; D2:D100)');
    expect(dialog?.html).toContain('Räckvidd');
  });
});
