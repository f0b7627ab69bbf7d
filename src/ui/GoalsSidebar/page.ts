import type { BaselineWindow, Goal, GoalField, GoalView, SaveRequest } from '../../goals/types';
import type { Language } from '../../i18n/language';
import { callServer, failureMessage, type PageCallName, type PageCalls } from '../shared/call-server';
import { byId, debounce, el } from '../shared/dom';
import { pageLanguage } from '../shared/language';
import { changedMessage, renderConflict } from './conflict-view';
import { buildForm, type FormView } from './form-view';
import { renderList } from './list-view';
import { buildShell } from './shell';
import {
  baselineMeasured,
  baselineQuestion,
  changeMovesBaseline,
  checkAnswered,
  checkSent,
  checkSettled,
  conflictChosen,
  conflictLeft,
  deleteAnswered,
  deleteAsked,
  fieldTyped,
  formCancelled,
  initialState,
  isBusy,
  isChecking,
  issueDisplay,
  loaded,
  openForm,
  saveAnswered,
  saveSent,
  windowChosen,
  type IssueDisplay,
} from './state';
import { baselineText, sidebarTexts } from './texts';

/*
 * The SMART goals sidebar. One call loads everything (getGoalsSidebarData), one saves (saveGoal);
 * computeBaseline and a debounced checkGoal run while the user fills the form, and the server
 * checks everything again on save. This file wires the server calls and the user's actions to
 * the decisions of state.ts and the views that draw them (shell, list, form, conflict). The DOM
 * is built with textContent and attributes only.
 */

const CHECK_DELAY_MS = 350;

const state = initialState();

/**
 * The page's words: first in the language the server put into the page (so "Loading" is already
 * Swedish in a Swedish sheet), then in the one getGoalsSidebarData reports.
 */
let language: Language = pageLanguage();
let T = sidebarTexts(language);

function useLanguage(next: Language): void {
  language = next;
  T = sidebarTexts(language);
  document.documentElement.lang = language;
  document.title = T.ui.pageTitle;
}
useLanguage(pageLanguage());

const app = byId('app');
const shell = buildShell(app);
/** Built on each load, in the loaded language, with the loaded KPIs and channels. */
let form: FormView;

// Once, here: the form's fields are rebuilt on every load, but the form element is not, and a
// listener added per load would save once per load at every click.
shell.form.addEventListener('submit', (event) => {
  event.preventDefault();
  void saveForm();
});
shell.form.addEventListener('keydown', onFormKey);
shell.conflict.addEventListener('keydown', onConflictKey);

// ----------------------------------------------------------------- calls, spinner, messages

/**
 * Every call goes through here: a spinner and disabled buttons while it is in flight (so a double
 * click cannot save twice), focus kept where it was. `quiet` calls (the as-you-type check) show
 * neither: the user keeps typing.
 */
async function call<K extends PageCallName>(
  name: K,
  args: Parameters<PageCalls[K]>,
  options: { quiet?: boolean } = {},
): Promise<ReturnType<PageCalls[K]>> {
  if (options.quiet) return callServer(name, ...args);
  const focused = document.activeElement as HTMLElement | null;
  state.inFlight++;
  renderBusy();
  try {
    return await callServer(name, ...args);
  } finally {
    state.inFlight--;
    renderBusy();
    // A disabled button drops focus to <body>; give it back so the keyboard user is not lost.
    if (focused && document.activeElement === document.body && focused.isConnected) focused.focus();
  }
}

function renderBusy(): void {
  shell.showBusy(isBusy(state), T.ui.working);
}

function show(): void {
  shell.show(state.view);
}

// ----------------------------------------------------------------- loading

async function load(focusGoalId?: string): Promise<void> {
  shell.showLoading(T.ui.loading);
  try {
    const data = await call('getGoalsSidebarData', []);
    useLanguage(data.language);
    loaded(state, data);
  } catch (error) {
    const retry = el('button', { type: 'button', id: 'retry' }, T.ui.retry);
    retry.addEventListener('click', () => void load(focusGoalId));
    shell.showAlert(T.ui.loadFailed(failureMessage(error)), ' ', retry);
    retry.focus();
    return;
  }
  shell.showAlert(null);
  form = buildForm(shell.form, T, language, state.data!, formEvents);
  drawList();
  show();
  focusGoal(focusGoalId);
}

