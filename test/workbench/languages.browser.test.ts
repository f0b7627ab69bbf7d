import type { Browser, Frame, Page } from 'playwright-core';
import { languageFromLocale } from '../../src/i18n';
import { CATALOGUES } from '../../src/i18n/catalogues';
import { kpiHelpFor } from '../../src/i18n/kpi-help';
import { KPI_PROSE } from '../../src/kpi/prose';
import { kpiById } from '../../src/kpi/lookup';
import { BROWSER_TEST_MS, launchChromium } from '../../src/local/browser/chromium';
import type { Workbench } from '../../src/local/workbench/server';
import { openWorkbenchPage, serveWorkbench, saveScreenshot } from './support';

/*
 * The SMART goals sidebar and the Import CSV dialog in a Swedish and a Vietnamese sheet, opened
 * from the add-on's own menu in the workbench: the real server functions put the sheet's locale
 * into the page through the template, the page picks its texts, and getGoalsSidebarData's
 * language keeps them. Screenshots: test/screenshots/goals-sidebar-{sv,vi}.png with
 * UPDATE_SCREENSHOTS=1 (always test-results/).
 */

jest.setTimeout(BROWSER_TEST_MS);

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function frameOf(page: Page, selector: string): Promise<Frame> {
  return (await (await page.$(selector))!.contentFrame())!;
}

