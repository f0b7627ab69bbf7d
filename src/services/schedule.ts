import type { ClockTriggerSpec } from '../schedule/schedule';

/*
 * The scheduled report's door to Apps Script: installable clock triggers (ScriptApp), the user's
 * own property store, opening the spreadsheet by its ID from a trigger, and MailApp. Apart from
 * Services because only the Schedule dialog and its trigger use them, and each needs a scope that
 * nothing else asks for (README, "Scopes").
 */
export interface ScheduleServices {
  /** ScriptApp.getUserTriggers(spreadsheet): this user's triggers of this add-on in that file. */
  userTriggers(
    spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  ): Array<{ uid: string; handler: string }>;
  /** A clock trigger as the spec says; its unique ID. */
  createClockTrigger(handler: string, spec: ClockTriggerSpec): string;
  /** Deletes this user's trigger with that unique ID, if it has one; true when it did. */
  deleteTrigger(uid: string): boolean;
  /** PropertiesService.getUserProperties(): this user's store, the same in every document. */
  userProperties(): GoogleAppsScript.Properties.Properties;
  /** SpreadsheetApp.openById: a time-driven trigger has no active spreadsheet. */
  openById(id: string): GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** LockService.getDocumentLock(): null where no document contains the execution (a trigger). */
  documentLockOrNull(): GoogleAppsScript.Lock.Lock | null;
  sendEmail(message: { to: string; subject: string; body: string; htmlBody: string; name: string }): void;
  /** MailApp.getRemainingDailyQuota(): recipients this user may still send to today. */
  remainingDailyQuota(): number;
}

type ScriptAppLike = Pick<
  GoogleAppsScript.Script.ScriptApp,
  'getUserTriggers' | 'getProjectTriggers' | 'newTrigger' | 'deleteTrigger' | 'WeekDay'
>;

/** The services on any Apps Script-shaped globals: the real ones in Sheets, the fakes in Node. */
export function scheduleServicesOn(globals: {
  ScriptApp: ScriptAppLike;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  SpreadsheetApp: Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, 'openById'>;
  LockService: GoogleAppsScript.Lock.LockService;
  MailApp: Pick<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'>;
}): ScheduleServices {
  const { ScriptApp: scriptApp } = globals;
  const mine = (spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) =>
    scriptApp.getUserTriggers(spreadsheet);
  return {
    userTriggers: (spreadsheet) =>
      mine(spreadsheet).map((trigger) => ({
        uid: trigger.getUniqueId(),
        handler: trigger.getHandlerFunction(),
      })),
    createClockTrigger(handler, spec) {
      let builder = scriptApp.newTrigger(handler).timeBased();
      builder =
        spec.weekDay === 'MONDAY'
          ? builder.onWeekDay(scriptApp.WeekDay.MONDAY)
          : builder.onMonthDay(spec.monthDay ?? 1);
      return builder.atHour(spec.hour).inTimezone(spec.timeZone).create().getUniqueId();
    },
    deleteTrigger(uid) {
      // getProjectTriggers lists only this user's triggers too; getUserTriggers needs the file,
      // which a trigger does not have, so the project's list is the one both places can read.
      const trigger = scriptApp.getProjectTriggers().find((candidate) => candidate.getUniqueId() === uid);
      if (!trigger) return false;
      scriptApp.deleteTrigger(trigger);
      return true;
    },
    userProperties: () => globals.PropertiesService.getUserProperties(),
    openById: (id) => globals.SpreadsheetApp.openById(id),
    documentLockOrNull: () => globals.LockService.getDocumentLock() ?? null,
    sendEmail: (message) => globals.MailApp.sendEmail(message),
    remainingDailyQuota: () => globals.MailApp.getRemainingDailyQuota(),
  };
}

/** The real services, read from the globals only when called. */
export function appsScriptScheduleServices(): ScheduleServices {
  return scheduleServicesOn({ ScriptApp, PropertiesService, SpreadsheetApp, LockService, MailApp });
}
