/*
 * In-memory Apps Script for Node: the services the add-on uses, typed against
 * @types/google-apps-script, counting every call, with an AuthMode switch.
 *
 *   const gas = createFakeAppsScript({ authMode: 'FULL' });
 *   Object.assign(globalThis, gas.globals());   // or vm.createContext(gas.globals())
 *   const services = fakeServices(gas);          // for code that takes a Services
 */
import { scheduleServicesOn, type ScheduleServices } from '../../services/schedule';
import { authorizationOf, type Services } from '../../services/services';
import { ChartType, Position, exposeAs } from './boundary';
import { FakeContext, type AuthMode, type Manifest } from './context';
import { FakeHtmlService, type HtmlFiles } from './html';
import { FakeLockService } from './lock';
import { exposeMailApp, FakeMailApp, type MailOptions } from './mail';
import { FakePropertiesService, type PropertyKind } from './properties';
import { FakeScriptApp } from './script-app';
import { FakeSession, type SessionOptions } from './session';
import { FakeSpreadsheet, type SpreadsheetOptions } from './spreadsheet';
import { FakeSpreadsheetApp } from './spreadsheet-app';
import { FakeTriggerStore, timeDrivenEvent, type TimeDrivenEvent } from './triggers';
import { FakeUi } from './ui';

export interface FakeAppsScriptOptions {
  authMode?: AuthMode;
  /** The project's manifest; by default the repository's appsscript.json, as `clasp push` sends it. */
  manifest?: Manifest;
  /** Scopes of the manifest this user left unticked on Google's per-scope consent screen. */
  declinedScopes?: string[];
  spreadsheet?: SpreadsheetOptions;
  html?: HtmlFiles;
  session?: SessionOptions;
  properties?: Partial<Record<PropertyKind, Record<string, string>>>;
  /** The add-on menu's caption under Extensions. */
  addonName?: string;
  /** The clock behind Services.now(); fixed clocks make reports reproducible. */
  now?: () => Date;
  /**
   * Extra names visible to HtmlService templates (the bundle's `include`, for example); called
   * at each evaluate() so functions defined after setup are found.
   */
  templateGlobals?: () => Record<string, unknown>;
  /** MailApp's account kind (its quotas) and recipients already used today. */
  mail?: MailOptions;
}

export interface FakeAppsScript {
  readonly context: FakeContext;
  readonly calls: FakeContext['calls'];
  /** Builder and built-object calls: local object construction, not round trips (see FakeContext). */
  readonly localCalls: FakeContext['localCalls'];
  /** The spreadsheet itself, for setup, inspection and snapshot(); calls on it are counted. */
  readonly spreadsheet: FakeSpreadsheet;
  readonly ui: FakeUi;
  readonly locks: FakeLockService;
  readonly properties: FakePropertiesService;
  readonly session: FakeSession;
  readonly html: FakeHtmlService;
  readonly logs: string[];
  readonly now: () => Date;
  readonly SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly HtmlService: GoogleAppsScript.HTML.HtmlService;
  readonly PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  readonly LockService: GoogleAppsScript.Lock.LockService;
  readonly Session: GoogleAppsScript.Base.Session;
  readonly ScriptApp: GoogleAppsScript.Script.ScriptApp;
  /** Installed triggers of every user and document, for inspection. */
  readonly triggers: FakeTriggerStore;
  /** MailApp; its outbox holds what was sent. */
  readonly mail: FakeMailApp;
  readonly MailApp: GoogleAppsScript.Mail.MailApp;
  setAuthMode(mode: AuthMode): void;
  /**
   * Runs `run` as Apps Script runs an installed clock trigger: in AuthMode.FULL, as the user who
   * created it, with no open spreadsheet (see Execution), given the time-driven event object. The
   * trigger must still be installed; afterwards the editor context is back as it was.
   */
  runAsTrigger<T>(triggerId: string, run: (event: TimeDrivenEvent) => T): T;
  /** The Apps Script globals, for `Object.assign(globalThis, …)` or a `node:vm` context. */
  globals(): Record<string, unknown>;
}

