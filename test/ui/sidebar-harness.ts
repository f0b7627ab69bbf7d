import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import * as goals from '../../src/goals/server';
import type { GoalsData } from '../../src/goals/data';
import { build } from '../../src/local/build/build';
import { createFakeAppsScript, fakeServices, type FakeAppsScript } from '../../src/local/fakes';
import { serverFunctions } from '../../src/server/entrypoints';
import type { Services } from '../../src/services/services';
import { goalsDataFromTab, writeKpiDataTab } from './kpi-data';

/*
 * The built sidebar (dist/GoalsSidebar.html) in real Chromium, with a google.script.run stub whose
 * calls cross to Node and run the real goal server functions on the in-memory Apps Script. Like
 * google.script.run, arguments and results pass as JSON and a thrown error reaches the failure
 * handler as an Error with the server's message.
 */

const root = resolve(__dirname, '../..');
const PAGE_FILE = join(root, 'dist/GoalsSidebar.html');
export const PAGE_URL = 'https://sidebar.test/GoalsSidebar.html';
export const ME = 'anna@example.se';
export const TEAMMATE = 'binh@example.vn';
export const TODAY = '2025-10-06';

const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function newestIn(folder: string): number {
  return readdirSync(folder, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(folder, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }, 0);
}

/**
 * `npm test` builds before jest; a direct jest run builds here when the page is missing or older
 * than its sources, so a test never exercises a stale page.
 */
export async function builtPage(): Promise<string> {
  if (!existsSync(PAGE_FILE) || statSync(PAGE_FILE).mtimeMs < newestIn(join(root, 'src/ui'))) await build();
  return readFileSync(PAGE_FILE, 'utf8');
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: LAUNCH_ARGS });
}

export interface SidebarWorld {
  gas: FakeAppsScript;
  data: GoalsData;
  as(email: string): Services;
  /** The functions the stub may call, on a user's services: the same set google.script.run exposes. */
  server(email: string): Record<string, (...args: unknown[]) => unknown>;
  /** Server messages the next calls fail with, the way a server exception does, in order. */
  failures: string[];
  /** The names of the calls the page made, in order. */
  calls: string[];
  /** Holds every answer until the returned function is called: to see the page mid-call. */
  pause(): () => void;
  gate: Promise<void>;
}

export function createSidebarWorld(): SidebarWorld {
  const gas = createFakeAppsScript({
    spreadsheet: { locale: 'sv_SE', timeZone: 'Europe/Stockholm' },
    now: () => new Date(`${TODAY}T09:00:00Z`),
  });
  writeKpiDataTab(gas);
  const data = goalsDataFromTab(gas);
  const as = (email: string): Services => ({ ...fakeServices(gas), userEmail: () => email });

  const server = (email: string) => {
    const services = as(email);
    return {
      getGoalsSidebarData: () => goals.getGoalsSidebarData(services, data),
      computeBaseline: (kpiId: unknown, channel: unknown, window: unknown) =>
        goals.computeBaseline(services, data, kpiId, channel, window),
      checkGoal: (request: unknown) => goals.checkGoal(services, data, request),
      saveGoal: (request: unknown) => goals.saveGoal(services, data, request),
      deleteGoal: (id: unknown, version: unknown) => goals.deleteGoal(services, id, version),
    } as Record<string, (...args: unknown[]) => unknown>;
  };
  const world: SidebarWorld = {
    gas,
    data,
    as,
    server,
    failures: [],
    calls: [],
    gate: Promise.resolve(),
    pause() {
      let release = () => {};
      world.gate = new Promise((resolve) => (release = resolve));
      return () => {
        world.gate = Promise.resolve();
        release();
      };
    },
  };
  return world;
}

export interface OpenSidebar {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions: every test ends by expecting none. */
  errors: string[];
  /** Requests other than the page itself (an image, a script, a link followed): expected none. */
  blocked: string[];
}

/** Opens the sidebar at the sidebar's width, signed in as `email`, and waits for its first load. */
export async function openSidebar(browser: Browser, world: SidebarWorld, email = ME): Promise<OpenSidebar> {
  const html = await builtPage();
  const context = await browser.newContext({ viewport: { width: 300, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  const errors: string[] = [];
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  // Nothing may leave the page: a payload that tried to load x or javascript: would show up here.
  await context.route('**/*', (route) => {
    if (route.request().url() === PAGE_URL) {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    }
    blocked.push(route.request().url());
    return route.abort();
  });

  const functions = world.server(email);
  await page.exposeFunction('__gasCall', async (name: string, argsJson: string) => {
    world.calls.push(name);
    await world.gate;
    const failure = world.failures.shift();
    if (failure !== undefined) return JSON.stringify({ ok: false, message: failure });
    try {
      const value = functions[name](...(JSON.parse(argsJson) as unknown[]));
      return JSON.stringify({ ok: true, value: value === undefined ? null : value });
    } catch (error) {
      return JSON.stringify({ ok: false, message: (error as Error).message });
    }
  });
  await page.addInitScript({ content: runStubScript(Object.keys(serverFunctions)) });
  await page.goto(PAGE_URL);
  await page.waitForSelector('#new-goal', { timeout: 3000 });
  return { page, context, errors, blocked };
}

/**
 * Runs in the page: google.script.run with the real surface (success and failure handlers, one
 * method per server function), crossing to Node through window.__gasCall. Kept as source text:
 * a compiled function would carry the TypeScript runner's helpers, which the page does not have.
 */
function runStubScript(names: string[]): string {
  return `(() => {
    const names = ${JSON.stringify(names)};
    const runner = (onSuccess, onFailure) => {
      const api = {
        withSuccessHandler: (handler) => runner(handler, onFailure),
        withFailureHandler: (handler) => runner(onSuccess, handler),
      };
      for (const name of names) {
        api[name] = (...args) => {
          window.__gasCall(name, JSON.stringify(args)).then((text) => {
            const reply = JSON.parse(text);
            if (reply.ok) { if (onSuccess) onSuccess(reply.value); }
            else if (onFailure) onFailure(new Error(reply.message));
          });
        };
      }
      return api;
    };
    window.google = { script: { run: runner(null, null) } };
  })();`;
}
