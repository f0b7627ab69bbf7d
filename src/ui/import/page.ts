import {
  analyseTable,
  convertRows,
  isReady,
  planImport,
  startConversion,
  summariseColumns,
  type Conversion,
  type ImportPlan,
  type TableAnalysis,
} from '../../import/analyse';
import { parseCsvPiece, splitAtRecordBoundaries } from '../../import/csv';
import type { DateOrder } from '../../import/dates';
import { ENGLISH_IMPORT_LABELS, importLabelsFor, type ImportLabels } from '../../import/texts';
import { chunkRequests, type SkippedRow } from '../../import/protocol';
import { openCsv } from '../../import/read';
import { headerCurrency, IMPORT_TARGETS, targetById } from '../../import/targets';
import { COMMON_CURRENCIES, currencyForLocale, readCurrency } from '../../report/currency';
import { setContent, textWithLinks } from '../shared/dom';
import { pageLanguage, pageLocale } from '../shared/language';
import { callServer, closeDialog, failureMessage } from '../shared/call-server';

/*
 * The Import CSV dialog. The pure core does the reading; this file only wires it to the page.
 * Every text that comes from the file is set with textContent, never as HTML.
 */

/** Parse about this much text between yields, so the dialog repaints and shows progress. */
const PIECE_CHARS = 256 * 1024;
const PREVIEW_ROWS = 5;
/** Rows converted between yields: a few milliseconds of work each. */
const ROWS_PER_SLICE = 2000;
const SKIPPED_LINES_SHOWN = 10;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

interface Loaded {
  table: string[][];
  analysis: TableAnalysis;
  summary: string;
}

/** The dialog's texts, in the sheet's language from start(); the core is passed them explicitly. */
let L: ImportLabels = ENGLISH_IMPORT_LABELS;

let loaded: Loaded | undefined;
/** The choices' plan and its rows, once every row is converted; undefined while converting. */
let prepared: { plan: ImportPlan; conversion: Conversion } | undefined;
/** Bumped by each change, so a conversion still running for older choices stops. */
let generation = 0;
let busy = false;
/**
 * The date order the dialog filled in from the file's locale (plan.dateOrder "hinted"), until the
 * user picks one: a later plan without that hint empties the select again instead of keeping a
 * choice nobody made.
 */
let proposedOrder: DateOrder | undefined;

function text(id: string, value: string): void {
  $(id).textContent = value;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  content = '',
  className = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = content;
  if (className) node.className = className;
  return node;
}

function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function showProgress(percent: number | undefined, message = ''): void {
  $('progress-block').hidden = percent === undefined;
  ($('progress') as HTMLProgressElement).value = percent ?? 0;
  text('progress-text', message);
}

function setLabels(): void {
  text('file-label', L.fileLabel);
  text('progress-label', L.progressLabel);
  text('channel-label', L.channelLabel);
  text('channel-hint', L.channelHint);
  text('currency-label', L.currencyLabel);
  text('date-order-label', L.dateOrderLabel);
  text('mapping-heading', L.mappingHeading);
  text('th-source', L.mappingSource);
  text('th-sample', L.mappingSample);
  text('th-target', L.mappingTarget);
  text('th-note', L.mappingNote);
  text('preview-heading', L.previewHeading);
  text('import-button', L.importButton);
  text('cancel-button', L.cancelButton);
  const order = $('date-order') as HTMLSelectElement;
  for (const [value, label] of [
    ['', L.dateOrderChoose],
    ['dmy', L.dateOrderDmy],
    ['mdy', L.dateOrderMdy],
  ]) {
    const option = element('option', label);
    option.value = value;
    order.append(option);
  }
}

