import {
  createFakeAppsScript,
  fakeScheduleServices,
  fakeServices,
  type FakeAppsScript,
} from '../../src/local/fakes';
import { CANONICAL_HEADERS, sampleRows } from '../../src/report/sample';
import { buildPeriodReport, previewPeriodReport } from '../../src/schedule/builders';
import {
  parseScheduleRecord,
  REPORT_DATA_METADATA_KEY,
  SCHEDULE_HANDLER,
  SCHEDULE_METADATA_KEY,
  TRIGGER_PROPERTY_PREFIX,
} from '../../src/schedule/record';
import {
  getScheduleStatus,
  runScheduledReport,
  saveSchedule,
  sendTestDigest,
  turnOffSchedule,
  type PeriodReportBuilder,
  type RunReport,
} from '../../src/schedule/server';

/*
 * The Schedule dialog's calls and the trigger, on the fakes: a trigger runs as Apps Script runs
 * it (gas.runAsTrigger: AuthMode.FULL, no active spreadsheet, no document properties or lock), on
 * a clock the test moves.
 */

interface World {
  gas: FakeAppsScript;
  clock: { now: Date };
  /** Acts in the open spreadsheet as this user. */
  as(user: string): void;
  fire(triggerId: string, at: string, build?: PeriodReportBuilder): RunReport;
  record(): ReturnType<typeof parseScheduleRecord>;
  /** The data tab's rows below its header, as the test wrote them. */
  rows: ReadonlyArray<ReadonlyArray<string | number>>;
}

function world(
  options: { locale?: string; timeZone?: string; currency?: string; usedToday?: number; start?: string } = {},
): World {
  const clock = { now: new Date(options.start ?? '2026-10-20T10:00:00Z') };
  const gas = createFakeAppsScript({
    now: () => clock.now,
    spreadsheet: {
      id: 'sheet-1',
      name: 'Team KPIs',
      locale: options.locale ?? 'en_US',
      timeZone: options.timeZone ?? 'Europe/Stockholm',
    },
    session: { activeUserEmail: 'anna@example.se' },
    properties: options.currency ? { document: { 'socialKpis.currency': options.currency } } : {},
    mail: { usedToday: options.usedToday ?? 0 },
  });
  const rows = [
    [...CANONICAL_HEADERS],
    ...sampleRows({ endMonth: 202610, months: 3, channels: ['Instagram', 'TikTok'] }),
  ];
  gas.spreadsheet.insertSheet('KPI data').getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  return {
    gas,
    clock,
    rows: rows.slice(1),
    as(user) {
      gas.session.activeUserEmail = user;
      gas.session.effectiveUserEmail = user;
    },
    fire(triggerId, at, build = buildPeriodReport) {
      clock.now = new Date(at);
      return gas.runAsTrigger(triggerId, (event) =>
        runScheduledReport(fakeServices(gas), fakeScheduleServices(gas), build, event),
      );
    },
    record() {
      const entry = gas.spreadsheet.metadata.at(null).find((e) => e.key === SCHEDULE_METADATA_KEY);
      return parseScheduleRecord(entry?.value);
    },
  };
}

/** A tab's cells, as plain data. */
function cellsOf(w: World, name: string) {
  return w.gas.spreadsheet.snapshot().sheets.find((sheet) => sheet.name === name)?.cells;
}

function textsOf(w: World, name: string): string[] {
  return (cellsOf(w, name) ?? []).map((cell) => (cell.value.type === 'string' ? cell.value.value : ''));
}

/**
 * Likes of a channel summed by hand from the rows the test wrote, over the days from `first` to
 * `last` (ISO dates, both included).
 */
function likesBetween(w: World, channel: string, first: string, last: string): number {
  const likes = CANONICAL_HEADERS.indexOf('Likes');
  return w.rows
    .filter((row) => row[1] === channel && String(row[0]) >= first && String(row[0]) <= last)
    .reduce((sum, row) => sum + Number(row[likes]), 0);
}

