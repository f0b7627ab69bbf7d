/*
 * The add-on running locally: every dist/*.js file evaluated into one node:vm context whose
 * globals are the Apps Script fakes, as Apps Script loads a project, on an in-memory spreadsheet
 * with sample data. Everything the page does goes through here, by global function name.
 */
import { randomUUID } from 'node:crypto';
import vm from 'node:vm';
import { createFakeAppsScript, type FakeAppsScript } from '../fakes';
import { toSerial } from '../fakes/time';
import { CURRENCY_PROPERTY } from '../../report/currency';
import { calculateSheet, createFormulaEngine, type CustomFunction, type FormulaSource } from './formulas';
import { customFunctionNames, readScriptFiles, type ScriptFile } from './project';
import { clientVisibleResult, isCallableName, isPrivateFunctionName } from './rpc-rules';
import {
  SAMPLE_CURRENCY,
  SAMPLE_HEADERS,
  SAMPLE_SHEET_NAME,
  sampleNumberFormats,
  workbenchSampleRows,
  type SampleRow,
} from './sample-data';
import { workbookView } from './snapshot-view';
import type { MenuView, PanelView, WorkbenchState } from './view-model';
import { wallClockAt } from '../../util/time-zone';
import type { SentMail } from '../fakes/mail';
import { parseScheduleRecord, SCHEDULE_METADATA_KEY, type ScheduleRecord } from '../../schedule/record';
import { nextTriggerFiring } from '../../schedule/schedule';
import { LANGUAGE_PACKS, LANGUAGES } from '../../i18n/packs';

/** One locale per language of the add-on (src/i18n/packs.ts), English's first. */
export const WORKBENCH_LOCALES = LANGUAGES.map((language) => LANGUAGE_PACKS[language].exampleLocale);

/** A refusal the HTTP layer turns into a 4xx, as opposed to an error thrown by the add-on. */
export class WorkbenchRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface RunOutcome {
  ok: boolean;
  /**
   * Whether the call may have changed the document (anything but reads): the page redraws the
   * grid after a sidebar's call only then, since drawing the whole workbook takes a moment.
   */
  changed: boolean;
  /** What the success handler receives (already through Apps Script's result rules). */
  result?: unknown;
  /** The thrown message and error name, for the failure handler. */
  error?: { message: string; name: string };
  logs: string[];
}

/**
 * Who makes a call: each browser page of the workbench is a client with its own sidebar or
 * dialog (as each collaborator of a real spreadsheet has their own), and acts as a user, whom
 * Session.getActiveUser() names during its calls. Both default: one client, the session's user.
 */
export interface Caller {
  client?: string;
  user?: string;
}

export interface WorkbenchRuntime {
  /** The workbook, menus and notices, with the panel of `client`. */
  state(client?: string): WorkbenchState;
  /** Calls a top-level function by name, as google.script.run and menu items do. */
  run(name: string, args: unknown[], caller?: Caller): RunOutcome;
  editCell(sheetName: string, row: number, column: number, input: string): void;
  setLocale(locale: string): RunOutcome;
  closePanel(client?: string): void;
  /** Opens a panel the workbench itself provides (a test page while the add-on has no sidebar). */
  showPanel(panel: { kind: PanelView['kind']; title: string; html: string }, client?: string): void;
  /** The panel's HTML as the add-on produced it, or null when the client has no panel open. */
  panelHtml(client?: string): string | null;
  /** What the page shows of the client's panel (cheap, unlike state()). */
  panelView(client?: string): PanelView | null;
  /** The installed triggers, the schedule's record and the sent mail, for the schedule panel. */
  scheduleView(): ScheduleView;
  /**
   * Runs an installed clock trigger as Apps Script would at `at` (an ISO instant): the scripts'
   * clock reads that instant for the run, which has no open spreadsheet (see runAsTrigger).
   */
  fireTrigger(triggerId: string, at: string): RunOutcome;
  /** The user a client acts as when it names none: the session's own. */
  defaultUser(): string;
  /** Names google.script.run may call: public top-level functions. */
  publicFunctions(): string[];
  fake: FakeAppsScript;
}

