import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import {
  BROWSER_TEST_MS,
  collectPageErrors,
  launchChromium,
  newPage,
} from '../../src/local/browser/chromium';
import { createWorkbenchRuntime, type RuntimeOptions } from '../../src/local/workbench/runtime';
import { workbenchSampleRows } from '../../src/local/workbench/sample-data';
import { startWorkbench, type Workbench } from '../../src/local/workbench/server';
import { DIST } from '../support/bundle';

export { DIST };

/** Pinned so the sample data, and so every asserted value, is the same on every run. */
export const TODAY = new Date('2025-03-15T12:00:00Z');

/** A month of sample rows: the real generator, small enough for fast unit tests. */
export const SMALL_SAMPLE = workbenchSampleRows({ today: TODAY, months: 1 });

/**
 * A browser page on the workbench, ready (the page says so once its first state is drawn and no
 * request is pending: body[data-state="idle"]), with
 * its console and page errors collected from the start so a test can assert there were none.
 */
export async function openWorkbenchPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; errors: string[] }> {
  const page = await newPage(browser, { viewport: { width: 1400, height: 820 }, ...options });
  const errors = collectPageErrors(page);
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"][data-state="idle"]');
  return { page, errors };
}

/** What a test file gets from openWorkbenchForFile. */
export interface OpenWorkbench {
  workbench: Workbench;
  page: Page;
  errors: string[];
}

/**
 * Serves the workbench and opens it in Chromium before a test file's tests, and closes both
 * after them; `opened` hands the file the served workbench and its page.
 */
export function openWorkbenchForFile(
  opened: (open: OpenWorkbench) => void,
  options: { serve?: Partial<RuntimeOptions>; page?: BrowserContextOptions } = {},
): void {
  let browser: Browser | undefined;
  let workbench: Workbench | undefined;
  jest.setTimeout(BROWSER_TEST_MS);
  beforeAll(async () => {
    workbench = await serveWorkbench(options.serve);
    browser = await launchChromium();
    const { page, errors } = await openWorkbenchPage(browser, workbench.url, options.page);
    opened({ workbench, page, errors });
  });
  afterAll(async () => {
    await browser?.close();
    await workbench?.close();
  });
}

/** The workbench on a free port, running the built dist/ on the pinned sample unless told otherwise. */
export function serveWorkbench(options: Partial<RuntimeOptions> = {}): Promise<Workbench> {
  return startWorkbench({
    port: 0,
    distDir: DIST,
    runtime: createWorkbenchRuntime({ distDir: DIST, today: TODAY, ...options }),
  });
}

const ROOT = join(__dirname, '../..');

/**
 * Takes one screenshot into test-results/NAME (and test/screenshots/NAME, the committed picture,
 * with UPDATE_SCREENSHOTS=1) and checks that what was written is a PNG.
 */
export async function saveScreenshot(name: string, shoot: (path: string) => Promise<Buffer>): Promise<void> {
  const targets = [join(ROOT, 'test-results', name)];
  if (process.env.UPDATE_SCREENSHOTS === '1') targets.push(join(ROOT, 'test/screenshots', name));
  for (const target of targets) {
    mkdirSync(join(target, '..'), { recursive: true });
    const png = await shoot(target);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  }
}