async function readFile(file: File): Promise<void> {
  loaded = undefined;
  prepared = undefined;
  $('setup').hidden = true;
  $('result').hidden = true;
  text('error', '');
  text('status', L.reading);
  showProgress(0, L.parsing(0));
  const opened = openCsv(new Uint8Array(await file.arrayBuffer()), L);
  if (!opened.ok) {
    showProgress(undefined);
    text('status', '');
    text('error', opened.message);
    updateButton();
    return;
  }
  const table: string[][] = [];
  const pieces = splitAtRecordBoundaries(opened.text, PIECE_CHARS);
  let done = 0;
  for (const piece of pieces) {
    for (const row of parseCsvPiece(piece, opened.delimiter)) table.push(row);
    done += piece.length;
    const percent = Math.round((done / opened.text.length) * 100);
    showProgress(percent, L.parsing(percent));
    await yieldToBrowser();
  }
  const analysis = analyseTable(table, opened.delimiter);
  if (table.length <= analysis.headerRow + 1) {
    showProgress(undefined);
    text('status', '');
    text('error', L.noRows);
    return;
  }
  // One pass over every number, in slices, before the first plan needs it.
  const bodyRows = table.length - analysis.headerRow - 1;
  for (let from = 0; from < bodyRows; from += ROWS_PER_SLICE) {
    summariseColumns(table, analysis, from, from + ROWS_PER_SLICE);
    await yieldToBrowser();
  }
  showProgress(undefined);
  text('status', '');
  const encoding = opened.encoding.toUpperCase();
  const delimiter = L.delimiterNames[opened.delimiter] ?? opened.delimiter;
  loaded = {
    table,
    analysis,
    summary: L.fileSummary(table.length - analysis.headerRow - 1, delimiter, encoding),
  };
  if (opened.warning) text('error', opened.warning);
  renderSetup();
}

function renderSetup(): void {
  if (!loaded) return;
  const { analysis, table } = loaded;
  const platformName = analysis.platform ? L.platformNames[analysis.platform] : undefined;
  text('platform', platformName ? L.platformDetected(platformName) : L.platformUnknown);
  ($('channel') as HTMLInputElement).value = analysis.channel;
  renderCurrency(headerCurrency(table[analysis.headerRow] ?? []));
  ($('date-order') as HTMLSelectElement).value = '';
  proposedOrder = undefined;
  const body = $('mapping').querySelector('tbody') as HTMLTableSectionElement;
  body.replaceChildren();
  const firstRow = table[analysis.headerRow + 1] ?? [];
  for (const column of analysis.mapping) {
    const row = element('tr');
    row.append(element('td', column.source || `#${column.index + 1}`));
    const sample = element('td', firstRow[column.index] ?? '', 'sample');
    sample.title = firstRow[column.index] ?? '';
    row.append(sample);
    const cell = element('td');
    const select = element('select');
    select.dataset.index = String(column.index);
    select.setAttribute('aria-label', L.mappingSelectLabel(column.source));
    const none = element('option', L.dontImport);
    none.value = '';
    select.append(none);
    for (const target of IMPORT_TARGETS) {
      const option = element('option', target.header);
      option.value = target.id;
      select.append(option);
    }
    select.value = column.target ?? '';
    select.addEventListener('change', refresh);
    cell.append(select);
    row.append(cell);
    const note = element('td', noteText(column.note), 'note');
    note.dataset.noteFor = String(column.index);
    row.append(note);
    body.append(row);
  }
  $('setup').hidden = false;
  refresh();
}

/** The spreadsheet's currency, as the server put it into the page; without it, the locale's. */
function spreadsheetCurrency(): string {
  const main = document.querySelector<HTMLElement>('[data-currency]');
  return readCurrency(main?.dataset.currency ?? '') ?? currencyForLocale(pageLocale());
}

/** The currency choice: the file's own where its money headers name one, else the spreadsheet's. */
function renderCurrency(fromFile: { currency: string; header: string } | undefined): void {
  const current = spreadsheetCurrency();
  const select = $('currency') as HTMLSelectElement;
  const codes = [current, ...(fromFile ? [fromFile.currency] : []), ...COMMON_CURRENCIES];
  select.replaceChildren(
    ...codes
      .filter((code, i) => codes.indexOf(code) === i)
      .map((code) => {
        const option = element('option', code);
        option.value = code;
        return option;
      }),
  );
  select.value = fromFile?.currency ?? current;
  const hasRows = document.querySelector<HTMLElement>('[data-has-rows]')?.dataset.hasRows === 'true';
  const hint = hasRows ? L.currencyHint(current) : L.currencyHintFirst;
  text('currency-hint', fromFile ? `${L.currencyFromHeader(fromFile.header)} ${hint}` : hint);
}