export interface RuntimeOptions {
  distDir: string;
  /**
   * Reference date for the sample data (its last month is the month before this), and the
   * scripts' clock: their `new Date()` starts at this moment and runs on, so the goals' "today"
   * and the data agree. Without it, both use the real clock.
   */
  today?: Date;
  locale?: string;
  timeZone?: string;
  /** Sample rows, for tests that want a small sheet; defaults to what Insert sample rows writes. */
  sampleRows?: SampleRow[];
  /** Scripts loaded after dist/, as further project files (browser tests add a fixture menu). */
  extraScripts?: ScriptFile[];
}

/** Ids of workbench pages and user addresses: short, plain, nothing that could be markup. */
const CLIENT_PATTERN = /^[A-Za-z0-9_-]{0,64}$/;
const USER_PATTERN = /^[^\s@<>"'&\\]{1,64}@[^\s@<>"'&\\]{1,190}$/;

export function checkCaller(caller: Caller): void {
  if (
    caller.client !== undefined &&
    (typeof caller.client !== 'string' || !CLIENT_PATTERN.test(caller.client))
  ) {
    throw new WorkbenchRequestError(400, 'client must be up to 64 letters, digits, "-" or "_"');
  }
  if (caller.user !== undefined && (typeof caller.user !== 'string' || !USER_PATTERN.test(caller.user))) {
    throw new WorkbenchRequestError(400, 'user must be an e-mail address');
  }
}

/** Classes whose calls never change the document; for the rest, only getters, is… and has… do not. */
const READ_ONLY_CLASSES = new Set([
  'Session',
  'User',
  'Lock',
  'LockService',
  'HtmlService',
  'HtmlOutput',
  'HtmlTemplate',
  'Logger',
]);

/** Whether service calls (as the fakes count them, "Range.getValues") may have changed the document. */
export function documentChanged(methods: readonly string[]): boolean {
  return methods.some((method) => {
    const [owner, name = ''] = method.split('.');
    return !READ_ONLY_CLASSES.has(owner) && !/^(get|is|has)[A-Z]/.test(name);
  });
}

/**
 * The scripts' Date: with a start, `new Date()` and `Date.now()` begin there and run on with the
 * real clock; every other use is the built-in's. A subclass, so `instanceof Date` holds for the
 * fakes. (Calling Date() without new, which no code here does, would throw.)
 */
export function clockedDate(start: Date | undefined): DateConstructor {
  if (!start) return Date;
  const offset = start.getTime() - Date.now();
  const now = () => Date.now() + offset;
  class WorkbenchDate extends Date {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(now());
      else super(...(args as [number]));
    }
    static override now(): number {
      return now();
    }
  }
  return WorkbenchDate as unknown as DateConstructor;
}

/** Utilities as far as server code in this project may need it; the rest throws clearly. */
function fakeUtilities(fake: FakeAppsScript) {
  return {
    getUuid: () => randomUUID(),
    sleep: () => undefined,
    formatString: (template: string, ...args: unknown[]) => {
      let index = 0;
      return template.replace(/%s/g, () => String(args[index++]));
    },
    formatDate: (date: Date, timeZone: string, pattern: string) => {
      // Enough for ISO-like patterns; a full SimpleDateFormat is out of scope for the workbench.
      const clock = wallClockAt(date, timeZone);
      const twoDigits = (value: number) => String(value).padStart(2, '0');
      return pattern
        .replace(/yyyy/g, String(clock.year))
        .replace(/MM/g, twoDigits(clock.month))
        .replace(/dd/g, twoDigits(clock.day))
        .replace(/HH/g, twoDigits(clock.hour))
        .replace(/mm/g, twoDigits(clock.minute))
        .replace(/ss/g, twoDigits(clock.second));
    },
    base64Encode: (text: string) => Buffer.from(text, 'utf8').toString('base64'),
    base64Decode: (text: string) => [...Buffer.from(text, 'base64')],
    newBlob: () => {
      throw new Error('Utilities.newBlob is not available in the workbench');
    },
    get logs() {
      return fake.logs;
    },
  };
}