/** A report tab's Likes for a channel, found by the row and column labels the tab shows. */
function reportLikes(w: World, tabName: string, channel: string): unknown {
  const values = w.gas.spreadsheet.sheetNamed(tabName)!.getDataRange().getValues();
  const column = values.find((row) => row.includes(channel))!.indexOf(channel);
  return values.find((row) => row[0] === 'Likes')![column];
}

function tabMetadataKeys(w: World, name: string): string[] {
  const sheet = w.gas.spreadsheet.sheetNamed(name)!;
  return w.gas.spreadsheet.metadata.at(sheet.sheetId).map((entry) => entry.key);
}

const save = (w: World, request: unknown) =>
  saveSchedule(fakeServices(w.gas), fakeScheduleServices(w.gas), request);
const status = (w: World) => getScheduleStatus(fakeServices(w.gas), fakeScheduleServices(w.gas));

describe('turning the schedule on, changing it and turning it off', () => {
  it('makes one monthly clock trigger in the spreadsheet’s time zone, remembers the file under its ID, and says who set it up', () => {
    const w = world({ timeZone: 'Asia/Ho_Chi_Minh' });
    const result = save(w, { frequency: 'month', hour: 7, recipients: '' });
    expect(result.ok).toBe(true);
    expect(w.gas.triggers.installed).toEqual([
      expect.objectContaining({
        handler: SCHEDULE_HANDLER,
        user: 'anna@example.se',
        documentId: 'sheet-1',
        schedule: { monthDay: 1, hour: 7, timeZone: 'Asia/Ho_Chi_Minh' },
      }),
    ]);
    const uid = w.gas.triggers.installed[0].id;
    expect(w.gas.properties.stores.user.values.get(TRIGGER_PROPERTY_PREFIX + uid)).toBe('sheet-1');
    expect(w.record()).toMatchObject({
      frequency: 'month',
      hour: 7,
      owner: 'anna@example.se',
      triggerUid: uid,
    });
    if (!result.ok) return;
    expect(result.status.lines).toEqual([
      'On, set up by anna@example.se on 2026-10-20 17:00.',
      'Next report: 2026-10, 2026-11-01 07:00.',
      'No digest is sent.',
    ]);
    expect(result.status.mine).toBe(true);
    // google.script.run passes plain data only (a function would make the whole answer null).
    expect(JSON.parse(JSON.stringify(result.status))).toEqual(result.status);
    expect(result.status.texts.hours[7]).toBe('07:00 (Asia/Ho_Chi_Minh)');
  });

  it('never duplicates the trigger: saving again, or weekly instead, leaves exactly one', () => {
    const w = world();
    save(w, { frequency: 'month', hour: 6, recipients: '' });
    save(w, { frequency: 'month', hour: 6, recipients: '' });
    save(w, { frequency: 'week', hour: 8, recipients: 'boss@example.se' });
    expect(w.gas.triggers.installed).toHaveLength(1);
    expect(w.gas.triggers.installed[0].schedule).toEqual({
      weekDay: 'MONDAY',
      hour: 8,
      timeZone: 'Europe/Stockholm',
    });
    // The old triggers' entries in the user's properties went with them.
    expect([...w.gas.properties.stores.user.values.keys()]).toEqual([
      TRIGGER_PROPERTY_PREFIX + w.gas.triggers.installed[0].id,
    ]);
    expect(w.gas.calls.count('ScriptApp.getUserTriggers')).toBeGreaterThanOrEqual(3);
    expect(w.record()?.recipients).toEqual(['boss@example.se']);
  });

  it('refuses a bad address, an unknown frequency or hour, naming the field, and makes no trigger', () => {
    const w = world({ locale: 'sv_SE' });
    expect(save(w, { frequency: 'month', hour: 6, recipients: 'boss@example.se, not-an-address' })).toEqual({
      ok: false,
      field: 'recipients',
      message:
        'Mottagare av sammanfattningen: ”not-an-address” är ingen e-postadress. Skilj adresserna åt med kommatecken.',
    });
    expect(save(w, { frequency: 'daily', hour: 6 })).toMatchObject({ ok: false, field: 'frequency' });
    expect(save(w, { frequency: 'week', hour: 24 })).toMatchObject({
      ok: false,
      field: 'hour',
      message: 'Ungefär kl.: välj en timme från 00:00 till 23:00.',
    });
    expect(w.gas.triggers.installed).toEqual([]);
    expect(w.record()).toBeUndefined();
  });

  it('shows a teammate who set it up; the teammate taking it over leaves one schedule, and the old trigger removes itself at its run', () => {
    const w = world();
    save(w, { frequency: 'month', hour: 6, recipients: '' });
    const annas = w.gas.triggers.installed[0].id;
    w.as('binh@example.vn');
    const seen = status(w);
    expect(seen.mine).toBe(false);
    expect(seen.lines).toContain(
      'anna@example.se set this schedule up; it runs as them. Turning it on for yourself replaces theirs (it then runs as you), and turning it off stops it for everyone.',
    );
    save(w, { frequency: 'month', hour: 6, recipients: '' });
    const binhs = w.gas.triggers.installed.find((t) => t.user === 'binh@example.vn')!.id;
    expect(w.record()).toMatchObject({ owner: 'binh@example.vn', triggerUid: binhs });
    // Anna's trigger fires first: it is not the schedule's any more, so it goes and builds nothing.
    expect(w.fire(annas, '2026-11-01T05:10:00Z')).toEqual({ outcome: 'not-this-schedule' });
    expect(w.gas.triggers.installed.map((t) => t.user)).toEqual(['binh@example.vn']);
    expect(w.fire(binhs, '2026-11-01T05:20:00Z')).toMatchObject({
      outcome: 'built',
      tabName: 'KPI report 2026-10',
    });
  });

  it('tells its owner when the trigger was removed outside the dialog, and turning it on again makes one', () => {
    const w = world({ locale: 'sv_SE' });
    save(w, { frequency: 'week', hour: 6, recipients: '' });
    // The Apps Script triggers page removes it without the add-on knowing.
    w.gas.triggers.installed.splice(0, 1);
    const seen = status(w);
    expect(seen.mine).toBe(false);
    expect(seen.lines).toContain(
      'Din utlösare för schemat finns inte längre: den togs bort utanför den här dialogrutan (på Apps Scripts sida för utlösare, eller med tillägget), så ingen rapport skapas. Slå på schemat igen, eller stäng av det.',
    );
    expect(seen.lines.some((line) => line.includes('ställde in schemat'))).toBe(false);
    // A teammate cannot list Anna's triggers: they are told whose schedule it is, not that it is gone.
    w.as('binh@example.vn');
    expect(status(w).lines.some((line) => line.includes('anna@example.se ställde in schemat'))).toBe(true);
    w.as('anna@example.se');
    expect(save(w, { frequency: 'week', hour: 6, recipients: '' }).ok).toBe(true);
    expect(w.gas.triggers.installed).toHaveLength(1);
    expect(status(w).mine).toBe(true);
  });

  it('while a teammate holds the document lock, says to try again and changes nothing', () => {
    const w = world();
    w.gas.locks.holdBy('binh@example.vn');
    expect(save(w, { frequency: 'month', hour: 6, recipients: '' })).toEqual({
      ok: false,
      message: 'A collaborator is changing the schedule right now. Try again in a moment.',
    });
    expect(w.gas.triggers.installed).toEqual([]);
    expect(w.gas.locks.attempts.map((attempt) => attempt.timeoutMs)).toEqual([10_000]);
  });

  it('turning off removes this user’s trigger and the record, for everyone', () => {
    const w = world();
    save(w, { frequency: 'quarter', hour: 6, recipients: '' });
    const result = turnOffSchedule(fakeServices(w.gas), fakeScheduleServices(w.gas));
    expect(result).toMatchObject({ ok: true, message: 'The schedule is off.' });
    expect(w.gas.triggers.installed).toEqual([]);
    expect(w.gas.properties.stores.user.values.size).toBe(0);
    expect(w.record()).toBeUndefined();
    expect(status(w).lines).toEqual(['No schedule is on in this spreadsheet.']);
  });
});

