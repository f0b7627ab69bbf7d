import type { Page } from 'playwright-core';
import { openWorkbenchForFile, saveScreenshot } from './support';

/*
 * Build monthly report in Swedish and in Vietnamese, end to end in real Chromium: the locale
 * switch re-runs onOpen, the menu item opens the real month dialog from dist/ in the language,
 * and the tab the dist/ code writes is drawn with the locale's number formats. Expected texts
 * are written out, not read from the catalogues. Screenshots: test/screenshots/report-sv.png
 * and report-vi.png with UPDATE_SCREENSHOTS=1.
 */

let page: Page;
let errors: string[];

openWorkbenchForFile((open) => ({ page, errors } = open));

const CASES = [
  {
    locale: 'sv_SE',
    menuItem: 'Skapa rapport',
    build: 'Skapa rapport',
    // TODAY is 2025-03-15: the last complete month of the sample is February 2025, every day of it.
    option: 'februari 2025 (komplett)',
    tab: 'KPI-rapport 2025-02',
    title: 'KPI-rapport för sociala medier: februari 2025',
    allChannels: 'Alla kanaler',
    kpi: 'Engagemangsgrad',
    footnote: 'Engagemangsgrad = interaktioner ÷',
    dataQuality: 'Datakvalitet',
    // Comma decimals: 4,25% and +3,1%.
    percent: /^[+-]?\d+,\d+%$/,
    screenshot: 'report-sv.png',
  },
  {
    locale: 'vi_VN',
    menuItem: 'Tạo báo cáo',
    build: 'Tạo báo cáo',
    option: 'tháng 2 năm 2025 (đầy đủ)',
    tab: 'Báo cáo KPI 2025-02',
    title: 'Báo cáo KPI mạng xã hội: tháng 2 năm 2025',
    allChannels: 'Tất cả các kênh',
    kpi: 'Tỷ lệ tương tác',
    footnote: 'Tỷ lệ tương tác = lượt tương tác ÷',
    dataQuality: 'Chất lượng dữ liệu',
    percent: /^[+-]?\d+,\d+%$/,
    screenshot: 'report-vi.png',
  },
];

describe.each(CASES)('Build monthly report in the workbench in $locale', (c) => {
  it('switches the locale, builds the report from the menu through the month dialog, in the language', async () => {
    await page.selectOption('#locale', c.locale);
    // onOpen runs again after a locale change, so the menu speaks the new language.
    const item = page.locator(`button.menu-item:has-text("${c.menuItem}")`);
    await item.waitFor();
    await item.click();
    await page.waitForSelector('#dialog:not([hidden])');
    expect(await page.locator('#dialog-title').textContent()).toBe(c.menuItem);
    const frame = (await (await page.$('#dialog-frame'))!.contentFrame())!;
    await frame.waitForSelector('#form:not([hidden])');
    expect(await frame.locator('#build').textContent()).toBe(c.build);
    expect(await frame.locator('#month option:checked').textContent()).toBe(c.option);

    await frame.click('#build');
    await page.waitForSelector('#dialog', { state: 'hidden' });
    await page.waitForSelector(`.tab.active:has-text("${c.tab}")`);

    const texts = (await page.locator('#grid td').allTextContents()).map((text) => text.trim());
    expect(texts).toContain(c.title);
    expect(texts).toContain(c.allChannels);
    expect(texts).toContain(c.kpi);
    expect(texts).toContain(c.dataQuality);
    expect(texts.some((text) => text.startsWith(c.footnote))).toBe(true);
    expect(texts.filter((text) => c.percent.test(text)).length).toBeGreaterThan(10);
    // The sample's money is in dollars: a new language relabels nothing as kronor or đồng.
    expect(texts.filter((text) => /^\$\d/.test(text)).length).toBeGreaterThan(4);
    expect(texts.filter((text) => /\d\s*(₫|kr)$/.test(text))).toEqual([]);
    // No English left in the tab's own texts.
    expect(texts.filter((text) => /All channels|Engagement rate|Data quality|KPI report/.test(text))).toEqual(
      [],
    );
    expect(errors).toEqual([]);
  });

  it(`saves a screenshot (test/screenshots/${c.screenshot} with UPDATE_SCREENSHOTS=1)`, async () => {
    await page.click(`.tab:has-text("${c.tab}")`);
    // Charts are drawn without animation (src/local/workbench/page/charts.ts): on the canvas at once.
    await page.waitForFunction(() => document.querySelectorAll('.chart-box canvas').length >= 2);
    await saveScreenshot(c.screenshot, (path) => page.screenshot({ path }));
    expect(errors).toEqual([]);
  });
});
