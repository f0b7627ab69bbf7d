import type { Frame, Page } from 'playwright-core';
import type { Workbench } from '../../src/local/workbench/server';
import { openWorkbenchForFile, saveScreenshot } from './support';

/*
 * Build report for a week and for a quarter, end to end in real Chromium: the dialog from dist/
 * switches kind, lists that kind's periods, and the tab the dist/ code writes is named by the
 * period and holds the figure summed by hand here from the data tab's rows. Expected texts are
 * written out, not read from the catalogues. Screenshots: test/screenshots/report-week-LANG.png
 * and report-quarter-LANG.png with UPDATE_SCREENSHOTS=1.
 *
 * TODAY is 2025-03-15 and the sample runs to February 2025, every day: 2025-W08 (17–23 February)
 * and 2024-Q4 are complete.
 */

let workbench: Workbench;
let page: Page;
let errors: string[];

openWorkbenchForFile((open) => ({ workbench, page, errors } = open));

/** The data tab's likes of every channel over the days from `first` to `last` (yyyy-mm-dd). */
function likesBetween(first: string, last: string): number {
  const [headers, ...rows] = workbench.runtime.fake.SpreadsheetApp.getActive()
    .getSheetByName('KPI data')!
    .getDataRange()
    .getValues();
  const likes = headers.indexOf('Likes');
  let sum = 0;
  for (const row of rows) {
    const cell = row[0];
    const day =
      cell instanceof Date
        ? cell.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' })
        : String(cell).slice(0, 10);
    if (day >= first && day <= last && typeof row[likes] === 'number') sum += row[likes] as number;
  }
  return sum;
}

async function openDialog(menuItem: string): Promise<Frame> {
  const item = page.locator(`button.menu-item:has-text("${menuItem}")`);
  await item.waitFor();
  await item.click();
  await page.waitForSelector('#dialog:not([hidden])');
  expect(await page.locator('#dialog-title').textContent()).toBe(menuItem);
  const frame = (await (await page.$('#dialog-frame'))!.contentFrame())!;
  await frame.waitForSelector('#form[data-state="ready"][data-kind="month"]');
  return frame;
}

/** Chooses the kind, waits for its list as the form announces it, and builds the period. */
async function build(frame: Frame, kind: string, period: string, tab: string): Promise<void> {
  await frame.selectOption('#kind', kind);
  await frame.waitForSelector(`#form[data-state="ready"][data-kind="${kind}"]`);
  await frame.selectOption('#month', period);
  await frame.click('#build');
  await page.waitForSelector('#dialog', { state: 'hidden' });
  await page.waitForSelector(`.tab.active:has-text("${tab}")`);
}

/** The texts of the report row whose label is `label`. */
async function rowTexts(label: string): Promise<string[]> {
  const row = await page
    .locator(`#grid td[data-column="1"]:text-is("${label}")`)
    .first()
    .getAttribute('data-row');
  return (await page.locator(`#grid td[data-row="${row}"]`).allTextContents()).map((text) => text.trim());
}

async function screenshot(name: string): Promise<void> {
  // Charts are drawn without animation (src/local/workbench/page/charts.ts): on the canvas at once.
  await page.waitForFunction(() => document.querySelectorAll('.chart-box canvas').length >= 2);
  await saveScreenshot(name, (path) => page.screenshot({ path }));
}

describe('Build report for a week and a quarter in the workbench', () => {
  it('lists the weeks with data and builds 2025-W08, with its likes summed over 17–23 February', async () => {
    const frame = await openDialog('Build report');
    expect(
      await frame
        .locator('#kind option')
        .evaluateAll((all) => (all as HTMLOptionElement[]).map((o) => o.text)),
    ).toEqual(['Week', 'Month', 'Quarter']);
    await frame.selectOption('#kind', 'week');
    await frame.waitForSelector('#form[data-state="ready"][data-kind="week"]');
    expect(await frame.locator('#prompt').textContent()).toBe('Which week should the report cover?');
    // The week the sample ends in, 24 February – 2 March, has no rows for its last two days.
    expect(await frame.locator('#month option:checked').textContent()).toBe('Week 9, 2025 (incomplete)');
    expect(await frame.locator('#coverage').textContent()).toMatch(/^Not every day has data: .* 5 of 7 days/);
    expect(await frame.locator('#month option[value="2025-W08"]').textContent()).toBe(
      'Week 8, 2025 (complete)',
    );

    await build(frame, 'week', '2025-W08', 'KPI report 2025-W08');
    const texts = (await page.locator('#grid td').allTextContents()).map((text) => text.trim());
    expect(texts).toContain('Social media KPI report: Week 8, 2025');
    const likes = likesBetween('2025-02-17', '2025-02-23');
    expect(likes).toBeGreaterThan(0);
    expect(await rowTexts('Likes')).toContain(likes.toLocaleString('en-US'));
    await screenshot('report-week-en.png');
    expect(errors).toEqual([]);
  });

  it('builds 2024-Q4, with its likes summed over October to December', async () => {
    const frame = await openDialog('Build report');
    await build(frame, 'quarter', '2024-Q4', 'KPI report 2024-Q4');
    const texts = (await page.locator('#grid td').allTextContents()).map((text) => text.trim());
    expect(texts).toContain('Social media KPI report: Q4 2024');
    expect(texts).toContain('Period: Q4 2024, compared with Q3 2024');
    const likes = likesBetween('2024-10-01', '2024-12-31');
    expect(await rowTexts('Likes')).toContain(likes.toLocaleString('en-US'));
    await screenshot('report-quarter-en.png');
    expect(errors).toEqual([]);
  });

  it.each([
    {
      locale: 'sv_SE',
      menuItem: 'Skapa rapport',
      week: { tab: 'KPI-rapport 2025-W08', title: 'KPI-rapport för sociala medier: vecka 8 2025' },
      quarter: { tab: 'KPI-rapport 2024-Q4', title: 'KPI-rapport för sociala medier: kvartal 4 2024' },
      language: 'sv',
    },
    {
      locale: 'vi_VN',
      menuItem: 'Tạo báo cáo',
      week: { tab: 'Báo cáo KPI 2025-W08', title: 'Báo cáo KPI mạng xã hội: tuần 8 năm 2025' },
      quarter: { tab: 'Báo cáo KPI 2024-Q4', title: 'Báo cáo KPI mạng xã hội: quý 4 năm 2024' },
      language: 'vi',
    },
  ])('builds the week and the quarter in $locale', async (c) => {
    await page.selectOption('#locale', c.locale);
    for (const [kind, period, expected] of [
      ['week', '2025-W08', c.week],
      ['quarter', '2024-Q4', c.quarter],
    ] as const) {
      const frame = await openDialog(c.menuItem);
      await build(frame, kind, period, expected.tab);
      const texts = (await page.locator('#grid td').allTextContents()).map((text) => text.trim());
      expect(texts).toContain(expected.title);
      await screenshot(`report-${kind}-${c.language}.png`);
    }
    expect(errors).toEqual([]);
  });
});
