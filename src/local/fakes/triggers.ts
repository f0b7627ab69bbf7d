/*
 * Installable clock triggers, as an editor add-on meets them. Each rule is a reference page's:
 *   - ScriptApp.newTrigger, getProjectTriggers, getUserTriggers, deleteTrigger need the
 *     script.scriptapp scope (https://developers.google.com/apps-script/reference/script/script-app);
 *   - ClockTriggerBuilder (https://developers.google.com/apps-script/reference/script/clock-trigger-builder):
 *     atHour runs the trigger within that hour ("Runs between 5am-6am" for atHour(5)); "Frequency is
 *     required if you are using atHour() or nearMinute()"; everyMinutes takes 1, 5, 10, 15 or 30;
 *     inTimezone defaults to the script's zone and "An invalid timezone string causes the script to
 *     throw an error";
 *   - an add-on "can only have one trigger of each type, per user, per document", creates triggers
 *     only for its own file, and its time-driven triggers "cannot run more frequently than once per
 *     hour" (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions);
 *   - 20 triggers per user per script (https://developers.google.com/apps-script/guides/services/quotas).
 * Where the reference names no range (atHour, nearMinute, onMonthDay, the every… counts) the fake
 * refuses what is not a clock's or a calendar's (hour 24, day 32, 0 weeks) with a message naming
 * the method.
 */
import { AuthModeEnum, enumOf, enumName, exposeAs } from './boundary';
import { AppsScriptException, type FakeContext } from './context';
import { FakeSpreadsheet } from './spreadsheet';

export const WeekDay = enumOf<typeof GoogleAppsScript.Base.Weekday>([
  'SUNDAY',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
]);
export const EventType = enumOf<typeof GoogleAppsScript.Script.EventType>([
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
]);
export const TriggerSource = enumOf<typeof GoogleAppsScript.Script.TriggerSource>([
  'SPREADSHEETS',
  'CLOCK',
  'FORMS',
  'DOCUMENTS',
  'CALENDAR',
]);

/** The quotas page: "Triggers: 20 / user / script". */
export const TRIGGERS_PER_USER_PER_SCRIPT = 20;
export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
/** What Apps Script answers an add-on's second time-driven trigger in a document for one user. */
export const ADD_ON_TRIGGER_LIMIT =
  'This add-on has created too many time-based triggers in this document for this Google user account.';

/** When a clock trigger runs, as its builder was told. */
export interface ClockSchedule {
  weekDay?: string;
  monthDay?: number;
  everyWeeks?: number;
  everyDays?: number;
  everyHours?: number;
  everyMinutes?: number;
  hour?: number;
  minute?: number;
  /** The zone of hour and day: inTimezone's, else the script's. */
  timeZone: string;
  /** A one-off trigger's instant (at, atDate, after). */
  at?: string;
}

/** An installed trigger, for tests and the workbench to inspect. */
export interface InstalledTrigger {
  id: string;
  handler: string;
  /** Whose trigger it is: the effective user who created it. */
  user: string;
  /** The spreadsheet it belongs to; an add-on makes triggers only for its own file. */
  documentId: string;
  eventType: 'CLOCK';
  schedule: ClockSchedule;
}

export interface TriggerEnvironment {
  /** The effective user: triggers are per user. */
  user(): string;
  documentId(): string;
  scriptTimeZone(): string;
  now(): Date;
}

/**
 * The event object a time-driven trigger's function is given
 * (https://developers.google.com/apps-script/guides/triggers/events#time-driven-events): the
 * auth mode, the trigger's ID and the time, in UTC. Unlike an editor event it has no `source`:
 * nothing names the spreadsheet the trigger was made in.
 */
export interface TimeDrivenEvent {
  authMode: GoogleAppsScript.Script.AuthMode;
  triggerUid: string;
  year: number;
  month: number;
  'day-of-month': number;
  'day-of-week': number;
  'week-of-year': number;
  hour: number;
  minute: number;
  second: number;
  timezone: string;
}

export function timeDrivenEvent(triggerUid: string, at: Date): TimeDrivenEvent {
  const start = Date.UTC(at.getUTCFullYear(), 0, 1);
  return {
    authMode: AuthModeEnum.FULL,
    triggerUid,
    year: at.getUTCFullYear(),
    month: at.getUTCMonth() + 1,
    'day-of-month': at.getUTCDate(),
    'day-of-week': at.getUTCDay() === 0 ? 7 : at.getUTCDay(),
    'week-of-year': Math.floor((at.getTime() - start) / (7 * 86_400_000)) + 1,
    hour: at.getUTCHours(),
    minute: at.getUTCMinutes(),
    second: at.getUTCSeconds(),
    timezone: 'UTC',
  };
}

