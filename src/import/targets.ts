import { countedColumn, keyColumn } from '../i18n/key-columns';
import { columnKpis } from '../kpi/lookup';
import type { ColumnKpiId } from '../kpi/registry';
import type { DataColumnDefinition } from '../kpi/types';
import { readCurrency } from '../report/currency';

/*
 * The columns an import can fill: the three key columns and every counted column of the
 * registry, each with the canonical English header of the data sheet. Header recognition here
 * follows the registry aliases; the report branch recognises the sheet's headers the same way
 * (same normalisation), so the two can be unified without changing behaviour.
 */

/** How a column's cells are read: dates, text, or numbers with their rules. */
export type TargetKind = 'date' | 'text' | 'count' | 'signed' | 'money';

export interface ImportTarget {
  /** 'date', 'channel', 'post_id', or the registry id of a counted column ("likes"). */
  id: string;
  /** The canonical header of the data sheet. */
  header: string;
  kind: TargetKind;
  aliases: readonly string[];
}

/** Counts of followers can fall; every other count cannot be below zero. */
const SIGNED_COLUMNS = new Set(['net_new_followers']);

function keyTarget(id: 'date' | 'channel' | 'post_id' | 'currency', kind: TargetKind): ImportTarget {
  const column = keyColumn(id);
  return { id, header: column.header, kind, aliases: column.aliases };
}

/** Key columns first, then the registry's counted columns in registry order: the canonical order. */
export const IMPORT_TARGETS: readonly ImportTarget[] = [
  keyTarget('date', 'date'),
  keyTarget('channel', 'text'),
  keyTarget('post_id', 'text'),
  ...columnKpis().map((kpi): ImportTarget => {
    const column = countedColumn(kpi.id as ColumnKpiId, kpi.column as DataColumnDefinition);
    const kind: TargetKind = SIGNED_COLUMNS.has(kpi.id) ? 'signed' : kpi.unit === 'money' ? 'money' : 'count';
    return { id: kpi.id, header: column.header, kind, aliases: column.aliases };
  }),
  // Last, so the tab's established columns keep their places: "EUR", or blank for the sheet's.
  keyTarget('currency', 'text'),
];

const targetsById = new Map(IMPORT_TARGETS.map((target) => [target.id, target]));

export function targetById(id: string): ImportTarget | undefined {
  return targetsById.get(id);
}

/** The data sheet's header row when the add-on creates the tab. */
export function canonicalHeaders(): string[] {
  return IMPORT_TARGETS.map((target) => target.header);
}

/**
 * Headers compare case-insensitively after trimming, with runs of spaces collapsed, and in one
 * Unicode form: a Vietnamese header typed on a Mac often arrives decomposed (NFD).
 */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLowerCase();
}

let headerIndex: Map<string, string> | undefined;

function buildHeaderIndex(): Map<string, string> {
  const index = new Map<string, string>();
  for (const target of IMPORT_TARGETS) {
    for (const name of [target.header, ...target.aliases]) {
      const key = normaliseHeader(name);
      // The first definition wins, as in the registry's own order.
      if (!index.has(key)) index.set(key, target.id);
    }
  }
  return index;
}

/** A currency in brackets after a money header: "Amount spent (SEK)", "Chi phí (VND)". */
const CURRENCY_SUFFIX = /\s*\((?:[a-z]{3}|kr|\$|€|£|₫)\)$/;

/**
 * The currency a file's money headers name ("Amount spent (SEK)" → SEK, with that header), when
 * they name one: "kr" or "$" name several currencies and propose nothing.
 */
export function headerCurrency(headers: readonly string[]): { currency: string; header: string } | undefined {
  for (const header of headers) {
    const match = /\(([^()]+)\)\s*$/.exec(header.trim());
    const target = match ? recogniseHeader(header) : undefined;
    if (!match || target === undefined || targetById(target)?.kind !== 'money') continue;
    const currency = readCurrency(match[1]);
    if (currency) return { currency, header };
  }
  return undefined;
}

/** The target a header means by the registry (canonical header or alias), if any. */
export function recogniseHeader(header: string): string | undefined {
  headerIndex ??= buildHeaderIndex();
  const key = normaliseHeader(header);
  if (key === '') return undefined;
  const direct = headerIndex.get(key);
  if (direct !== undefined) return direct;
  const withoutCurrency = key.replace(CURRENCY_SUFFIX, '');
  if (withoutCurrency === key) return undefined;
  const money = headerIndex.get(withoutCurrency);
  return money !== undefined && targetById(money)?.kind === 'money' ? money : undefined;
}
