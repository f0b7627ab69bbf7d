import type { Browser, Frame, Page } from 'playwright-core';
import { catalogue as en } from '../../src/i18n/en';
import { BROWSER_TEST_MS, launchChromium } from '../../src/local/browser/chromium';
import type { Workbench } from '../../src/local/workbench/server';
import { openWorkbenchPage, serveWorkbench, SMALL_SAMPLE } from './support';

/*
 * A channel the data names "All channels" in the goals sidebar (built dist/ on the workbench):
 * its option shows quoted, apart from the first option that means every channel.
 */

jest.setTimeout(BROWSER_TEST_MS);

let browser: Browser;
let workbench: Workbench;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  const rows = SMALL_SAMPLE.map((row) => row.map((cell) => (cell === 'Facebook' ? 'All channels' : cell)));
  workbench = await serveWorkbench({ sampleRows: rows });
  ({ page, errors } = await openWorkbenchPage(browser, workbench.url));
});

afterAll(async () => {
  await page?.close();
  await workbench?.close();
  await browser?.close();
});

async function frameOf(selector: string): Promise<Frame> {
  return (await (await page.$(selector))!.contentFrame())!;
}

it('lists a channel named "All channels" quoted, and every channel as the plain first option', async () => {
  await page.click(`button.menu-item:has-text("${en.menu.goals}")`);
  await page.waitForSelector('#sidebar:not([hidden])');
  const frame = await frameOf('#sidebar-frame');
  await frame.waitForSelector('#new-goal');
  await frame.click('#new-goal');
  await frame.waitForSelector('#f-channel option[value="All channels"]', { state: 'attached' });
  const options = await frame.$$eval('#f-channel option', (list) =>
    list.map((option) => [(option as HTMLOptionElement).value, option.textContent]),
  );
  expect(options[0]).toEqual(['', en.sidebar.form.allChannels]);
  expect(options).toContainEqual(['All channels', '“All channels”']);
  expect(options.filter(([, label]) => label === 'All channels')).toHaveLength(1);
  expect(errors).toEqual([]);
});
