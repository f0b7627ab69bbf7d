import { createFakeAppsScript, loadManifest, SCOPE } from '../../src/local/fakes';
import { ADD_ON_TRIGGER_LIMIT, TOO_MANY_TRIGGERS } from '../../src/local/fakes/triggers';

const withScriptApp = () =>
  createFakeAppsScript({
    manifest: { oauthScopes: [...(loadManifest().oauthScopes ?? []), SCOPE.scriptApp] },
    session: { activeUserEmail: 'anna@example.se' },
    spreadsheet: { timeZone: 'Asia/Ho_Chi_Minh' },
  });

describe('installable clock triggers', () => {
  it('refuses every trigger call without script.scriptapp in the manifest or when the user declined it', () => {
    // The manifest before the schedule: the editor features' three scopes only.
    const gas = createFakeAppsScript({
      manifest: { oauthScopes: [SCOPE.currentOnly, SCOPE.containerUi, SCOPE.email] },
    });
    const missing = (method: string) =>
      `You do not have permission to call ${method}. Required permissions: https://www.googleapis.com/auth/script.scriptapp`;
    expect(() => gas.ScriptApp.newTrigger('runScheduledReport')).toThrow(missing('ScriptApp.newTrigger'));
    expect(() => gas.ScriptApp.getProjectTriggers()).toThrow(missing('ScriptApp.getProjectTriggers'));
    expect(() => gas.ScriptApp.getUserTriggers(gas.SpreadsheetApp.getActive())).toThrow(
      missing('ScriptApp.getUserTriggers'),
    );
    // A user who declined the permission on the consent screen is refused the same way.
    const declined = createFakeAppsScript({
      manifest: { oauthScopes: [SCOPE.currentOnly, SCOPE.scriptApp] },
      declinedScopes: [SCOPE.scriptApp],
    });
    expect(() => declined.ScriptApp.newTrigger('runScheduledReport')).toThrow(
      missing('ScriptApp.newTrigger'),
    );
  });

  it('creates a weekly Monday trigger in the given time zone, listed for its user and document', () => {
    const gas = withScriptApp();
    const trigger = gas.ScriptApp.newTrigger('runScheduledReport')
      .timeBased()
      .onWeekDay(gas.ScriptApp.WeekDay.MONDAY)
      .atHour(6)
      .inTimezone('Asia/Ho_Chi_Minh')
      .create();
    expect(trigger.getHandlerFunction()).toBe('runScheduledReport');
    expect(String(trigger.getEventType())).toBe('CLOCK');
    expect(String(trigger.getTriggerSource())).toBe('CLOCK');
    expect(gas.triggers.installed).toEqual([
      {
        id: trigger.getUniqueId(),
        handler: 'runScheduledReport',
        user: 'anna@example.se',
        documentId: gas.spreadsheet.id,
        eventType: 'CLOCK',
        schedule: { weekDay: 'MONDAY', hour: 6, timeZone: 'Asia/Ho_Chi_Minh' },
      },
    ]);
    const mine = gas.ScriptApp.getUserTriggers(gas.SpreadsheetApp.getActive());
    expect(mine.map((t) => t.getUniqueId())).toEqual([trigger.getUniqueId()]);
    gas.ScriptApp.deleteTrigger(mine[0]);
    expect(gas.ScriptApp.getProjectTriggers()).toEqual([]);
  });

  it('uses the script’s time zone when inTimezone is not called', () => {
    const gas = withScriptApp();
    gas.ScriptApp.newTrigger('runScheduledReport').timeBased().onMonthDay(1).atHour(6).create();
    expect(gas.triggers.installed[0].schedule).toEqual({
      monthDay: 1,
      hour: 6,
      timeZone: 'Europe/Stockholm',
    });
  });

  it('refuses a second time-driven trigger of the add-on in one document for one user, but not for a teammate', () => {
    const gas = withScriptApp();
    const weekly = () =>
      gas.ScriptApp.newTrigger('runScheduledReport')
        .timeBased()
        .onWeekDay(gas.ScriptApp.WeekDay.MONDAY)
        .atHour(6)
        .create();
    weekly();
    expect(weekly).toThrow(ADD_ON_TRIGGER_LIMIT);
    // A teammate sees none of Anna's triggers and may have their own.
    gas.session.effectiveUserEmail = 'binh@example.vn';
    expect(gas.ScriptApp.getUserTriggers(gas.SpreadsheetApp.getActive())).toEqual([]);
    weekly();
    expect(gas.triggers.installed.map((t) => t.user)).toEqual(['anna@example.se', 'binh@example.vn']);
  });

  it('refuses a 21st trigger of one user in the script, counting other spreadsheets', () => {
    const gas = withScriptApp();
    for (let i = 0; i < 20; i++) {
      gas.triggers.installElsewhere({
        handler: 'runScheduledReport',
        user: 'anna@example.se',
        documentId: `other-${i}`,
        eventType: 'CLOCK',
        schedule: { monthDay: 1, hour: 6, timeZone: 'Europe/Stockholm' },
      });
    }
    expect(gas.ScriptApp.getProjectTriggers()).toHaveLength(20);
    expect(gas.ScriptApp.getUserTriggers(gas.SpreadsheetApp.getActive())).toHaveLength(0);
    expect(() => gas.ScriptApp.newTrigger('runScheduledReport').timeBased().onMonthDay(1).create()).toThrow(
      TOO_MANY_TRIGGERS,
    );
  });

  it('refuses atHour(24), onMonthDay(32), a day that is not a WeekDay, an unknown zone and everyMinutes(7)', () => {
    const builder = () => withScriptApp().ScriptApp.newTrigger('runScheduledReport').timeBased();
    expect(() => builder().atHour(24)).toThrow(
      'Invalid argument: ClockTriggerBuilder.atHour takes a whole hour from 0 to 23, not 24.',
    );
    expect(() => builder().atHour(6.5)).toThrow(/atHour takes a whole hour/);
    expect(() => builder().onMonthDay(32)).toThrow(
      /onMonthDay takes a day of the month from 1 to 31, not 32/,
    );
    expect(() => builder().onWeekDay('MONDAY' as unknown as GoogleAppsScript.Base.Weekday)).toThrow(
      /onWeekDay takes a ScriptApp.WeekDay/,
    );
    expect(() => builder().inTimezone('Europe/Stockholmm')).toThrow(
      'Invalid argument: ClockTriggerBuilder.inTimezone takes a time zone ID such as Europe/Stockholm, not "Europe/Stockholmm".',
    );
    expect(() => builder().everyMinutes(7)).toThrow(/everyMinutes takes 1, 5, 10, 15 or 30/);
    expect(() => builder().everyWeeks(0)).toThrow(/everyWeeks takes a whole number of weeks/);
  });

  it('refuses atHour without a frequency, and an add-on trigger more often than hourly', () => {
    const gas = withScriptApp();
    const builder = () => gas.ScriptApp.newTrigger('runScheduledReport').timeBased();
    expect(() => builder().atHour(6).create()).toThrow(/a frequency is required with atHour/);
    expect(() => builder().create()).toThrow(/the trigger has no time/);
    expect(() => builder().everyMinutes(30).create()).toThrow(/cannot run more often than once per hour/);
    expect(gas.triggers.installed).toEqual([]);
  });

  it('are created only with full authorisation: not from a menu in AuthMode.LIMITED', () => {
    const gas = withScriptApp();
    gas.setAuthMode('LIMITED');
    expect(() => gas.ScriptApp.newTrigger('runScheduledReport')).toThrow(/You do not have permission/);
  });
});

