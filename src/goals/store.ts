import { languageFromLocale, type Language } from '../i18n/language';
import { sameTabName } from '../util/tab-names';
import { goals as goalLabels } from '../i18n/en/goals';
import type { Services } from '../services/services';
import {
  GOAL_COLUMNS,
  GOALS_TAB_NAME,
  goalHeaders,
  goalsTabNames,
  isGoalsHeader,
  NUMBER_COLUMNS,
  goalToRow,
  parseGoalsTable,
  type Cell,
  type GoalsTable,
  type StoredGoal,
} from './sheet';
import type { DeleteResult, Goal, SaveRequest } from './types';

/*
 * The Goals tab behind the document lock. Each save or delete: take the lock (or say "busy"),
 * re-read the whole tab with one getValues, compare versions, write one row with one setValues
 * (a save) or remove it with one deleteRow (a delete), release the lock in `finally`. A save based on an older version never lands silently: it comes
 * back as a conflict carrying both versions.
 */

/** How long a save waits for a teammate's save to finish before saying "busy". */
export const LOCK_TIMEOUT_MS = 10000;

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Marks the tab the add-on made for its goals (developer metadata on the sheet, as reports are marked). */
export const GOALS_METADATA_KEY = 'socialKpis.goals';

/** The add-on's goals tab, read with one getValues. */
interface GoalsTab {
  sheet: Sheet;
  values: Cell[][];
  /** False for a tab an earlier version made, before tabs were marked: marked at its next write. */
  marked: boolean;
}

const isMarked = (sheet: Sheet): boolean =>
  sheet.getDeveloperMetadata().some((entry) => entry.getKey() === GOALS_METADATA_KEY);

/**
 * The tab holding the add-on's goals, or null when there is none yet. The add-on only ever
 * writes to a tab it made: the first tab carrying its marker. A tab that merely has the name
 * `Goals` (or `goals`: Sheets compares names without case) is the user's and is never written to.
 *
 * Upgrading: versions before the marker made an unmarked tab named `Goals`. Such a tab is taken
 * as the add-on's only when its first row is the add-on's header row in one language (every
 * column's header exactly as the add-on wrote it; see isGoalsHeader), which a team's own tab of
 * that name does not have, so a team upgrading keeps its goals in the tab it has always used, and
 * the tab is marked at the next save or delete. A `Goals` tab of any other shape (a user's own,
 * an empty one, or one whose header row was cleared) stays the user's: the add-on makes its own
 * tab under a free name beside it rather than risk writing into a sheet it did not make.
 */
function findGoalsTab(spreadsheet: Spreadsheet): GoalsTab | null {
  const read = (sheet: Sheet) => sheet.getDataRange().getValues() as Cell[][];
  // The usual case first, in three calls (the report counts them): our marked tab named Goals.
  const named = spreadsheet.getSheetByName(GOALS_TAB_NAME);
  if (named && isMarked(named)) return { sheet: named, values: read(named), marked: true };
  const sheets = spreadsheet.getSheets();
  const marked = sheets.find((sheet) => sheet !== named && isMarked(sheet));
  if (marked) return { sheet: marked, values: read(marked), marked: true };
  // getSheetByName's reference does not say how it compares names; Sheets' own tabs do without case.
  const legacy = named ?? sheets.find((sheet) => sameTabName(sheet.getName(), GOALS_TAB_NAME));
  if (!legacy) return null;
  const values = read(legacy);
  return isGoalsHeader(values[0] ?? []) ? { sheet: legacy, values, marked: false } : null;
}

/** Reads the goals without creating anything: a file without the tab simply has no goals yet. */
export function readGoals(
  services: Services,
  known?: { spreadsheet: Spreadsheet; timeZone: string },
): GoalsTable {
  // The report has the spreadsheet and its time zone already: asking again costs two calls of its 40.
  const spreadsheet = known?.spreadsheet ?? services.spreadsheet();
  const timeZone = known?.timeZone ?? spreadsheet.getSpreadsheetTimeZone();
  return parseGoalsTable(findGoalsTab(spreadsheet)?.values ?? [], timeZone);
}

