/*
 * The Schedule dialog's server calls and the trigger's handler: the imperative shell around the
 * pure timing (./schedule.ts), record (./record.ts) and digest (./digest.ts).
 *
 * What a time-driven trigger of an editor add-on can reach is coded to the least Apps Script
 * promises (docs/apps-script-behaviours.md): its event object names the trigger (triggerUid) but
 * no document, SpreadsheetApp.getActive() gives null there, document properties exist only "within
 * the open document", and the document lock is "null if called … outside of a containing
 * document". So the dialog stores the spreadsheet's ID in the user's own properties under the
 * trigger's ID, the trigger opens the file by that ID (the `spreadsheets` scope), and everything the
 * team shares — the schedule, who set it up, the last run, the report's settings — is one developer
 * metadata entry on the spreadsheet, which both places can read.
 */
import { DIGEST_TEXTS, languageFromLocale, SCHEDULE_TEXTS, type Catalogue, type Language } from '../i18n';
import { findDataSheet, reportLabelsOf } from '../report/data-sheet';
import { REPORT_METADATA_KEY } from '../report/actions';
import type { ReportGoalRow } from '../report/goal-rows';
import { columnName, dataQualityNotes, rowLabel } from '../report/layout';
import type { ReportModel } from '../report/model';
import { periodJustEnded, periodKey, periodTabName, type Period, type PeriodKind } from '../report/periods';
import type { ScheduleServices } from '../services/schedule';
import { pageWithLocale } from '../services/pages';
import type { Services } from '../services/services';
import { wallClockAt } from '../util/time-zone';
import { composeDigest, parseAddressList, type DigestChange, type DigestSummary } from './digest';
import {
  dataFingerprint,
  parseScheduleRecord,
  REPORT_DATA_METADATA_KEY,
  SCHEDULE_HANDLER,
  SCHEDULE_METADATA_KEY,
  serializeScheduleRecord,
  TRIGGER_PROPERTY_PREFIX,
  withRun,
  type RunRecord,
  type ScheduleRecord,
} from './record';
import {
  clockTriggerFor,
  DEFAULT_SCHEDULE_HOUR,
  nextReport,
  periodForRun,
  scheduleProblem,
} from './schedule';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A built report, as the schedule needs it for the digest. */
export type PeriodBuild =
  | { ok: true; tabName: string; model: ReportModel; goals: readonly ReportGoalRow[] }
  | { ok: false; message: string };

/**
 * Builds the period's report with the menu action's code (written in the spreadsheet the services
 * give), never alerting; `qualityLines` go first in its data-quality section.
 */
export type PeriodReportBuilder = (
  services: Services,
  request: { period: Period; qualityLines: string[] },
) => PeriodBuild;

/** The same report's model and goals without writing anything: the test digest. */
export type PeriodReportPreview = (
  services: Services,
  period: Period,
) => { ok: true; model: ReportModel; goals: readonly ReportGoalRow[] } | { ok: false; message: string };

/** How long a dialog call waits for a teammate's change of the schedule. */
const LOCK_WAIT_MS = 10_000;
/** How long the trigger waits for the document lock, when it gets one, before recording a failure. */
const TRIGGER_LOCK_WAIT_MS = 60_000;
/** The digest names at most this many data-quality rows. */
const DIGEST_ISSUE_LINES = 5;
const SENDER_NAME = 'Social KPIs';

// ----- the record on the spreadsheet ---------------------------------------------------------

function recordEntry(spreadsheet: Spreadsheet): GoogleAppsScript.Spreadsheet.DeveloperMetadata | undefined {
  return spreadsheet.getDeveloperMetadata().find((entry) => entry.getKey() === SCHEDULE_METADATA_KEY);
}

export function readScheduleRecord(spreadsheet: Spreadsheet): ScheduleRecord | undefined {
  return parseScheduleRecord(recordEntry(spreadsheet)?.getValue());
}

function writeScheduleRecord(spreadsheet: Spreadsheet, record: ScheduleRecord | undefined): void {
  const entry = recordEntry(spreadsheet);
  if (!record) {
    entry?.remove();
    return;
  }
  const value = serializeScheduleRecord(record);
  if (entry) entry.setValue(value);
  else spreadsheet.addDeveloperMetadata(SCHEDULE_METADATA_KEY, value);
}