function flattenMenus(fake: FakeAppsScript): MenuView[] {
  type Entry = (typeof fake.ui.menus)[number]['entries'][number];
  const items = (entries: Entry[], prefix: string): MenuView['items'] =>
    entries.flatMap((entry): MenuView['items'] => {
      if (entry.kind === 'item')
        return [{ caption: `${prefix}${entry.caption}`, functionName: entry.functionName }];
      if (entry.kind === 'separator') return [{ separator: true }];
      return items(entry.entries, `${prefix}${entry.caption} › `);
    });
  return fake.ui.menus.map((menu) => ({ title: menu.caption, items: items(menu.entries, '') }));
}

export function createWorkbenchRuntime(options: RuntimeOptions): WorkbenchRuntime {
  const files = [...readScriptFiles(options.distDir), ...(options.extraScripts ?? [])];
  const customNames = customFunctionNames(files);
  let context: vm.Context | null = null;
  const customFunctions: Record<string, CustomFunction> = {};

  // Formulas read the live grid directly (not through the counted API) and call the custom
  // functions in the vm, as Sheets calls them.
  const source: FormulaSource = {
    cell(sheetName, row, column) {
      const sheet = fake.spreadsheet.sheetNamed(sheetName);
      if (!sheet) return { value: '', formula: '' };
      const cell = sheet.grid.read(row, column);
      return { value: cell.value, formula: cell.formula };
    },
    extent(sheetName) {
      const sheet = fake.spreadsheet.sheetNamed(sheetName);
      return sheet
        ? { rows: sheet.grid.lastRow(), columns: sheet.grid.lastColumn() }
        : { rows: 0, columns: 0 };
    },
  };
  const engine = createFormulaEngine(source, customFunctions, (date) =>
    toSerial(date, fake.spreadsheet.timeZone),
  );

  const RunningDate = clockedDate(options.today);
  /** Set while a trigger is fired for a chosen instant: the scripts' clock then reads it. */
  let firingAt: number | undefined;
  class TriggerClockDate extends RunningDate {
    constructor(...args: unknown[]) {
      if (args.length === 0 && firingAt !== undefined) super(firingAt);
      else super(...(args as []));
    }
    static override now(): number {
      return firingAt ?? RunningDate.now();
    }
  }
  const ScriptDate = TriggerClockDate as unknown as DateConstructor;

  // Declared after `source` and `engine`, which only read it when a formula is evaluated.
  const fake = createFakeAppsScript({
    now: () => new ScriptDate(),
    spreadsheet: {
      name: 'Social KPIs workbench',
      locale: options.locale ?? 'en_US',
      timeZone: options.timeZone ?? 'Europe/Stockholm',
      sheets: [SAMPLE_SHEET_NAME],
      evaluateFormula: (formula, cell) => {
        const result = engine.evaluate(cell.sheetName, cell.row, cell.column, formula);
        if (result.kind === 'error') return result.code;
        return result.kind === 'array' ? (result.values[0]?.[0] ?? '') : result.value;
      },
    },
    html: { directory: options.distDir },
    templateGlobals: () => (context ? { ...context } : {}),
    // The sample's money is in dollars, as Set up data sheet in en_US records it: switching the
    // workbench's locale relabels nothing (spec: Currency).
    properties: { document: { [CURRENCY_PROPERTY]: SAMPLE_CURRENCY } },
  });

  const logs: string[] = [];
  const consoleForScripts = {
    log: (...parts: unknown[]) => logs.push(parts.map(String).join(' ')),
    info: (...parts: unknown[]) => logs.push(parts.map(String).join(' ')),
    warn: (...parts: unknown[]) => logs.push(`WARN ${parts.map(String).join(' ')}`),
    error: (...parts: unknown[]) => logs.push(`ERROR ${parts.map(String).join(' ')}`),
  };
  const installed: Record<string, unknown> = {
    ...fake.globals(),
    Utilities: fakeUtilities(fake),
    console: consoleForScripts,
    // The fakes live in this realm and check `instanceof Date`; Apps Script has one realm, so the
    // scripts share this realm's Date (or its clocked subclass), or a Date written by the add-on
    // would read as an object.
    Date: ScriptDate,
  };
  context = vm.createContext({ ...installed });
  for (const file of files) vm.runInContext(file.source, context, { filename: file.name });
  const ownGlobals = new Set(Object.keys(installed));
  const topLevelFunctions = Object.keys(context).filter(
    (name) => !ownGlobals.has(name) && typeof (context as Record<string, unknown>)[name] === 'function',
  );
  const scripts = context as Record<string, (...args: unknown[]) => unknown>;
  // Sheets runs each custom function call as its own execution in AuthMode.CUSTOM_FUNCTION: it
  // may read, never write, show or ask who the user is, whatever the execution that asked for the
  // cell's value was allowed.
  for (const name of customNames) {
    customFunctions[name] = (...args) => {
      const mode = fake.context.authMode;
      fake.setAuthMode('CUSTOM_FUNCTION');
      try {
        return scripts[name](...args);
      } finally {
        fake.setAuthMode(mode);
      }
    };
  }
  // Arguments are parsed inside the vm so server code gets its own realm's arrays and objects.
  const parseInScripts = vm.runInContext('JSON.parse', context) as (text: string) => unknown;

  loadSampleData(
    fake,
    options.sampleRows ?? workbenchSampleRows({ today: options.today, timeZone: options.timeZone }),
  );

  let dialogsSeen = fake.ui.dialogs.length;
  /** Each client's open sidebar or dialog, by client id ("" when the caller names none). */
  const panels = new Map<string, { view: PanelView; html: string }>();
  let serial = 0;

  /** A sidebar or dialog the add-on showed during a call opens for the client that made it. */
  function notePanels(client: string): void {
    if (fake.ui.dialogs.length === dialogsSeen) return;
    const record = fake.ui.dialogs[fake.ui.dialogs.length - 1];
    dialogsSeen = fake.ui.dialogs.length;
    serial += 1;
    panels.set(client, {
      view: {
        kind: record.kind === 'sidebar' ? 'sidebar' : 'dialog',
        title: record.title,
        width: record.width || null,
        height: record.height || null,
        serial,
      },
      html: record.html,
    });
  }

  function run(name: string, args: unknown[], caller: Caller = {}): RunOutcome {
    if (typeof name !== 'string' || !isCallableName(name)) {
      const reason = isPrivateFunctionName(String(name))
        ? 'is private (its name ends with "_")'
        : 'is not a valid name';
      throw new WorkbenchRequestError(403, `Script function ${String(name)} ${reason}`);
    }
    if (!topLevelFunctions.includes(name)) {
      throw new WorkbenchRequestError(404, `Script function not found: ${name}`);
    }
    checkCaller(caller);
    return invoke(name, () => parseInScripts(JSON.stringify(args)) as unknown[], caller);
  }

  function invoke(name: string, makeArgs: () => unknown[], caller: Caller = {}): RunOutcome {
    const before = logs.length;
    const callsBefore = fake.calls.total();
    const session = fake.session;
    const signedIn = [session.activeUserEmail, session.effectiveUserEmail];
    // Calls run one at a time, so the session can name the caller for exactly this call.
    if (caller.user !== undefined) session.activeUserEmail = session.effectiveUserEmail = caller.user;
    const changed = () => {
      const calls = fake.calls.sequence();
      // A test that reset the counter mid-call cannot say what happened: assume a change.
      return calls.length < callsBefore || documentChanged(calls.slice(callsBefore));
    };
    try {
      const raw = scripts[name](...makeArgs());
      notePanels(caller.client ?? '');
      // JSON round trip: what crosses to the browser is a copy, as in Apps Script.
      const visible = clientVisibleResult(raw);
      const result = visible === undefined ? undefined : JSON.parse(JSON.stringify(visible));
      return { ok: true, changed: changed(), result, logs: logs.slice(before) };
    } catch (error) {
      notePanels(caller.client ?? '');
      const described = error !== null && typeof error === 'object' && 'message' in error;
      const message = described ? String((error as Error).message) : String(error);
      const errorName = described && 'name' in error ? String((error as Error).name) : 'Error';
      return { ok: false, changed: changed(), error: { message, name: errorName }, logs: logs.slice(before) };
    } finally {
      [session.activeUserEmail, session.effectiveUserEmail] = signedIn;
    }
  }

  // Sheets calls onOpen when the file opens: that is what installs the add-on menu. An add-on
  // that is in use in the file runs it in AuthMode.LIMITED.
  const authModes = (installed.ScriptApp as { AuthMode: Record<string, unknown> }).AuthMode;
  const openFile = (): RunOutcome =>
    topLevelFunctions.includes('onOpen')
      ? invoke('onOpen', () => [{ authMode: authModes.LIMITED, source: fake.SpreadsheetApp.getActive() }])
      : { ok: true, changed: false, logs: [] };
  const opened = openFile();
  if (!opened.ok) throw new Error(`onOpen failed: ${opened.error?.message}`);

  return {
    fake,
    publicFunctions: () => topLevelFunctions.filter((name) => !isPrivateFunctionName(name)),
    run,
    defaultUser: () => fake.session.activeUserEmail,
    state(client = ''): WorkbenchState {
      const snapshot = fake.spreadsheet.snapshot();
      const calculations = {
        get(sheetName: string) {
          const sheet = snapshot.sheets.find((candidate) => candidate.name === sheetName);
          const formulas = (sheet?.cells ?? [])
            .filter((cell) => cell.formula !== '')
            .map((cell) => ({ row: cell.row, column: cell.column, formula: cell.formula }));
          return calculateSheet(engine, source, sheetName, formulas);
        },
      };
      return {
        workbook: workbookView(snapshot, calculations),
        menus: flattenMenus(fake),
        panel: panels.get(client)?.view ?? null,
        toasts: snapshot.toasts.map((toast) => ({ title: toast.title, message: toast.message })),
        alerts: fake.ui.alerts.map((alert) => [alert.title, alert.prompt].filter(Boolean).join(': ')),
        locales: WORKBENCH_LOCALES,
      };
    },
    editCell(sheetName, row, column, input) {
      const sheet = fake.SpreadsheetApp.getActive().getSheetByName(sheetName);
      if (!sheet) throw new WorkbenchRequestError(404, `No sheet named "${sheetName}"`);
      if (!Number.isInteger(row) || !Number.isInteger(column) || row < 1 || column < 1) {
        throw new WorkbenchRequestError(400, 'row and column must be whole numbers from 1');
      }
      // setValue parses text as typing does: "=…" becomes a formula, "12%" a number, as in Sheets.
      sheet.getRange(row, column).setValue(input);
    },
    setLocale(locale) {
      if (!WORKBENCH_LOCALES.includes(locale)) {
        throw new WorkbenchRequestError(400, `Locale must be one of ${WORKBENCH_LOCALES.join(', ')}`);
      }
      fake.SpreadsheetApp.getActive().setSpreadsheetLocale(locale);
      // Sheets reloads the file after a locale change, which runs onOpen again.
      return openFile();
    },
    closePanel(client = '') {
      panels.delete(client);
    },
    showPanel({ kind, title, html }, client = '') {
      serial += 1;
      panels.set(client, { view: { kind, title, width: null, height: null, serial }, html });
    },
    panelHtml: (client = '') => panels.get(client)?.html ?? null,
    panelView: (client = '') => panels.get(client)?.view ?? null,
    scheduleView: () => scheduleViewOf(fake, new ScriptDate()),
    fireTrigger(triggerId, at) {
      const instant = Date.parse(at);
      if (typeof at !== 'string' || Number.isNaN(instant))
        throw new WorkbenchRequestError(400, '"at" must be an instant such as 2026-11-01T05:30:00Z');
      const trigger = fake.triggers.installed.find((installed) => installed.id === triggerId);
      if (!trigger) throw new WorkbenchRequestError(404, `No installed trigger ${triggerId}`);
      if (!topLevelFunctions.includes(trigger.handler))
        throw new WorkbenchRequestError(404, `Script function not found: ${trigger.handler}`);
      firingAt = instant;
      try {
        return fake.runAsTrigger(triggerId, (event) =>
          invoke(trigger.handler, () => [parseInScripts(JSON.stringify(event))]),
        );
      } finally {
        firingAt = undefined;
      }
    },
  };
}

