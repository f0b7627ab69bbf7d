import { MERGE_FIELDS } from '../../goals/merge';
import type {
  BaselineResult,
  BaselineWindow,
  CheckResult,
  DeleteResult,
  Goal,
  GoalField,
  GoalsSidebarData,
  GoalView,
  Issue,
  KpiOption,
  SaveRequest,
  SaveResult,
} from '../../goals/types';
import {
  currentIssues,
  editingOf,
  emptyForm,
  formatForInput,
  formOfGoal,
  saveRequestOf,
  type Editing,
  type FormState,
} from './model';

/*
 * The sidebar's state and every decision about it, without the DOM: which view shows, what a
 * save or a check sends, which answer is stale, which messages stay under which field, what a
 * save's or a delete's answer leads to. The page (page.ts) keeps one SidebarState, asks these
 * functions, and draws what they decide with the views (list-view.ts, form-view.ts,
 * conflict-view.ts). Each function changes the state it is given and returns what to show.
 */

export type View = 'list' | 'form' | 'conflict';
export type Conflict = Extract<SaveResult, { status: 'conflict' }>;

export interface SidebarState {
  data: GoalsSidebarData | null;
  /** Calls with a spinner in flight: while any is, every button is disabled. */
  inFlight: number;
  view: View;
  /** The goal being edited and the version the user loaded; null for a new goal. */
  editing: Editing | null;
  form: FormState;
  /** The fields the user has left: a missing value is only said there (or after a save). */
  touched: Set<GoalField>;
  submitted: boolean;
  check: CheckResult | null;
  /** The form as the call whose issues are shown saw it (see currentIssues). */
  judgedForm: FormState | null;
  checkSeq: number;
  /** The newest checkSeq whose answer is shown (or was dropped as stale). */
  checkAnswered: number;
  confirmWrongDirection: boolean;
  /** The goal whose "are you sure" shows in the list. */
  pendingDelete: string | null;
  conflict: Conflict | null;
}

export function initialState(): SidebarState {
  return {
    data: null,
    inFlight: 0,
    view: 'list',
    editing: null,
    form: emptyForm('', ''),
    touched: new Set(),
    submitted: false,
    check: null,
    judgedForm: null,
    checkSeq: 0,
    checkAnswered: 0,
    confirmWrongDirection: false,
    pendingDelete: null,
    conflict: null,
  };
}

/** The fields the form shows, in its order: the ones a save merges (baseline with its window and months). */
export const SHOWN_FIELDS: readonly GoalField[] = [...MERGE_FIELDS];

/** Where each field's issues show: a baseline's window and months report under Baseline. */
const FIELD_OF_ISSUE: Record<GoalField, GoalField> = {
  what: 'what',
  kpiId: 'kpiId',
  channel: 'channel',
  baseline: 'baseline',
  baselineWindow: 'baseline',
  baselineMonths: 'baseline',
  target: 'target',
  start: 'start',
  deadline: 'deadline',
  owner: 'owner',
  why: 'why',
};

export function kpiOption(data: GoalsSidebarData | null, kpiId: string): KpiOption | null {
  for (const group of data?.kpis ?? []) {
    const found = group.kpis.find((kpi) => kpi.id === kpiId);
    if (found) return found;
  }
  return null;
}

export function isBusy(state: SidebarState): boolean {
  return state.inFlight > 0;
}

// ----------------------------------------------------------------- the list

/** Loaded: the list shows, nothing pending from before. */
export function loaded(state: SidebarState, data: GoalsSidebarData): void {
  state.data = data;
  state.view = 'list';
}

/** Delete asks "are you sure" in the list, under that goal only; "keep it" takes it back. */
export function deleteAsked(state: SidebarState, goalId: string | null): void {
  state.pendingDelete = goalId;
}

export type DeleteOutcome =
  /** Nothing changed: say the sheet is busy, and keep the list. */
  | { show: 'busy' }
  /** Someone changed the goal since it was listed: reload, then say who and when. */
  | { show: 'reload'; focusGoalId: string; theirs: Goal }
  /** Gone from the list; notFound when a teammate had deleted it already. */
  | { show: 'removed'; notFound: boolean };

export function deleteAnswered(state: SidebarState, goal: Goal, result: DeleteResult): DeleteOutcome {
  state.pendingDelete = null;
  if (result.status === 'busy') return { show: 'busy' };
  if (result.status === 'conflict') return { show: 'reload', focusGoalId: goal.id, theirs: result.theirs };
  state.data!.goals = state.data!.goals.filter((view) => view.goal.id !== goal.id);
  return { show: 'removed', notFound: result.status === 'notFound' };
}

// ----------------------------------------------------------------- the form

/** What the page writes under each field and in the wrong-direction question. */
export interface IssueDisplay {
  byField: Map<GoalField, Issue[]>;
  question: Issue | null;
}

