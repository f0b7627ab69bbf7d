/*
 * Debian's Chromium driven by playwright-core, for every browser test in the project.
 * Playwright's own browser download cannot work on these machines (see .ci/install-chromium).
 * Never pass --user-data-dir in args: Playwright manages the profile itself.
 */
import { existsSync } from 'node:fs';
import {
  chromium,
  type Browser,
  type BrowserContextOptions,
  type ConsoleMessage,
  type Page,
} from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/*
 * Browser tests wait for what a page announces (an attribute such as data-state or aria-busy, a
 * text, a network answer), never for a fixed time. Each wait may take this long before it fails:
 * far more than any wait needs on an idle machine, so that a machine busy with other work (CI
 * beside other jobs, two CPU-bound processes) slows a test down without failing it.
 */
export const BROWSER_WAIT_MS = 60_000;

/** A browser test's whole budget (jest.setTimeout): room for several slow waits in a row. */
export const BROWSER_TEST_MS = 240_000;

/** A new page whose waits and navigations all get BROWSER_WAIT_MS. */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await browser.newPage(options);
  page.setDefaultTimeout(BROWSER_WAIT_MS);
  page.setDefaultNavigationTimeout(BROWSER_WAIT_MS);
  return page;
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: run \`bash .ci/install-chromium\` (or set CHROMIUM_PATH).`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * Console errors and uncaught page errors of a page (frames included), collected from now on,
 * so a test can assert that nothing went wrong in the browser.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}
