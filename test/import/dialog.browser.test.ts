import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { BROWSER_TEST_MS, BROWSER_WAIT_MS, launchChromium, newPage } from '../../src/local/browser/chromium';
import type { ImportRequest } from '../../src/import/protocol';
import { importCsvRows } from '../../src/import/server';
import { FIXTURES } from './helpers';
import { createWorld } from '../support/world';
import { DIST } from '../support/bundle';

/*
 * The built dialog (dist/import.html) in real Chromium, with google.script.run replaced by a stub
 * that forwards each call to the real importCsvRows on the shared fakes.
 */

const page_html = join(DIST, 'import.html');

const DIALOG_URL = 'http://dialog.test/import';

/** The CPU time (ms) of each task the renderers' main threads ran, from a Chromium trace. */
function mainThreadTaskCpuMs(trace: Buffer): number[] {
  type TraceEvent = { name: string; pid: number; tid: number; tdur?: number; args?: { name?: string } };
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const mainThreads = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}/${event.tid}`),
  );
  return events
    .filter((event) => event.name === 'RunTask' && mainThreads.has(`${event.pid}/${event.tid}`))
    .flatMap((event) => (event.tdur === undefined ? [] : [event.tdur / 1000]));
}

jest.setTimeout(BROWSER_TEST_MS);

let browser: Browser;
let html: string;

beforeAll(async () => {
  html = readFileSync(page_html, 'utf8');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * The stub of google.script.run. With a handler, each call goes to Node (the real server function
 * on the stub spreadsheet); with 'record', calls stay in the page, which records each request's
 * size and answers at once, so a 10 MB import does not push 10 MB through the DevTools protocol.
 */
async function openDialog(handle: ((name: string, args: unknown[]) => unknown) | 'record'): Promise<Page> {
  const page = await newPage(browser);
  // The dialog is served from a made-up origin so init scripts run as on a real navigation; the
  // add-on stylesheet lives on gstatic, and tests run offline.
  await page.route('**/*', (route) =>
    route.request().url() === DIALOG_URL
      ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html })
      : route.abort(),
  );
  if (handle !== 'record') {
    await page.exposeFunction('__serverCall', (name: string, args: unknown[]) => handle(name, args));
  }
  await page.addInitScript((record: boolean) => {
    type Handler = (value: unknown) => void;
    interface StubWindow {
      __serverCall: (name: string, args: unknown[]) => Promise<unknown>;
      __requests: Array<{ rows: number; bytes: number }>;
      google: unknown;
    }
    const w = window as unknown as StubWindow;
    w.__requests = [];
    const recordCall = (_name: string, args: unknown[]): Promise<unknown> => {
      const request = args[0] as { rows: unknown[] };
      w.__requests.push({ rows: request.rows.length, bytes: JSON.stringify(request).length });
      return Promise.resolve({
        ok: true,
        added: request.rows.length,
        skipped: [],
        addedColumns: [],
        createdSheet: false,
      });
    };
    const makeRunner = (success: Handler, failure: Handler): unknown =>
      new Proxy(
        {},
        {
          get(_target, property: string) {
            if (property === 'withSuccessHandler') return (handler: Handler) => makeRunner(handler, failure);
            if (property === 'withFailureHandler') return (handler: Handler) => makeRunner(success, handler);
            return (...args: unknown[]) => {
              (record ? recordCall : w.__serverCall)(property, args).then(success, failure);
            };
          },
        },
      );
    const ignore = () => undefined;
    w.google = { script: { run: makeRunner(ignore, ignore), host: { close: ignore } } };
  }, handle === 'record');
  await page.goto(DIALOG_URL);
  return page;
}

/** The Import button turns on once every row is read and nothing blocks the import. */
async function whenReady(page: Page): Promise<void> {
  // A 10 MB file is read in many steps: twice the usual wait.
  await page.locator('#import-button:not([disabled])').waitFor({ timeout: 2 * BROWSER_WAIT_MS });
}

async function importAndWait(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Import' }).click();
  await page.locator('#result .result-added').waitFor({ timeout: 2 * BROWSER_WAIT_MS });
  return (await page.locator('#result').textContent()) ?? '';
}

const cellsOf = (page: Page, selector: string) => page.locator(selector).allTextContents();

describe('the Import CSV dialog', () => {
  it('proposes the currency Meta’s “Amount spent (SEK)” names, and the import makes it the spreadsheet’s', async () => {
    const book = createWorld('hochiminh-en');
    const page = await openDialog((_name, args) => importCsvRows(book.services, args[0]));
    await page.getByLabel(/CSV file/).setInputFiles(join(FIXTURES, 'meta-facebook-posts.csv'));
    await whenReady(page);
    const currency = page.getByLabel('Currency of the money in this file');
    expect(await currency.inputValue()).toBe('SEK');
    expect(await page.locator('#currency-hint').textContent()).toBe(
      'Proposed from the column “Amount spent (SEK)”. The first import sets the spreadsheet’s currency; amounts are never converted.',
    );
    expect(await importAndWait(page)).toContain('Added 3 rows.');
    expect(book.gas.properties.stores.document.values.get('socialKpis.currency')).toBe('SEK');
    await page.close();
  }, 120_000);

  it('imports a LinkedIn export after the user changes one mapping, and not twice', async () => {
    const book = createWorld('hochiminh-en');
    const page = await openDialog((name, args) => {
      if (name !== 'importCsvRows') throw new Error(`unexpected call ${name}`);
      return importCsvRows(book.services, args[0]);
    });
    await page.getByLabel(/CSV file/).setInputFiles(join(FIXTURES, 'linkedin-page-metrics.csv'));
    await whenReady(page);

    expect(await page.locator('#platform').textContent()).toBe('Recognised: LinkedIn page analytics');
    expect(await page.getByLabel('Channel', { exact: true }).inputValue()).toBe('LinkedIn');
    const clicks = page.getByLabel('Import “Clicks (total)” as');
    expect(await clicks.inputValue()).toBe('clicks');
    expect(await page.getByLabel('Import “Engagement rate (total)” as').inputValue()).toBe('');
    expect(await cellsOf(page, '#preview thead th')).toEqual([
      'Date',
      'Channel',
      'Impressions',
      'Likes',
      'Comments',
      'Shares',
      'Clicks',
    ]);

    // The user decides not to import clicks; the preview follows.
    await clicks.selectOption({ label: 'Don’t import' });
    await whenReady(page);
    expect(await cellsOf(page, '#preview thead th')).toEqual([
      'Date',
      'Channel',
      'Impressions',
      'Likes',
      'Comments',
      'Shares',
    ]);
    expect(await cellsOf(page, '#preview tbody tr:first-child td')).toEqual([
      '2026-10-01',
      'LinkedIn',
      '812',
      '31',
      '4',
      '2',
    ]);

    const result = await importAndWait(page);
    expect(result).toContain('Added 3 rows.');
    expect(result).toContain('Created the “KPI data” tab.');
    // The tab was created with every canonical column; the clicks column stays empty.
    const values = book.dataValues();
    const clicksColumn = values[0].indexOf('Clicks');
    expect(values).toHaveLength(4);
    expect(values.slice(1).map((row) => row[clicksColumn])).toEqual(['', '', '']);

    // Importing the same file again adds nothing and says why.
    await page.getByLabel(/CSV file/).setInputFiles(join(FIXTURES, 'linkedin-page-metrics.csv'));
    await whenReady(page);
    const again = await importAndWait(page);
    expect(again).toContain('Added 0 rows.');
    expect(again).toContain('row 3: already in the sheet');
    expect(book.dataValues()).toHaveLength(4);
    await page.close();
  });

  it('asks for the date order when the file does not show it, and shows file text only as text', async () => {
    const requests: ImportRequest[] = [];
    const page = await openDialog((_name, args) => {
      requests.push(args[0] as ImportRequest);
      return { ok: true, added: 1, skipped: [], addedColumns: [], createdSheet: false };
    });
    const csv = 'Date,Channel,Likes\n05/10/2026,<img src=x onerror="window.__hacked=1">,3\n';
    await page
      .getByLabel(/CSV file/)
      .setInputFiles({ name: 'a.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.locator('#problems', { hasText: 'day/month/year or month/day/year' }).waitFor();
    expect(await page.getByRole('button', { name: 'Import' }).isDisabled()).toBe(true);

    await page.getByLabel('Dates such as 05/10/2026 mean').selectOption('dmy');
    await whenReady(page);
    expect(await cellsOf(page, '#preview tbody td')).toEqual([
      '2026-10-05',
      '<img src=x onerror="window.__hacked=1">',
      '3',
    ]);
    expect(await importAndWait(page)).toContain('Added 1 row.');
    expect(requests[0].rows).toEqual([['2026-10-05', '<img src=x onerror="window.__hacked=1">', 3]]);
    expect(await page.evaluate(() => (window as unknown as { __hacked?: number }).__hacked)).toBeUndefined();
    await page.close();
  });

  it('fills in day/month/year from a Vietnamese file, says why, and imports what the user then chooses', async () => {
    const requests: ImportRequest[] = [];
    const page = await openDialog((_name, args) => {
      requests.push(args[0] as ImportRequest);
      return { ok: true, added: 7, skipped: [], addedColumns: [], createdSheet: false };
    });
    await page.getByLabel(/CSV file/).setInputFiles(join(FIXTURES, 'kpi-data-vietnamese-dates.csv'));
    await whenReady(page);
    const select = page.getByLabel('Dates such as 05/10/2026 mean');
    expect(await select.isVisible()).toBe(true);
    expect(await select.inputValue()).toBe('dmy');
    expect(await page.locator('#date-order-note').textContent()).toBe(
      'Dates such as “03/10/2026” (row 2) are read as day/month/year because row 3 of the same column ' +
        'writes a date the Vietnamese way (“3 tháng 10, 2026”). Change it here if that is wrong.',
    );
    expect((await cellsOf(page, '#preview tbody tr:first-child td')).slice(0, 2)).toEqual([
      '2026-10-03',
      'Facebook',
    ]);

    // The user says month first: 03/10/2026 becomes 10 March, the named dates stay as written.
    await select.selectOption('mdy');
    await page.locator('#preview tbody td', { hasText: '2026-03-10' }).waitFor();
    await whenReady(page);
    await importAndWait(page);
    expect(requests[0].rows.map((row) => row[0])).toEqual([
      '2026-03-10',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-05',
      '2026-05-10',
      '2026-12-10',
    ]);
    await page.close();
  });

  it('forgets a proposed date order when the user maps another column as the date', async () => {
    const page = await openDialog(() => ({
      ok: true,
      added: 1,
      skipped: [],
      addedColumns: [],
      createdSheet: false,
    }));
    // "Datum" proposes day first; "Sent" has the same dates but an English header and commas.
    const csv = 'Datum,Kanal,Likes,Sent\n05/10/2026,X,3,05/10/2026\n';
    await page
      .getByLabel(/CSV file/)
      .setInputFiles({ name: 'a.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await whenReady(page);
    expect(await page.getByLabel('Dates such as 05/10/2026 mean').inputValue()).toBe('dmy');
    await page.getByLabel('Import “Datum” as').selectOption('');
    await page.getByLabel('Import “Sent” as').selectOption('date');
    await page.locator('#problems', { hasText: '“Sent”, row 2: “05/10/2026” could be day/month' }).waitFor();
    expect(await page.getByLabel('Dates such as 05/10/2026 mean').inputValue()).toBe('');
    expect(await page.locator('#date-order-note').textContent()).toBe('');
    expect(await page.getByRole('button', { name: 'Import' }).isDisabled()).toBe(true);
    await page.close();
  });

  it('refuses an ambiguous money column until the user leaves it out', async () => {
    const page = await openDialog(() => ({
      ok: true,
      added: 2,
      skipped: [],
      addedColumns: [],
      createdSheet: false,
    }));
    await page.getByLabel(/CSV file/).setInputFiles(join(FIXTURES, 'ambiguous-thousands.csv'));
    await page.locator('td.note.refused', { hasText: '“1,250” could be a thousands separator' }).waitFor();
    expect(await page.getByRole('button', { name: 'Import' }).isDisabled()).toBe(true);
    await page.getByLabel('Import “Cost” as').selectOption('');
    await whenReady(page);
    expect(await importAndWait(page)).toContain('Added 2 rows.');
    await page.close();
  });

  it('shows the busy message from the server and how to finish the import', async () => {
    const page = await openDialog(() => ({
      ok: false,
      message: 'Someone else is changing the data sheet right now. Wait a moment and import again.',
    }));
    await page.getByLabel(/CSV file/).setInputFiles(join(FIXTURES, 'tiktok-overview.csv'));
    await whenReady(page);
    await page.getByRole('button', { name: 'Import' }).click();
    const error = page.locator('#error', { hasText: 'Someone else' });
    await error.waitFor();
    expect(await error.textContent()).toMatch(
      /0 rows were added before it stopped; importing the file again adds only the rest/,
    );
    await page.close();
  });

  it(
    'reads a 10 MB file without freezing the dialog and sends it in chunks under the limits',
    async () => {
      const page = await openDialog('record');
      // Watch for long tasks (the main thread blocked) and for the progress bar moving.
      await page.evaluate(() => {
        const w = window as unknown as { __longest: number; __progress: number[] };
        w.__longest = 0;
        w.__progress = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
        }).observe({ type: 'longtask', buffered: false });
        new MutationObserver(() => {
          w.__progress.push((document.getElementById('progress') as HTMLProgressElement).value);
        }).observe(document.getElementById('progress-text') as Node, {
          childList: true,
          characterData: true,
          subtree: true,
        });
      });
      const lines = ['Date;Channel;Post ID;Impressions;Reach;Likes;Comments;Shares;Cost'];
      let size = lines[0].length;
      for (let i = 0; size < 10 * 1024 * 1024; i++) {
        const day = String((i % 28) + 1).padStart(2, '0');
        const impressions = `${1 + (i % 900)} ${String(i % 1000).padStart(3, '0')}`;
        const cost = `${i % 100},${String(i % 100).padStart(2, '0')}`;
        const line = `2026-10-${day};Instagram;post-${i};${impressions};${i % 5000};${i % 700};${i % 90};${i % 40};${cost}`;
        lines.push(line);
        size += line.length + 1;
      }
      // From disk, as a user picks it: a buffer would be pushed through the DevTools protocol and
      // block the page itself.
      const bigFile = join(mkdtempSync(join(tmpdir(), 'import-')), 'big.csv');
      writeFileSync(bigFile, lines.join('\n'));
      const started = Date.now();
      await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline'] });
      await page.getByLabel(/CSV file/).setInputFiles(bigFile);
      await whenReady(page);
      const rows = lines.length - 1;
      expect(await importAndWait(page)).toContain(`Added ${rows} rows.`);
      const tasks = mainThreadTaskCpuMs(await browser.stopTracing());
      const elapsed = Date.now() - started;

      const { longest, progress, requests } = await page.evaluate(() => {
        const w = window as unknown as {
          __longest: number;
          __progress: number[];
          __requests: Array<{ rows: number; bytes: number }>;
        };
        return { longest: w.__longest, progress: w.__progress, requests: w.__requests };
      });
      expect(requests.reduce((sum, request) => sum + request.rows, 0)).toBe(rows);
      for (const request of requests) {
        expect(request.rows).toBeLessThanOrEqual(5000);
        expect(request.bytes).toBeLessThanOrEqual(1_000_000);
      }
      // Progress moved through intermediate values, so the dialog repainted while working.
      expect(progress.filter((value) => value > 0 && value < 100).length).toBeGreaterThan(5);
      // No single task blocks the dialog long enough to feel frozen. Measured in the main thread's
      // CPU time, which is the work a task does: its wall time (the long-task figure below) also
      // counts every moment other processes had the CPU, and on a busy machine passed 1 s.
      expect(tasks.length).toBeGreaterThan(10);
      const longestCpu = Math.max(...tasks);
      expect(longestCpu).toBeLessThan(500);
      console.log(
        `10 MB: ${rows} rows, ${requests.length} calls, ${elapsed} ms, longest main-thread task ${Math.round(longestCpu)} ms CPU (${Math.round(longest)} ms wall)`,
      );
      await page.close();
    },
    2 * BROWSER_TEST_MS,
  );
});
