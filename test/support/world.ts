import {
  createFakeAppsScript,
  fakeServices,
  type AuthMode,
  type FakeAppsScript,
  type FakeSheet,
} from '../../src/local/fakes';
import type { HtmlFiles } from '../../src/local/fakes/html';
import type { SessionOptions } from '../../src/local/fakes/session';
import { fillDataTab } from '../../src/local/report-workbook';
import type { Services } from '../../src/services/services';

/*
 * The one test world: a fake spreadsheet set up from a named preset, so every test says in
 * its first line which place, language and day it runs in. Options override a preset's fields.
 */
export const PRESETS = {
  /** A Swedish team in Stockholm on Monday 6 October 2025: the goals tests' teammates. */
  'stockholm-sv': { locale: 'sv_SE', timeZone: 'Europe/Stockholm', today: '2025-10-06' },
  /**
   * An English (en_US) spreadsheet in Stockholm on 3 November 2026: the report tests' world,
   * October 2026 being the last whole month.
   */
  'stockholm-en': { locale: 'en_US', timeZone: 'Europe/Stockholm', today: '2026-11-03' },
  /**
   * An English (en_US) spreadsheet in Ho Chi Minh City, UTC+7 all year, on today's date: a date
   * stored at local midnight falls on the previous UTC day, so code that keys dates in UTC
   * instead of the spreadsheet's time zone fails here (the import tests).
   */
  'hochiminh-en': { locale: 'en_US', timeZone: 'Asia/Ho_Chi_Minh', today: undefined },
  /** A Vietnamese team in Ho Chi Minh City on today's date. */
  'hochiminh-vi': { locale: 'vi_VN', timeZone: 'Asia/Ho_Chi_Minh', today: undefined },
  /** English at UTC on today's date: for tests where neither place nor day matters. */
  'utc-en': { locale: 'en_US', timeZone: 'UTC', today: undefined },
} as const satisfies Record<string, { locale: string; timeZone: string; today: string | undefined }>;

export type PresetName = keyof typeof PRESETS;

export const DATA_TAB = 'KPI data';

export interface WorldOptions {
  /** How Apps Script runs the code: FULL, as from a menu, by default. */
  authMode?: AuthMode;
  /** Scopes of the manifest the user left unticked on the consent screen. */
  declinedScopes?: string[];
  locale?: string;
  timeZone?: string;
  /** ISO date; the clock reads 09:00 UTC that day. */
  today?: string;
  /** An exact instant for the clock, when the hour matters; wins over `today`. */
  now?: Date;
  /** The tabs the file starts with; Sheets' own "Sheet1" by default. */
  sheets?: string[];
  /** Values of the "KPI data" tab (added after `sheets` if not among them); null or absent: no data tab. */
  data?: unknown[][] | null;
  html?: HtmlFiles;
  /** Document properties. */
  properties?: Record<string, string>;
  /** Who Session says the user is (an empty address when a domain's policy hides it). */
  session?: SessionOptions;
}

export interface World {
  gas: FakeAppsScript;
  services: Services;
  /** The services as a given teammate sees them. */
  as(email: string): Services;
  setToday(iso: string): void;
  /** The data tab, or undefined while it does not exist. */
  dataSheet(): GoogleAppsScript.Spreadsheet.Sheet | undefined;
  /** The data tab's values with dates as ISO text in the world's time zone, read without counting. */
  dataValues(): unknown[][];
}

const atNine = (iso: string) => new Date(`${iso}T09:00:00Z`);

/** The call counter starts at zero after the setup. */
export function createWorld(preset: PresetName, options: WorldOptions = {}): World {
  const place = { ...PRESETS[preset], ...definedFields(options) };
  let now: Date | undefined = options.now ?? (place.today ? atNine(place.today) : undefined);
  const sheets = [...(options.sheets ?? ['Sheet1'])];
  if (options.data && !sheets.includes(DATA_TAB)) sheets.push(DATA_TAB);
  const gas = createFakeAppsScript({
    authMode: options.authMode,
    declinedScopes: options.declinedScopes,
    spreadsheet: { locale: place.locale, timeZone: place.timeZone, sheets },
    properties: options.properties ? { document: options.properties } : undefined,
    html: options.html,
    session: options.session,
    now: () => now ?? new Date(),
  });
  if (options.data && options.data.length > 0)
    fillDataTab(gas.spreadsheet.getSheetByName(DATA_TAB)!, options.data);
  gas.calls.reset();
  const services = fakeServices(gas);
  const dataSheet = () => gas.SpreadsheetApp.getActive().getSheetByName(DATA_TAB) ?? undefined;
  const iso = new Intl.DateTimeFormat('en-CA', {
    timeZone: place.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return {
    gas,
    services,
    as: (email) => ({ ...services, userEmail: () => email }),
    setToday: (day) => {
      now = atNine(day);
    },
    dataSheet,
    dataValues() {
      const sheet = dataSheet();
      if (!sheet) return [];
      const values = sheet.getDataRange().getValues();
      gas.calls.reset();
      return values.map((row) => row.map((cell) => (cell instanceof Date ? iso.format(cell) : cell)));
    },
  };
}

/**
 * The report's usual file: a "Notes" tab, then the "KPI data" tab holding `values` (none when
 * null), then `extraSheets` such as a user's own tab with a report's name.
 */
export function reportBook(
  values: unknown[][] | null,
  options: Omit<WorldOptions, 'data' | 'sheets'> & { extraSheets?: string[] } = {},
): World {
  const { extraSheets = [], ...rest } = options;
  return createWorld('stockholm-en', {
    ...rest,
    sheets: ['Notes', ...(values ? [DATA_TAB] : []), ...extraSheets],
    data: values,
  });
}

/** Test setup only: shrinks the grid the way a user deleting rows and columns would. */
export function shrinkGrid(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number, columns: number): void {
  (sheet as unknown as FakeSheet).resize(rows, columns);
}

function definedFields<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** A preset's locale and time zone alone, for the pure functions that take them. */
export function placeOf(preset: PresetName): { locale: string; timeZone: string } {
  const { locale, timeZone } = PRESETS[preset];
  return { locale, timeZone };
}
