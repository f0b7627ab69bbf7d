import { clockedDate, createWorkbenchRuntime, documentChanged } from '../../src/local/workbench/runtime';
import type { Workbench } from '../../src/local/workbench/server';
import type { GoalsSidebarData } from '../../src/goals/types';
import { DIST, serveWorkbench, SMALL_SAMPLE, TODAY } from './support';

/*
 * Two teammates on one workbench spreadsheet: each page is a client with its own sidebar and
 * acts as a user of its own, whom Session.getActiveUser() names during that page's calls. And the
 * scripts' clock starts at the workbench's `today`, so goals and sample data agree.
 */

const ANNA = 'anna@example.se';
const BINH = 'binh@example.vn';

describe('the scripts’ clock and change detection', () => {
  it('starts new Date() at the given moment and leaves every other Date use alone', () => {
    const ScriptDate = clockedDate(TODAY);
    const now = new ScriptDate();
    expect(now).toBeInstanceOf(Date);
    expect(Object.prototype.toString.call(now)).toBe('[object Date]');
    expect(Math.abs(now.getTime() - TODAY.getTime())).toBeLessThan(5000);
    expect(Math.abs(ScriptDate.now() - TODAY.getTime())).toBeLessThan(5000);
    expect(new ScriptDate(0).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(new ScriptDate('2025-10-06T09:00:00Z').getTime()).toBe(Date.UTC(2025, 9, 6, 9));
    expect(ScriptDate.UTC(2025, 0, 1)).toBe(Date.UTC(2025, 0, 1));
    expect(clockedDate(undefined)).toBe(Date);
  });

  it('tells reads from changes by the service calls made', () => {
    expect(documentChanged([])).toBe(false);
    expect(
      documentChanged([
        'SpreadsheetApp.getActive',
        'Spreadsheet.getSheetByName',
        'Range.getValues',
        'Session.getActiveUser',
        'User.getEmail',
        'LockService.getDocumentLock',
        'Lock.tryLock',
        'Lock.releaseLock',
        'Sheet.isSheetHidden',
      ]),
    ).toBe(false);
    expect(documentChanged(['Range.getValues', 'Range.setValues'])).toBe(true);
    expect(documentChanged(['Sheet.deleteRow'])).toBe(true);
    expect(documentChanged(['Spreadsheet.toast'])).toBe(true);
    // "getter" is not a get… method; unknown names count as changes.
    expect(documentChanged(['Range.getter'])).toBe(true);
  });
});

describe('callers of the runtime', () => {
  const runtime = createWorkbenchRuntime({ distDir: DIST, today: TODAY, sampleRows: SMALL_SAMPLE });

  it('runs a call as the user the caller names, and as the session’s own user otherwise', () => {
    const asBinh = runtime.run('getGoalsSidebarData', [], { client: 'b', user: BINH });
    expect((asBinh.result as GoalsSidebarData).userEmail).toBe(BINH);
    const plain = runtime.run('getGoalsSidebarData', []);
    expect((plain.result as GoalsSidebarData).userEmail).toBe(runtime.defaultUser());
    expect(runtime.defaultUser()).toBe('user@example.com');
    expect(runtime.fake.session.activeUserEmail).toBe('user@example.com');
    // The goals' today is the workbench's.
    expect((plain.result as GoalsSidebarData).today).toBe('2025-03-15');
  });

  it('says whether a call changed the document', () => {
    expect(runtime.run('getGoalsSidebarData', []).changed).toBe(false);
    expect(runtime.run('computeBaseline', ['engagement_rate', null, 'last_month']).changed).toBe(false);
    expect(runtime.run('CTR', [1, 10]).changed).toBe(false);
    const goal = {
      what: 'Grow',
      kpiId: 'likes',
      channel: null,
      baseline: 100,
      baselineWindow: 'manual',
      baselineMonths: [],
      target: '+10 %',
      start: '2025-03-15',
      deadline: '2025-06-15',
      owner: ANNA,
      why: '',
    };
    const saved = runtime.run('saveGoal', [{ goal }], { user: ANNA });
    expect(saved).toMatchObject({ ok: true, changed: true, result: { status: 'saved' } });
    expect(saved.result).toMatchObject({ goal: { goal: { updatedBy: ANNA } } });
  });

  it('opens a sidebar for the client that asked for it only', () => {
    runtime.run('showGoalsSidebar', [], { client: 'anna-page', user: ANNA });
    expect(runtime.panelView('anna-page')).toMatchObject({ kind: 'sidebar', title: 'SMART goals' });
    expect(runtime.panelHtml('anna-page')).toContain('<main id="app"');
    expect(runtime.panelView('binh-page')).toBeNull();
    expect(runtime.panelHtml('binh-page')).toBeNull();
    runtime.run('showGoalsSidebar', [], { client: 'binh-page', user: BINH });
    const [a, b] = [runtime.panelView('anna-page')!, runtime.panelView('binh-page')!];
    expect(b.serial).toBeGreaterThan(a.serial);
    runtime.closePanel('binh-page');
    expect(runtime.panelView('binh-page')).toBeNull();
    expect(runtime.panelView('anna-page')).toEqual(a);
  });

  it('refuses a client id or user that is not plain', () => {
    expect(() => runtime.run('CTR', [1, 2], { user: '<img src=x>' })).toThrow(
      'user must be an e-mail address',
    );
    expect(() => runtime.run('CTR', [1, 2], { user: 'no-at-sign' })).toThrow(
      'user must be an e-mail address',
    );
    expect(() => runtime.run('CTR', [1, 2], { client: '../x' })).toThrow('client must be');
  });
});

describe('callers over HTTP', () => {
  let workbench: Workbench;
  beforeAll(async () => {
    workbench = await serveWorkbench({ sampleRows: SMALL_SAMPLE });
  });
  afterAll(() => workbench.close());

  const post = async (path: string, body: object) => {
    const response = await fetch(new URL(path, workbench.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  };
  const get = (path: string) => fetch(new URL(path, workbench.url));

  it('gives each page its own panel, served with a shim that calls as that page and user', async () => {
    const opened = await post('/api/run', { name: 'showGoalsSidebar', args: [], client: 'p1', user: BINH });
    expect(opened.json).toMatchObject({ ok: true });
    const mine = (await (await get('/api/state?client=p1')).json()) as { panel: unknown; user: string };
    const theirs = (await (await get('/api/state?client=p2&user=anna%40example.se')).json()) as {
      panel: unknown;
      user: string;
    };
    expect(mine.panel).toMatchObject({ kind: 'sidebar' });
    expect(mine.user).toBe('user@example.com');
    expect(theirs).toMatchObject({ panel: null, user: ANNA });

    const panel = await get(`/panel?serial=1&client=p1&user=${encodeURIComponent(BINH)}`);
    expect(panel.status).toBe(200);
    const html = await panel.text();
    expect(html).toContain('"client":"p1"');
    expect(html).toContain(`"user":"${BINH}"`);
    expect((await get('/panel?client=p2')).status).toBe(404);

    expect((await post('/api/panel/close', { client: 'p1' })).status).toBe(200);
    expect((await get('/panel?client=p1')).status).toBe(404);
  });

  it('answers a bad client or user with 400', async () => {
    expect((await post('/api/run', { name: 'CTR', args: [1, 2], user: 'x"y@z' })).status).toBe(400);
    expect((await post('/api/run', { name: 'CTR', args: [1, 2], client: 7 })).status).toBe(400);
    expect((await get('/api/state?user=%3Cscript%3E')).status).toBe(400);
    expect((await get('/panel?client=%3Cb%3E')).status).toBe(400);
  });
});