function noteText(note: TableAnalysis['mapping'][number]['note']): string {
  if (!note) return '';
  if (note.kind === 'duplicate') return L.noteDuplicate(note.of);
  return { rate: L.noteRate, sum: L.noteSum, split: L.noteSplit, unknown: L.noteUnknown }[note.kind];
}

function currentTargets(): (string | null)[] {
  const selects = Array.from($('mapping').querySelectorAll('select'));
  return selects.map((select) => select.value || null);
}

/** Re-plans with the current choices, then converts the rows in slices and redraws. */
function refresh(): void {
  if (!loaded) return;
  const current = loaded;
  const select = $('date-order') as HTMLSelectElement;
  // A value the dialog proposed is not the user's choice: the plan proposes it again if it still holds.
  const order = proposedOrder === undefined ? (select.value as DateOrder | '') : '';
  const plan = planImport(
    current.table,
    current.analysis,
    {
      targets: currentTargets(),
      channel: ($('channel') as HTMLInputElement).value,
      dateOrder: order || undefined,
    },
    L,
  );
  if (plan.dateOrder.kind === 'hinted' && order === '') {
    proposedOrder = plan.dateOrder.order;
    select.value = proposedOrder;
  } else if (proposedOrder !== undefined) {
    proposedOrder = undefined;
    select.value = '';
  }
  prepared = undefined;
  const mine = ++generation;
  const mark =
    plan.decimal.kind === 'known' ? (plan.decimal.mark === ',' ? L.decimalComma : L.decimalPoint) : '';
  text('summary', mark ? `${current.summary}, ${mark}` : current.summary);
  $('date-order-block').hidden = plan.dateOrder.kind !== 'ask' && plan.dateOrder.kind !== 'hinted';
  text('date-order-note', plan.dateOrderNote ?? '');

  // Column notes: a refused column says why, in place of the proposal's note.
  const refused = new Map(plan.columnProblems.map((problem) => [problem.index, problem.message]));
  const targets = currentTargets();
  for (const note of Array.from($('mapping').querySelectorAll<HTMLElement>('td.note'))) {
    const index = Number(note.dataset.noteFor);
    const column = current.analysis.mapping[index];
    note.textContent = refused.get(index) ?? (targets[index] === column.target ? noteText(column.note) : '');
    note.classList.toggle('refused', refused.has(index));
  }
  const problems = $('problems');
  problems.replaceChildren(...plan.problems.map((problem) => element('li', problem)));
  if (plan.columnProblems.length > 0) problems.append(element('li', L.fixColumnsFirst));
  updateButton();
  convertAll(plan, mine).catch((error: unknown) => text('error', L.serverFailed(String(error))));
}

async function convertAll(plan: ImportPlan, mine: number): Promise<void> {
  const conversion = startConversion();
  $('file-skipped').replaceChildren();
  for (let from = 0; from < plan.body.length; from += ROWS_PER_SLICE) {
    convertRows(plan, from, from + ROWS_PER_SLICE, conversion, L);
    if (from === 0) renderPreview(plan, conversion);
    await yieldToBrowser();
    if (mine !== generation) return;
  }
  if (plan.body.length === 0) renderPreview(plan, conversion);
  text(
    'preview-caption',
    L.previewCaption(Math.min(PREVIEW_ROWS, conversion.rows.length), conversion.rows.length),
  );
  renderSkipped($('file-skipped'), conversion.skipped);
  prepared = { plan, conversion };
  updateButton();
}

function renderPreview(plan: ImportPlan, conversion: Conversion): void {
  const head = $('preview').querySelector('thead tr') as HTMLTableRowElement;
  head.replaceChildren(...plan.columns.map((id) => element('th', targetById(id)?.header ?? id)));
  const shown = conversion.rows.slice(0, PREVIEW_ROWS);
  const body = $('preview').querySelector('tbody') as HTMLTableSectionElement;
  body.replaceChildren(
    ...shown.map((row) => {
      const line = element('tr');
      row.cells.forEach((cell) =>
        line.append(
          element('td', cell === null ? '' : String(cell), typeof cell === 'number' ? 'number' : ''),
        ),
      );
      return line;
    }),
  );
  text('preview-caption', L.previewCaption(shown.length, conversion.rows.length));
}