// ----- what the dialog shows ------------------------------------------------------------------

/** The dialog's own words: plain strings, as google.script.run passes no functions. */
export interface ScheduleDialogTexts {
  intro: string;
  frequencyLabel: string;
  frequencies: Record<PeriodKind, string>;
  hourLabel: string;
  /** The 24 hours' labels, "06:00 (Europe/Stockholm)". */
  hours: string[];
  digestLabel: string;
  digestHint: string;
  turnOn: string;
  save: string;
  turnOff: string;
  sendTest: string;
  close: string;
  working: string;
}

export interface ScheduleStatus {
  language: Language;
  texts: ScheduleDialogTexts;
  timeZone: string;
  /** The form's values: the schedule's, or the defaults. */
  form: { frequency: PeriodKind; hour: number; recipients: string };
  on: boolean;
  /** The schedule runs as this user (their trigger). */
  mine: boolean;
  /** Lines describing the schedule, its next run and its last one, in the spreadsheet's language. */
  lines: string[];
  /** The last run failed: the dialog shows its line as an error. */
  lastFailed: boolean;
}

function wallClockText(instant: Date, timeZone: string): string {
  const wall = wallClockAt(instant, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${wall.year}-${two(wall.month)}-${two(wall.day)} ${two(wall.hour)}:${two(wall.minute)}`;
}

function textsFor(spreadsheet: Spreadsheet): { language: Language; T: Catalogue['schedule'] } {
  const language = languageFromLocale(spreadsheet.getSpreadsheetLocale());
  return { language, T: SCHEDULE_TEXTS[language] };
}

function runLine(T: Catalogue['schedule'], run: RunRecord, timeZone: string): string[] {
  const when = wallClockText(new Date(run.at), timeZone);
  const lines = [
    run.outcome === 'built'
      ? T.lastBuilt(when, run.tabName ?? run.period)
      : run.outcome === 'skipped'
        ? T.lastSkipped(when, run.tabName ?? run.period)
        : T.lastFailed(when, run.message ?? ''),
  ];
  if (run.digestSentTo) lines.push(T.digestSent(run.digestSentTo));
  if (run.digestError) lines.push(T.digestFailed(run.digestError));
  return lines;
}

function isMine(record: ScheduleRecord, spreadsheet: Spreadsheet, schedule: ScheduleServices): boolean {
  return schedule.userTriggers(spreadsheet).some((trigger) => trigger.uid === record.triggerUid);
}

function statusOf(
  services: Services,
  schedule: ScheduleServices,
  spreadsheet: Spreadsheet,
  record: ScheduleRecord | undefined,
): ScheduleStatus {
  const { language, T } = textsFor(spreadsheet);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const texts: ScheduleDialogTexts = {
    intro: T.intro,
    frequencyLabel: T.frequencyLabel,
    frequencies: { ...T.frequencies },
    hourLabel: T.hourLabel,
    hours: Array.from({ length: 24 }, (_, hour) =>
      T.hourOption(`${String(hour).padStart(2, '0')}:00`, timeZone),
    ),
    digestLabel: T.digestLabel,
    digestHint: T.digestHint,
    turnOn: T.turnOn,
    save: T.save,
    turnOff: T.turnOff,
    sendTest: T.sendTest,
    close: T.close,
    working: T.working,
  };
  if (!record) {
    return {
      language,
      texts,
      timeZone,
      form: { frequency: 'month', hour: DEFAULT_SCHEDULE_HOUR, recipients: '' },
      on: false,
      mine: false,
      lines: [T.off],
      lastFailed: false,
    };
  }
  const mine = isMine(record, spreadsheet, schedule);
  // The owner's own trigger is missing only when it went outside this dialog (the Apps Script
  // dashboard, removing the add-on): only its owner can see that, as triggers are listed per user.
  const gone = !mine && record.owner !== '' && record.owner === services.userEmail();
  const who = record.owner || T.someone;
  const next = nextReport(record, timeZone, services.now());
  const lines = [
    T.onBy(who, wallClockText(new Date(record.since), timeZone)),
    T.next(wallClockText(next.at, timeZone), periodKey(next.period)),
    T.recipients(record.recipients.length),
    ...(mine ? [] : gone ? [T.triggerGone] : [T.notYours(who)]),
    ...(record.lastRun ? runLine(T, record.lastRun, timeZone) : []),
  ];
  return {
    language,
    texts,
    timeZone,
    form: { frequency: record.frequency, hour: record.hour, recipients: record.recipients.join(', ') },
    on: true,
    mine,
    lines,
    lastFailed: record.lastRun?.outcome === 'failed',
  };
}

/**
 * The dialog's first call. It also refreshes the record's copy of the report's settings (the
 * currency, the engagement base), which only an execution in the open document can read.
 */
export function getScheduleStatus(services: Services, schedule: ScheduleServices): ScheduleStatus {
  const spreadsheet = services.spreadsheet();
  const record = readScheduleRecord(spreadsheet);
  if (record) {
    const settings = services.documentProperties().getProperties();
    if (JSON.stringify(settings) !== JSON.stringify(record.settings)) {
      const refreshed = { ...record, settings };
      writeScheduleRecord(spreadsheet, refreshed);
      return statusOf(services, schedule, spreadsheet, refreshed);
    }
  }
  return statusOf(services, schedule, spreadsheet, record);
}

/** What the dialog sends to turn the schedule on or change it; checked on arrival all the same. */
export interface ScheduleRequest {
  frequency: string;
  hour: number;
  /** The digest's addresses as typed; empty: no digest. */
  recipients: string;
}

export type ScheduleResult =
  | { ok: true; status: ScheduleStatus; message: string }
  | { ok: false; message: string; field?: 'frequency' | 'hour' | 'recipients' };

/** This user's triggers of the schedule in the file, removed with their property. */
function removeMyTriggers(spreadsheet: Spreadsheet, schedule: ScheduleServices): void {
  const properties = schedule.userProperties();
  for (const trigger of schedule.userTriggers(spreadsheet)) {
    if (trigger.handler !== SCHEDULE_HANDLER) continue;
    schedule.deleteTrigger(trigger.uid);
    properties.deleteProperty(TRIGGER_PROPERTY_PREFIX + trigger.uid);
  }
}

/**
 * Runs `run` under the document lock; a teammate changing the schedule at the same moment waits,
 * and past the wait the user is told to try again, with nothing changed.
 */
function withDocumentLock(services: Services, busy: string, run: () => ScheduleResult): ScheduleResult {
  const lock = services.documentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return { ok: false, message: busy };
  try {
    return run();
  } finally {
    lock.releaseLock();
  }
}

/**
 * Turns the schedule on, or changes it: one clock trigger per spreadsheet, this user's. Apps Script
 * cannot change a trigger's time, and allows an add-on one time-driven trigger per user per
 * document, so this user's old one is removed before the new one is made; a teammate's stays until
 * its next run, which finds the record names another trigger and removes itself.
 */
export function saveSchedule(
  services: Services,
  schedule: ScheduleServices,
  request: unknown,
): ScheduleResult {
  const spreadsheet = services.spreadsheet();
  const { language, T } = textsFor(spreadsheet);
  const given = (typeof request === 'object' && request !== null ? request : {}) as Record<string, unknown>;
  const problem = scheduleProblem({ frequency: given.frequency, hour: given.hour });
  if (problem === 'frequency')
    return { ok: false, field: problem, message: T.badFrequency(T.frequencyLabel) };
  if (problem === 'hour') return { ok: false, field: problem, message: T.badHour(T.hourLabel) };
  const typed = typeof given.recipients === 'string' ? given.recipients : '';
  let recipients: string[] = [];
  if (typed.trim() !== '') {
    const parsed = parseAddressList(typed, DIGEST_TEXTS[language]);
    if (!parsed.ok) return { ok: false, field: 'recipients', message: parsed.message };
    recipients = parsed.addresses;
  }
  const frequency = given.frequency as PeriodKind;
  const hour = given.hour as number;
  return withDocumentLock(services, T.busy, () => {
    const previous = readScheduleRecord(spreadsheet);
    const timeZone = spreadsheet.getSpreadsheetTimeZone();
    removeMyTriggers(spreadsheet, schedule);
    let uid: string;
    try {
      uid = schedule.createClockTrigger(SCHEDULE_HANDLER, clockTriggerFor({ frequency, hour }, timeZone));
    } catch (error) {
      // This user's old trigger is gone: a record naming it would say "on" for a schedule that is not.
      if (previous && !schedule.userTriggers(spreadsheet).some((t) => t.uid === previous.triggerUid))
        writeScheduleRecord(spreadsheet, undefined);
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    schedule.userProperties().setProperty(TRIGGER_PROPERTY_PREFIX + uid, spreadsheet.getId());
    const record: ScheduleRecord = {
      frequency,
      hour,
      owner: services.userEmail(),
      triggerUid: uid,
      since: services.now().toISOString(),
      recipients,
      settings: services.documentProperties().getProperties(),
      lastRun: previous?.lastRun,
      unreported: previous?.unreported ?? [],
    };
    writeScheduleRecord(spreadsheet, record);
    return { ok: true, status: statusOf(services, schedule, spreadsheet, record), message: T.saved };
  });
}

/** Turns the schedule off for everyone: this user's trigger goes now, a teammate's at its next run. */
export function turnOffSchedule(services: Services, schedule: ScheduleServices): ScheduleResult {
  const spreadsheet = services.spreadsheet();
  const { T } = textsFor(spreadsheet);
  return withDocumentLock(services, T.busy, () => {
    removeMyTriggers(spreadsheet, schedule);
    writeScheduleRecord(spreadsheet, undefined);
    return { ok: true, status: statusOf(services, schedule, spreadsheet, undefined), message: T.turnedOff };
  });
}

// ----- the digest -----------------------------------------------------------------------------

/** The digest's summary of a built (or previewed) report. */
export function digestSummary(
  spreadsheet: Spreadsheet,
  built: { model: ReportModel; goals: readonly ReportGoalRow[]; tabName: string; period: Period },
  reportUrl: string,
): DigestSummary {
  const L = reportLabelsOf(spreadsheet);
  const { model } = built;
  const changes: DigestChange[] = model.families.flatMap((family) =>
    family.rows.flatMap((row) =>
      row.cells.flatMap((cell, column) =>
        cell.change === null
          ? []
          : [
              {
                kpi: rowLabel(L, row),
                channel: columnName(L, model.columns[column]),
                change: cell.change,
                good: cell.comparable && cell.tone !== 'neutral' ? cell.tone === 'good' : null,
              },
            ],
      ),
    ),
  );
  const goals = built.goals
    .filter((goal) => goal.status !== 'not_started' && goal.status !== 'no_data')
    .map((goal) => ({ what: goal.what, onTrack: goal.status === 'on_track' || goal.status === 'achieved' }));
  return {
    period: built.period,
    spreadsheetName: spreadsheet.getName(),
    reportTabName: built.tabName,
    reportUrl,
    changes,
    goals,
    warnings: dataQualityNotes(L, model, spreadsheet.getSpreadsheetLocale(), DIGEST_ISSUE_LINES),
  };
}

function reportUrl(spreadsheet: Spreadsheet, tabName: string): string {
  const tab = spreadsheet.getSheetByName(tabName);
  return tab ? `${spreadsheet.getUrl()}#gid=${tab.getSheetId()}` : spreadsheet.getUrl();
}

/** Sends a digest to `to`, within the user's daily recipients; throws a message when it cannot. */
function sendDigest(
  schedule: ScheduleServices,
  T: Catalogue['schedule'],
  to: string[],
  digest: { subject: string; text: string; html: string },
): void {
  const left = schedule.remainingDailyQuota();
  if (left < to.length) throw new Error(T.quotaLeft(left, to.length));
  schedule.sendEmail({
    to: to.join(','),
    subject: digest.subject,
    body: digest.text,
    htmlBody: digest.html,
    name: SENDER_NAME,
  });
}

/**
 * A test digest to the user alone, of the period the chosen frequency last ended, from the report
 * as it would be built now; nothing is written to the spreadsheet.
 */
export function sendTestDigest(
  services: Services,
  schedule: ScheduleServices,
  preview: PeriodReportPreview,
  request: unknown,
): { ok: boolean; message: string } {
  const spreadsheet = services.spreadsheet();
  const { language, T } = textsFor(spreadsheet);
  const frequency = (typeof request === 'object' && request !== null ? request : {}) as {
    frequency?: unknown;
  };
  const kind = scheduleProblem({ frequency: frequency.frequency, hour: 0 })
    ? (readScheduleRecord(spreadsheet)?.frequency ?? 'month')
    : (frequency.frequency as PeriodKind);
  const address = services.userEmail();
  if (!address) return { ok: false, message: T.noAddress };
  const period = periodJustEnded(kind, services.now(), spreadsheet.getSpreadsheetTimeZone());
  const built = preview(services, period);
  if (!built.ok) return { ok: false, message: built.message };
  const tabName = periodTabName(period, reportLabelsOf(spreadsheet));
  const summary = digestSummary(spreadsheet, { ...built, tabName, period }, reportUrl(spreadsheet, tabName));
  const digest = composeDigest({ ...summary, test: true }, DIGEST_TEXTS[language], language);
  try {
    sendDigest(schedule, T, [address], digest);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, message: T.testSent(address) };
}

// ----- the trigger ----------------------------------------------------------------------------

/** What a run did, for tests and the workbench; Apps Script ignores a trigger's return value. */
export type RunReport =
  | { outcome: 'orphan' | 'not-this-schedule' | 'no-report-due' }
  | ({ outcome: RunRecord['outcome'] } & RunRecord);

/**
 * The services the report's code gets in a trigger: the spreadsheet opened by ID, the settings
 * copied into the record instead of the document properties, and no editor (no dialogs; the
 * builder shows no toasts).
 */
function triggerServices(
  base: Services,
  spreadsheet: Spreadsheet,
  settings: Record<string, string>,
): Services {
  const readOnly = {
    getProperties: () => ({ ...settings }),
    getProperty: (key: string) => settings[key] ?? null,
    getKeys: () => Object.keys(settings),
  } as unknown as GoogleAppsScript.Properties.Properties;
  const noEditor = (): never => {
    throw new Error('Social KPIs: a scheduled build has no editor to show anything in.');
  };
  return {
    ...base,
    spreadsheet: () => spreadsheet,
    documentProperties: () => readOnly,
    documentLock: noEditor,
    ui: noEditor,
    userEmail: () => '',
  };
}

/** The report tab of the period the schedule built from exactly these data, if there is one. */
function upToDateReport(spreadsheet: Spreadsheet, period: Period, fingerprint: string): string | undefined {
  const L = reportLabelsOf(spreadsheet);
  const key = periodKey(period);
  for (let n = 1; ; n++) {
    const name = n === 1 ? periodTabName(period, L) : L.reportTabNameNumbered(key, n);
    const tab = spreadsheet.getSheetByName(name);
    if (!tab) return undefined;
    const marks = tab.getDeveloperMetadata();
    if (
      marks.some(
        (mark) => mark.getKey() === REPORT_DATA_METADATA_KEY && mark.getValue() === `${key} ${fingerprint}`,
      )
    )
      return name;
    // The add-on's report of the period, from other data (or built from the menu): rebuild it.
    if (
      marks.some(
        (mark) => mark.getKey() === REPORT_DATA_METADATA_KEY || mark.getKey() === REPORT_METADATA_KEY,
      )
    )
      return undefined;
  }
}

/**
 * The trigger's function. Only a trigger the spreadsheet's record names builds anything: one
 * left over (its file's schedule turned off or taken over by a teammate) removes itself.
 */
export function runScheduledReport(
  base: Services,
  schedule: ScheduleServices,
  build: PeriodReportBuilder,
  event: unknown,
): RunReport {
  const uid =
    (typeof event === 'object' && event !== null ? (event as { triggerUid?: unknown }).triggerUid : '') ?? '';
  const properties = schedule.userProperties();
  const key = TRIGGER_PROPERTY_PREFIX + String(uid);
  const spreadsheetId = properties.getProperty(key);
  if (!spreadsheetId) {
    schedule.deleteTrigger(String(uid));
    return { outcome: 'orphan' };
  }
  // If the file is gone or no longer shared with the owner this throws, and Apps Script emails the
  // owner its failure notice; the trigger stays, as the file may come back from the bin.
  const spreadsheet = schedule.openById(spreadsheetId);
  const record = readScheduleRecord(spreadsheet);
  if (!record || record.triggerUid !== uid) {
    schedule.deleteTrigger(String(uid));
    properties.deleteProperty(key);
    return { outcome: 'not-this-schedule' };
  }
  const startedAt = base.now();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const period = periodForRun(record, timeZone, startedAt);
  if (!period) return { outcome: 'no-report-due' };
  const { T } = textsFor(spreadsheet);
  const run = (fields: Omit<RunRecord, 'at' | 'period'>): RunRecord => ({
    at: startedAt.toISOString(),
    period: periodKey(period),
    ...fields,
  });

  const lock = schedule.documentLockOrNull();
  if (lock && !lock.tryLock(TRIGGER_LOCK_WAIT_MS)) {
    const failed = run({ outcome: 'failed', message: T.buildBusy });
    writeScheduleRecord(spreadsheet, withRun(record, failed));
    return failed;
  }
  try {
    return buildAndRecord(base, schedule, build, { spreadsheet, record, period, run, T });
  } finally {
    lock?.releaseLock();
  }
}

function buildAndRecord(
  base: Services,
  schedule: ScheduleServices,
  build: PeriodReportBuilder,
  context: {
    spreadsheet: Spreadsheet;
    record: ScheduleRecord;
    period: Period;
    run: (fields: Omit<RunRecord, 'at' | 'period'>) => RunRecord;
    T: Catalogue['schedule'];
  },
): RunRecord {
  const { spreadsheet, record, period, run, T } = context;
  const settings = record.settings;
  const locale = spreadsheet.getSpreadsheetLocale();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const dataSheet = findDataSheet(spreadsheet);
  const values = dataSheet ? dataSheet.getDataRange().getValues() : [];
  const fingerprint = dataFingerprint(values, { settings, locale, timeZone });
  const current = upToDateReport(spreadsheet, period, fingerprint);
  if (current) {
    const skipped = run({ outcome: 'skipped', tabName: current });
    writeScheduleRecord(spreadsheet, withRun(record, skipped));
    return skipped;
  }
  const qualityLines = record.unreported.map((failed) =>
    T.qualityLine(failed.period, wallClockText(new Date(failed.at), timeZone), failed.message ?? ''),
  );
  let built: PeriodBuild;
  try {
    built = build(triggerServices(base, spreadsheet, settings), { period, qualityLines });
  } catch (error) {
    built = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  if (!built.ok) {
    const failed = run({ outcome: 'failed', message: built.message });
    writeScheduleRecord(spreadsheet, withRun(record, failed));
    return failed;
  }
  spreadsheet
    .getSheetByName(built.tabName)
    ?.addDeveloperMetadata(REPORT_DATA_METADATA_KEY, `${periodKey(period)} ${fingerprint}`);
  let done = run({ outcome: 'built', tabName: built.tabName });
  if (record.recipients.length > 0) {
    const language = languageFromLocale(locale);
    const summary = digestSummary(spreadsheet, { ...built, period }, reportUrl(spreadsheet, built.tabName));
    try {
      sendDigest(schedule, T, record.recipients, composeDigest(summary, DIGEST_TEXTS[language], language));
      done = { ...done, digestSentTo: record.recipients.length };
    } catch (error) {
      done = { ...done, digestError: error instanceof Error ? error.message : String(error) };
    }
  }
  // The failures are now named in this report's data-quality section.
  writeScheduleRecord(spreadsheet, { ...withRun(record, done), unreported: [] });
  return done;
}

/** The dialog page's file name in dist/ (src/ui/schedule/page.html). */
export const SCHEDULE_DIALOG_FILE = 'schedule';

export function showScheduleDialog(services: Services): void {
  const spreadsheet = services.spreadsheet();
  const output = pageWithLocale(services, SCHEDULE_DIALOG_FILE, spreadsheet.getSpreadsheetLocale())
    .setWidth(480)
    .setHeight(560);
  services.ui().showModalDialog(output, textsFor(spreadsheet).T.title);
}