describe('the trigger', () => {
  it('builds last month’s report with the menu action’s code, though the trigger has no active spreadsheet, document properties or document lock', () => {
    const w = world({ currency: 'SEK' });
    save(w, { frequency: 'month', hour: 6, recipients: '' });
    const uid = w.gas.triggers.installed[0].id;
    w.gas.calls.reset();
    const run = w.fire(uid, '2026-11-01T05:20:00Z');
    expect(run).toMatchObject({ outcome: 'built', period: '2026-10', tabName: 'KPI report 2026-10' });
    // What the trigger could not have: each would have given null (or thrown) had the code asked.
    expect(w.gas.calls.count('SpreadsheetApp.getActive')).toBe(0);
    expect(w.gas.calls.count('PropertiesService.getDocumentProperties')).toBe(0);
    expect(w.gas.calls.count('SpreadsheetApp.openById')).toBe(1);
    expect(w.gas.spreadsheet.toasts).toEqual([]);
    // The currency came from the record's copy of the document properties: money is in SEK.
    const formats = (cellsOf(w, 'KPI report 2026-10') ?? []).map((cell) => cell.numberFormat);
    expect(formats.some((format) => format.includes('SEK') || format.includes('kr'))).toBe(true);
    expect(w.record()?.lastRun).toMatchObject({ outcome: 'built', period: '2026-10' });
  });

  it('builds last week’s report on Monday morning: ISO week 43, Monday 19 to Sunday 25 October, likes summed over those seven days', () => {
    const w = world();
    save(w, { frequency: 'week', hour: 6, recipients: 'boss@example.se' });
    // Monday 26 October 06:20 in Stockholm, the first morning after summer time ended.
    const run = w.fire(w.gas.triggers.installed[0].id, '2026-10-26T05:20:00Z');
    expect(run).toMatchObject({ outcome: 'built', period: '2026-W43', tabName: 'KPI report 2026-W43' });
    expect(textsOf(w, 'KPI report 2026-W43')[0]).toBe('Social media KPI report: Week 43, 2026');
    expect(reportLikes(w, 'KPI report 2026-W43', 'TikTok')).toBe(
      likesBetween(w, 'TikTok', '2026-10-19', '2026-10-25'),
    );
    expect(w.gas.mail.outbox).toHaveLength(1);
    expect(w.gas.mail.outbox[0].subject).toBe('KPI report 2026-W43: Team KPIs');
    expect(w.record()?.lastRun).toMatchObject({ outcome: 'built', period: '2026-W43' });
  });

  it('builds last quarter’s report on the 1st of a quarter’s first month, in Swedish when the spreadsheet is', () => {
    const w = world({ locale: 'sv_SE' });
    save(w, { frequency: 'quarter', hour: 6, recipients: '' });
    // 1 October 06:20 in Stockholm (summer time, UTC+2): Q3 2026 has just ended.
    const run = w.fire(w.gas.triggers.installed[0].id, '2026-10-01T04:20:00Z');
    expect(run).toMatchObject({ outcome: 'built', period: '2026-Q3', tabName: 'KPI-rapport 2026-Q3' });
    const tabName = 'KPI-rapport 2026-Q3';
    expect(textsOf(w, tabName)[0]).toContain('kvartal 3 2026');
    const values = w.gas.spreadsheet.sheetNamed(tabName)!.getDataRange().getValues();
    const column = values.find((row) => row.includes('Instagram'))!.indexOf('Instagram');
    const likesRow = values.find((row) => row[0] === 'Gilla-markeringar');
    expect(likesRow?.[column]).toBe(likesBetween(w, 'Instagram', '2026-07-01', '2026-09-30'));
  });

  it('copies the report’s settings into the record when the dialog opens, as the trigger cannot read document properties', () => {
    const w = world({ currency: 'SEK' });
    save(w, { frequency: 'month', hour: 6, recipients: '' });
    expect(w.record()?.settings).toEqual({ 'socialKpis.currency': 'SEK' });
    // A teammate changes the currency in Set up data sheet; the next time anyone opens the dialog…
    w.gas.properties.stores.document.values.set('socialKpis.currency', 'EUR');
    w.as('binh@example.vn');
    status(w);
    expect(w.record()?.settings).toEqual({ 'socialKpis.currency': 'EUR' });
    // …and the record still names Anna's trigger: opening the dialog changes nothing else.
    expect(w.record()?.owner).toBe('anna@example.se');
  });

  it('skips a period whose report it built from the same data, and rebuilds when the data changed', () => {
    const w = world();
    save(w, { frequency: 'month', hour: 6, recipients: 'boss@example.se' });
    const uid = w.gas.triggers.installed[0].id;
    expect(w.fire(uid, '2026-11-01T05:20:00Z').outcome).toBe('built');
    expect(tabMetadataKeys(w, 'KPI report 2026-10')).toContain(REPORT_DATA_METADATA_KEY);
    // Apps Script runs it again within the hour (a retry): same data, nothing rebuilt or resent.
    expect(w.fire(uid, '2026-11-01T05:50:00Z')).toMatchObject({
      outcome: 'skipped',
      tabName: 'KPI report 2026-10',
    });
    expect(w.gas.mail.outbox).toHaveLength(1);
    w.gas.spreadsheet.sheetNamed('KPI data')!.getRange(2, 3).setValue(123456);
    expect(w.fire(uid, '2026-11-01T05:55:00Z').outcome).toBe('built');
    expect(w.gas.mail.outbox).toHaveLength(2);
  });

  it('on failure leaves the previous report untouched, shows the error in the dialog, and names it in the next build’s data-quality section', () => {
    const w = world();
    save(w, { frequency: 'month', hour: 6, recipients: '' });
    const uid = w.gas.triggers.installed[0].id;
    w.fire(uid, '2026-10-01T04:20:00Z');
    const september = cellsOf(w, 'KPI report 2026-09');
    expect(september?.length).toBeGreaterThan(50);
    const failing: PeriodReportBuilder = () => {
      throw new Error('Service Spreadsheets timed out while accessing document.');
    };
    expect(w.fire(uid, '2026-11-01T05:20:00Z', failing)).toMatchObject({
      outcome: 'failed',
      period: '2026-10',
    });
    expect(cellsOf(w, 'KPI report 2026-09')).toEqual(september);
    expect(w.gas.spreadsheet.sheetNamed('KPI report 2026-10')).toBeUndefined();
    w.as('binh@example.vn');
    const shown = status(w);
    expect(shown.lastFailed).toBe(true);
    expect(shown.lines).toContain(
      'Last run 2026-11-01 06:20 failed: Service Spreadsheets timed out while accessing document.',
    );
    // Anna builds it again later (the next run, here the same month's retry): the failure is named.
    expect(w.fire(uid, '2026-11-01T05:40:00Z').outcome).toBe('built');
    expect(textsOf(w, 'KPI report 2026-10')).toContain(
      'The scheduled build of 2026-10 on 2026-11-01 06:20 failed: Service Spreadsheets timed out while accessing document.',
    );
    expect(w.record()?.unreported).toEqual([]);
  });

  it('emails the digest in the spreadsheet’s language to the list, with a link to the report tab', () => {
    const w = world({ locale: 'vi_VN', timeZone: 'Asia/Ho_Chi_Minh' });
    save(w, { frequency: 'month', hour: 6, recipients: 'sep@example.vn; nhom@example.vn' });
    const uid = w.gas.triggers.installed[0].id;
    const run = w.fire(uid, '2026-10-31T23:30:00Z');
    expect(run).toMatchObject({ outcome: 'built', tabName: 'Báo cáo KPI 2026-10', digestSentTo: 2 });
    expect(w.gas.mail.outbox).toHaveLength(1);
    const mail = w.gas.mail.outbox[0];
    expect(mail.to).toEqual(['sep@example.vn', 'nhom@example.vn']);
    expect(mail.from).toBe('anna@example.se');
    expect(mail.subject).toContain('2026-10');
    expect(mail.subject).toContain('Team KPIs');
    const gid = w.gas.spreadsheet.sheetNamed('Báo cáo KPI 2026-10')!.sheetId;
    expect(mail.htmlBody).toContain(`href="https://docs.google.com/spreadsheets/d/sheet-1/edit#gid=${gid}"`);
    expect(mail.body).toContain('Báo cáo KPI 2026-10');
  });

  it('builds the report but sends no digest past the day’s recipient quota, and says so in the dialog', () => {
    // 99 recipients used since 1 November 00:00 UTC: the day's window is still open at the run.
    const w = world({ usedToday: 99, start: '2026-11-01T00:00:00Z' });
    save(w, { frequency: 'month', hour: 6, recipients: 'a@example.se, b@example.se' });
    const run = w.fire(w.gas.triggers.installed[0].id, '2026-11-01T05:20:00Z');
    expect(run).toMatchObject({
      outcome: 'built',
      digestError: 'Google lets this account email 1 more recipients today; the digest needs 2.',
    });
    expect(w.gas.mail.outbox).toEqual([]);
    expect(status(w).lines).toContain(
      'The digest was not sent: Google lets this account email 1 more recipients today; the digest needs 2.',
    );
  });

  it('builds nothing for a quarterly schedule on the 1st of a month that starts no quarter, and last quarter on 1 January', () => {
    const w = world();
    save(w, { frequency: 'quarter', hour: 6, recipients: '' });
    const uid = w.gas.triggers.installed[0].id;
    const periods: string[] = [];
    const recording: PeriodReportBuilder = (_services, { period }) => {
      periods.push(`${period.kind} ${period.year}-${period.index}`);
      return { ok: false, message: 'recorded' };
    };
    expect(w.fire(uid, '2026-11-01T05:20:00Z', recording)).toEqual({ outcome: 'no-report-due' });
    expect(w.fire(uid, '2026-12-01T05:20:00Z', recording)).toEqual({ outcome: 'no-report-due' });
    // 1 January 06:00 in Stockholm is 05:00 UTC: the year's end is crossed.
    w.fire(uid, '2027-01-01T05:10:00Z', recording);
    expect(periods).toEqual(['quarter 2026-4']);
  });

  it('on a fake clock, builds the week, month or quarter that just ended across daylight saving and year ends', () => {
    const runs: string[] = [];
    const recording: PeriodReportBuilder = (_services, { period }) => {
      runs.push(`${period.kind} ${period.year}-${period.index}`);
      return { ok: false, message: 'recorded' };
    };
    const cases: Array<[string, 'week' | 'month' | 'quarter', string]> = [
      // Stockholm moves to summer time on Sunday 29 March 2026: Monday's 06:00 is 04:00 UTC.
      ['Europe/Stockholm', 'week', '2026-03-30T04:20:00Z'],
      // …and back on 25 October: Monday 26 October's 06:00 is 05:00 UTC.
      ['Europe/Stockholm', 'week', '2026-10-26T05:20:00Z'],
      // Monday 4 January 2027 builds ISO week 53 of 2026.
      ['Europe/Stockholm', 'week', '2027-01-04T05:20:00Z'],
      // Ho Chi Minh City (UTC+7, no daylight saving): 1 January 06:00 is 31 December 23:00 UTC.
      ['Asia/Ho_Chi_Minh', 'month', '2026-12-31T23:40:00Z'],
      ['Asia/Ho_Chi_Minh', 'quarter', '2026-12-31T23:40:00Z'],
    ];
    for (const [timeZone, frequency, at] of cases) {
      const w = world({ timeZone });
      save(w, { frequency, hour: 6, recipients: '' });
      w.fire(w.gas.triggers.installed[0].id, at, recording);
    }
    expect(runs).toEqual(['week 2026-13', 'week 2026-43', 'week 2026-53', 'month 2026-12', 'quarter 2026-4']);
  });

  it('a trigger whose spreadsheet it does not know (its property gone) removes itself', () => {
    const w = world();
    save(w, { frequency: 'week', hour: 6, recipients: '' });
    const uid = w.gas.triggers.installed[0].id;
    w.gas.properties.stores.user.values.clear();
    expect(w.fire(uid, '2026-10-26T05:20:00Z')).toEqual({ outcome: 'orphan' });
    expect(w.gas.triggers.installed).toEqual([]);
  });
});

