import {
  decideDateOrder,
  readDate,
  tallyDate,
  type DateHint,
  type DateOrder,
  type DateOrderDecision,
  type DateSample,
  type DateTally,
} from './dates';
import { packEntries } from '../i18n/packs';
import type { Delimiter } from './csv';
import { ENGLISH_IMPORT_LABELS, type ImportLabels } from './texts';
import {
  columnMark,
  decideMark,
  readNumber,
  summariseCell,
  summariseColumn,
  type ColumnNumbers,
  type MarkDecision,
  type MarkEvidence,
} from './numbers';
import { detectPlatform, isRateHeader, PLATFORMS, type PlatformId, type SkipNote } from './platforms';
import { rowKey, type ImportCell, type SkippedRow } from './protocol';
import { IMPORT_TARGETS, normaliseHeader, recogniseHeader, targetById } from './targets';

/*
 * A parsed table → what to import: which row is the header, which platform wrote it, what each
 * column means (proposed, then chosen by the user), and the rows as the data sheet wants them,
 * with a reason for each row left out. Pure: no DOM, no Apps Script.
 */

export type MappingNote = { kind: SkipNote | 'unknown' } | { kind: 'duplicate'; of: string };

export interface ColumnMapping {
  index: number;
  source: string;
  /** Target id, or null: not imported. */
  target: string | null;
  note?: MappingNote;
}

export interface TableAnalysis {
  /** Index of the header row in the table: exports sometimes put a title line above it. */
  headerRow: number;
  headers: string[];
  platform?: PlatformId;
  /** Prefilled channel: the platform's name; empty when unknown or the file has a channel column. */
  channel: string;
  mapping: ColumnMapping[];
  /** The file's delimiter, when known: semicolons suggest dates written day first. */
  delimiter?: Delimiter;
}

/** How many rows above the header an export may put titles or notes. */
const HEADER_SEARCH_ROWS = 10;

function meaningfulHeaders(row: readonly string[]): number {
  const platform = detectPlatform(row);
  return row.filter((cell) => {
    const key = normaliseHeader(cell);
    return recogniseHeader(cell) !== undefined || (platform !== undefined && key in platform.columns);
  }).length;
}

/** The first of the top rows that names at least two known columns; the first row otherwise. */
export function findHeaderRow(table: readonly string[][]): number {
  const limit = Math.min(table.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index++) if (meaningfulHeaders(table[index]) >= 2) return index;
  return 0;
}

/**
 * One meaning per column: the platform's own names first (they override registry aliases that
 * mean something else on that platform), then the registry's headers and aliases. A target is
 * taken once; a later column with the same meaning is proposed as not imported.
 */
export function proposeMapping(headers: readonly string[], platformId?: PlatformId): ColumnMapping[] {
  const profile = PLATFORMS.find((platform) => platform.id === platformId);
  const mapping: ColumnMapping[] = headers.map((source, index) => ({
    index,
    source: source.trim(),
    target: null,
  }));
  const takenBy = new Map<string, string>();
  const assign = (column: ColumnMapping, target: string) => {
    const owner = takenBy.get(target);
    if (owner !== undefined) {
      column.note = { kind: 'duplicate', of: owner };
      return;
    }
    takenBy.set(target, column.source);
    column.target = target;
  };
  // Pass 1: the platform's names.
  for (const column of mapping) {
    const meaning = profile?.columns[normaliseHeader(column.source)];
    if (meaning === undefined) continue;
    if ('skip' in meaning) column.note = { kind: meaning.skip };
    else assign(column, meaning.target);
  }
  // Pass 2: everything else by the registry, rates left out.
  for (const column of mapping) {
    if (column.target !== null || column.note !== undefined || column.source === '') continue;
    if (isRateHeader(column.source)) {
      column.note = { kind: 'rate' };
      continue;
    }
    const target = recogniseHeader(column.source);
    if (target === undefined) column.note = { kind: 'unknown' };
    else assign(column, target);
  }
  return mapping;
}

export function analyseTable(table: readonly string[][], delimiter?: Delimiter): TableAnalysis {
  const headerRow = findHeaderRow(table);
  const headers = (table[headerRow] ?? []).map((cell) => cell.trim());
  const platform = detectPlatform(headers);
  const mapping = proposeMapping(headers, platform?.id);
  const hasChannelColumn = mapping.some((column) => column.target === 'channel');
  const platformId: PlatformId | undefined = platform?.id ?? (hasChannelColumn ? 'kpi_data' : undefined);
  return {
    headerRow,
    headers,
    platform: platformId,
    channel: platform !== undefined && !hasChannelColumn ? platform.channel : '',
    mapping,
    ...(delimiter === undefined ? {} : { delimiter }),
  };
}

// ------------------------------------------------------------------------------------------

