import { channelDisplayName, channelFromDisplayName } from '../i18n/all-channels';
import { GOALS_TAB_TEXTS, LANGUAGES, type Language } from '../i18n';
import { goals as goalLabels } from '../i18n/en/goals';
import { isIsoDate, isMonth, isoDateInZone } from './dates';
import { BASELINE_WINDOWS, type BaselineWindow, type Goal, type RowProblem } from './types';

/*
 * The Goals tab as plain data: a goal to a row and rows to goals. Pure, so every quirk of a tab a
 * team has edited by hand (reordered rows, extra columns, blank rows, a date typed into a text
 * column) is tested without Sheets.
 */

export const GOAL_COLUMNS = [
  'id',
  'what',
  'kpiId',
  'channel',
  'baseline',
  'baselineWindow',
  'baselineMonths',
  'target',
  'targetValue',
  'start',
  'deadline',
  'owner',
  'why',
  'version',
  'updatedBy',
  'updatedAt',
] as const;

export type GoalColumn = (typeof GOAL_COLUMNS)[number];

/** Columns written as numbers; every other column is text. */
export const NUMBER_COLUMNS: ReadonlySet<GoalColumn> = new Set(['baseline', 'targetValue', 'version']);

/**
 * The tab's name is the same in every language: the report, teammates' formulas (=Goals!B2) and
 * a save from any language must all find the one tab.
 */
export const GOALS_TAB_NAME = 'Goals';

/**
 * The names the add-on's own tab takes, in order, when a tab of the user's already has the name
 * before (Sheets compares tab names without regard to case). The same in every language, like
 * GOALS_TAB_NAME: the add-on finds its tab by its marker, not by its name, so either is fine.
 */
export function goalsTabNames(): Iterable<string> {
  return (function* () {
    yield GOALS_TAB_NAME;
    yield `${GOALS_TAB_NAME} (Social KPIs)`;
    for (let n = 2; ; n++) yield `${GOALS_TAB_NAME} (Social KPIs) ${n}`;
  })();
}

/**
 * Whether a header row is one the add-on wrote: it holds every column's header of one language
 * exactly as written (in any order, with other columns between them: earlier versions let a
 * team reorder the tab's columns and insert their own). A user's own tab has no such row.
 */
export function isGoalsHeader(header: readonly Cell[]): boolean {
  const cells = new Set(header.map((cell) => String(cell).trim()));
  return LANGUAGES.some((language) => goalHeaders(language).every((h) => cells.has(h)));
}

/** The header row in a language: written by whoever creates the tab, in their sheet's language. */
export function goalHeaders(language: Language = 'en'): string[] {
  return GOAL_COLUMNS.map((c) => GOALS_TAB_TEXTS[language].headers[c]);
}

/** The English header row. */
export const GOAL_HEADERS: string[] = goalHeaders('en');

/** Every language's header of each column, lower-cased: a team mixing languages shares one tab. */
const HEADER_ALIASES: ReadonlyMap<string, GoalColumn> = new Map(
  LANGUAGES.flatMap((language) =>
    GOAL_COLUMNS.map((c) => [GOALS_TAB_TEXTS[language].headers[c].toLowerCase(), c] as const),
  ),
);

/** "All channels" as written in the Channel column, in any language. */
const ALL_CHANNELS: ReadonlySet<string> = new Set(LANGUAGES.map((l) => GOALS_TAB_TEXTS[l].allChannels));

export type Cell = string | number | boolean | Date;

/**
 * Text exactly as typed. Sheets parses a written string like typing: "=…" becomes a formula,
 * "+35 %" a number, "2025-10-01" a date, "0012" 12. A leading apostrophe makes any string plain
 * text and is not stored, so every non-empty text gets one; the value reads back unchanged,
 * including one that itself starts with an apostrophe.
 */
export function textCell(text: string): string {
  return text === '' ? '' : `'${text}`;
}

export function goalToCells(goal: Goal, language: Language = 'en'): Record<GoalColumn, string | number> {
  return {
    id: textCell(goal.id),
    what: textCell(goal.what),
    kpiId: textCell(goal.kpiId),
    // A channel named like the label is written quoted, so it reads back as that channel.
    channel: textCell(
      goal.channel === null ? GOALS_TAB_TEXTS[language].allChannels : channelDisplayName(goal.channel),
    ),
    baseline: goal.baseline,
    baselineWindow: textCell(goal.baselineWindow),
    baselineMonths: textCell(goal.baselineMonths.join(', ')),
    target: textCell(goal.target),
    targetValue: goal.targetValue,
    start: textCell(goal.start),
    deadline: textCell(goal.deadline),
    owner: textCell(goal.owner),
    why: textCell(goal.why),
    version: goal.version,
    updatedBy: textCell(goal.updatedBy),
    updatedAt: textCell(goal.updatedAt),
  };
}

/** Where each column is: found by its header, else at its usual position. */
export type ColumnMap = Record<GoalColumn, number>;

export function columnMap(header: readonly Cell[]): ColumnMap {
  const found = new Map<GoalColumn, number>();
  header.forEach((cell, i) => {
    const column = HEADER_ALIASES.get(String(cell).trim().toLowerCase());
    if (column && !found.has(column)) found.set(column, i);
  });
  const map = {} as ColumnMap;
  GOAL_COLUMNS.forEach((column, i) => {
    map[column] = found.get(column) ?? i;
  });
  return map;
}

