import {
  createFakeAppsScript,
  FAKE_AUTHORIZATION_URL,
  SCOPE,
  type FakeAppsScript,
} from '../../src/local/fakes';
import { CANONICAL_HEADERS, sampleRows } from '../../src/report/sample';
import { periodKey } from '../../src/report/periods';
import { periodForRun } from '../../src/schedule/schedule';
import { callGlobal, DIST, loadBundle } from '../support/bundle';
import { createWorld, type WorldOptions } from '../support/world';

/*
 * Google's per-scope consent lets a user untick some of the add-on's permissions. A menu item that
 * needs one then says which, and how to grant it, instead of a raw "You do not have permission".
 */

function project(gas: FakeAppsScript) {
  return loadBundle(gas.globals());
}

describe('a menu item when the user declined one of the manifest’s scopes', () => {
  it('SMART goals without the email permission: names it and the link, opens nothing, throws nothing', () => {
    const { gas } = createWorld('stockholm-en', { declinedScopes: [SCOPE.email], html: { directory: DIST } });
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

  it('Build report without the dialogs permission, in the spreadsheet’s Swedish', () => {
    const { gas } = createWorld('stockholm-sv', {
      declinedScopes: [SCOPE.containerUi],
      html: { directory: DIST },
    });
    callGlobal(project(gas), 'showReportDialog');
    expect(gas.ui.dialogs).toEqual([]);
    expect(gas.ui.alerts[0].title).toBe('Behörighet saknas');
    expect(gas.ui.alerts[0].prompt).toContain(
      'Skapa rapport behöver behörighet att visa sina dialogrutor och sitt sidofält i det här kalkylarket.',
    );
  });

  it('without the spreadsheet permission the message is in the user’s own language (Vietnamese), listing both missing', () => {
    const { gas } = createWorld('stockholm-en', {
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
    const { gas } = createWorld('stockholm-en', { html: { directory: DIST } });
    const loaded = project(gas);
    callGlobal(loaded, 'showGoalsSidebar');
    callGlobal(loaded, 'showAboutDialog');
    expect(gas.ui.dialogs.map((dialog) => dialog.kind)).toEqual(['sidebar', 'modal']);
    expect(gas.ui.alerts).toEqual([]);
  });
});

/**
 * A spreadsheet with three months of sample data, as Set up data sheet and an import leave it;
 * the user declines `declinedScopes` once it is set up.
 */
function withData(options: WorldOptions = {}, declinedScopes: string[] = []): FakeAppsScript {
  const rows = [
    [...CANONICAL_HEADERS],
    ...sampleRows({ endMonth: 202610, months: 3, channels: ['Instagram'] }),
  ];
  const { gas } = createWorld('stockholm-en', { html: { directory: DIST }, data: rows, ...options });
  for (const scope of declinedScopes) gas.context.declinedScopes.add(scope);
  gas.calls.reset();
  return gas;
}

const GOAL = {
  what: 'More followers',
  kpiId: 'followers',
  channel: 'Instagram',
  baseline: 1000,
  baselineWindow: 'manual',
  baselineMonths: [],
  target: '1200',
  start: '2026-11-01',
  deadline: '2027-03-31',
  owner: 'anna@example.se',
  why: 'Reach',
};

/** Every google.script.run target of the sidebar and dialogs, with arguments a page sends. */
const PAGE_CALLS: Array<[string, unknown[]]> = [
  ['reportMonthChoices', []],
  ['buildMonthlyReport', ['2026-10']],
  ['getGoalsSidebarData', []],
  ['computeBaseline', ['followers', 'Instagram', 'last_month', '2026-11-01']],
  ['checkGoal', [{ goal: GOAL }]],
  ['saveGoal', [{ goal: GOAL }]],
  ['deleteGoal', ['G-NONE', 1]],
  [
    'importCsvRows',
    [{ columns: ['date', 'channel', 'followers'], rows: [['2026-10-31', 'TikTok', 50]], rowNumbers: [2] }],
  ],
];

const RAW = /You do not have permission/;

describe('a sidebar or dialog call when the user declined or withdrew one of the manifest’s scopes', () => {
  it('the goals sidebar’s first call without the email permission names it and the link, in the spreadsheet’s Swedish', () => {
    const gas = withData({ locale: 'sv_SE' }, [SCOPE.email]);
    expect(() => callGlobal(project(gas), 'getGoalsSidebarData')).toThrow(
      new Error(
        'SMART-mål behöver behörighet att se din e-postadress, för att notera vem som ändrade ett mål. Den gavs inte när Social KPIs godkändes.\n\n' +
          `Ge den genom att öppna den här adressen, tillåta det som står där och sedan välja SMART-mål igen:\n${FAKE_AUTHORIZATION_URL}`,
      ),
    );
    expect(gas.calls.count('Session.getActiveUser')).toBe(0);
  });

  it('a save after the email permission was withdrawn from an open sidebar says so and writes nothing', () => {
    const gas = withData({ locale: 'vi_VN' });
    const loaded = project(gas);
    expect(callGlobal(loaded, 'getGoalsSidebarData')).toMatchObject({ goals: [] });
    gas.context.declinedScopes.add(SCOPE.email);
    const tabs = gas.spreadsheet.sheets.map((sheet) => sheet.name);
    expect(() => callGlobal(loaded, 'saveGoal', { goal: GOAL })).toThrow(
      /^Mục tiêu SMART cần quyền xem địa chỉ email của bạn, để ghi lại ai đã thay đổi mục tiêu\./,
    );
    expect(gas.spreadsheet.sheets.map((sheet) => sheet.name)).toEqual(tabs);
  });

  it('the import dialog without the spreadsheet permission answers in the user’s own language (Vietnamese)', () => {
    const gas = withData({ session: { activeUserLocale: 'vi' } }, [SCOPE.currentOnly]);
    const [, args] = PAGE_CALLS.find(([name]) => name === 'importCsvRows')!;
    expect(() => callGlobal(project(gas), 'importCsvRows', ...args)).toThrow(
      /^Nhập CSV… cần quyền xem và chỉnh sửa bảng tính này\. .*\n\nĐể cấp quyền, hãy mở địa chỉ này/s,
    );
    expect(gas.calls.count('SpreadsheetApp.getActive')).toBe(0);
  });

  it('the month dialog without the spreadsheet permission names the menu item it came from', () => {
    const gas = withData({}, [SCOPE.currentOnly]);
    for (const [name, args] of PAGE_CALLS.filter(([n]) =>
      n.match(/^(reportMonthChoices|buildMonthlyReport)$/),
    )) {
      expect(() => callGlobal(project(gas), name, ...args)).toThrow(
        /^Build report needs permission to see and edit this spreadsheet\./,
      );
    }
  });

  it('every call, with each scope withdrawn in turn, runs or names what is missing, never the raw exception', () => {
    const granted = withData();
    for (const [name, args] of PAGE_CALLS) {
      expect(() => callGlobal(project(granted), name, ...args)).not.toThrow();
    }
    const declinedSets = [
      [SCOPE.currentOnly],
      [SCOPE.email],
      [SCOPE.containerUi],
      [SCOPE.currentOnly, SCOPE.email, SCOPE.containerUi],
    ];
    const outcomes: string[] = [];
    for (const declinedScopes of declinedSets) {
      for (const [name, args] of PAGE_CALLS) {
        const gas = withData({}, declinedScopes);
        try {
          callGlobal(project(gas), name, ...args);
          outcomes.push(`${name}: ran`);
        } catch (error) {
          const message = (error as Error).message;
          expect(message).not.toMatch(RAW);
          expect(message).toMatch(/needs permission to .*\n\nTo grant it, open this address/s);
          outcomes.push(`${name}: told`);
        }
      }
    }
    // The calls that read or write the document stop without the spreadsheet permission; the ones
    // that record who changed a goal, without the email one; none needs the dialogs permission.
    expect(outcomes.slice(0, 8)).toEqual(PAGE_CALLS.map(([name]) => `${name}: told`));
    expect(outcomes.slice(8, 16)).toEqual(
      PAGE_CALLS.map(
        ([name]) => `${name}: ${name.match(/^(getGoalsSidebarData|saveGoal)$/) ? 'told' : 'ran'}`,
      ),
    );
    expect(outcomes.slice(16, 24)).toEqual(PAGE_CALLS.map(([name]) => `${name}: ran`));
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
    expect(() =>
      app.getAuthorizationInfo(app.AuthMode.FULL, ['https://www.googleapis.com/auth/drive']),
    ).toThrow(/does not require the scope/);
  });
});

/** The schedule's own scopes: only its dialog and its trigger use them. */
const SCHEDULE_SCOPES = [SCOPE.spreadsheets, SCOPE.scriptApp, SCOPE.sendMail];

describe('a user who never turns the schedule on', () => {
  it('is never blocked by its scopes: with all three declined every other menu item and page call works', () => {
    const gas = withData({}, SCHEDULE_SCOPES);
    const loaded = project(gas);
    callGlobal(loaded, 'onOpen', { authMode: gas.ScriptApp.AuthMode.FULL });
    expect(gas.ui.menuItems().map((item) => item.functionName)).toContain('showScheduleDialog');
    for (const item of [
      'setUpDataSheet',
      'showImportDialog',
      'showReportDialog',
      'showGoalsSidebar',
      'showAboutDialog',
    ])
      callGlobal(loaded, item);
    expect(gas.ui.alerts.filter((alert) => alert.title === 'Permission needed')).toEqual([]);
    expect(gas.ui.dialogs.map((dialog) => dialog.kind)).toEqual(['modal', 'modal', 'sidebar', 'modal']);
    for (const [name, args] of PAGE_CALLS) expect(() => callGlobal(loaded, name, ...args)).not.toThrow();
    expect(gas.spreadsheet.sheets.map((sheet) => sheet.name)).toContain('KPI report 2026-10');
  });

  it('is asked for them by the Schedule item, which names each one missing and opens nothing', () => {
    const gas = withData({}, SCHEDULE_SCOPES);
    callGlobal(project(gas), 'showScheduleDialog');
    expect(gas.ui.dialogs).toEqual([]);
    expect(gas.ui.alerts[0].prompt).toBe(
      'Schedule report… needs permission to open this spreadsheet when no one has it open, to build the scheduled report (Google names this “all your spreadsheets”; the add-on opens only the spreadsheet the schedule was set up in) and run the report on a schedule while you are away and send the team digest by email as you. It was not granted when Social KPIs was authorised.\n\n' +
        `To grant it, open this address, allow what it lists, then choose Schedule report… again:\n${FAKE_AUTHORIZATION_URL}`,
    );
    expect(gas.calls.count('ScriptApp.getUserTriggers')).toBe(0);
  });

  it('the dialog’s calls, with each schedule scope withdrawn in turn, name what is missing, never the raw exception', () => {
    const calls: Array<[string, unknown[]]> = [
      ['getScheduleStatus', []],
      ['saveSchedule', [{ frequency: 'month', hour: 6, recipients: '' }]],
      ['turnOffSchedule', []],
      ['sendTestDigest', [{ frequency: 'month' }]],
    ];
    for (const scope of SCHEDULE_SCOPES) {
      for (const [name, args] of calls) {
        const gas = withData({}, [scope]);
        expect(() => callGlobal(project(gas), name, ...args)).toThrow(
          /^Schedule report… needs permission to .*\n\nTo grant it, open this address/s,
        );
        expect(gas.triggers.installed).toEqual([]);
        expect(gas.mail.outbox).toEqual([]);
      }
    }
  });

  it('with every scope granted, the dialog opens and turns the schedule on, and the trigger’s global builds the report', () => {
    // The bundle's services read Apps Script's clock (new Date()): the data ends with the month
    // that the first monthly run from now builds.
    const now = new Date();
    const month = now.getUTCFullYear() * 100 + now.getUTCMonth() + 1;
    // (Three months of data, ending this month: the month a run now builds is one of them.)
    const gas = createFakeAppsScript({ html: { directory: DIST } });
    const rows = [
      [...CANONICAL_HEADERS],
      ...sampleRows({ endMonth: month, months: 3, channels: ['Instagram'] }),
    ];
    gas.spreadsheet.insertSheet('KPI data').getRange(1, 1, rows.length, rows[0].length).setValues(rows);
    const loaded = project(gas);
    callGlobal(loaded, 'showScheduleDialog');
    expect(gas.ui.dialogs.map((dialog) => dialog.title)).toEqual(['Schedule report']);
    const saved = callGlobal(loaded, 'saveSchedule', { frequency: 'month', hour: 6, recipients: '' });
    expect(JSON.parse(JSON.stringify(saved))).toMatchObject({ ok: true, message: 'The schedule is on.' });
    const [trigger] = gas.triggers.installed;
    expect(trigger.handler).toBe('runScheduledReport');
    // Run late, as Apps Script may: the run belongs to the 1st's firing and builds the month before.
    const run = gas.runAsTrigger(trigger.id, (event) => callGlobal(loaded, 'runScheduledReport', event));
    const built = JSON.parse(JSON.stringify(run)) as { outcome: string; tabName?: string; message?: string };
    const period = periodForRun({ frequency: 'month', hour: 6 }, 'Europe/Stockholm', new Date());
    expect(built).toMatchObject({ outcome: 'built', tabName: `KPI report ${periodKey(period!)}` });
  });
});
