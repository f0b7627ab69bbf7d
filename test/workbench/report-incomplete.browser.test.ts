import type { Browser, Frame, Page } from 'playwright-core';
import { launchChromium } from '../../src/local/browser/chromium';
import type { Workbench } from '../../src/local/workbench/server';
import { catalogue as en } from '../../src/i18n/en';
import { sampleRows } from '../../src/report/sample';
import { openWorkbenchPage, serveWorkbench, saveScreenshot } from './support';

/*
 * Issue 14's case end to end in real Chromium, on the real dist/: 20 days of Facebook-only
 * August, then the September report. The month dialog says which months are complete, and the
 * report tab shows the change of an incomplete comparison uncoloured and marked, and names the
 * days covered. Screenshot: test/screenshots/report-incomplete.png with UPDATE_SCREENSHOTS=1.
 */

// Mid-October 2025: September is the last complete month.
const TODAY = new Date('2025-10-15T12:00:00Z');
/** The sample generator's September 2025 for four channels, and Facebook's 1–20 August only. */
const ROWS = sampleRows({ endMonth: 202509, months: 2 }).filter(
  ([date, channel]) =>
    String(date).startsWith('2025-09') || (channel === 'Facebook' && Number(String(date).slice(8)) <= 20),
);
const TAB = 'KPI report 2025-09';
/** The report's good-news green (COLOURS.good) as the browser computes it. */
const GREEN = 'rgb(19, 115, 51)';

let workbench: Workbench;
let browser: Browser;
let page: Page;
let errors: string[];

jest.setTimeout(60000);

beforeAll(async () => {
  workbench = await serveWorkbench({ today: TODAY, sampleRows: ROWS });
  browser = await launchChromium();
  ({ page, errors } = await openWorkbenchPage(browser, workbench.url));
});

afterAll(async () => {
  await browser?.close();
  await workbench?.close();
});

async function openMonthDialog(): Promise<Frame> {
  await page.click(`button.menu-item:has-text("${en.menu.buildReport}")`);
  await page.waitForSelector('#dialog:not([hidden])');
  const frame = (await (await page.$('#dialog-frame'))!.contentFrame())!;
  await frame.waitForSelector('#form:not([hidden])');
  return frame;
}

/** The grid cell in the row whose first cell reads `label`, at a 1-based column. */
async function cellOf(label: string, column: number) {
  const row = await page
    .locator('#grid td[data-column="1"]')
    .evaluateAll(
      (cells, text) => cells.find((cell) => cell.textContent?.trim() === text)?.getAttribute('data-row'),
      label,
    );
  if (!row) throw new Error(`no row "${label}"`);
  return page.locator(`#grid td[data-row="${row}"][data-column="${column}"]`);
}

describe('an incomplete month in the workbench (issue 14)', () => {
  it('says in the month dialog which months are complete, and which days are missing', async () => {
    const frame = await openMonthDialog();
    const options = await frame
      .locator('#month option')
      .evaluateAll((all) => (all as HTMLOptionElement[]).map((option) => option.textContent));
    expect(options).toEqual(['September 2025 (complete)', 'August 2025 (incomplete)']);
    expect(await frame.locator('#month').inputValue()).toBe('2025-09');
    expect(await frame.locator('#coverage').textContent()).toBe('');
    await frame.selectOption('#month', '2025-08');
    await frame.waitForFunction(() => document.getElementById('coverage')?.textContent !== '');
    expect(await frame.locator('#coverage').textContent()).toBe(
      'Not every day has data: Facebook 20 of 31 days.',
    );
    await frame.selectOption('#month', '2025-09');
    await frame.click('#build');
    await page.waitForSelector('#dialog', { state: 'hidden' });
    await page.waitForSelector(`.tab.active:has-text("${TAB}")`);
    expect(errors).toEqual([]);
  });

  it('shows All channels’ likes change uncoloured and marked, and names the days covered', async () => {
    // Columns: KPI, Facebook (Sep, change), Instagram, LinkedIn, TikTok, All channels (Sep, Aug, change).
    for (const label of ['Likes', 'Engagements']) {
      const change = await cellOf(label, 12);
      expect((await change.textContent())?.trim()).toMatch(/^\+\d+[.,]\d% \*$/);
      expect(await change.evaluate((td) => getComputedStyle(td).color)).not.toBe(GREEN);
      const facebook = await cellOf(label, 3);
      expect((await facebook.textContent())?.trim()).toMatch(/^\+\d+[.,]\d% \*$/);
      expect(await facebook.evaluate((td) => getComputedStyle(td).color)).not.toBe(GREEN);
    }
    const texts = (await page.locator('#grid td').allTextContents()).map((text) => text.trim());
    expect(texts).toContain('Facebook: 20 of 31 days in August 2025.');
    expect(texts).toContain(
      'All channels’ change is not coloured: no channel is complete in both months (Facebook, Instagram, LinkedIn, TikTok).',
    );
    expect(texts.some((text) => text.startsWith('* Not coloured:'))).toBe(true);
    // Daily rows, no post ID: monthly totals per follower, never a percentage above 100 %.
    expect((await (await cellOf('Likes per follower, month', 2)).textContent())?.trim()).toMatch(
      /^\d+\.\d\d$/,
    );
    expect(texts).not.toContain('Applause rate');
    expect(errors).toEqual([]);
  });

  it('saves a screenshot (test/screenshots/report-incomplete.png with UPDATE_SCREENSHOTS=1)', async () => {
    await page.waitForFunction(() => document.querySelectorAll('.chart-box canvas').length >= 2);
    await saveScreenshot('report-incomplete.png', (path) => page.screenshot({ path }));
    expect(errors).toEqual([]);
  });
});