export function createFakeAppsScript(options: FakeAppsScriptOptions = {}): FakeAppsScript {
  const context = new FakeContext({
    authMode: options.authMode,
    manifest: options.manifest,
    declinedScopes: options.declinedScopes,
  });
  const spreadsheet = new FakeSpreadsheet(context, options.spreadsheet);
  const ui = new FakeUi(context, options.addonName ?? 'Social KPIs');
  const spreadsheetApp = new FakeSpreadsheetApp(context, spreadsheet, ui);
  const html = new FakeHtmlService(context, options.html ?? {}, options.templateGlobals);
  const properties = new FakePropertiesService(context, options.properties);
  const locks = new FakeLockService(context);
  const session = new FakeSession(context, options.session);
  const logs: string[] = [];
  const now = options.now ?? (() => new Date());
  const triggers = new FakeTriggerStore(context, {
    user: () => session.effectiveUserEmail,
    documentId: () => spreadsheet.id,
    scriptTimeZone: () => session.scriptTimeZone,
    now,
  });
  const mail = new FakeMailApp(context, () => session.effectiveUserEmail, now, options.mail);

  const logger = {
    log: (format: unknown, ...values: unknown[]) => {
      let index = 0;
      const line =
        typeof format === 'string' && values.length > 0
          ? format.replace(/%s/g, () => String(values[index++]))
          : String(format);
      logs.push(line);
      return logger;
    },
    getLog: () => logs.join('\n'),
    clear: () => {
      logs.length = 0;
    },
  };

  const fake: FakeAppsScript = {
    context,
    calls: context.calls,
    localCalls: context.localCalls,
    spreadsheet,
    ui,
    locks,
    properties,
    session,
    html,
    logs,
    now,
    SpreadsheetApp: exposeAs<GoogleAppsScript.Spreadsheet.SpreadsheetApp>(spreadsheetApp),
    HtmlService: exposeAs<GoogleAppsScript.HTML.HtmlService>(html),
    PropertiesService: exposeAs<GoogleAppsScript.Properties.PropertiesService>(properties),
    LockService: exposeAs<GoogleAppsScript.Lock.LockService>(locks),
    Session: exposeAs<GoogleAppsScript.Base.Session>(session),
    ScriptApp: exposeAs<GoogleAppsScript.Script.ScriptApp>(new FakeScriptApp(context, triggers)),
    triggers,
    mail,
    MailApp: exposeMailApp(mail),
    setAuthMode(mode) {
      context.authMode = mode;
    },
    runAsTrigger(triggerId, run) {
      const trigger = triggers.installed.find((installed) => installed.id === triggerId);
      if (!trigger) throw new Error(`Fake Apps Script: no installed trigger ${triggerId}`);
      const saved = {
        authMode: context.authMode,
        execution: context.execution,
        active: session.activeUserEmail,
        effective: session.effectiveUserEmail,
      };
      context.authMode = 'FULL';
      context.execution = 'time-trigger';
      session.activeUserEmail = trigger.user;
      session.effectiveUserEmail = trigger.user;
      try {
        return run(timeDrivenEvent(trigger.id, now()));
      } finally {
        context.authMode = saved.authMode;
        context.execution = saved.execution;
        session.activeUserEmail = saved.active;
        session.effectiveUserEmail = saved.effective;
      }
    },
    globals() {
      return {
        SpreadsheetApp: fake.SpreadsheetApp,
        HtmlService: fake.HtmlService,
        PropertiesService: fake.PropertiesService,
        LockService: fake.LockService,
        Session: fake.Session,
        Logger: logger,
        Charts: { ChartType, Position },
        ScriptApp: fake.ScriptApp,
        MailApp: fake.MailApp,
      };
    },
  };
  return fake;
}

/** The add-on's Services on top of the fakes, mirroring appsScriptServices(). */
export function fakeServices(fake: FakeAppsScript): Services {
  return {
    spreadsheet: () => fake.SpreadsheetApp.getActive(),
    ui: () => fake.SpreadsheetApp.getUi(),
    html: () => fake.HtmlService,
    documentProperties: () => fake.PropertiesService.getDocumentProperties(),
    documentLock: () => fake.LockService.getDocumentLock(),
    userEmail: () =>
      fake.Session.getActiveUser().getEmail() || fake.Session.getEffectiveUser().getEmail() || '',
    userLocale: () => fake.Session.getActiveUserLocale(),
    now: () => fake.now(),
    authorization: (scopes) => authorizationOf(fake.ScriptApp, scopes),
    newDataValidation: () => fake.SpreadsheetApp.newDataValidation(),
    newConditionalFormatRule: () => fake.SpreadsheetApp.newConditionalFormatRule(),
    interpolationNumber: () => fake.SpreadsheetApp.InterpolationType.NUMBER,
  };
}

export { timeDrivenEvent, type TimeDrivenEvent, type InstalledTrigger } from './triggers';
/** The schedule's services on top of the fakes, mirroring appsScriptScheduleServices(). */
export function fakeScheduleServices(fake: FakeAppsScript): ScheduleServices {
  return scheduleServicesOn(fake);
}

export { AppsScriptException, loadManifest, type AuthMode, type Manifest } from './context';
export { SCOPE, referencePage, referenceScopes } from './scopes';
export { FAKE_AUTHORIZATION_URL } from './script-app';
export { CallCounter } from './calls';
export { columnToLetters, lettersToColumn, parseA1, rectA1 } from './a1';
export { formatForDisplay, AUTOMATIC_FORMAT } from './number-format';
export type { SpreadsheetSnapshot, SheetSnapshot, CellSnapshot } from './snapshot';
export type { FormulaEvaluator, SpreadsheetOptions } from './spreadsheet';
export { FakeSpreadsheet } from './spreadsheet';
export { FakeSheet } from './sheet';
export { FakeRange } from './range';
export { FakeUi } from './ui';