function renderSkipped(container: HTMLElement, skipped: SkippedRow[]): void {
  container.replaceChildren();
  if (skipped.length === 0) return;
  const sorted = [...skipped].sort((a, b) => a.row - b.row);
  container.append(element('p', L.resultSkipped(sorted.length)));
  const list = element('ul');
  for (const item of sorted.slice(0, SKIPPED_LINES_SHOWN))
    list.append(element('li', L.resultSkippedLine(item.row, item.reason)));
  if (sorted.length > SKIPPED_LINES_SHOWN)
    list.append(element('li', L.resultMoreSkipped(sorted.length - SKIPPED_LINES_SHOWN)));
  container.append(list);
}

function updateButton(): void {
  const button = $('import-button') as HTMLButtonElement;
  button.disabled = busy || !prepared || !isReady(prepared.plan) || prepared.conversion.rows.length === 0;
}

function setControlsDisabled(disabled: boolean): void {
  busy = disabled;
  for (const control of Array.from(
    document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select'),
  )) {
    control.disabled = disabled;
  }
  updateButton();
}

async function runImport(): Promise<void> {
  if (!prepared || !isReady(prepared.plan)) return;
  const { plan, conversion } = prepared;
  setControlsDisabled(true);
  text('error', '');
  const currency = ($('currency') as HTMLSelectElement).value;
  const requests = chunkRequests(
    plan.columns,
    conversion.rows.map((row) => row.cells),
    conversion.rows.map((row) => row.row),
  ).map((request) => ({ ...request, currency }));
  const total = conversion.rows.length;
  let sent = 0;
  let added = 0;
  const skipped: SkippedRow[] = [...conversion.skipped];
  const addedColumns: string[] = [];
  let createdSheet = false;
  let stopped: string | undefined;
  showProgress(0, L.sending(0, total));
  for (const request of requests) {
    let response;
    try {
      response = await callServer('importCsvRows', request);
    } catch (error) {
      stopped = L.serverFailed(failureMessage(error));
      break;
    }
    if (!response.ok) {
      stopped = response.message;
      break;
    }
    added += response.added;
    // Loops, not push(...list): a file's skipped rows are unbounded, and spreading them overflows the stack.
    for (const row of response.skipped) skipped.push(row);
    for (const column of response.addedColumns) addedColumns.push(column);
    createdSheet ||= response.createdSheet;
    sent += request.rows.length;
    showProgress(Math.round((sent / total) * 100), L.sending(sent, total));
  }
  showProgress(undefined);
  showResult(added, skipped, addedColumns, createdSheet, stopped);
}

function showResult(
  added: number,
  skipped: SkippedRow[],
  addedColumns: string[],
  createdSheet: boolean,
  stopped?: string,
): void {
  const result = $('result');
  result.replaceChildren();
  $('setup').hidden = true;
  // Why it stopped may end with where to grant a missing permission: a link.
  if (stopped) setContent($('error'), ...textWithLinks(L.resultStopped(added, stopped)));
  if (createdSheet) result.append(element('p', L.resultCreatedSheet('KPI data')));
  result.append(element('p', L.resultAdded(added), 'result-added'));
  if (addedColumns.length > 0) result.append(element('p', L.resultAddedColumns(addedColumns)));
  const skippedBlock = element('div');
  renderSkipped(skippedBlock, skipped);
  result.append(skippedBlock);
  result.hidden = false;
  busy = false;
  const input = $('file') as HTMLInputElement;
  input.disabled = false;
  // Choosing the same file again (to check that nothing is added twice) must fire "change".
  input.value = '';
  prepared = undefined;
  updateButton();
  text('cancel-button', L.closeButton);
}

function start(): void {
  // The server put the sheet's locale into the page (src/services/pages.ts).
  L = importLabelsFor(pageLanguage());
  document.documentElement.lang = pageLanguage();
  setLabels();
  $('file').addEventListener('change', () => {
    const file = ($('file') as HTMLInputElement).files?.[0];
    if (file) readFile(file).catch((error: unknown) => text('error', L.serverFailed(String(error))));
  });
  $('channel').addEventListener('input', refresh);
  $('date-order').addEventListener('change', () => {
    proposedOrder = undefined; // the user's choice from now on
    refresh();
  });
  $('import-button').addEventListener('click', () => {
    runImport().catch((error: unknown) => text('error', L.serverFailed(String(error))));
  });
  $('cancel-button').addEventListener('click', closeDialog);
}

start();