/**
 * The issues to show, from the latest answer's: only those still about what the form holds
 * (currentIssues), each under its field, a missing value only once the user has left the field
 * or tried to save. With no wrong-direction question left, its confirmation is dropped too.
 */
export function issueDisplay(state: SidebarState, issues: Issue[] = state.check?.issues ?? []): IssueDisplay {
  const byField = new Map<GoalField, Issue[]>();
  let question: Issue | null = null;
  for (const issue of currentIssues(issues, state.judgedForm, state.form)) {
    if (issue.severity === 'confirm') {
      question = issue;
      continue;
    }
    const field = FIELD_OF_ISSUE[issue.field] ?? 'what';
    if (issue.code === 'required' && !state.touched.has(field) && !state.submitted) continue;
    byField.set(field, [...(byField.get(field) ?? []), issue]);
  }
  if (question === null) state.confirmWrongDirection = false;
  return { byField, question };
}

/**
 * The form, new (view null) or on a goal from the list. A saved goal's target was confirmed when
 * it was saved: editing another field does not ask again (a new target does, see fieldTyped).
 * Returns the issues to show (none yet) and whether to check the goal at once.
 */
export function openForm(
  state: SidebarState,
  view: GoalView | null,
): { issues: IssueDisplay; checkNow: boolean } {
  const data = state.data!;
  state.editing = view ? editingOf(view.goal) : null;
  state.form = view ? formOfGoal(view.goal, view.unit, data.locale) : emptyForm(data.today, data.userEmail);
  state.touched = new Set();
  state.submitted = false;
  state.check = null;
  state.judgedForm = null;
  state.pendingDelete = null;
  const issues = issueDisplay(state, []);
  state.confirmWrongDirection = view !== null;
  state.view = 'form';
  return { issues, checkNow: view !== null };
}

/**
 * A keystroke or a choice in a field. A typed baseline is the user's own: the window becomes
 * "by hand", with no months behind it (returns true: the page shows that). A new target asks
 * the wrong-direction question again.
 */
export function fieldTyped(state: SidebarState, field: GoalField, value: string): boolean {
  const form = state.form;
  let baselineByHand = false;
  switch (field) {
    case 'baseline':
      form.baselineText = value;
      form.baselineValue = null;
      form.baselineWindow = 'manual';
      form.baselineMonths = [];
      baselineByHand = true;
      break;
    case 'what':
    case 'kpiId':
    case 'channel':
    case 'target':
    case 'start':
    case 'deadline':
    case 'owner':
    case 'why':
      form[field] = value;
      break;
    default:
      break;
  }
  if (field === 'target') state.confirmWrongDirection = false;
  return baselineByHand;
}

/** A field's change that moves the measured baseline: its KPI, channel or the start its window ends before. */
export function changeMovesBaseline(state: SidebarState, field: GoalField): boolean {
  return (
    (field === 'kpiId' || field === 'channel' || field === 'start') && state.form.baselineWindow !== 'manual'
  );
}

/** The baseline window chosen: measure it, or (by hand) keep the typed value with no months. */
export function windowChosen(state: SidebarState, window: BaselineWindow): 'measure' | 'byHand' {
  state.form.baselineWindow = window;
  if (window !== 'manual') return 'measure';
  state.form.baselineMonths = [];
  return 'byHand';
}

/** What a baseline measurement asks the server, or null when there is nothing to measure. */
export interface BaselineQuestion {
  form: FormState;
  kpiId: string;
  channel: string;
  window: BaselineWindow;
  start: string;
}

export function baselineQuestion(state: SidebarState): BaselineQuestion | null {
  const form = state.form;
  if (!form.kpiId || form.baselineWindow === 'manual') return null;
  return { form, kpiId: form.kpiId, channel: form.channel, window: form.baselineWindow, start: form.start };
}

/**
 * A measured baseline into the form, unless the user moved on while the call ran (another goal,
 * KPI, channel, window or start): a stale answer must not overwrite the form. True when taken.
 */
export function baselineMeasured(
  state: SidebarState,
  asked: BaselineQuestion,
  result: BaselineResult,
): boolean {
  const form = state.form;
  if (form !== asked.form || form.kpiId !== asked.kpiId || form.channel !== asked.channel) return false;
  if (form.baselineWindow !== asked.window || form.start !== asked.start) return false;
  form.baselineValue = result.value;
  form.baselineMonths = result.months;
  form.baselineText =
    result.value === null
      ? ''
      : formatForInput(result.value, kpiOption(state.data, form.kpiId)?.unit ?? null, state.data!.locale);
  return true;
}

/** What the form sends to check or save: the form, the version edited, the confirmation. */
export function requestOf(state: SidebarState, form: FormState = state.form): SaveRequest {
  return saveRequestOf(form, state.editing, state.confirmWrongDirection);
}

