import { languageFromLocale, type Language } from '../i18n/language';
import { goals as goalLabels } from '../i18n/en/goals';
import type { Services } from '../services/services';
import {
  GOAL_COLUMNS,
  GOALS_TAB_NAME,
  goalHeaders,
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

export function goalsSheet(services: Services): Sheet | null {
  return services.spreadsheet().getSheetByName(GOALS_TAB_NAME);
}

export function readTable(sheet: Sheet | null, timeZone: string): GoalsTable {
  const values = sheet ? (sheet.getDataRange().getValues() as Cell[][]) : [];
  return parseGoalsTable(values, timeZone);
}

/** Reads the goals without creating anything: a file without the tab simply has no goals yet. */
export function readGoals(services: Services): GoalsTable {
  const spreadsheet = services.spreadsheet();
  return readTable(spreadsheet.getSheetByName(GOALS_TAB_NAME), spreadsheet.getSpreadsheetTimeZone());
}

/**
 * Creates the tab with its header in the sheet's language (under the lock, so two first saves
 * cannot both create it). Readers recognise the headers of every language.
 */
function ensureSheet(services: Services, language: Language): Sheet {
  const spreadsheet = services.spreadsheet();
  const existing = spreadsheet.getSheetByName(GOALS_TAB_NAME);
  if (existing) return existing;
  const sheet = spreadsheet.insertSheet(GOALS_TAB_NAME);
  // Plain text for the text columns, so what a teammate types into the tab stays as typed too.
  const rows = sheet.getMaxRows();
  GOAL_COLUMNS.forEach((column, i) => {
    if (!NUMBER_COLUMNS.has(column)) sheet.getRange(1, i + 1, rows, 1).setNumberFormat('@');
  });
  const headers = goalHeaders(language);
  sheet.getRange(1, 1, 1, headers.length).setValues([headers]);
  sheet.setFrozenRows(1);
  return sheet;
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
  { status: 'saved'; goal: Goal } | { status: 'conflict'; theirs: Goal | null } | { status: 'busy' };

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
 * Writes a new goal, or an update whose base version is the stored one. `language` words what the
 * server writes itself (a new tab's header row, "All channels"); by default the sheet's.
 */
export function storeGoal(
  services: Services,
  request: Pick<SaveRequest, 'id' | 'baseVersion'>,
  fields: ResolvedGoal['fields'],
  language?: Language,
): StoreSaveResult {
  const locked = withDocumentLock(services, (): StoreSaveResult => {
    language ??= languageFromLocale(services.spreadsheet().getSpreadsheetLocale());
    const sheet = ensureSheet(services, language);
    const table = readTable(sheet, services.spreadsheet().getSpreadsheetTimeZone());
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
    if (request.baseVersion !== stored.goal.version) return { status: 'conflict', theirs: stored.goal };
    const goal: Goal = { ...fields, id: stored.goal.id, version: stored.goal.version + 1, ...bookkeeping };
    writeRow(sheet, stored.row, goalToRow(goal, table.map, stored.cells, language));
    return { status: 'saved', goal };
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
    const sheet = goalsSheet(services);
    const table = readTable(sheet, services.spreadsheet().getSpreadsheetTimeZone());
    const stored = findGoal(table, id);
    if (!sheet || !stored) return { status: 'notFound', id, message: goalLabels.deletedAlready };
    if (stored.goal.version !== version) {
      return {
        status: 'conflict',
        theirs: stored.goal,
        message: goalLabels.conflictChanged(stored.goal.updatedBy, stored.goal.updatedAt),
      };
    }
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