function focusGoal(id: string | undefined): void {
  const target =
    (id && shell.list.querySelector<HTMLElement>(`[data-open="${CSS.escape(id)}"]`)) || byId('new-goal');
  target.focus();
}

// ----------------------------------------------------------------- the list

function drawList(): void {
  renderList(shell.list, T, state.data!, state.pendingDelete, listActions);
  renderBusy();
}

const listActions = {
  newGoal: () => showForm(null),
  open: (view: GoalView) => showForm(view),
  askDelete(goal: Goal) {
    deleteAsked(state, goal.id);
    drawList();
    shell.list.querySelector<HTMLElement>(`[data-keep="${CSS.escape(goal.id)}"]`)?.focus();
  },
  keep(goal: Goal) {
    deleteAsked(state, null);
    drawList();
    shell.list.querySelector<HTMLElement>(`[data-delete="${CSS.escape(goal.id)}"]`)?.focus();
  },
  confirmDelete: (goal: Goal) => void removeGoal(goal),
};

async function removeGoal(goal: Goal): Promise<void> {
  let result;
  try {
    result = await call('deleteGoal', [goal.id, goal.version]);
  } catch (error) {
    shell.showAlert(T.ui.callFailed(failureMessage(error)));
    return;
  }
  const outcome = deleteAnswered(state, goal, result);
  switch (outcome.show) {
    case 'busy':
      shell.showAlert(T.goals.busy);
      drawList();
      return;
    case 'reload':
      // Someone changed it since it was listed: show what they did rather than deleting their edit.
      // The message goes up after the reload, which clears the alerts of earlier calls.
      await load(outcome.focusGoalId);
      shell.showAlert(changedMessage(T, state.data!, outcome.theirs));
      return;
    case 'removed':
      shell.showAlert(outcome.notFound ? T.goals.deletedAlready : null);
      shell.showNotice(outcome.notFound ? null : T.ui.list.deleted);
      drawList();
      byId('new-goal').focus();
      return;
  }
}

// ----------------------------------------------------------------- the form

const formEvents = {
  input(field: GoalField, value: string) {
    if (fieldTyped(state, field, value)) form.showWindowByHand();
    if (field === 'target') form.setConfirmed(state.confirmWrongDirection);
    scheduleCheck();
  },
  change(field: GoalField, value: string) {
    formEvents.input(field, value);
    if (field === 'kpiId') form.showKpiHelp(state.form.kpiId);
    if (changeMovesBaseline(state, field)) void measureBaseline();
  },
  left(field: GoalField) {
    state.touched.add(field);
    drawIssues(issueDisplay(state));
  },
  windowChosen(window: BaselineWindow) {
    if (windowChosen(state, window) === 'measure') {
      void measureBaseline();
      return;
    }
    form.showBaselineInfo(T.ui.form.baselineEditedHint);
    scheduleCheck();
  },
  confirmed(checked: boolean) {
    state.confirmWrongDirection = checked;
  },
  cancel: () => cancelForm(),
};

function drawIssues(display: IssueDisplay): void {
  form.showIssues(display, state.form, state.check, state.confirmWrongDirection);
}

function showForm(view: GoalView | null): void {
  const opened = openForm(state, view);
  form.fill(state.form);
  form.open(
    view,
    view
      ? view.goal.baselineWindow === 'manual'
        ? T.ui.form.baselineEditedHint
        : T.goals.baselineMessages.measured(view.goal.baselineMonths)
      : '',
  );
  shell.showAlert(null);
  shell.showNotice(null);
  drawIssues(opened.issues);
  show();
  renderBusy();
  form.focusFirst();
  if (opened.checkNow) scheduleCheck();
}

function cancelForm(): void {
  checkAfterPause.cancel();
  const id = formCancelled(state);
  renderChecking();
  show();
  shell.showAlert(null);
  focusGoal(id);
}

