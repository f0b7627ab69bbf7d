import type { Browser, Frame, Page } from 'playwright-core';
import { BROWSER_TEST_MS, launchChromium } from '../../src/local/browser/chromium';
import type { Workbench } from '../../src/local/workbench/server';
import { DIGEST_TEXTS, REPORT_TEXTS, SCHEDULE_TEXTS, type Language } from '../../src/i18n';
import { MENU_TEXTS } from '../../src/i18n/script-texts';
import { openWorkbenchPage, saveScreenshot, serveWorkbench } from './support';

/*
 * Schedule report, end to end in real Chromium: the add-on's menu item opens the real dialog from
 * dist/, which turns the schedule on through the shim; the workbench's triggers panel fires the
 * installed trigger for a chosen instant, as Apps Script would then, and its outbox shows the
 * digest the real dist/ code sent. Every wait is for a state a page announces.
 */

jest.setTimeout(BROWSER_TEST_MS);

const LOCALES: Array<[Language, string]> = [
  ['en', 'en_US'],
  ['sv', 'sv_SE'],
  ['vi', 'vi_VN'],
];
// The workbench's sample ends with February 2025 (TODAY is 2025-03-15): the run on 1 March, at
// 06:30 in Stockholm, builds February.
const FIRE_AT = '2025-03-01T05:30:00Z';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function openScheduleDialog(page: Page, language: Language): Promise<Frame> {
  await page.click(`button.menu-item:has-text("${MENU_TEXTS[language].schedule}")`);
  await page.waitForSelector('#dialog:not([hidden])');
  expect(await page.locator('#dialog-title').textContent()).toBe(SCHEDULE_TEXTS[language].title);
  const frame = (await (await page.$('#dialog-frame'))!.contentFrame())!;
  await frame.waitForSelector('body[data-state="ready"]');
  return frame;
}

describe.each(LOCALES)('the Schedule dialog and the outbox in %s', (language, locale) => {
  const T = SCHEDULE_TEXTS[language];
  let workbench: Workbench;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    workbench = await serveWorkbench({ locale });
    ({ page, errors } = await openWorkbenchPage(browser, workbench.url));
  });

  afterAll(async () => {
    await page?.context().close();
    await workbench?.close();
  });

  it('refuses a bad address naming it, then turns the schedule on and says who set it up', async () => {
    const frame = await openScheduleDialog(page, language);
    expect(await frame.locator('#status li').allTextContents()).toEqual([T.off]);
    expect(await frame.locator('#save').textContent()).toBe(T.turnOn);
    await frame.selectOption('#frequency', 'month');
    await frame.selectOption('#hour', '6');
    // A value a user typed is text, never markup, wherever the dialog shows it.
    await frame.fill('#recipients', 'boss@example.se, <b>x</b>');
    await frame.click('#save');
    await frame.waitForSelector('body[data-state="ready"][data-result="error"]');
    expect(await frame.locator('#message').textContent()).toBe(
      DIGEST_TEXTS[language].badAddresses(DIGEST_TEXTS[language].addressesField, ['<b>x</b>']),
    );
    expect(await frame.locator('#message b').count()).toBe(0);
    expect(workbench.runtime.fake.triggers.installed).toEqual([]);

    await frame.fill('#recipients', 'boss@example.se; team@example.se');
    await frame.click('#save');
    await frame.waitForSelector('body[data-state="ready"][data-result="saved"]');
    expect(await frame.locator('#done').textContent()).toBe(T.saved);
    const lines = await frame.locator('#status li').allTextContents();
    // "On, set up by user@example.com on 2025-03-15 13:00." in the sheet's language.
    expect(lines[0]).toBe(T.onBy('user@example.com', lines[0].match(/\d{4}-\d\d-\d\d \d\d:\d\d/)![0]));
    expect(lines).toContain(T.recipients(2));
    expect(await frame.locator('#save').textContent()).toBe(T.save);
    expect(workbench.runtime.fake.triggers.installed).toHaveLength(1);
    // The test digest goes to the user alone.
    await frame.click('#test');
    await frame.waitForSelector('body[data-state="ready"][data-result="test-sent"]');
    expect(await frame.locator('#done').textContent()).toBe(T.testSent('user@example.com'));
    expect(workbench.runtime.fake.mail.outbox.map((mail) => mail.to)).toEqual([['user@example.com']]);
    await saveScreenshot(`schedule-dialog-${language}.png`, (path) =>
      page.locator('#dialog .dialog').screenshot({ path }),
    );
    expect(errors).toEqual([]);
  });

  it('fires the trigger for a chosen instant and shows the digest it sent in the outbox', async () => {
    if (workbench.runtime.fake.triggers.installed.length === 0) {
      const frame = await openScheduleDialog(page, language);
      await frame.fill('#recipients', 'boss@example.se; team@example.se');
      await frame.click('#save');
      await frame.waitForSelector('body[data-state="ready"][data-result="saved"]');
    }
    if (await page.locator('#dialog:not([hidden])').count()) {
      await page.click('#dialog-close');
      await page.waitForSelector('#dialog', { state: 'hidden' });
    }
    const sent = workbench.runtime.fake.mail.outbox.length;
    await page.click('#schedule-toggle');
    await page.waitForSelector(`#schedule-panel:not([hidden])[data-outbox="${sent}"]`);
    await page.waitForSelector('body[data-state="idle"]');
    await page.fill('#triggers input.fire-at', FIRE_AT);
    await page.click('#triggers button.fire');
    await page.waitForSelector(`#schedule-panel[data-outbox="${sent + 1}"]`);
    await page.waitForSelector('body[data-state="idle"]');
    const tab = REPORT_TEXTS[language].reportTabName('2025-02');
    expect(await page.locator(`.tab:has-text("${tab}")`).count()).toBe(1);
    const mail = workbench.runtime.fake.mail.outbox[sent];
    expect(mail.to).toEqual(['boss@example.se', 'team@example.se']);
    expect(await page.locator('#outbox .mail-head').first().textContent()).toBe(mail.subject);
    const digest = page.frameLocator('#outbox iframe').first();
    expect(await digest.locator('h3').first().textContent()).toBe(DIGEST_TEXTS[language].improvements);
    expect(await digest.locator('a').first().textContent()).toBe(DIGEST_TEXTS[language].openReport);
    await saveScreenshot(`digest-${language}.png`, (path) =>
      page.locator('#outbox li.mail').first().screenshot({ path }),
    );
    expect(errors).toEqual([]);
  });
});
