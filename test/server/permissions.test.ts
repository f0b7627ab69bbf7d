import {
  createFakeAppsScript,
  FAKE_AUTHORIZATION_URL,
  SCOPE,
  type FakeAppsScript,
} from '../../src/local/fakes';
import { callGlobal, DIST, loadBundle } from '../support/bundle';

/*
 * Google's per-scope consent lets a user untick some of the add-on's permissions. A menu item that
 * needs one then says which, and how to grant it, instead of a raw "You do not have permission".
 */

function project(gas: FakeAppsScript) {
  return loadBundle(gas.globals());
}

describe('a menu item when the user declined one of the manifest’s scopes', () => {
  it('SMART goals without the email permission: names it and the link, opens nothing, throws nothing', () => {
    const gas = createFakeAppsScript({ declinedScopes: [SCOPE.email], html: { directory: DIST } });
    expect(() => callGlobal(project(gas), 'showGoalsSidebar')).not.toThrow();
    expect(gas.ui.dialogs).toEqual([]);
    expect(gas.ui.alerts).toHaveLength(1);
    expect(gas.ui.alerts[0]).toMatchObject({ title: 'Permission needed', buttons: 'OK' });
    expect(gas.ui.alerts[0].prompt).toBe(
      'SMART goals needs permission to see your email address, to record who changed a goal. It was not granted when Social KPIs was authorised.\n\n' +
        `To grant it, open this address, allow what it lists, then choose SMART goals again:\n${FAKE_AUTHORIZATION_URL}`,
    );
    expect(gas.calls.count('Session.getActiveUser')).toBe(0);
  });

  it('Build monthly report without the dialogs permission, in the spreadsheet’s Swedish', () => {
    const gas = createFakeAppsScript({
      declinedScopes: [SCOPE.containerUi],
      spreadsheet: { locale: 'sv_SE' },
      html: { directory: DIST },
    });
    callGlobal(project(gas), 'showReportDialog');
    expect(gas.ui.dialogs).toEqual([]);
    expect(gas.ui.alerts[0].title).toBe('Behörighet saknas');
    expect(gas.ui.alerts[0].prompt).toContain(
      'Skapa månadsrapport behöver behörighet att visa sina dialogrutor och sitt sidofält i det här kalkylarket.',
    );
  });

  it('without the spreadsheet permission the message is in the user’s own language (Vietnamese), listing both missing', () => {
    const gas = createFakeAppsScript({
      declinedScopes: [SCOPE.currentOnly, SCOPE.email],
      session: { activeUserLocale: 'vi' },
      html: { directory: DIST },
    });
    callGlobal(project(gas), 'showGoalsSidebar');
    expect(gas.ui.alerts[0].title).toBe('Cần cấp quyền');
    expect(gas.ui.alerts[0].prompt).toContain(
      'Mục tiêu SMART cần quyền xem và chỉnh sửa bảng tính này và xem địa chỉ email của bạn',
    );
    expect(gas.calls.count('SpreadsheetApp.getActive')).toBe(0);
  });

  it('with every scope granted, the menu items open their sidebar and dialogs as before', () => {
    const gas = createFakeAppsScript({ html: { directory: DIST } });
    const loaded = project(gas);
    callGlobal(loaded, 'showGoalsSidebar');
    callGlobal(loaded, 'showAboutDialog');
    expect(gas.ui.dialogs.map((dialog) => dialog.kind)).toEqual(['sidebar', 'modal']);
    expect(gas.ui.alerts).toEqual([]);
  });

  it('the old way, without the check, fails with the raw Apps Script exception', () => {
    const gas = createFakeAppsScript({ declinedScopes: [SCOPE.email], html: { directory: DIST } });
    const loaded = project(gas);
    // A sidebar call made anyway (say, from a sidebar opened before the grant was withdrawn).
    expect(() => callGlobal(loaded, 'getGoalsSidebarData')).toThrow(
      'You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
  });
});

describe('the fake ScriptApp.getAuthorizationInfo', () => {
  it('answers from the manifest and the user’s consent, and refuses a scope the script does not ask for', () => {
    const gas = createFakeAppsScript({ declinedScopes: [SCOPE.email] });
    const app = gas.ScriptApp;
    const info = app.getAuthorizationInfo(app.AuthMode.FULL, [SCOPE.currentOnly, SCOPE.email]);
    expect(info.getAuthorizedScopes()).toEqual([SCOPE.currentOnly]);
    expect(info.getAuthorizationStatus()).toBe(app.AuthorizationStatus.REQUIRED);
    expect(info.getAuthorizationUrl()).toBe(FAKE_AUTHORIZATION_URL);
    const granted = app.getAuthorizationInfo(app.AuthMode.FULL, [SCOPE.currentOnly]);
    expect(granted.getAuthorizationStatus()).toBe(app.AuthorizationStatus.NOT_REQUIRED);
    expect(granted.getAuthorizationUrl()).toBeNull();
    expect(() => app.getAuthorizationInfo(app.AuthMode.FULL, [SCOPE.spreadsheets])).toThrow(
      /does not require the scope/,
    );
  });
});
