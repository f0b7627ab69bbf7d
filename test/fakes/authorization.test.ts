import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFakeAppsScript, loadManifest, SCOPE } from '../../src/local/fakes';
import { referencePage, referenceScopes } from '../../src/local/fakes/scopes';

const ROOT = join(__dirname, '../..');

describe('scopes against the manifest', () => {
  it('reads the repository’s own appsscript.json', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8'));
    expect(loadManifest().oauthScopes).toEqual(manifest.oauthScopes);
    expect(createFakeAppsScript().context.manifestScopes).toEqual(manifest.oauthScopes);
  });

  it('refuses a method whose scopes the manifest lacks, with Apps Script’s message', () => {
    const gas = createFakeAppsScript({ manifest: { oauthScopes: [SCOPE.containerUi] } });
    expect(() => gas.SpreadsheetApp.getActive()).toThrow(
      'You do not have permission to call SpreadsheetApp.getActive. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)',
    );
    // A method whose reference page lists no scope still works.
    expect(gas.Session.getActiveUserLocale()).toBe('en');
  });

  it('refuses Session.getActiveUser without userinfo.email, and allows it with it', () => {
    const without = createFakeAppsScript({ manifest: { oauthScopes: [SCOPE.currentOnly] } });
    expect(() => without.Session.getActiveUser()).toThrow(
      'You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
    const withEmail = createFakeAppsScript({ manifest: { oauthScopes: [SCOPE.email] } });
    expect(withEmail.Session.getActiveUser().getEmail()).toBe('user@example.com');
  });

  it('accepts any one of the listed scopes: the broad spreadsheets scope covers currentonly methods', () => {
    const gas = createFakeAppsScript({ manifest: { oauthScopes: [SCOPE.spreadsheets] } });
    expect(gas.SpreadsheetApp.getActive().getSpreadsheetLocale()).toBe('en_US');
  });

  it('refuses a scope the manifest asks for but the user declined on the consent screen', () => {
    const gas = createFakeAppsScript({ declinedScopes: [SCOPE.containerUi] });
    const output = gas.HtmlService.createHtmlOutput('<p/>');
    expect(() => gas.SpreadsheetApp.getUi().showSidebar(output)).toThrow(
      'You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    );
    // Ui.alert's reference page lists no scope: the way to tell the user what is missing.
    gas.SpreadsheetApp.getUi().alert('still works');
    expect(gas.ui.alerts).toHaveLength(1);
  });

  it('knows each faked method’s scopes and reference page, and refuses to fake an unknown method', () => {
    expect(referenceScopes('Range.setValues')).toEqual([SCOPE.currentOnly, SCOPE.spreadsheets]);
    expect(referenceScopes('Ui.alert')).toEqual([]);
    expect(referenceScopes('Ui.showModalDialog')).toEqual([SCOPE.containerUi]);
    expect(referencePage('Sheet.getRangeList')).toBe(
      'https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRangeList',
    );
    expect(() => referenceScopes('Range.noSuchMethod')).toThrow(/not in the scope table/);
  });
});

describe('AuthMode.CUSTOM_FUNCTION', () => {
  it('reads the spreadsheet but may not write, show anything or learn who the user is', () => {
    const gas = createFakeAppsScript({ authMode: 'CUSTOM_FUNCTION' });
    const spreadsheet = gas.SpreadsheetApp.getActive();
    expect(spreadsheet.getSpreadsheetLocale()).toBe('en_US');
    const range = spreadsheet.getSheets()[0].getRange('A1');
    expect(range.getValues()).toEqual([['']]);
    expect(() => range.setValues([[1]])).toThrow('You do not have permission to call Range.setValues');
    expect(() => spreadsheet.insertSheet('New')).toThrow(/Spreadsheet.insertSheet/);
    expect(() => spreadsheet.toast('hi')).toThrow(/Spreadsheet.toast/);
    expect(() => gas.SpreadsheetApp.getUi()).toThrow(/SpreadsheetApp.getUi/);
    expect(() => gas.PropertiesService.getDocumentProperties().setProperty('k', 'v')).toThrow(
      /Properties.setProperty/,
    );
    // "not available in … a custom function in Google Sheets" (User.getEmail's reference).
    expect(gas.Session.getActiveUser().getEmail()).toBe('');
  });
});