function isWholeIn(value: unknown, low: number, high: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= low && value <= high;
}

function shown(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

/** Every installed trigger of the script, for every user and document. */
export class FakeTriggerStore {
  readonly installed: InstalledTrigger[] = [];
  private nextId = 1;

  constructor(
    private readonly ctx: FakeContext,
    private readonly env: TriggerEnvironment,
  ) {}

  /** For tests: a trigger this script already has elsewhere (another spreadsheet, another user). */
  installElsewhere(trigger: Omit<InstalledTrigger, 'id'>): InstalledTrigger {
    const installed = { ...trigger, id: String(this.nextId++) };
    this.installed.push(installed);
    return installed;
  }

  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    this.ctx.call('ScriptApp.newTrigger', 'dialog');
    if (typeof functionName !== 'string' || functionName === '') {
      throw new AppsScriptException(
        `The parameters (${shown(functionName)}) don't match the method signature for ScriptApp.newTrigger.`,
      );
    }
    const ctx = this.ctx;
    return exposeAs<GoogleAppsScript.Script.TriggerBuilder>({
      timeBased: () => {
        ctx.local('TriggerBuilder.timeBased');
        return new FakeClockTriggerBuilder(ctx, this, functionName).exposed();
      },
    });
  }

  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    this.ctx.call('ScriptApp.getProjectTriggers', 'dialog');
    const user = this.env.user();
    return this.installed.filter((trigger) => trigger.user === user).map((trigger) => this.handle(trigger));
  }

  /** Only a spreadsheet here: the fakes have no Documents or Forms. */
  getUserTriggers(file: unknown): GoogleAppsScript.Script.Trigger[] {
    this.ctx.call('ScriptApp.getUserTriggers', 'dialog');
    if (!(file instanceof FakeSpreadsheet))
      throw new AppsScriptException(
        `The parameters (${shown(file)}) don't match the method signature for ScriptApp.getUserTriggers.`,
      );
    const id = file.id;
    const user = this.env.user();
    return this.installed
      .filter((trigger) => trigger.user === user && trigger.documentId === id)
      .map((trigger) => this.handle(trigger));
  }

  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    this.ctx.call('ScriptApp.deleteTrigger', 'dialog');
    const id = trigger?.getUniqueId?.();
    const user = this.env.user();
    const index = this.installed.findIndex((installed) => installed.id === id && installed.user === user);
    if (index >= 0) this.installed.splice(index, 1);
  }

  /** create(): the add-on's and the quota's limits, then the trigger is installed. */
  install(handler: string, schedule: ClockSchedule): GoogleAppsScript.Script.Trigger {
    const user = this.env.user();
    const documentId = this.env.documentId();
    const mine = this.installed.filter((trigger) => trigger.user === user);
    if (mine.some((trigger) => trigger.documentId === documentId && trigger.eventType === 'CLOCK'))
      throw new AppsScriptException(ADD_ON_TRIGGER_LIMIT);
    if (mine.length >= TRIGGERS_PER_USER_PER_SCRIPT) throw new AppsScriptException(TOO_MANY_TRIGGERS);
    const trigger: InstalledTrigger = {
      id: String(this.nextId++),
      handler,
      user,
      documentId,
      eventType: 'CLOCK',
      schedule,
    };
    this.installed.push(trigger);
    return this.handle(trigger);
  }

  scriptTimeZone(): string {
    return this.env.scriptTimeZone();
  }

  now(): Date {
    return this.env.now();
  }

  private handle(trigger: InstalledTrigger): GoogleAppsScript.Script.Trigger {
    const ctx = this.ctx;
    return exposeAs<GoogleAppsScript.Script.Trigger>({
      getEventType: () => {
        ctx.local('Trigger.getEventType');
        return EventType.CLOCK;
      },
      getHandlerFunction: () => {
        ctx.local('Trigger.getHandlerFunction');
        return trigger.handler;
      },
      getTriggerSource: () => {
        ctx.local('Trigger.getTriggerSource');
        return TriggerSource.CLOCK;
      },
      getTriggerSourceId: () => {
        ctx.local('Trigger.getTriggerSourceId');
        // A time-driven trigger has no source document.
        return null as unknown as string;
      },
      getUniqueId: () => {
        ctx.local('Trigger.getUniqueId');
        return trigger.id;
      },
    });
  }
}

const EVERY_MINUTES = [1, 5, 10, 15, 30];

class FakeClockTriggerBuilder {
  private readonly schedule: Partial<ClockSchedule> = {};