describe('the test digest', () => {
  it('goes to the user alone, says it is a test, and writes nothing to the spreadsheet', () => {
    const w = world({ locale: 'sv_SE' });
    const before = w.gas.spreadsheet.snapshot();
    const result = sendTestDigest(fakeServices(w.gas), fakeScheduleServices(w.gas), previewPeriodReport, {
      frequency: 'month',
    });
    expect(result).toEqual({
      ok: true,
      message: 'En testsammanfattning skickades till endast anna@example.se.',
    });
    expect(w.gas.mail.outbox).toHaveLength(1);
    expect(w.gas.mail.outbox[0].to).toEqual(['anna@example.se']);
    expect(w.gas.mail.outbox[0].body.split('\n')[0]).toBe(
      'Test: den här sammanfattningen skickades bara till dig.',
    );
    expect(w.gas.mail.outbox[0].subject).toContain('2026-09');
    expect(w.gas.spreadsheet.snapshot()).toEqual(before);
  });

  it('previews the week or the quarter that just ended, as the schedule would build it', () => {
    const w = world();
    const send = (frequency: string) =>
      sendTestDigest(fakeServices(w.gas), fakeScheduleServices(w.gas), previewPeriodReport, { frequency });
    // Tuesday 20 October: week 42 and Q3 have ended.
    expect(send('week')).toMatchObject({ ok: true });
    expect(send('quarter')).toMatchObject({ ok: true });
    expect(w.gas.mail.outbox.map((mail) => mail.subject)).toEqual([
      'KPI report 2026-W42: Team KPIs',
      'KPI report 2026-Q3: Team KPIs',
    ]);
  });
});

describe('the record', () => {
  it('keeps a failure’s message to 500 characters and the last five failures, so it fits Sheets’ metadata limit', () => {
    const w = world();
    save(w, { frequency: 'month', hour: 6, recipients: '' });
    const uid = w.gas.triggers.installed[0].id;
    const failing: PeriodReportBuilder = () => ({ ok: false, message: 'x'.repeat(5000) });
    for (let day = 1; day <= 7; day++)
      w.fire(uid, `2026-11-01T05:${String(day * 5).padStart(2, '0')}:00Z`, failing);
    const record = w.record()!;
    expect(record.unreported).toHaveLength(5);
    expect(record.lastRun?.message).toHaveLength(500);
    expect(record.lastRun?.message?.endsWith('…')).toBe(true);
    const entry = w.gas.spreadsheet.metadata.at(null).find((e) => e.key === SCHEDULE_METADATA_KEY)!;
    expect(entry.value!.length).toBeLessThan(30_000);
  });
});