/** The first of the tab's names no tab has yet, compared as Sheets compares them. */
function freeGoalsTabName(spreadsheet: Spreadsheet): string {
  const taken = spreadsheet.getSheets().map((sheet) => sheet.getName());
  for (const name of goalsTabNames()) if (!taken.some((t) => sameTabName(t, name))) return name;
  throw new Error('unreachable: goalsTabNames never ends');
}

/**
 * The add-on's tab, made and marked if there is none (under the lock, so two first saves cannot
 * both create it), with its header in the sheet's language. Readers recognise the headers of
 * every language.
 */
function ensureGoalsTab(services: Services, language: Language): GoalsTab {
  const spreadsheet = services.spreadsheet();
  const existing = findGoalsTab(spreadsheet);
  if (existing) {
    if (!existing.marked) existing.sheet.addDeveloperMetadata(GOALS_METADATA_KEY);
    return existing;
  }
  const sheet = spreadsheet.insertSheet(freeGoalsTabName(spreadsheet));
  sheet.addDeveloperMetadata(GOALS_METADATA_KEY);
  // Plain text for the text columns, so what a teammate types into the tab stays as typed too.
  const rows = sheet.getMaxRows();
  GOAL_COLUMNS.forEach((column, i) => {
    if (!NUMBER_COLUMNS.has(column)) sheet.getRange(1, i + 1, rows, 1).setNumberFormat('@');
  });
  const headers = goalHeaders(language);
  sheet.getRange(1, 1, 1, headers.length).setValues([headers]);
  sheet.setFrozenRows(1);
  return { sheet, values: [headers], marked: true };
}

export type LockedResult<T> = { busy: true } | { busy: false; value: T };

export function withDocumentLock<T>(services: Services, action: () => T): LockedResult<T> {
  const lock = services.documentLock();
  if (!lock.tryLock(LOCK_TIMEOUT_MS)) return { busy: true };
  try {
    return { busy: false, value: action() };
  } finally {
    lock.releaseLock();
  }
}

export interface ResolvedGoal {
  /** The goal's fields as they should be stored; id, version and bookkeeping are set here. */
  fields: Omit<Goal, 'id' | 'version' | 'updatedBy' | 'updatedAt'>;
}

export type StoreSaveResult =
  /** `over`: the teammate's newer version the save was merged with, if any. */
  | { status: 'saved'; goal: Goal; over?: Goal }
  | { status: 'conflict'; theirs: Goal | null }
  | { status: 'busy' };

/**
 * Merges the user's edit into a teammate's newer version (read under the lock): the fields to
 * store, or null when the two cannot be merged without the user deciding.
 */
export type MergeInto = (theirs: Goal) => ResolvedGoal['fields'] | null;

export function newGoalId(now: Date, taken: ReadonlySet<string>, random: () => number = Math.random): string {
  for (;;) {
    const id = `G-${now.getTime().toString(36).toUpperCase()}-${Math.floor(random() * 36 ** 4)
      .toString(36)
      .toUpperCase()
      .padStart(4, '0')}`;
    if (!taken.has(id)) return id;
  }
}

/** One call either way: setValues inside the grid, appendRow (which grows it) past its end. */
function writeRow(sheet: Sheet, row: number, cells: Array<string | number>): void {
  if (row > sheet.getMaxRows()) sheet.appendRow(cells);
  else sheet.getRange(row, 1, 1, cells.length).setValues([cells]);
}

/**
 * Writes a new goal, or an update whose base version is the stored one, or an update merged with
 * a teammate's newer version by `mergeInto`. `language` words what the server writes itself (a
 * new tab's header row, "All channels"); by default the sheet's.
 */
