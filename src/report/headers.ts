import { countedColumn, keyColumn } from '../i18n/key-columns';
import { columnKpis } from '../kpi/lookup';
import type { ColumnKpiId } from '../kpi/registry';
import type { ColumnAggregation, DataColumnDefinition } from '../kpi/types';

/** A measured column of the data sheet, recognised from its header. */
export interface ColumnSlot {
  /** The registry id of the column KPI: "likes" for a column headed "Reactions". */
  kpiId: string;
  aggregation: ColumnAggregation;
  /** Zero-based position in the sheet's rows. */
  index: number;
  /** The header as the sheet spells it, for messages. */
  header: string;
}

export interface HeaderMap {
  date: number;
  channel: number;
  /** -1 when the data has no post id column. */
  postId: number;
  /** -1 when the data has no currency column: every row is then in the spreadsheet's currency. */
  currency: number;
  slots: ColumnSlot[];
  /** Headers nobody recognised, kept for a data-quality line. */
  ignored: string[];
  /** A second column meaning the same thing: only the first is read. */
  repeated: string[];
}

export type HeaderResult =
  { ok: true; headers: HeaderMap } | { ok: false; missing: Array<'date' | 'channel'> };

/**
 * Headers compare case-insensitively after trimming, and in one Unicode form: a Vietnamese
 * header typed on a Mac often arrives decomposed (NFD), one typed on Windows composed.
 */
export function normaliseHeader(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

type Meaning =
  | { key: 'date' | 'channel' | 'post_id' | 'currency' }
  | { key: 'column'; kpiId: string; aggregation: ColumnAggregation };

interface Meanings {
  /** By normalised header. */
  normalised: Map<string, Meaning>;
  /**
   * By the registry's own spellings, as they are: most sheets use them, and finding those
   * without normalising (Unicode form, spaces, case) is most of the cost of reading headers.
   */
  exact: Map<string, Meaning>;
}

function headerMeanings(): Meanings {
  const meanings = new Map<string, Meaning>();
  const names: string[] = [];
  const add = (definition: DataColumnDefinition, meaning: Meaning): void => {
    for (const name of [definition.header, ...definition.aliases]) {
      names.push(name);
      const key = normaliseHeader(name);
      if (!meanings.has(key)) meanings.set(key, meaning);
    }
  };
  add(keyColumn('date'), { key: 'date' });
  add(keyColumn('channel'), { key: 'channel' });
  add(keyColumn('post_id'), { key: 'post_id' });
  add(keyColumn('currency'), { key: 'currency' });
  for (const kpi of columnKpis()) {
    const column = countedColumn(kpi.id as ColumnKpiId, kpi.column as DataColumnDefinition);
    add(column, { key: 'column', kpiId: kpi.id, aggregation: column.aggregation });
  }
  const exact = new Map(names.map((name) => [name, meanings.get(normaliseHeader(name)) as Meaning]));
  return { normalised: meanings, exact };
}

let cachedMeanings: Meanings | undefined;

/** Reads the header row: which column is the date, the channel and each registry column. */
export function recogniseHeaders(headerRow: readonly unknown[]): HeaderResult {
  const meanings = (cachedMeanings ??= headerMeanings());
  let date = -1;
  let channel = -1;
  let postId = -1;
  let currency = -1;
  const slots: ColumnSlot[] = [];
  const ignored: string[] = [];
  const repeated: string[] = [];
  const seen = new Set<string>();
  headerRow.forEach((cell, index) => {
    const header = cell === null || cell === undefined ? '' : String(cell).trim();
    if (header === '') return;
    const meaning = meanings.exact.get(header) ?? meanings.normalised.get(normaliseHeader(header));
    if (!meaning) {
      ignored.push(header);
      return;
    }
    const identity = meaning.key === 'column' ? meaning.kpiId : meaning.key;
    if (seen.has(identity)) {
      repeated.push(header);
      return;
    }
    seen.add(identity);
    if (meaning.key === 'date') date = index;
    else if (meaning.key === 'channel') channel = index;
    else if (meaning.key === 'post_id') postId = index;
    else if (meaning.key === 'currency') currency = index;
    else if (meaning.key === 'column')
      slots.push({ kpiId: meaning.kpiId, aggregation: meaning.aggregation, index, header });
  });
  const missing: Array<'date' | 'channel'> = [];
  if (date < 0) missing.push('date');
  if (channel < 0) missing.push('channel');
  if (missing.length > 0) return { ok: false, missing };
  return { ok: true, headers: { date, channel, postId, currency, slots, ignored, repeated } };
}
