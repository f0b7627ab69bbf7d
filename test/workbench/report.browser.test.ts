import type { Frame, Page } from 'playwright-core';
import type { Workbench } from '../../src/local/workbench/server';
import { catalogue as en } from '../../src/i18n/en';
import { REPORT_TEXTS } from '../../src/i18n';
import { openWorkbenchForFile, saveScreenshot } from './support';

/*
 * Build monthly report, end to end in real Chromium: the add-on's own menu item opens the real
 * month dialog from dist/, the dialog talks to the vm through the shim, and the report tab the
 * real dist/ code writes is drawn by the workbench page, charts included.
 */

// The workbench starts in en_US.
const L = REPORT_TEXTS.en;
// TODAY is 2025-03-15, so the last complete month of the sample is February 2025.
const MONTH = '2025-02';
const TAB = L.reportTabName(MONTH);

let workbench: Workbench;
let page: Page;
let errors: string[];

openWorkbenchForFile((open) => ({ workbench, page, errors } = open));

const dataValues = () =>
  workbench.runtime.fake.SpreadsheetApp.getActive()
    .getSheetByName(L.dataSheetName)!
    .getDataRange()
    .getValues();

async function openMonthDialog(): Promise<Frame> {
  await page.click(`button.menu-item:has-text("${en.menu.buildReport}")`);
  await page.waitForSelector('#dialog:not([hidden])');
  expect(await page.locator('#dialog-title').textContent()).toBe(L.dialogTitle);
  const frame = (await (await page.$('#dialog-frame'))!.contentFrame())!;
  await frame.waitForSelector('#form:not([hidden])');
  return frame;
}

/** The report tab, built first when the tests before did not (jest -t runs a test on its own). */
async function showReportTab(): Promise<void> {
  if ((await page.locator(`.tab:has-text("${TAB}")`).count()) === 0) {
    const frame = await openMonthDialog();
    await frame.click('#build');
    await page.waitForSelector('#dialog', { state: 'hidden' });
  }
  await page.click(`.tab:has-text("${TAB}")`);
  await page.waitForSelector(`.tab.active:has-text("${TAB}")`);
}

describe('Build monthly report in the workbench', () => {
  it('builds the report tab from the sample data through the real month dialog', async () => {
    const before = dataValues();
    const frame = await openMonthDialog();

    const options = await frame
      .locator('#month option')
      .evaluateAll((all) => (all as HTMLOptionElement[]).map((option) => option.value));
    expect(options.length).toBeGreaterThan(1);
    expect(options).toContain(MONTH);
    expect(await frame.locator('#month').inputValue()).toBe(MONTH);
    expect(await frame.locator('#build').textContent()).toBe(L.dialogBuild);
    // The keyboard starts on the month list.
    expect(await frame.evaluate(() => document.activeElement?.id)).toBe('month');

    // Enter on the list builds, as the button does.
    await page.keyboard.press('Enter');
    await page.waitForSelector('#dialog', { state: 'hidden' });
    await page.waitForSelector(`.tab.active:has-text("${TAB}")`);

    const texts = await page.locator('#grid td').allTextContents();
    expect(texts.some((text) => text.startsWith(L.title))).toBe(true);
    expect(texts).toContain(L.allChannels);
    expect(texts).toContain(L.kpis.engagement_rate);
    expect(texts.some((text) => /^[+-]?\d[\d.,]*%$/.test(text.trim()))).toBe(true);

    await page.waitForFunction(() => document.querySelectorAll('.chart-box canvas').length >= 2);
    expect(await page.locator('.chart-box canvas').count()).toBeGreaterThanOrEqual(2);

    expect(dataValues()).toEqual(before);
    expect(errors).toEqual([]);
  });

  it('shows the header lines whole, running on over the empty cells beside them as in Sheets', async () => {
    await showReportTab();
    // Row 2 (the period) is a frozen row, wider than column A: what paints at a point over the
    // empty B2 must be A2's text, not B2's white background.
    const a2 = page.locator('#grid td[data-row="2"][data-column="1"]');
    expect(await a2.textContent()).toMatch(/^Period: /);
    const b2 = await page.locator('#grid td[data-row="2"][data-column="2"]').boundingBox();
    const hit = await page.evaluate(
      ({ x, y }) => {
        const element = document.elementFromPoint(x, y);
        return element?.closest('td')?.getAttribute('data-column') ?? null;
      },
      { x: b2!.x + 10, y: b2!.y + b2!.height / 2 },
    );
    expect(hit).toBe('1');
    const clipped = await a2.evaluate((td) => {
      const text = td.firstElementChild as HTMLElement;
      return text.scrollWidth > text.clientWidth;
    });
    expect(clipped).toBe(false);
  });

  it('saves a screenshot (test/screenshots/report.png with UPDATE_SCREENSHOTS=1)', async () => {
    await showReportTab();
    // Charts are drawn without animation (src/local/workbench/page/charts.ts): on the canvas at once.
    await page.waitForFunction(() => document.querySelectorAll('.chart-box canvas').length >= 2);
    await saveScreenshot('report.png', (path) => page.screenshot({ path }));
    expect(errors).toEqual([]);
  });

  it('draws the charts as the writer set them: a percent axis, and a second axis for the small series', async () => {
    await showReportTab();
    await page.waitForFunction(() => document.querySelectorAll('.chart-box canvas').length >= 2);
    // Chart.js keeps each chart's scales on the instance; the page's canvases reach them.
    const axes = await page.evaluate(() => {
      const charts = Array.from(document.querySelectorAll<HTMLCanvasElement>('.chart-box canvas')).map(
        (canvas) =>
          (window as unknown as { Chart: { getChart(c: HTMLCanvasElement): unknown } }).Chart.getChart(
            canvas,
          ) as {
            scales: Record<string, { position: string; ticks: Array<{ label: string }> }>;
          },
      );
      return charts.map((chart) =>
        Object.fromEntries(
          Object.entries(chart.scales)
            .filter(([id]) => id !== 'x')
            .map(([id, scale]) => [
              id,
              { position: scale.position, labels: scale.ticks.map((t) => t.label) },
            ]),
        ),
      );
    });
    const [trend, comparison] = axes as Array<Record<string, { position: string; labels: string[] }>>;
    expect(Object.keys(trend).sort()).toEqual(['y', 'y1']);
    expect(trend.y1.position).toBe('right');
    expect(comparison.y.labels.every((label) => /^\d+%$/.test(label))).toBe(true);
    const boxes = page.locator('.chart-box');
    await saveScreenshot('report-chart-trend.png', (path) => boxes.nth(0).screenshot({ path }));
    await saveScreenshot('report-chart-rates.png', (path) => boxes.nth(1).screenshot({ path }));
    expect(errors).toEqual([]);
  });
});
