import { createFakeAppsScript, fakeServices, type FakeAppsScript } from '../../src/local/fakes';
import type { Services } from '../../src/services/services';

/** One spreadsheet in Stockholm and Swedish, and a way to act as each teammate on it. */
export interface World {
  gas: FakeAppsScript;
  as(email: string): Services;
  setToday(iso: string): void;
}

export function createWorld(options: { locale?: string; timeZone?: string; today?: string } = {}): World {
  let now = new Date(`${options.today ?? '2025-10-06'}T09:00:00Z`);
  const gas = createFakeAppsScript({
    spreadsheet: { locale: options.locale ?? 'sv_SE', timeZone: options.timeZone ?? 'Europe/Stockholm' },
    html: { files: { GoalsSidebar: '<!doctype html><p>Goals</p>' } },
    now: () => now,
  });
  return {
    gas,
    as: (email) => ({ ...fakeServices(gas), userEmail: () => email }),
    setToday: (iso) => {
      now = new Date(`${iso}T09:00:00Z`);
    },
  };
}
