import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { createFakeAppsScript, fakeServices } from '../../src/local/fakes';
import { WITHHELD_SCRIPT } from '../../src/local/fakes/html';

describe('PropertiesService', () => {
  it('stores strings in the document store and reads them all at once', () => {
    const gas = createFakeAppsScript({ properties: { document: { apiVersion: '2' } } });
    const doc = gas.PropertiesService.getDocumentProperties();
    doc.setProperty('goal', 42 as unknown as string);
    expect(doc.getProperty('goal')).toBe('42');
    expect(doc.getProperty('missing')).toBeNull();
    expect(doc.getProperties()).toEqual({ apiVersion: '2', goal: '42' });
    expect(gas.PropertiesService.getDocumentProperties().getProperty('goal')).toBe('42');
  });
});

describe('LockService', () => {
  it('acquires and releases a free lock', () => {
    const gas = createFakeAppsScript();
    const lock = gas.LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    expect(gas.locks.isHeld()).toBe(true);
    lock.releaseLock();
    expect(gas.locks.isHeld()).toBe(false);
  });

  it('fails tryLock while another user holds the lock', () => {
    const gas = createFakeAppsScript();
    gas.locks.holdBy('other user');
    const lock = gas.LockService.getDocumentLock();
    expect(lock.tryLock(5000)).toBe(false);
    expect(lock.tryLock(30000)).toBe(false);
    expect(gas.locks.attempts.map((a) => [a.method, a.timeoutMs, a.acquired])).toEqual([
      ['tryLock', 5000, false],
      ['tryLock', 30000, false],
    ]);
  });

  it('lets contention end after a number of attempts, for retry paths', () => {
    const gas = createFakeAppsScript();
    gas.locks.holdBy('trigger', { releaseAfterAttempts: 2 });
    const lock = gas.LockService.getDocumentLock();
    expect([lock.tryLock(10), lock.tryLock(10)]).toEqual([false, true]);
  });

  it('makes a second lock object of the same execution wait for the first', () => {
    const gas = createFakeAppsScript();
    const first = gas.LockService.getDocumentLock();
    const second = gas.LockService.getDocumentLock();
    expect(first.tryLock(10)).toBe(true);
    expect(second.tryLock(10)).toBe(false);
    first.releaseLock();
    expect(second.tryLock(10)).toBe(true);
  });
});

describe('HtmlService', () => {
  it('escapes <?= ?>, prints <?!= ?> raw and runs <? ?> over template properties', () => {
    const gas = createFakeAppsScript({
      html: {
        files: {
          Sidebar: '<h1><?= title ?></h1><? for (const k of kpis) { ?><li><?= k ?></li><? } ?><?!= raw ?>',
        },
      },
    });
    const template = gas.HtmlService.createTemplateFromFile('Sidebar');
    template.title = '<script>alert("x")</script>';
    template.kpis = ['Reach', 'R&D'];
    template.raw = '<b>ok</b>';
    expect(template.evaluate().getContent()).toBe(
      '<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</h1><li>Reach</li><li>R&amp;D</li><b>ok</b>',
    );
  });

  it('prints <?= ?> inside a script as a JavaScript literal that cannot close the script', () => {
    const gas = createFakeAppsScript();
    const template = gas.HtmlService.createTemplate(
      '<script>const data = <?= data ?>;</script><p><?= data.name ?></p>',
    );
    template.data = { name: '</script><b>' };
    // What the browser gets: the sidebar shows the evaluated output itself.
    gas.SpreadsheetApp.getUi().showSidebar(template.evaluate());
    expect(gas.ui.lastSidebar()?.html).toBe(
      '<script>const data = {"name":"\\u003c/script\\u003e\\u003cb\\u003e"};</script><p>&lt;/script&gt;&lt;b&gt;</p>',
    );
  });

  it('serves getContent() sanitised, as its reference allows: scripts withheld, markup kept', () => {
    const gas = createFakeAppsScript({ html: { files: { App: '<p>x</p><script>var a = 1;</script>' } } });
    expect(gas.HtmlService.createHtmlOutputFromFile('App').getContent()).toBe(
      `<p>x</p><script>${WITHHELD_SCRIPT}</script>`,
    );
    expect(gas.HtmlService.createTemplateFromFile('App').getRawContent()).toBe(
      '<p>x</p><script>var a = 1;</script>',
    );
  });

  it('sees script globals such as an include() helper', () => {
    const gas = createFakeAppsScript({
      html: { files: { Page: '<?!= include("Style") ?>', Style: '<style>p{}</style>' } },
      templateGlobals: () => ({
        include: (name: string) => gas.HtmlService.createHtmlOutputFromFile(name).getContent(),
      }),
    });
    expect(gas.HtmlService.createTemplateFromFile('Page').evaluate().getContent()).toBe('<style>p{}</style>');
  });

  it('reads files from a directory, with or without .html, and reports missing ones', () => {
    const directory = mkdtempSync(join(tmpdir(), 'fake-html-'));
    writeFileSync(join(directory, 'Dialog.html'), '<p>hi</p>');
    const gas = createFakeAppsScript({ html: { directory } });
    const output = gas.HtmlService.createHtmlOutputFromFile('Dialog')
      .setTitle('Hello')
      .setWidth(400)
      .setHeight(300);
    expect([output.getContent(), output.getTitle(), output.getWidth(), output.getHeight()]).toEqual([
      '<p>hi</p>',
      'Hello',
      400,
      300,
    ]);
    expect(gas.HtmlService.createHtmlOutputFromFile('Dialog.html').getContent()).toBe('<p>hi</p>');
    expect(() => gas.HtmlService.createHtmlOutputFromFile('Nope')).toThrow(
      'No HTML file named Nope was found.',
    );
  });
});