export interface ImportChoices {
  /** Target id per source column index (null: not imported). */
  targets: ReadonlyArray<string | null>;
  /** For rows without a channel in the file. */
  channel: string;
  /** Needed only when the file's numeric dates do not show their order. */
  dateOrder?: DateOrder;
}

export interface ColumnProblem {
  index: number;
  source: string;
  message: string;
}

export interface PreparedRow {
  row: number;
  cells: ImportCell[];
}

/** The decisions for a file and a set of choices, before any row is converted. */
export interface ImportPlan {
  /** Target ids of the cells, in the data sheet's canonical order. */
  columns: string[];
  /** Blocking: nothing is imported until these are resolved. */
  problems: string[];
  /** Blocking, per column: the user resolves them by fixing the file or not importing the column. */
  columnProblems: ColumnProblem[];
  dateOrder: DateOrderDecision;
  /** When the order is proposed from the file's locale: which and why, for the user to check. */
  dateOrderNote?: string;
  /** The file's decimal mark as far as its numbers show it (for the summary line). */
  decimal: MarkDecision;
  /** The rows under the header, and the file row number of the first. */
  body: readonly string[][];
  firstRowNumber: number;
  sourceFor: ReadonlyMap<string, number>;
  order?: DateOrder;
  decisions: ReadonlyMap<string, MarkDecision>;
  fallbackChannel: string;
}

export interface PreparedImport extends ImportPlan {
  rows: PreparedRow[];
  skipped: SkippedRow[];
  ready: boolean;
}

/** Rows converted so far, carried from one slice to the next. */
export interface Conversion {
  rows: PreparedRow[];
  skipped: SkippedRow[];
  firstRowOfKey: Map<string, number>;
}

function* columnCells(rows: readonly string[][], index: number): Generator<string> {
  for (const row of rows) yield row[index] ?? '';
}

/**
 * Column summaries depend only on the file, not on the choices, so they are computed once per
 * table: changing a select in the dialog then costs a lookup, not another pass over every cell.
 */
const columnSummaries = new WeakMap<readonly string[][], Map<number, ColumnNumbers>>();
const dateTallies = new WeakMap<readonly string[][], Map<number, DateTally>>();

function cached<T>(
  store: WeakMap<readonly string[][], Map<number, T>>,
  table: readonly string[][],
  index: number,
  make: () => T,
): T {
  let perTable = store.get(table);
  if (perTable === undefined) store.set(table, (perTable = new Map()));
  let value = perTable.get(index);
  if (value === undefined) perTable.set(index, (value = make()));
  return value;
}

/**
 * Reads every column's numbers, and the proposed date column's dates, for body rows [from, to)
 * ahead of planImport, so the dialog spreads this one pass over a big file across slices instead
 * of freezing on the first plan. Call it for consecutive slices covering the whole body, from 0.
 */
export function summariseColumns(
  table: readonly string[][],
  analysis: TableAnalysis,
  from: number,
  to: number,
): void {
  const { headerRow } = analysis;
  let numbers = columnSummaries.get(table);
  if (numbers === undefined) columnSummaries.set(table, (numbers = new Map()));
  let dates = dateTallies.get(table);
  if (dates === undefined) dateTallies.set(table, (dates = new Map()));
  const dateIndex = analysis.mapping.find((column) => column.target === 'date')?.index;
  let dateTally: DateTally | undefined;
  if (dateIndex !== undefined) {
    dateTally = dates.get(dateIndex);
    if (dateTally === undefined) dates.set(dateIndex, (dateTally = {}));
  }
  const width = (table[headerRow] ?? []).length;
  const summaries: ColumnNumbers[] = [];
  for (let index = 0; index < width; index++) {
    let summary = numbers.get(index);
    if (summary === undefined) numbers.set(index, (summary = { evidence: {} }));
    summaries.push(summary);
  }
  const end = Math.min(to, table.length - headerRow - 1);
  for (let row = from; row < end; row++) {
    const cells = table[headerRow + 1 + row];
    for (let index = 0; index < width; index++) summariseCell(cells[index] ?? '', summaries[index]);
    if (dateTally !== undefined && dateIndex !== undefined) tallyDate(cells[dateIndex] ?? '', dateTally, row);
  }
}