describe('a time-driven trigger’s execution', () => {
  it('runs in AuthMode.FULL with no active spreadsheet, no document properties, no document lock and no Ui', () => {
    const gas = withScriptApp();
    const trigger = gas.ScriptApp.newTrigger('runScheduledReport')
      .timeBased()
      .onMonthDay(1)
      .atHour(6)
      .create();
    const seen = gas.runAsTrigger(trigger.getUniqueId(), (event) => ({
      event,
      active: gas.SpreadsheetApp.getActive(),
      documentProperties: gas.PropertiesService.getDocumentProperties(),
      documentLock: gas.LockService.getDocumentLock(),
      userProperties: gas.PropertiesService.getUserProperties() !== null,
      ui: (() => {
        try {
          gas.SpreadsheetApp.getUi();
          return 'shown';
        } catch (error) {
          return (error as Error).message;
        }
      })(),
    }));
    expect(seen.active).toBeNull();
    expect(seen.documentProperties).toBeNull();
    expect(seen.documentLock).toBeNull();
    expect(seen.userProperties).toBe(true);
    expect(seen.ui).toBe('Cannot call SpreadsheetApp.getUi() from this context.');
    expect(String(seen.event.authMode)).toBe('FULL');
    expect(seen.event.triggerUid).toBe(trigger.getUniqueId());
    expect(seen.event).not.toHaveProperty('source');
    // Afterwards the editor is back as it was.
    expect(gas.SpreadsheetApp.getActive()).not.toBeNull();
  });

  it('opens the spreadsheet by its ID only with the spreadsheets scope, not spreadsheets.currentonly', () => {
    const gas = createFakeAppsScript({
      manifest: { oauthScopes: [SCOPE.currentOnly, SCOPE.scriptApp] },
      spreadsheet: { id: 'sheet-1' },
    });
    expect(() => gas.SpreadsheetApp.openById('sheet-1')).toThrow(
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
    const granted = createFakeAppsScript({
      manifest: { oauthScopes: [SCOPE.currentOnly, SCOPE.spreadsheets, SCOPE.scriptApp] },
      spreadsheet: { id: 'sheet-1' },
    });
    expect(granted.SpreadsheetApp.openById('sheet-1').getId()).toBe('sheet-1');
    expect(() => granted.SpreadsheetApp.openById('another')).toThrow(/openById/);
  });
});