export function storeGoal(
  services: Services,
  request: Pick<SaveRequest, 'id' | 'baseVersion'>,
  fields: ResolvedGoal['fields'],
  language?: Language,
  mergeInto?: MergeInto,
): StoreSaveResult {
  const locked = withDocumentLock(services, (): StoreSaveResult => {
    language ??= languageFromLocale(services.spreadsheet().getSpreadsheetLocale());
    const tab = ensureGoalsTab(services, language);
    const sheet = tab.sheet;
    const table = parseGoalsTable(tab.values, services.spreadsheet().getSpreadsheetTimeZone());
    const headers = goalHeaders(language);
    if (!table.hasHeader) sheet.getRange(1, 1, 1, headers.length).setValues([headers]);
    const bookkeeping = { updatedBy: services.userEmail(), updatedAt: services.now().toISOString() };
    if (request.id === undefined || request.id === '') {
      const taken = new Set([...table.goals.map((g) => g.goal.id), ...table.problems.map((p) => p.id)]);
      const goal: Goal = { ...fields, id: newGoalId(services.now(), taken), version: 1, ...bookkeeping };
      // Past the last row with content: blank rows a teammate left inside the table stay theirs.
      writeRow(sheet, Math.max(table.rowCount, 1) + 1, goalToRow(goal, table.map, [], language));
      return { status: 'saved', goal };
    }
    const stored = findGoal(table, request.id);
    if (!stored) return { status: 'conflict', theirs: null };
    const stale = request.baseVersion !== stored.goal.version;
    const toStore = stale ? (mergeInto?.(stored.goal) ?? null) : fields;
    if (toStore === null) return { status: 'conflict', theirs: stored.goal };
    const goal: Goal = { ...toStore, id: stored.goal.id, version: stored.goal.version + 1, ...bookkeeping };
    writeRow(sheet, stored.row, goalToRow(goal, table.map, stored.cells, language));
    return stale ? { status: 'saved', goal, over: stored.goal } : { status: 'saved', goal };
  });
  return locked.busy ? { status: 'busy' } : locked.value;
}

function findGoal(table: GoalsTable, id: string): StoredGoal | undefined {
  return table.goals.find((g) => g.goal.id === id);
}

/**
 * Deletes a goal whose stored version is the one the user saw, by removing its row: one
 * deleteRow under the document lock, after re-reading the tab and finding the goal by its id (not
 * by the row the user's sidebar listed it at: a teammate may have added, moved or deleted rows
 * since). A goal a teammate changed since is not deleted: that is a conflict showing their
 * version, so their edit is not lost. Sheets refuses to remove the last row that is not frozen;
 * then, and only then, the row is blanked instead (one setValues), which readers skip.
 */
export function removeGoal(services: Services, id: string, version: number): DeleteResult {
  const locked = withDocumentLock(services, (): DeleteResult => {
    const spreadsheet = services.spreadsheet();
    const tab = findGoalsTab(spreadsheet);
    const table = parseGoalsTable(tab?.values ?? [], spreadsheet.getSpreadsheetTimeZone());
    const stored = findGoal(table, id);
    if (!tab || !stored) return { status: 'notFound', id, message: goalLabels.deletedAlready };
    if (stored.goal.version !== version) {
      return {
        status: 'conflict',
        theirs: stored.goal,
        message: goalLabels.conflictChanged(stored.goal.updatedBy, stored.goal.updatedAt),
      };
    }
    if (!tab.marked) tab.sheet.addDeveloperMetadata(GOALS_METADATA_KEY);
    const sheet = tab.sheet;
    try {
      sheet.deleteRow(stored.row);
    } catch {
      const width = Math.max(table.width, GOAL_COLUMNS.length);
      sheet.getRange(stored.row, 1, 1, width).setValues([new Array<string>(width).fill('')]);
    }
    return { status: 'deleted', id };
  });
  return locked.busy ? { status: 'busy', message: goalLabels.busy } : locked.value;
}