/** What the workbench's schedule panel shows. */
export interface ScheduleView {
  triggers: Array<{
    id: string;
    handler: string;
    user: string;
    /** "Monday 06:00 Europe/Stockholm", "day 1 06:00 Asia/Ho_Chi_Minh". */
    when: string;
    /** The trigger's next planned firing (ISO), when the spreadsheet's schedule names it. */
    next: string | null;
  }>;
  /** The schedule record on the spreadsheet, as stored (JSON), or null when none is. */
  record: ScheduleRecord | null;
  outbox: SentMail[];
}

function scheduleViewOf(fake: FakeAppsScript, now: Date): ScheduleView {
  const entry = fake.spreadsheet.metadata
    .at(null)
    .find((candidate) => candidate.key === SCHEDULE_METADATA_KEY);
  const record = parseScheduleRecord(entry?.value) ?? null;
  return {
    triggers: fake.triggers.installed.map((trigger) => {
      const s = trigger.schedule;
      const day = s.weekDay
        ? s.weekDay.charAt(0) + s.weekDay.slice(1).toLowerCase()
        : `day ${s.monthDay ?? '?'}`;
      const hour = `${String(s.hour ?? 0).padStart(2, '0')}:00`;
      const next =
        record && record.triggerUid === trigger.id
          ? nextTriggerFiring(record, fake.spreadsheet.timeZone, now).toISOString()
          : null;
      return {
        id: trigger.id,
        handler: trigger.handler,
        user: trigger.user,
        when: `${day} ${hour} ${s.timeZone}`,
        next,
      };
    }),
    record,
    outbox: [...fake.mail.outbox],
  };
}

/** The sample data as a user would paste it: dates typed as yyyy-mm-dd, so they land in the sheet's zone. */
function loadSampleData(fake: FakeAppsScript, values: SampleRow[]): void {
  const sheet = fake.SpreadsheetApp.getActive().getSheetByName(SAMPLE_SHEET_NAME);
  if (!sheet) throw new Error(`The workbench spreadsheet has no "${SAMPLE_SHEET_NAME}" tab`);
  const width = SAMPLE_HEADERS.length;
  // Pasting into Sheets grows the tab; 100 blank rows stay below for the user's own.
  const missingRows = values.length + 1 + 100 - sheet.getMaxRows();
  if (missingRows > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missingRows);
  sheet
    .getRange(1, 1, 1, width)
    .setValues([[...SAMPLE_HEADERS]])
    .setFontWeight('bold')
    .setBackground('#f1f3f4');
  if (values.length > 0) {
    const formats = sampleNumberFormats();
    sheet.getRange(2, 1, values.length, width).setNumberFormats(values.map(() => formats));
    sheet.getRange(2, 1, values.length, width).setValues(values);
  }
  sheet.setFrozenRows(1);
  sheet.setColumnWidth(1, 96);
  sheet.setColumnWidth(2, 90);
}