/** Everything decided for the file and the user's choices; no row converted yet. */
export function planImport(
  table: readonly string[][],
  analysis: Pick<TableAnalysis, 'headerRow' | 'headers' | 'delimiter'>,
  choices: ImportChoices,
  L: ImportLabels = ENGLISH_IMPORT_LABELS,
): ImportPlan {
  const body = table.slice(analysis.headerRow + 1);
  const problems: string[] = [];
  const columnProblems: ColumnProblem[] = [];
  const sourceOf = (index: number) => analysis.headers[index] ?? '';

  // Which source column feeds each target; a target chosen twice is a problem, not a silent pick.
  const sourceFor = new Map<string, number>();
  choices.targets.forEach((target, index) => {
    if (target === null || targetById(target) === undefined) return;
    const earlier = sourceFor.get(target);
    if (earlier !== undefined) {
      columnProblems.push({ index, source: sourceOf(index), message: L.noteDuplicate(sourceOf(earlier)) });
      return;
    }
    sourceFor.set(target, index);
  });

  const dateIndex = sourceFor.get('date');
  const channelIndex = sourceFor.get('channel');
  const fallbackChannel = choices.channel.trim();
  if (dateIndex === undefined) problems.push(L.needDate);
  if (channelIndex === undefined && fallbackChannel === '') problems.push(L.needChannel);

  // Numbers: the file's evidence about the decimal mark, then each column's decision.
  const numeric = [...sourceFor].filter(([target]) => {
    const kind = targetById(target)?.kind;
    return kind === 'count' || kind === 'signed' || kind === 'money';
  });
  const summaries = new Map<string, ColumnNumbers>();
  const fileEvidence: MarkEvidence = {};
  for (const [target, index] of numeric) {
    const summary = cached(columnSummaries, table, index, () => summariseColumn(columnCells(body, index)));
    summaries.set(target, summary);
    fileEvidence.point ??= summary.evidence.point;
    fileEvidence.comma ??= summary.evidence.comma;
  }
  const decisions = new Map<string, MarkDecision>();
  for (const [target, index] of numeric) {
    const summary = summaries.get(target) as ColumnNumbers;
    const decision = columnMark(summary.evidence, fileEvidence);
    if (decision.kind === 'conflict') {
      columnProblems.push({
        index,
        source: sourceOf(index),
        message: L.mixedDecimalMarks(sourceOf(index), decision.point, decision.comma),
      });
      continue;
    }
    // Counts settle "1,234" themselves; money with no known decimal mark cannot.
    const money = targetById(target)?.kind === 'money';
    if (money && decision.kind === 'unknown' && summary.firstAmbiguous !== undefined) {
      columnProblems.push({
        index,
        source: sourceOf(index),
        message: L.ambiguousNumber(sourceOf(index), summary.firstAmbiguous),
      });
      continue;
    }
    decisions.set(target, decision);
  }

  // Dates: a row with a day above 12 settles the order; else the file's locale may suggest it.
  const firstRowNumber = analysis.headerRow + 2;
  const rowOf = (sample: DateSample) => firstRowNumber + sample.offset;
  let dateOrder: DateOrderDecision = { kind: 'none' };
  let order: DateOrder | undefined;
  let dateOrderNote: string | undefined;
  if (dateIndex !== undefined) {
    const dateHeader = sourceOf(dateIndex);
    const tally = cached(dateTallies, table, dateIndex, () => {
      const fresh: DateTally = {};
      decideDateOrder(columnCells(body, dateIndex), fresh);
      return fresh;
    });
    dateOrder = decideDateOrder([], tally, fileDateHint(dateHeader, analysis.delimiter, fileEvidence));
    if (dateOrder.kind === 'conflict') {
      const { dayFirst, monthFirst } = dateOrder;
      problems.push(
        L.dateOrderConflict(dateHeader, dayFirst.text, rowOf(dayFirst), monthFirst.text, rowOf(monthFirst)),
      );
    } else if (dateOrder.kind === 'known') order = dateOrder.order;
    else if (dateOrder.kind === 'hinted') {
      order = choices.dateOrder ?? dateOrder.order;
      const reason = hintReason(dateOrder.hint, rowOf, L);
      dateOrderNote = L.dateOrderHinted(rowOf(dateOrder.sample), dateOrder.sample.text, reason);
    } else if (dateOrder.kind === 'ask') {
      const { sample } = dateOrder;
      if (choices.dateOrder === undefined)
        problems.push(L.needDateOrder(dateHeader, rowOf(sample), sample.text));
      order = choices.dateOrder;
    }
  }

  const refused = new Set(columnProblems.map((problem) => problem.index));
  const columns = IMPORT_TARGETS.map((target) => target.id).filter(
    (id) => id === 'channel' || (sourceFor.has(id) && !refused.has(sourceFor.get(id) as number)),
  );
  return {
    columns,
    problems,
    columnProblems,
    dateOrder,
    ...(dateOrderNote === undefined ? {} : { dateOrderNote }),
    decimal: decideMark(fileEvidence),
    body,
    // Row numbers as the user sees them when opening the file in a spreadsheet (header included).
    firstRowNumber,
    sourceFor,
    order,
    decisions,
    fallbackChannel,
  };
}