/**
 * A goal as a row for one setValues, over columns 1…width. Cells of columns that are not ours
 * (a team's column inserted between ours) keep the values they had.
 */
export function goalToRow(
  goal: Goal,
  map: ColumnMap,
  existing: readonly Cell[] = [],
  language: Language = 'en',
): Array<string | number> {
  const width = Math.max(...GOAL_COLUMNS.map((c) => map[c])) + 1;
  const row: Array<string | number> = [];
  for (let i = 0; i < width; i++) {
    const cell = existing[i];
    row.push(
      cell === undefined || cell === null
        ? ''
        : cell instanceof Date
          ? cell.toISOString()
          : (cell as string | number),
    );
  }
  const cells = goalToCells(goal, language);
  for (const column of GOAL_COLUMNS) row[map[column]] = cells[column];
  return row;
}

export interface StoredGoal {
  goal: Goal;
  /** 1-based row in the tab when it was read. */
  row: number;
  /** The row's cells as read, to rewrite foreign columns unchanged. */
  cells: Cell[];
}

export interface GoalsTable {
  goals: StoredGoal[];
  problems: RowProblem[];
  map: ColumnMap;
  /** Rows read, header included: the next free row is rowCount + 1. */
  rowCount: number;
  /** Columns read (getDataRange is rectangular): the width to blank when a goal is deleted. */
  width: number;
  /** False when the first row is blank (a new or emptied tab): the header must be written. */
  hasHeader: boolean;
}

/** Text of a cell a person may have typed into: numbers, booleans and dates come back as text. */
function cellText(cell: Cell | undefined, timeZone: string): string {
  if (cell === undefined || cell === null) return '';
  if (cell instanceof Date) return isoDateInZone(cell, timeZone);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

function cellNumber(cell: Cell | undefined): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell === 'string' && /^\s*-?(\d+\.?\d*|\.\d+)(e-?\d+)?\s*$/i.test(cell)) return Number(cell);
  return null;
}

const isBlankRow = (cells: readonly Cell[]): boolean =>
  cells.every((c) => c === '' || c === null || c === undefined || (typeof c === 'string' && c.trim() === ''));

/**
 * Reads what getValues returned for the tab. Blank rows are skipped; a row that cannot be a goal
 * is reported with its row number and reasons, never dropped silently and never fatal.
 */
export function parseGoalsTable(values: readonly (readonly Cell[])[], timeZone: string): GoalsTable {
  const map = columnMap(values[0] ?? []);
  const goals: StoredGoal[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  const h = GOALS_TAB_TEXTS.en.headers;
  const p = goalLabels.rowProblems;

  for (let r = 1; r < values.length; r++) {
    const cells = values[r] as Cell[];
    if (isBlankRow(cells)) continue;
    const row = r + 1;
    const at = (column: GoalColumn) => cells[map[column]];
    const text = (column: GoalColumn) => cellText(at(column), timeZone);
    const messages: string[] = [];
    const id = text('id').trim();
    if (id === '') {
      problems.push({ row, id: '', messages: [p.missingId] });
      continue;
    }
    if (seen.has(id)) {
      problems.push({ row, id, messages: [p.duplicateId(seen.get(id) as number)] });
      continue;
    }
    seen.set(id, row);

    const version = cellNumber(at('version'));
    if (version === null || !Number.isInteger(version) || version < 1)
      messages.push(p.badVersion(text('version')));
    const number = (column: 'baseline' | 'targetValue') => {
      const value = cellNumber(at(column));
      if (value === null) messages.push(p.badNumber(h[column], text(column)));
      return value ?? 0;
    };
    const baseline = number('baseline');
    const targetValue = number('targetValue');
    const date = (column: 'start' | 'deadline') => {
      const value = text(column).trim();
      if (!isIsoDate(value)) messages.push(p.badDate(h[column], text(column)));
      return value;
    };
    const start = date('start');
    const deadline = date('deadline');
    const windowText = text('baselineWindow').trim();
    const baselineWindow = (windowText === '' ? 'manual' : windowText) as BaselineWindow;
    if (!BASELINE_WINDOWS.includes(baselineWindow)) messages.push(p.badWindow(windowText));
    const monthsText = text('baselineMonths');
    const baselineMonths = monthsText.split(/[\s,;]+/).filter((m) => m !== '');
    if (!baselineMonths.every(isMonth)) messages.push(p.badMonths(monthsText));
    if (messages.length > 0) {
      problems.push({ row, id, messages });
      continue;
    }
    const channel = text('channel');
    goals.push({
      row,
      cells,
      goal: {
        id,
        version: version as number,
        what: text('what'),
        kpiId: text('kpiId').trim(),
        channel: channel.trim() === '' || ALL_CHANNELS.has(channel) ? null : channelFromDisplayName(channel),
        baseline,
        baselineWindow,
        baselineMonths,
        target: text('target'),
        targetValue,
        start,
        deadline,
        owner: text('owner'),
        why: text('why'),
        updatedBy: text('updatedBy'),
        updatedAt: text('updatedAt'),
      },
    });
  }
  return {
    goals,
    problems,
    map,
    rowCount: values.length,
    width: values.reduce((max, row) => Math.max(max, row.length), 0),
    hasHeader: !isBlankRow(values[0] ?? []),
  };
}
