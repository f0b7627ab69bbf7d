import type { ColumnKpiId } from '../kpi/registry';
import type { Catalogue } from './en';

/*
 * What a language brings besides its catalogue sections: how a spreadsheet's locale names it, how
 * its spreadsheets write numbers, its everyday currency, the date words, column headers and rate
 * words its exports use, and the two small sections every execution shows (the menu and what a menu item
 * says when a permission is missing). Each language folder (src/i18n/<code>) has one `pack.ts`
 * typed `satisfies LanguagePack`, read by src/i18n/packs.ts. The larger sections stay in their own
 * files, each read by the table that needs it, so each bundle carries only those it shows.
 */

/** The columns that identify a data row (kpi/registry KEY_COLUMNS), whose headers a pack names. */
export type KeyColumnId = 'date' | 'channel' | 'post_id' | 'currency';

export interface LanguagePack {
  /** A spreadsheet locale starting with one of these (lower case) picks the language: 'sv' for sv_SE. */
  localePrefixes: readonly string[];
  /** A spreadsheet locale of the language, region and all: the one the local workbench offers. */
  exampleLocale: string;
  /**
   * Whether its spreadsheets write 0,02 for 0.02 and so separate a function's arguments with
   * ";": formulas shown to its users are written that way.
   */
  decimalComma: boolean;
  /** ISO 4217 code of the currency a spreadsheet in this language defaults to, when its region names none. */
  currency?: string;
  /** Month names and abbreviations its exports write, lower case → month number. */
  months: Readonly<Record<string, number>>;
  /**
   * For a language whose dates number the month with a word before it (Vietnamese "3 tháng 10,
   * 2026", "ngày 3 tháng 10 năm 2026"): the words before the month's number, and those that may
   * come before the day and before the year; lower case.
   */
  numberedMonths?: {
    month: readonly string[];
    day: readonly string[];
    year: readonly string[];
  };
  /** Weekday names and abbreviations an export may put before a date, lower case. */
  weekdays: readonly string[];
  /** Header names its exports give the key columns, besides the registry's English header. */
  headerAliases: Readonly<Record<KeyColumnId, readonly string[]>>;
  /**
   * Header names its exports give the counted data columns (Followers, Likes, Cost …), besides the
   * registry's English header and aliases.
   */
  columnAliases?: Readonly<Partial<Record<ColumnKpiId, readonly string[]>>>;
  /**
   * What marks a header of its exports as a rate (matched against the normalised header): the
   * add-on computes rates from counts and never imports them.
   */
  rateHeader?: RegExp;
  /**
   * The pooled column's labels the language shows (report, goals sidebar, Goals tab), lower case:
   * a channel named like one is quoted (src/i18n/all-channels.ts).
   */
  allChannels: readonly string[];
  /** The add-on menu's items. */
  menu: Catalogue['menu'];
  /** What a menu item says when the user left one of the add-on's permissions unticked. */
  permissions: Catalogue['permissions'];
}