describe('Ui', () => {
  it('records add-on menus with items, separators and submenus; onOpen twice replaces the menu', () => {
    const gas = createFakeAppsScript({ addonName: 'Social KPIs' });
    const ui = gas.SpreadsheetApp.getUi();
    for (let run = 0; run < 2; run++) {
      ui.createAddonMenu()
        .addItem('Open sidebar', 'showSidebar')
        .addSeparator()
        .addSubMenu(ui.createMenu('Reports').addItem('Monthly', 'buildMonthlyReport'))
        .addToUi();
    }
    expect(gas.ui.menus).toHaveLength(1);
    expect(gas.ui.menuItems()).toEqual([
      { path: ['Social KPIs', 'Open sidebar'], functionName: 'showSidebar' },
      { path: ['Social KPIs', 'Reports', 'Monthly'], functionName: 'buildMonthlyReport' },
    ]);
  });

  it('answers alerts and prompts from a script, recording what was asked', () => {
    const gas = createFakeAppsScript();
    const ui = gas.SpreadsheetApp.getUi();
    gas.ui.answerAlert('NO');
    gas.ui.answerPrompt('Q3 goals', 'OK');
    expect(ui.alert('Delete?', 'Really delete the report?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert('Done')).toBe(ui.Button.OK);
    const answer = ui.prompt('Name the goal set', ui.ButtonSet.OK_CANCEL);
    expect([answer.getResponseText(), answer.getSelectedButton()]).toEqual(['Q3 goals', ui.Button.OK]);
    expect(gas.ui.alerts.map((a) => [a.title, a.prompt, a.buttons, a.response])).toEqual([
      ['Delete?', 'Really delete the report?', 'YES_NO', 'NO'],
      ['', 'Done', 'OK', 'OK'],
    ]);
  });

  it('keeps the HTML of sidebars and dialogs readable', () => {
    const gas = createFakeAppsScript();
    const ui = gas.SpreadsheetApp.getUi();
    ui.showSidebar(gas.HtmlService.createHtmlOutput('<p>side</p>').setTitle('KPIs'));
    ui.showModalDialog(gas.HtmlService.createHtmlOutput('<p>modal</p>').setWidth(500), 'Goals');
    expect(gas.ui.lastSidebar()).toMatchObject({ title: 'KPIs', html: '<p>side</p>' });
    expect(gas.ui.lastDialog()).toMatchObject({
      kind: 'modal',
      title: 'Goals',
      html: '<p>modal</p>',
      width: 500,
    });
  });
});

describe('AuthMode', () => {
  it('NONE refuses the document, properties, locks and dialogs but allows the add-on menu', () => {
    const gas = createFakeAppsScript({ authMode: 'NONE' });
    const app = gas.SpreadsheetApp;
    app.getUi().createAddonMenu().addItem('Start', 'start').addToUi();
    expect(gas.ui.menuItems()).toHaveLength(1);
    expect(() => app.getActive()).toThrow(
      'You do not have permission to call SpreadsheetApp.getActive. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)',
    );
    expect(() => gas.PropertiesService.getDocumentProperties()).toThrow(
      /PropertiesService.getDocumentProperties/,
    );
    expect(() => gas.LockService.getDocumentLock()).toThrow(/LockService.getDocumentLock/);
    expect(() => app.getUi().showSidebar(gas.HtmlService.createHtmlOutput(''))).toThrow(/Ui.showSidebar/);
    const refusal = (() => {
      try {
        app.getActive();
        return null;
      } catch (error) {
        return error as Error;
      }
    })();
    expect(refusal?.name).toBe('Exception');
  });

  it('LIMITED reads the document but may not open dialogs; FULL may', () => {
    const gas = createFakeAppsScript({ authMode: 'LIMITED' });
    expect(
      gas.SpreadsheetApp.getActive()
        .getSheets()
        .map((sheet) => sheet.getName()),
    ).toEqual(['Sheet1']);
    const output = gas.HtmlService.createHtmlOutput('<p/>');
    expect(() => gas.SpreadsheetApp.getUi().showSidebar(output)).toThrow(
      'You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    );
    gas.setAuthMode('FULL');
    gas.SpreadsheetApp.getUi().showSidebar(output);
    expect(gas.ui.dialogs).toHaveLength(1);
  });
});

describe('call counting', () => {
  it('counts one getValues on a 100x10 range as one call, not a thousand', () => {
    const gas = createFakeAppsScript();
    const sheet = gas.SpreadsheetApp.getActive().getActiveSheet();
    gas.calls.reset();
    const values = sheet.getRange(1, 1, 100, 10).getValues();
    expect(values.length * values[0].length).toBe(1000);
    expect(gas.calls.count('Range.getValues')).toBe(1);
    expect(gas.calls.snapshot()).toEqual({ 'Range.getValues': 1, 'Sheet.getRange': 1 });
    expect(gas.calls.total()).toBe(2);
  });

  it('counts per class and keeps the order of calls', () => {
    const gas = createFakeAppsScript();
    const lock = gas.LockService.getDocumentLock();
    lock.tryLock(100);
    gas.SpreadsheetApp.getActive().getSheets()[0].getRange('A1').setValue(1);
    lock.releaseLock();
    expect(gas.calls.count('Lock')).toBe(2);
    expect(gas.calls.sequence()).toEqual([
      'LockService.getDocumentLock',
      'Lock.tryLock',
      'SpreadsheetApp.getActive',
      'Spreadsheet.getSheets',
      'Sheet.getRange',
      'Range.setValue',
      'Lock.releaseLock',
    ]);
  });

  it('counts a refused call too, since the round trip happened', () => {
    const gas = createFakeAppsScript({ authMode: 'NONE' });
    expect(() => gas.SpreadsheetApp.getActive()).toThrow();
    expect(gas.calls.count('SpreadsheetApp.getActive')).toBe(1);
  });
});

describe('wiring', () => {
  it('implements Services on the fakes', () => {
    const now = new Date('2024-06-01T12:00:00Z');
    const gas = createFakeAppsScript({
      session: { activeUserEmail: '', effectiveUserEmail: 'owner@example.com' },
      now: () => now,
    });
    const services = fakeServices(gas);
    services.spreadsheet().getSheets()[0].getRange('A1').setValue('x');
    services.documentProperties().setProperty('k', 'v');
    expect(gas.spreadsheet.snapshot().sheets[0].cells[0].value).toEqual({ type: 'string', value: 'x' });
    expect(gas.properties.stores.document.values.get('k')).toBe('v');
    expect(services.userEmail()).toBe('owner@example.com');
    expect(services.now()).toBe(now);
    expect(services.documentLock().tryLock(1)).toBe(true);
  });

  it('runs plain Apps Script code in a node:vm context built from globals()', () => {
    const gas = createFakeAppsScript();
    const context = vm.createContext({ ...gas.globals() });
    vm.runInContext(
      `function onOpen(e) {
         SpreadsheetApp.getUi().createAddonMenu().addItem('Report', 'buildReport').addToUi();
         if (e.authMode !== ScriptApp.AuthMode.NONE) {
           SpreadsheetApp.getActive().getSheets()[0].getRange('A1').setValue('opened');
           Logger.log('opened %s', SpreadsheetApp.getActive().getSheets()[0].getName());
         }
       }
       onOpen({ authMode: ScriptApp.AuthMode.FULL });`,
      context,
    );
    expect(gas.ui.menuItems()[0].functionName).toBe('buildReport');
    expect(gas.spreadsheet.snapshot().sheets[0].cells[0].value).toEqual({ type: 'string', value: 'opened' });
    expect(gas.logs).toEqual(['opened Sheet1']);
  });
});