describe.each(['sv_SE', 'vi_VN'])('in a %s sheet', (locale) => {
  const language = languageFromLocale(locale);
  const T = CATALOGUES[language];
  let workbench: Workbench;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    workbench = await serveWorkbench({ locale });
    ({ page, errors } = await openWorkbenchPage(browser, workbench.url, {
      viewport: { width: 1200, height: 900 },
    }));
  });

  afterAll(async () => {
    await page?.close();
    await workbench?.close();
  });

  it('the goals sidebar speaks the sheet’s language, KPI names included', async () => {
    await page.click(`button.menu-item:has-text("${T.menu.goals}")`);
    await page.waitForSelector('#sidebar:not([hidden])');
    expect(await page.locator('#sidebar-title').textContent()).toBe(T.menu.goals);
    const frame = await frameOf(page, '#sidebar-frame');
    await frame.waitForSelector('#new-goal');
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe(language);
    expect(await frame.locator('#list-heading').textContent()).toBe(T.sidebar.list.heading);
    expect(await frame.locator('#new-goal').textContent()).toBe(T.sidebar.list.newGoal);
    expect(await frame.locator('#no-goals').textContent()).toBe(T.sidebar.list.empty);

    await frame.click('#new-goal');
    expect(await frame.locator('label[for=f-baseline]').textContent()).toBe(T.sidebar.form.fields.baseline);
    expect(await frame.locator('label[for=f-deadline]').textContent()).toBe(T.sidebar.form.fields.deadline);
    expect(await frame.locator('label[for=f-owner]').textContent()).toBe(T.sidebar.form.fields.owner);
    expect(await frame.locator('#save').textContent()).toBe(T.sidebar.form.save);
    expect(await frame.locator('#f-kpi option[value=engagement_rate]').textContent()).toBe(
      T.sidebar.kpiNames.engagement_rate,
    );
    expect(await frame.locator('#f-kpi option[value=ctr]').textContent()).toBe(T.sidebar.kpiNames.ctr);
    expect(await frame.getAttribute('#f-kpi optgroup:first-of-type', 'label')).toBe(
      T.goals.families.engagement,
    );
    expect(await frame.locator('#f-window option[value=last_3_months]').textContent()).toBe(
      T.goals.baselineWindows.last_3_months,
    );

    // A goal measured from the data, judged and saved: every message in the sheet's language.
    await frame.fill(
      '#f-what',
      language === 'sv' ? 'Höj engagemanget på Instagram' : 'Tăng tương tác Instagram',
    );
    await frame.selectOption('#f-kpi', 'engagement_rate');
    // Under the KPI: what it means, in the sheet's language, not the registry's English.
    const help = (await frame.locator('#f-kpi-help .kpi-help-text').textContent())!;
    expect(help).toBe(kpiHelpFor(language, kpiById('engagement_rate')!.id).help);
    expect(help).toContain(
      language === 'sv'
        ? 'Engagemangsgraden är interaktionerna delat med en bas du väljer'
        : 'Tỷ lệ tương tác là số lượt tương tác chia cho một mẫu số do bạn chọn',
    );
    expect(help).not.toContain(KPI_PROSE.engagement_rate.help.slice(0, 30));
    await frame.selectOption('#f-channel', 'Instagram');
    // The workbench's clock is pinned to TODAY: the last three months of the sample are measured.
    const measured = T.goals.baselineMessages.measured(['2024-12', '2025-01', '2025-02']);
    await frame.waitForFunction(
      (expected) => document.getElementById('f-baseline-info')!.textContent === expected,
      measured,
    );
    await frame.fill('#f-baseline', '4,2 %');
    expect(await frame.locator('#f-baseline-info').textContent()).toBe(T.sidebar.form.baselineEditedHint);
    await frame.fill('#f-target', '+20 %');
    await frame.fill('#f-deadline', '2030-09-30');
    await frame.waitForSelector('#achievable:not([hidden])');
    const judged = await frame.getAttribute('#achievable [data-achievability]', 'data-achievability');
    expect(await frame.locator('#achievable .badge').textContent()).toBe(
      T.sidebar.achievability[judged as keyof typeof T.sidebar.achievability],
    );
    expect(await frame.locator('#achievable').textContent()).not.toMatch(/Needs|a month|Not enough/);
    await frame.click('#save');
    await frame.waitForSelector('#goal-list .goal');
    expect(await frame.locator('#notice').textContent()).toBe(T.sidebar.list.saved);
    const status = await frame.getAttribute('#goal-list .badge', 'data-status');
    expect(await frame.locator('#goal-list .badge').textContent()).toBe(
      T.goals.statuses[status as keyof typeof T.goals.statuses],
    );
    expect(await frame.locator('#goal-list .goal .secondary').first().textContent()).toBe(
      T.sidebar.list.kpiOnChannel(T.sidebar.kpiNames.engagement_rate, 'Instagram'),
    );

    // The Goals tab the server wrote: its header row in the sheet's language.
    const tab = workbench.runtime.fake.SpreadsheetApp.getActive().getSheetByName('Goals')!;
    expect(tab.getRange(1, 2, 1, 3).getValues()[0]).toEqual([
      T.goalsTab.headers.what,
      T.goalsTab.headers.kpiId,
      T.goalsTab.headers.channel,
    ]);

    await frame.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const sidebar = (await page.$('#sidebar-frame'))!;
    await saveScreenshot(`goals-sidebar-${language}.png`, (path) => sidebar.screenshot({ path }));
    expect(errors).toEqual([]);
  });

  it('the import dialog speaks the sheet’s language', async () => {
    await page.click(`button.menu-item:has-text("${T.menu.importCsv}")`);
    await page.waitForSelector('#dialog:not([hidden])');
    expect(await page.locator('#dialog-title').textContent()).toBe(T.importServer.dialogTitle);
    const frame = await frameOf(page, '#dialog-frame');
    await frame.waitForFunction(() => document.getElementById('import-button')?.textContent !== '');
    const L = T.importDialog;
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe(language);
    expect(await frame.locator('#file-label').textContent()).toBe(L.fileLabel);
    expect(await frame.locator('#import-button').textContent()).toBe(L.importButton);
    expect(await frame.locator('#cancel-button').textContent()).toBe(L.cancelButton);
    expect(await frame.locator('#th-target').textContent()).toBe(L.mappingTarget);
    expect(await frame.locator('#date-order option[value=dmy]').textContent()).toBe(L.dateOrderDmy);

    // A file without a date column: the dialog's own findings are in the sheet's language too.
    await frame.setInputFiles('#file', {
      name: 'posts.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Channel,Likes\nInstagram,12\n'),
    });
    await frame.waitForSelector('#setup:not([hidden])');
    expect(await frame.locator('#problems').textContent()).toContain(L.needDate);
    expect(await frame.locator('#platform').textContent()).toBe(L.platformDetected(L.platformNames.kpi_data));
    // The add-ons stylesheet (ssl.gstatic.com) cannot load offline; nothing else may fail.
    expect(errors.filter((e) => !e.includes('ERR_NAME_NOT_RESOLVED'))).toEqual([]);
  });
});