/** Enter saves from any field but the reason (a textarea: Ctrl+Enter there); Escape cancels. */
function onFormKey(event: KeyboardEvent): void {
  const target = event.target as HTMLElement;
  if (event.key === 'Escape') {
    event.preventDefault();
    cancelForm();
    return;
  }
  if (event.key !== 'Enter' || target.tagName === 'BUTTON') return;
  if (target.tagName === 'TEXTAREA' && !(event.ctrlKey || event.metaKey)) return;
  event.preventDefault();
  if (!isBusy(state)) void saveForm();
}

async function measureBaseline(): Promise<void> {
  const asked = baselineQuestion(state);
  if (!asked) return;
  form.showBaselineInfo(T.ui.form.baselineMeasuring);
  try {
    const result = await call('computeBaseline', [
      asked.kpiId,
      asked.channel === '' ? null : asked.channel,
      asked.window,
      asked.start,
    ]);
    // The user may have moved on while the call ran; a stale answer must not overwrite the form.
    if (!baselineMeasured(state, asked, result)) return;
    form.showBaseline(state.form.baselineText);
    form.showBaselineInfo(baselineText(T, result));
  } catch (error) {
    form.showBaselineInfo('');
    shell.showAlert(T.ui.callFailed(failureMessage(error)));
  }
  scheduleCheck();
}

const checkAfterPause = debounce(() => void runCheck(), CHECK_DELAY_MS);

/*
 * The quiet check shows no spinner, so #app's data-checking says whether the messages under the
 * fields may still change: true from the keystroke until the latest check has answered. Assistive
 * tools and tests can wait on it instead of guessing how long a pause and a call take.
 */
function renderChecking(): void {
  shell.showChecking(isChecking(state, checkAfterPause.pending()));
}

function scheduleCheck(): void {
  checkAfterPause();
  renderChecking();
}

async function runCheck(): Promise<void> {
  const { seq, judged, request } = checkSent(state);
  try {
    const result = await call('checkGoal', [request], { quiet: true });
    if (checkAnswered(state, seq, judged, result)) drawIssues(issueDisplay(state));
  } catch {
    // The check only advises; the save checks again and reports its own failure.
  } finally {
    checkSettled(state, seq);
    renderChecking();
  }
}

async function saveForm(request?: SaveRequest): Promise<void> {
  checkAfterPause.cancel();
  const { judged, sent } = saveSent(state, request);
  renderChecking();
  let result;
  try {
    result = await call('saveGoal', [sent]);
  } catch (error) {
    // The form is untouched: what the user typed is still there to save again.
    shell.showAlert(T.ui.callFailed(failureMessage(error)));
    return;
  }
  shell.showAlert(null);
  const outcome = saveAnswered(state, judged, result);
  switch (outcome.show) {
    case 'list': {
      drawList();
      show();
      const merged = outcome.merged;
      shell.showNotice(
        merged
          ? T.ui.list.savedMerged(merged.by, merged.fields.map((f) => T.ui.form.fields[f]).join(', '))
          : T.ui.list.saved,
      );
      focusGoal(outcome.goalId);
      return;
    }
    case 'form':
      show();
      drawIssues(outcome.issues);
      form.showMessage(outcome.message === 'fixErrors' ? T.ui.form.fixErrors : T.ui.form.confirmNeeded);
      if (outcome.focus === 'confirm') form.focusConfirm();
      else form.focusFirstInvalid();
      return;
    case 'busy':
      show();
      shell.showAlert(T.goals.busy);
      return;
    case 'conflict':
      drawConflict();
      return;
  }
}

// ----------------------------------------------------------------- conflict: theirs and yours

function drawConflict(): void {
  const keep = renderConflict(shell.conflict, T, state.data!, state.conflict!, {
    keepMine: () => chooseInConflict('keepMine'),
    takeTheirs: () => chooseInConflict('takeTheirs'),
  });
  show();
  renderBusy();
  keep.focus();
}

function chooseInConflict(choice: 'keepMine' | 'takeTheirs'): void {
  const next = conflictChosen(state, choice);
  if ('save' in next) void saveForm(next.save);
  else void load(next.reload);
}

/** Escape in the conflict view goes back to the form with the user's edit still in it. */
function onConflictKey(event: KeyboardEvent): void {
  if (event.key !== 'Escape') return;
  event.preventDefault();
  conflictLeft(state);
  show();
  byId('save').focus();
}

void load();