/** A check leaves: its number (a newer one makes its answer stale), the form it judges, the request. */
export function checkSent(state: SidebarState): { seq: number; judged: FormState; request: SaveRequest } {
  const seq = ++state.checkSeq;
  const judged = { ...state.form };
  return { seq, judged, request: requestOf(state, judged) };
}

/** A check's answer is shown only if it is the latest and the form is still open. True when shown. */
export function checkAnswered(
  state: SidebarState,
  seq: number,
  judged: FormState,
  result: CheckResult,
): boolean {
  if (seq !== state.checkSeq || state.view !== 'form') return false;
  state.check = result;
  state.judgedForm = judged;
  return true;
}

/** The latest check has answered or failed: the messages under the fields are settled. */
export function checkSettled(state: SidebarState, seq: number): void {
  if (seq === state.checkSeq) state.checkAnswered = seq;
}

/** Drops the waiting check and makes any answer in flight stale. */
export function checkCancelled(state: SidebarState): void {
  state.checkAnswered = ++state.checkSeq;
}

/** Whether the messages under the fields may still change: a check waits or is in flight. */
export function isChecking(state: SidebarState, checkWaiting: boolean): boolean {
  return checkWaiting || state.checkAnswered !== state.checkSeq;
}

/** Leaving the form for the list; returns the goal to focus there. */
export function formCancelled(state: SidebarState): string | undefined {
  checkCancelled(state);
  state.view = 'list';
  return state.editing?.id;
}

// ----------------------------------------------------------------- saving

/** A save leaves: what it sends (the form, or a conflict's chosen version) and the form it judges. */
export function saveSent(
  state: SidebarState,
  request?: SaveRequest,
): { judged: FormState; sent: SaveRequest } {
  checkCancelled(state);
  state.submitted = true;
  const judged = { ...state.form };
  return { judged, sent: request ?? requestOf(state, judged) };
}

export type SaveOutcome =
  /** Saved: the list, with the goal in it, and whose changes were merged with the user's. */
  | { show: 'list'; goalId: string; merged: { by: string; fields: GoalField[] } | null }
  /** Not saved: the form with the save's issues, and where the keyboard goes. */
  | {
      show: 'form';
      issues: IssueDisplay;
      message: 'fixErrors' | 'confirmNeeded';
      focus: 'confirm' | 'firstInvalid';
    }
  /** The sheet is busy: the form as it is, with the message. */
  | { show: 'busy' }
  | { show: 'conflict' };

export function saveAnswered(state: SidebarState, judged: FormState, result: SaveResult): SaveOutcome {
  switch (result.status) {
    case 'saved': {
      const goals = state.data!.goals;
      const at = goals.findIndex((view) => view.goal.id === result.goal.goal.id);
      if (at >= 0) goals[at] = result.goal;
      else goals.push(result.goal);
      state.editing = null;
      state.view = 'list';
      const merged = result.merged && result.merged.fields.length > 0 ? result.merged : null;
      return { show: 'list', goalId: result.goal.goal.id, merged };
    }
    case 'invalid':
    case 'confirm': {
      state.view = 'form';
      state.check = {
        ...state.check,
        issues: result.issues,
        targetValue: state.check?.targetValue ?? null,
        achievability: state.check?.achievability ?? null,
      };
      state.judgedForm = judged;
      const issues = issueDisplay(state, result.issues);
      return result.status === 'invalid'
        ? { show: 'form', issues, message: 'fixErrors', focus: 'firstInvalid' }
        : { show: 'form', issues, message: 'confirmNeeded', focus: 'confirm' };
    }
    case 'busy':
      state.view = 'form';
      return { show: 'busy' };
    case 'conflict':
      state.conflict = result;
      state.view = 'conflict';
      return { show: 'conflict' };
  }
}

// ----------------------------------------------------------------- conflict

/**
 * The user's way out of a conflict: save their version or the merged one of the teammate (the
 * edit now based on the teammate's version), or, when the teammate's version needs no save,
 * reload with it. A goal deleted meanwhile leaves the list: the user's edit becomes a new goal.
 */
export function conflictChosen(
  state: SidebarState,
  choice: 'keepMine' | 'takeTheirs',
): { save: SaveRequest } | { reload: string | undefined } {
  const conflict = state.conflict!;
  const theirs = conflict.theirs;
  const request = choice === 'keepMine' ? conflict.keepMine : conflict.keepTheirs;
  if (request === null) {
    state.conflict = null;
    state.editing = null;
    return { reload: theirs?.id };
  }
  if (!theirs) state.data!.goals = state.data!.goals.filter((view) => view.goal.id !== conflict.yours.id);
  state.editing = theirs ? editingOf(theirs) : null;
  return { save: request };
}

/** Escape in the conflict view: back to the form, with the user's edit still in it. */
export function conflictLeft(state: SidebarState): void {
  state.view = 'form';
}