  constructor(
    private readonly ctx: FakeContext,
    private readonly store: FakeTriggerStore,
    private readonly handler: string,
  ) {}

  exposed(): GoogleAppsScript.Script.ClockTriggerBuilder {
    const builder: Partial<GoogleAppsScript.Script.ClockTriggerBuilder> = {
      atHour: (hour) => this.set('atHour', 'hour', hour, isWholeIn(hour, 0, 23), 'a whole hour from 0 to 23'),
      nearMinute: (minute) =>
        this.set('nearMinute', 'minute', minute, isWholeIn(minute, 0, 59), 'a whole minute from 0 to 59'),
      onMonthDay: (day) =>
        this.set('onMonthDay', 'monthDay', day, isWholeIn(day, 1, 31), 'a day of the month from 1 to 31'),
      onWeekDay: (day) => {
        const name = enumName(day);
        const known = Object.values(WeekDay).includes(day);
        return this.set(
          'onWeekDay',
          'weekDay',
          name,
          known,
          'a ScriptApp.WeekDay such as ScriptApp.WeekDay.MONDAY',
        );
      },
      everyWeeks: (n) =>
        this.set('everyWeeks', 'everyWeeks', n, isWholeIn(n, 1, 1e6), 'a whole number of weeks, 1 or more'),
      everyDays: (n) =>
        this.set('everyDays', 'everyDays', n, isWholeIn(n, 1, 1e6), 'a whole number of days, 1 or more'),
      everyHours: (n) =>
        this.set('everyHours', 'everyHours', n, isWholeIn(n, 1, 1e6), 'a whole number of hours, 1 or more'),
      everyMinutes: (n) =>
        this.set('everyMinutes', 'everyMinutes', n, EVERY_MINUTES.includes(n), '1, 5, 10, 15 or 30'),
      inTimezone: (timezone) => {
        let known = typeof timezone === 'string' && timezone !== '';
        try {
          if (known) new Intl.DateTimeFormat('en-US', { timeZone: timezone });
        } catch {
          known = false;
        }
        return this.set('inTimezone', 'timeZone', timezone, known, 'a time zone ID such as Europe/Stockholm');
      },
      at: (date) => {
        const valid = date instanceof Date && !isNaN(date.getTime());
        return this.set('at', 'at', valid ? date.toISOString() : date, valid, 'a Date');
      },
      after: (ms) => {
        const valid = isWholeIn(ms, 0, Number.MAX_SAFE_INTEGER);
        const at = valid ? new Date(this.store.now().getTime() + ms).toISOString() : ms;
        return this.set('after', 'at', at, valid, 'a whole number of milliseconds, 0 or more');
      },
      create: () => this.create(),
    };
    return exposeAs<GoogleAppsScript.Script.ClockTriggerBuilder>(builder);
  }

  private set(
    method: string,
    field: keyof ClockSchedule,
    value: unknown,
    valid: boolean,
    expected: string,
  ): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.ctx.local(`ClockTriggerBuilder.${method}`);
    if (!valid)
      throw new AppsScriptException(
        `Invalid argument: ClockTriggerBuilder.${method} takes ${expected}, not ${shown(value)}.`,
      );
    (this.schedule as Record<string, unknown>)[field] = value;
    return this.exposed();
  }

  private create(): GoogleAppsScript.Script.Trigger {
    this.ctx.call('ClockTriggerBuilder.create', 'dialog');
    const s = this.schedule;
    const recurring = [s.everyWeeks, s.everyDays, s.everyHours, s.everyMinutes, s.weekDay, s.monthDay].some(
      (value) => value !== undefined,
    );
    if ((s.hour !== undefined || s.minute !== undefined) && !recurring)
      throw new AppsScriptException(
        'ClockTriggerBuilder.create: a frequency is required with atHour() or nearMinute() (everyDays, everyWeeks, onWeekDay, onMonthDay).',
      );
    if (!recurring && s.at === undefined)
      throw new AppsScriptException(
        'ClockTriggerBuilder.create: the trigger has no time: give a frequency (everyDays, onWeekDay, onMonthDay…) or a time (at, atDate, after).',
      );
    if (s.weekDay !== undefined && s.monthDay !== undefined)
      throw new AppsScriptException(
        'ClockTriggerBuilder.create: onWeekDay and onMonthDay cannot both be set.',
      );
    if (s.everyMinutes !== undefined)
      throw new AppsScriptException(
        'ClockTriggerBuilder.create: an add-on’s time-driven triggers cannot run more often than once per hour.',
      );
    return this.store.install(this.handler, { ...s, timeZone: s.timeZone ?? this.store.scriptTimeZone() });
  }
}