/** The date headers of the languages that write a decimal comma, all of which write the day first. */
const DAY_FIRST_DATE_HEADERS = new Set(
  packEntries()
    .filter(([, pack]) => pack.decimalComma)
    .flatMap(([, pack]) => pack.headerAliases.date.map((header) => normaliseHeader(header))),
);

/**
 * What the rest of the file says about numeric dates when no row settles them. Every hint points
 * to day first: a date column headed in such a language (Datum, Ngày); semicolons, which Excel
 * writes where the decimal mark is a comma; and decimal commas — the places that write either
 * write the day first. Nothing in a file points as safely to month first, so without a hint the user is asked.
 */
function fileDateHint(
  dateHeader: string,
  delimiter: Delimiter | undefined,
  numbers: MarkEvidence,
): DateHint | undefined {
  if (DAY_FIRST_DATE_HEADERS.has(normaliseHeader(dateHeader))) return { kind: 'header', header: dateHeader };
  if (delimiter === ';') return { kind: 'semicolons' };
  const mark = decideMark(numbers);
  if (mark.kind === 'known' && mark.mark === ',') return { kind: 'decimal-comma' };
  return undefined;
}

function hintReason(hint: DateHint, rowOf: (sample: DateSample) => number, L: ImportLabels): string {
  if (hint.kind === 'named') return L.dateHintNamed(hint.locale, rowOf(hint.sample), hint.sample.text);
  if (hint.kind === 'header') return L.dateHintHeader(hint.header);
  return hint.kind === 'semicolons' ? L.dateHintSemicolons : L.dateHintDecimalComma;
}

export function startConversion(): Conversion {
  return { rows: [], skipped: [], firstRowOfKey: new Map() };
}

/** Converts body rows [from, to) into `into`, wording skipped rows in `L`; the dialog calls it slice by slice. */
export function convertRows(
  plan: ImportPlan,
  from: number,
  to: number,
  into: Conversion,
  L: ImportLabels = ENGLISH_IMPORT_LABELS,
): void {
  const { columns, sourceFor, order, decisions, fallbackChannel } = plan;
  const targets = columns.map((id) => ({ id, target: targetById(id), index: sourceFor.get(id) }));
  const end = Math.min(to, plan.body.length);
  for (let offset = from; offset < end; offset++) {
    const cells = plan.body[offset];
    const rowNumber = plan.firstRowNumber + offset;
    const out: ImportCell[] = [];
    let reason: string | undefined;
    let date = '';
    let channel = '';
    let postId = '';
    for (const { id, target, index } of targets) {
      const raw = index === undefined ? '' : (cells[index] ?? '');
      if (id === 'date') {
        const iso = readDate(raw, order);
        if (iso === undefined) reason ??= raw.trim() === '' ? L.rowNoDate : L.rowBadDate(raw.trim());
        date = iso ?? '';
        out.push(date);
      } else if (id === 'channel') {
        channel = raw.trim() || fallbackChannel;
        if (channel === '') reason ??= L.rowNoChannel;
        out.push(channel);
      } else if (id === 'post_id') {
        postId = raw.trim();
        out.push(postId === '' ? null : postId);
      } else if (target !== undefined) {
        const reading = readNumber(raw, decisions.get(id) ?? { kind: 'unknown' }, target.kind !== 'money');
        const header = target.header;
        if (reading.kind === 'number') {
          if (target.kind !== 'money' && !Number.isInteger(reading.value))
            reason ??= L.rowNotWhole(header, raw.trim());
          else if (target.kind !== 'signed' && reading.value < 0)
            reason ??= L.rowNegative(header, raw.trim());
          out.push(reading.value);
        } else if (reading.kind === 'blank') {
          out.push(null);
        } else {
          reason ??= L.rowNotNumber(header, raw.trim());
          out.push(null);
        }
      }
    }
    if (reason === undefined) {
      const key = rowKey(date, channel, postId);
      const first = into.firstRowOfKey.get(key);
      if (first !== undefined) reason = L.rowDuplicateInFile(first);
      else into.firstRowOfKey.set(key, rowNumber);
    }
    if (reason !== undefined) into.skipped.push({ row: rowNumber, reason });
    else into.rows.push({ row: rowNumber, cells: out });
  }
}

export function isReady(plan: ImportPlan): boolean {
  return plan.problems.length === 0 && plan.columnProblems.length === 0;
}

/** The rows under the header, converted with the user's choices, all at once. */
export function prepareImport(
  table: readonly string[][],
  analysis: Pick<TableAnalysis, 'headerRow' | 'headers'>,
  choices: ImportChoices,
  L: ImportLabels = ENGLISH_IMPORT_LABELS,
): PreparedImport {
  const plan = planImport(table, analysis, choices, L);
  const conversion = startConversion();
  convertRows(plan, 0, plan.body.length, conversion, L);
  return { ...plan, rows: conversion.rows, skipped: conversion.skipped, ready: isReady(plan) };
}
