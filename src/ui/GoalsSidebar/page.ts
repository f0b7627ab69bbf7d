import type {
  BaselineWindow,
  CheckResult,
  DeleteResult,
  Goal,
  GoalField,
  GoalsSidebarData,
  GoalView,
  Issue,
  KpiOption,
  ProgressResult,
  SaveRequest,
  SaveResult,
  AchievabilityResult,
} from '../../goals/types';
import { channelDisplayName } from '../../i18n/all-channels';
import { MERGE_FIELDS } from '../../goals/merge';
import { kpiHelpFor } from '../../i18n/kpi-help';
import type { Language } from '../../i18n/language';
import { countsWholeThings } from '../../goals/numbers';
import { kpiById } from '../../kpi/lookup';
import type { KpiUnit } from '../../kpi/types';
import { byId, debounce, el, setContent, textWithLinks, type Child } from '../shared/dom';
import { pageLanguage } from '../shared/language';
import { callServer, failureMessage, type PageCallName, type PageCalls } from '../shared/call-server';
import {
  barPercent,
  currentIssues,
  editingOf,
  emptyForm,
  formatDate,
  formatInstant,
  formatForInput,
  formatShare,
  formatSignedPercent,
  formatValue,
  formOfGoal,
  saveRequestOf,
  type Editing,
  type FormState,
} from './model';
import { achievabilityText, baselineText, issueText, kpiName, sidebarTexts } from './texts';

/*
 * The SMART goals sidebar. One call loads everything (getGoalsSidebarData), one saves (saveGoal);
 * computeBaseline and a debounced checkGoal run while the user fills the form, and the server
 * checks everything again on save. The DOM is built with textContent and attributes only.
 */

const CHECK_DELAY_MS = 350;

/**
 * The page's words: first in the language the server put into the page (so "Loading" is already
 * Swedish in a Swedish sheet), then in the one getGoalsSidebarData reports.
 */
let language: Language = pageLanguage();
let T = sidebarTexts(language);
let L = T.ui;
let G = T.goals;

function useLanguage(next: Language): void {
  language = next;
  T = sidebarTexts(language);
  L = T.ui;
  G = T.goals;
  document.documentElement.lang = language;
  document.title = L.pageTitle;
}
useLanguage(pageLanguage());

/** The fields the form shows, in tab order; baselineWindow/baselineMonths report under Baseline. */
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
/** The fields the form shows, in its order: the ones a save merges (baseline with its window and months). */
const SHOWN_FIELDS: GoalField[] = [...MERGE_FIELDS];
const CONTROL_ID: Record<string, string> = {
  what: 'f-what',
  kpiId: 'f-kpi',
  channel: 'f-channel',
  baselineWindow: 'f-window',
  baseline: 'f-baseline',
  target: 'f-target',
  start: 'f-start',
  deadline: 'f-deadline',
  owner: 'f-owner',
  why: 'f-why',
};

interface State {
  data: GoalsSidebarData | null;
  inFlight: number;
  view: 'list' | 'form' | 'conflict';
  /** The goal being edited and the version the user loaded; null for a new goal. */
  editing: Editing | null;
  form: FormState;
  touched: Set<GoalField>;
  submitted: boolean;
  check: CheckResult | null;
  /** The form as the call whose issues are shown saw it (see currentIssues). */
  judgedForm: FormState | null;
  checkSeq: number;
  /** The newest checkSeq whose answer is shown (or was dropped as stale). */
  checkAnswered: number;
  confirmWrongDirection: boolean;
  pendingDelete: string | null;
  conflict: Extract<SaveResult, { status: 'conflict' }> | null;
}

const state: State = {
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

const app = byId('app');
const statusLine = el('div', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' });
const alertBox = el('div', { id: 'alert', class: 'alert', role: 'alert', hidden: true });
const noticeBox = el('div', { id: 'notice', class: 'notice', role: 'status', hidden: true });
const listView = el('section', { id: 'list-view', 'aria-labelledby': 'list-heading' });
const formView = el('form', {
  id: 'goal-form',
  novalidate: true,
  hidden: true,
  'aria-labelledby': 'form-heading',
});
const conflictView = el('section', {
  id: 'conflict-view',
  hidden: true,
  'aria-labelledby': 'conflict-heading',
});
app.append(statusLine, alertBox, noticeBox, listView, formView, conflictView);
// Once, here: the form's fields are rebuilt on every load, but the form element is not, and a
// listener added per load would save once per load at every click.
formView.addEventListener('submit', (event) => {
  event.preventDefault();
  void saveForm();
});
formView.addEventListener('keydown', onFormKey);
conflictView.addEventListener('keydown', onConflictKey);

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
  const busy = state.inFlight > 0;
  app.setAttribute('aria-busy', busy ? 'true' : 'false');
  for (const button of Array.from(app.querySelectorAll('button'))) button.disabled = busy;
  setContent(
    statusLine,
    busy ? el('span', { class: 'spinner', 'aria-hidden': 'true' }) : null,
    busy ? L.working : '',
  );
}

function showAlert(message: string | null, ...extra: Child[]): void {
  // A server's message may end with where to grant a missing permission: a link, not text to copy.
  setContent(alertBox, ...(message === null ? [] : textWithLinks(message)), ...extra);
  alertBox.hidden = message === null;
}

function showNotice(message: string | null): void {
  setContent(noticeBox, message);
  noticeBox.hidden = message === null;
}

function show(view: State['view']): void {
  state.view = view;
  listView.hidden = view !== 'list';
  formView.hidden = view !== 'form';
  conflictView.hidden = view !== 'conflict';
}

// ----------------------------------------------------------------- loading

async function load(focusGoalId?: string): Promise<void> {
  setContent(statusLine, el('span', { class: 'spinner', 'aria-hidden': 'true' }), L.loading);
  try {
    state.data = await call('getGoalsSidebarData', []);
    useLanguage(state.data.language);
  } catch (error) {
    const retry = el('button', { type: 'button', id: 'retry' }, L.retry);
    retry.addEventListener('click', () => void load(focusGoalId));
    showAlert(L.loadFailed(failureMessage(error)), ' ', retry);
    retry.focus();
    return;
  }
  showAlert(null);
  buildForm();
  renderList();
  show('list');
  focusGoal(focusGoalId);
}

function focusGoal(id: string | undefined): void {
  const target =
    (id && listView.querySelector<HTMLElement>(`[data-open="${CSS.escape(id)}"]`)) || byId('new-goal');
  target.focus();
}

// ----------------------------------------------------------------- the list

function kpiOption(kpiId: string): KpiOption | null {
  for (const group of state.data?.kpis ?? []) {
    const found = group.kpis.find((k) => k.id === kpiId);
    if (found) return found;
  }
  return null;
}

function renderList(): void {
  const data = state.data!;
  const newButton = el('button', { type: 'button', id: 'new-goal', class: 'action' }, L.list.newGoal);
  newButton.addEventListener('click', () => openForm(null));
  const items = data.goals.map((view) => goalItem(view));
  const problems =
    data.problems.length === 0
      ? null
      : el(
          'div',
          { class: 'block', id: 'row-problems' },
          el('h3', {}, L.list.problemsHeading),
          el(
            'ul',
            {},
            ...data.problems.map((p) =>
              el('li', {}, `${L.list.problemRow(p.row, p.id)}: `, p.messages.join(' ')),
            ),
          ),
        );
  setContent(
    listView,
    el('h2', { id: 'list-heading' }, L.list.heading),
    newButton,
    items.length === 0
      ? el('p', { class: 'secondary', id: 'no-goals' }, L.list.empty)
      : el('ul', { class: 'goals', id: 'goal-list' }, ...items),
    problems,
  );
  renderBusy();
}

function goalItem(view: GoalView): HTMLLIElement {
  const { goal, progress } = view;
  const locale = state.data!.locale;
  const open = el('button', { type: 'button', class: 'link goal-what', 'data-open': goal.id }, goal.what);
  open.setAttribute('aria-label', L.list.editGoal(goal.what));
  open.addEventListener('click', () => openForm(view));
  const remove = el(
    'button',
    { type: 'button', class: 'goal-delete', 'data-delete': goal.id },
    L.list.delete,
  );
  remove.setAttribute('aria-label', L.list.deleteGoal(goal.what));
  remove.addEventListener('click', () => {
    state.pendingDelete = goal.id;
    renderList();
    listView.querySelector<HTMLElement>(`[data-keep="${CSS.escape(goal.id)}"]`)?.focus();
  });
  const channel = goal.channel === null ? L.list.allChannels : channelDisplayName(goal.channel);
  const item = el(
    'li',
    { class: 'goal', 'data-goal-id': goal.id },
    el(
      'div',
      { class: 'goal-head' },
      open,
      el(
        'span',
        { class: `badge status-${progress.status}`, 'data-status': progress.status },
        G.statuses[progress.status],
      ),
    ),
    el('div', { class: 'secondary' }, L.list.kpiOnChannel(kpiName(T, goal.kpiId, view.kpiLabel), channel)),
    progressBar(progress, goal.what),
    el(
      'div',
      { class: 'secondary goal-summary' },
      progress.progress === null
        ? L.progress.noCurrent
        : L.progress.summary(
            formatShare(progress.progress, locale),
            formatShare(progress.expectedProgress, locale),
          ),
    ),
    el(
      'div',
      { class: 'secondary' },
      L.list.dates(goal.start, goal.deadline),
      ' · ',
      L.list.owner(goal.owner),
    ),
    el('div', { class: 'goal-actions' }, remove),
  );
  if (state.pendingDelete === goal.id) item.append(deleteConfirm(goal));
  return item;
}

function progressBar(progress: ProgressResult, what: string): HTMLElement {
  const percent = barPercent(progress.progress);
  const fill = el('div', { class: 'bar-fill' });
  fill.style.width = `${percent}%`;
  const expected = el('div', { class: 'bar-expected' });
  expected.style.left = `calc(${barPercent(progress.expectedProgress)}% - 1px)`;
  return el(
    'div',
    {
      class: 'bar',
      role: 'progressbar',
      'aria-label': L.progress.barLabel(what),
      'aria-valuemin': 0,
      'aria-valuemax': 100,
      'aria-valuenow': percent,
    },
    fill,
    expected,
  );
}

/** The in-page "are you sure": Escape or "Keep it" backs out, focus returns to Delete. */
function deleteConfirm(goal: Goal): HTMLElement {
  const yes = el(
    'button',
    { type: 'button', class: 'danger', 'data-confirm-delete': goal.id },
    L.list.confirmDeleteYes,
  );
  const no = el('button', { type: 'button', 'data-keep': goal.id }, L.list.confirmDeleteNo);
  const textId = `confirm-${goal.id}`;
  const cancel = () => {
    state.pendingDelete = null;
    renderList();
    listView.querySelector<HTMLElement>(`[data-delete="${CSS.escape(goal.id)}"]`)?.focus();
  };
  yes.addEventListener('click', () => void removeGoal(goal));
  no.addEventListener('click', cancel);
  const box = el(
    'div',
    { class: 'confirm-box', role: 'group', 'aria-labelledby': textId },
    el('p', { id: textId }, L.list.confirmDelete(goal.what)),
    el('div', { class: 'buttons' }, yes, no),
  );
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
    }
  });
  return box;
}

async function removeGoal(goal: Goal): Promise<void> {
  let result: DeleteResult;
  try {
    result = await call('deleteGoal', [goal.id, goal.version]);
  } catch (error) {
    showAlert(L.callFailed(failureMessage(error)));
    return;
  }
  state.pendingDelete = null;
  if (result.status === 'busy') {
    showAlert(G.busy);
    renderList();
    return;
  }
  if (result.status === 'conflict') {
    // Someone changed it since it was listed: show what they did rather than deleting their edit.
    // The message goes up after the reload, which clears the alerts of earlier calls.
    await load(goal.id);
    showAlert(changedMessage(result.theirs));
    return;
  }
  state.data!.goals = state.data!.goals.filter((v) => v.goal.id !== goal.id);
  showAlert(result.status === 'notFound' ? G.deletedAlready : null);
  showNotice(result.status === 'deleted' ? L.list.deleted : null);
  renderList();
  byId('new-goal').focus();
}

// ----------------------------------------------------------------- the form

interface FieldParts {
  group: HTMLElement;
  error: HTMLElement;
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
}
const fields = {} as Record<GoalField, FieldParts>;
let kpiHelp: HTMLElement;
let baselineInfo: HTMLElement;
let targetResolved: HTMLElement;
let targetWhole: HTMLElement;
let confirmBox: HTMLElement;
let confirmCheckbox: HTMLInputElement;
let achievableBox: HTMLElement;
let progressBox: HTMLElement;
let formHeading: HTMLElement;
let formMessage: HTMLElement;
let windowSelect: HTMLSelectElement;

/** A labelled field: label, control, hints, error; aria-describedby names the hints and the error. */
function fieldGroup(field: GoalField, control: FieldParts['control'], ...hints: HTMLElement[]): HTMLElement {
  const id = CONTROL_ID[field];
  control.id = id;
  control.name = field;
  const error = el('div', { id: `${id}-error`, class: 'error', hidden: true });
  const described = [...hints.map((h) => h.id), error.id].filter(Boolean).join(' ');
  control.setAttribute('aria-describedby', described);
  const group = el(
    'div',
    { class: 'form-group', 'data-field': field },
    el('label', { for: id }, L.form.fields[field]),
    control,
    ...hints,
    error,
  );
  fields[field] = { group, error, control };
  return group;
}

function hint(id: string, text = ''): HTMLElement {
  return el('p', { id, class: 'hint' }, text);
}

function textInput(attrs: Record<string, string> = {}): HTMLInputElement {
  return el('input', { type: 'text', autocomplete: 'off', ...attrs });
}

function buildForm(): void {
  const data = state.data!;
  formHeading = el('h2', { id: 'form-heading' }, L.form.newHeading);
  progressBox = el('div', { id: 'goal-progress', class: 'block', hidden: true });

  const kpiSelect = el('select', { required: true }, el('option', { value: '' }, L.form.chooseKpi));
  for (const group of data.kpis) {
    const optgroup = el('optgroup', { label: G.families[group.family] });
    for (const kpi of group.kpis)
      optgroup.append(el('option', { value: kpi.id }, kpiName(T, kpi.id, kpi.label)));
    kpiSelect.append(optgroup);
  }
  kpiHelp = hint('f-kpi-help');

  const channelSelect = el('select', {}, el('option', { value: '' }, L.form.allChannels));
  // A channel named "All channels" shows quoted, apart from the first option (i18n/all-channels).
  for (const channel of data.channels)
    channelSelect.append(el('option', { value: channel }, channelDisplayName(channel)));

  windowSelect = el('select', { id: CONTROL_ID.baselineWindow, name: 'baselineWindow' });
  for (const w of data.baselineWindows) {
    windowSelect.append(el('option', { value: w.id }, G.baselineWindows[w.id]));
  }
  baselineInfo = hint('f-baseline-info');
  windowSelect.setAttribute('aria-describedby', baselineInfo.id);
  const baselineInput = textInput({ inputmode: 'decimal' });

  targetResolved = el('p', { id: 'f-target-resolved', class: 'resolved', 'aria-live': 'polite' });
  targetWhole = hint('f-target-whole', L.form.wholeTarget);
  targetWhole.hidden = true;
  confirmCheckbox = el('input', { type: 'checkbox', id: 'f-confirm' });
  confirmBox = el(
    'div',
    { id: 'f-confirm-box', class: 'warning', hidden: true },
    el('p', { id: 'f-confirm-question', class: 'question' }),
    el('label', { for: 'f-confirm', class: 'inline' }, confirmCheckbox, L.form.confirmWrongDirection),
  );
  confirmCheckbox.setAttribute('aria-describedby', 'f-confirm-question');
  achievableBox = el('div', { id: 'achievable', class: 'block', 'aria-live': 'polite', hidden: true });

  formMessage = el('p', { id: 'form-message', class: 'error', role: 'alert', hidden: true });
  const save = el('button', { type: 'submit', class: 'action', id: 'save' }, L.form.save);
  const cancel = el('button', { type: 'button', id: 'cancel' }, L.form.cancel);
  cancel.addEventListener('click', cancelForm);

  setContent(
    formView,
    formHeading,
    progressBox,
    fieldGroup(
      'what',
      textInput({ placeholder: L.form.whatPlaceholder }),
      hint('f-what-hint', L.form.smart.what),
    ),
    fieldGroup('kpiId', kpiSelect, kpiHelp),
    fieldGroup('channel', channelSelect),
    el(
      'div',
      { class: 'form-group' },
      el('label', { for: windowSelect.id }, L.form.baselineWindowField),
      windowSelect,
    ),
    fieldGroup('baseline', baselineInput, baselineInfo),
    fieldGroup(
      'target',
      textInput({ placeholder: L.form.targetPlaceholder }),
      hint('f-target-hint', L.form.smart.target),
      targetWhole,
      targetResolved,
    ),
    confirmBox,
    achievableBox,
    el(
      'div',
      { class: 'row' },
      fieldGroup('start', el('input', { type: 'date', required: true })),
      fieldGroup('deadline', el('input', { type: 'date', required: true })),
    ),
    fieldGroup('owner', textInput({ autocomplete: 'email' })),
    fieldGroup('why', el('textarea', { rows: 3 }), hint('f-why-hint', L.form.smart.why)),
    formMessage,
    el('div', { class: 'buttons' }, save, cancel),
    el('p', { class: 'hint' }, L.form.keyboardHint),
  );
  fields.target.control.setAttribute(
    'aria-describedby',
    `${fields.target.control.getAttribute('aria-describedby')} f-confirm-question`,
  );

  for (const field of SHOWN_FIELDS) {
    const control = fields[field].control;
    control.addEventListener('input', () => onFieldInput(field));
    control.addEventListener('change', () => onFieldChange(field));
    control.addEventListener('blur', () => {
      state.touched.add(field);
      renderIssues();
    });
  }
  windowSelect.addEventListener('change', () => {
    state.form.baselineWindow = windowSelect.value as BaselineWindow;
    if (state.form.baselineWindow === 'manual') {
      state.form.baselineMonths = [];
      setContent(baselineInfo, L.form.baselineEditedHint);
      scheduleCheck();
    } else {
      void measureBaseline();
    }
  });
  confirmCheckbox.addEventListener('change', () => {
    state.confirmWrongDirection = confirmCheckbox.checked;
  });
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
  if (state.inFlight === 0) void saveForm();
}

function readControl(field: GoalField): string {
  return fields[field].control.value;
}

function onFieldInput(field: GoalField): void {
  const value = readControl(field);
  switch (field) {
    case 'baseline':
      // A typed baseline is the user's own: the window becomes "by hand", no months behind it.
      state.form.baselineText = value;
      state.form.baselineValue = null;
      state.form.baselineWindow = 'manual';
      state.form.baselineMonths = [];
      windowSelect.value = 'manual';
      setContent(baselineInfo, L.form.baselineEditedHint);
      break;
    case 'channel':
      state.form.channel = value;
      break;
    case 'what':
    case 'kpiId':
    case 'target':
    case 'start':
    case 'deadline':
    case 'owner':
    case 'why':
      state.form[field] = value;
      break;
    default:
      break;
  }
  if (field === 'target') state.confirmWrongDirection = confirmCheckbox.checked = false;
  scheduleCheck();
}

function onFieldChange(field: GoalField): void {
  onFieldInput(field);
  if (field === 'kpiId') renderKpiHelp();
  // The window ends before the start: a new start can move it.
  if (
    (field === 'kpiId' || field === 'channel' || field === 'start') &&
    state.form.baselineWindow !== 'manual'
  )
    void measureBaseline();
}

function renderKpiHelp(): void {
  const kpi = kpiOption(state.form.kpiId);
  targetWhole.hidden = !kpi || !countsWholeThings(kpi.unit);
  if (!kpi) {
    setContent(kpiHelp);
    return;
  }
  // What the KPI means, in the sheet's language: the registry's English or its translation.
  const definition = kpiById(kpi.id);
  // A mean over posts says what data it needs before the baseline comes back with no value.
  const postRows = definition?.report?.postRows === true;
  setContent(
    kpiHelp,
    el('span', { class: 'kpi-help-text' }, definition ? kpiHelpFor(language, definition.id).help : ''),
    el('br'),
    el('span', { class: 'kpi-unit' }, L.form.unit(L.units[kpi.unit], L.directions[kpi.direction])),
    postRows ? el('br') : null,
    postRows
      ? el('span', { class: 'kpi-post-rows', 'data-needs-post-rows': 'true' }, L.form.needsPostRows)
      : null,
  );
}

async function measureBaseline(): Promise<void> {
  const form = state.form;
  if (!form.kpiId || form.baselineWindow === 'manual') return;
  const kpi = kpiOption(form.kpiId);
  setContent(baselineInfo, L.form.baselineMeasuring);
  const asked = { kpiId: form.kpiId, channel: form.channel, window: form.baselineWindow, start: form.start };
  try {
    const result = await call('computeBaseline', [
      asked.kpiId,
      asked.channel === '' ? null : asked.channel,
      asked.window,
      asked.start,
    ]);
    // The user may have moved on while the call ran; a stale answer must not overwrite the form.
    if (form !== state.form || form.kpiId !== asked.kpiId || form.channel !== asked.channel) return;
    if (form.baselineWindow !== asked.window || form.start !== asked.start) return;
    form.baselineValue = result.value;
    form.baselineMonths = result.months;
    form.baselineText =
      result.value === null ? '' : formatForInput(result.value, kpi?.unit ?? null, state.data!.locale);
    fields.baseline.control.value = form.baselineText;
    setContent(baselineInfo, baselineText(T, result));
  } catch (error) {
    setContent(baselineInfo);
    showAlert(L.callFailed(failureMessage(error)));
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
  const latestAnswered = state.checkAnswered === state.checkSeq;
  app.setAttribute('data-checking', checkAfterPause.pending() || !latestAnswered ? 'true' : 'false');
}

function scheduleCheck(): void {
  checkAfterPause();
  renderChecking();
}

/** Drops the waiting check and makes any answer in flight stale. */
function cancelCheck(): void {
  checkAfterPause.cancel();
  state.checkAnswered = ++state.checkSeq;
  renderChecking();
}

async function runCheck(): Promise<void> {
  const seq = ++state.checkSeq;
  const judged = { ...state.form };
  const request = saveRequestOf(judged, state.editing, state.confirmWrongDirection);
  try {
    const result = await call('checkGoal', [request], { quiet: true });
    if (seq !== state.checkSeq || state.view !== 'form') return;
    state.check = result;
    state.judgedForm = judged;
    renderIssues();
  } catch {
    // The check only advises; the save checks again and reports its own failure.
  } finally {
    if (seq === state.checkSeq) state.checkAnswered = seq;
    renderChecking();
  }
}

function unitOfForm(): KpiUnit | null {
  return kpiOption(state.form.kpiId)?.unit ?? null;
}

/** Shows each issue under its field: after the user left the field, or after a save attempt. */
function renderIssues(allIssues: Issue[] = state.check?.issues ?? []): void {
  const issues = currentIssues(allIssues, state.judgedForm, state.form);
  const byField = new Map<GoalField, Issue[]>();
  let question: Issue | null = null;
  for (const issue of issues) {
    if (issue.severity === 'confirm') {
      question = issue;
      continue;
    }
    const field = FIELD_OF_ISSUE[issue.field] ?? 'what';
    byField.set(field, [...(byField.get(field) ?? []), issue]);
  }
  for (const field of SHOWN_FIELDS) {
    const { error, control } = fields[field];
    // A missing value is only worth saying once the user has been there; a wrong one at once.
    const shown = (byField.get(field) ?? []).filter(
      (i) => i.code !== 'required' || state.touched.has(field) || state.submitted,
    );
    setContent(
      error,
      ...shown.map((i) => el('span', { 'data-code': i.code }, issueText(T, i, state.form.kpiId))),
    );
    error.hidden = shown.length === 0;
    if (shown.length > 0) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
  }
  confirmBox.hidden = question === null;
  setContent(byId('f-confirm-question'), question ? issueText(T, question, state.form.kpiId) : '');
  if (question === null) state.confirmWrongDirection = confirmCheckbox.checked = false;

  const locale = state.data!.locale;
  const targetValue = state.check?.targetValue ?? null;
  const exact = state.check?.targetBeforeRounding;
  const unit = unitOfForm();
  const direction = kpiOption(state.form.kpiId)?.direction ?? 'up';
  setContent(
    targetResolved,
    targetValue === null
      ? ''
      : exact === undefined
        ? L.form.resolvedTarget(formatValue(targetValue, unit, locale))
        : L.form.resolvedTargetRounded(
            formatValue(targetValue, unit, locale),
            formatValue(exact, unit, locale),
            direction,
          ),
  );
  renderAchievable(state.check?.achievability ?? null);
}

function renderAchievable(result: AchievabilityResult | null): void {
  achievableBox.hidden = result === null;
  if (!result) return;
  const locale = state.data!.locale;
  const numbers =
    result.requiredMonthlyChange !== null && result.bestMonthlyChange !== null
      ? L.form.achievableNumbers(
          formatSignedPercent(result.requiredMonthlyChange, locale),
          formatSignedPercent(result.bestMonthlyChange, locale),
          result.windowMonths,
        )
      : null;
  setContent(
    achievableBox,
    el(
      'div',
      { class: 'goal-head' },
      el('strong', {}, L.form.achievableHeading),
      el(
        'span',
        { class: `badge ach-${result.label}`, 'data-achievability': result.label },
        L.achievability[result.label],
      ),
    ),
    el('p', { class: 'secondary' }, achievabilityText(T, result, locale)),
    numbers ? el('p', { class: 'secondary' }, numbers) : null,
    result.bestWindow
      ? el(
          'p',
          { class: 'secondary' },
          L.form.achievableBestWindow(result.bestWindow.from, result.bestWindow.to),
        )
      : null,
  );
}

function renderProgress(view: GoalView | null): void {
  progressBox.hidden = view === null;
  if (!view) return;
  const p = view.progress;
  const locale = state.data!.locale;
  const value = (v: number) => formatValue(v, view.unit, locale);
  const fact = (term: string, detail: string, key: string) => [
    el('dt', {}, term),
    el('dd', { 'data-fact': key }, detail),
  ];
  setContent(
    progressBox,
    el(
      'div',
      { class: 'goal-head' },
      el('strong', {}, L.progress.heading),
      el('span', { class: `badge status-${p.status}` }, G.statuses[p.status]),
    ),
    progressBar(p, view.goal.what),
    el(
      'dl',
      { class: 'facts' },
      ...fact(
        L.progress.current,
        p.current === null || p.currentMonth === null
          ? L.progress.noCurrent
          : L.progress.currentIn(value(p.current), p.currentMonth),
        'current',
      ),
      ...fact(
        L.progress.progress,
        p.progress === null ? L.progress.unknown : formatShare(p.progress, locale),
        'progress',
      ),
      ...fact(L.progress.expected, formatShare(p.expectedProgress, locale), 'expected'),
      ...fact(
        L.progress.onTrack,
        p.onTrack === null ? L.progress.unknown : p.onTrack ? L.progress.yes : L.progress.no,
        'onTrack',
      ),
      ...fact(
        L.progress.forecast,
        p.forecast === null
          ? L.progress.unknown
          : L.progress.forecastValue(
              value(p.forecast),
              p.forecastProgress === null ? L.progress.unknown : formatShare(p.forecastProgress, locale),
            ),
        'forecast',
      ),
    ),
  );
}

/** Puts a form state into the controls. */
function fillControls(form: FormState): void {
  const set = (field: GoalField, value: string) => (fields[field].control.value = value);
  set('what', form.what);
  set('kpiId', form.kpiId);
  set('channel', form.channel);
  set('baseline', form.baselineText);
  set('target', form.target);
  set('start', form.start);
  set('deadline', form.deadline);
  set('owner', form.owner);
  set('why', form.why);
  windowSelect.value = form.baselineWindow;
  renderKpiHelp();
}

function openForm(view: GoalView | null): void {
  const data = state.data!;
  state.editing = view ? editingOf(view.goal) : null;
  state.form = view ? formOfGoal(view.goal, view.unit, data.locale) : emptyForm(data.today, data.userEmail);
  state.touched = new Set();
  state.submitted = false;
  state.check = null;
  state.judgedForm = null;
  state.pendingDelete = null;
  fillControls(state.form);
  setContent(formHeading, view ? L.form.editHeading : L.form.newHeading);
  setContent(
    baselineInfo,
    view
      ? view.goal.baselineWindow === 'manual'
        ? L.form.baselineEditedHint
        : T.goals.baselineMessages.measured(view.goal.baselineMonths)
      : '',
  );
  renderProgress(view);
  formMessage.hidden = true;
  showAlert(null);
  showNotice(null);
  renderIssues([]);
  // A saved goal's target was confirmed when it was saved: editing another field does not ask
  // again (a new target does, see onFieldInput), and a target that needs no answer clears it.
  // Set after renderIssues([]), which clears it for a form with no question yet.
  state.confirmWrongDirection = confirmCheckbox.checked = view !== null;
  show('form');
  renderBusy();
  fields.what.control.focus();
  if (view) scheduleCheck();
}

function cancelForm(): void {
  cancelCheck();
  const id = state.editing?.id;
  show('list');
  showAlert(null);
  focusGoal(id);
}

function showFormMessage(message: string | null): void {
  setContent(formMessage, message);
  formMessage.hidden = message === null;
}

async function saveForm(request?: SaveRequest): Promise<void> {
  cancelCheck();
  state.submitted = true;
  const judged = { ...state.form };
  const sent = request ?? saveRequestOf(judged, state.editing, state.confirmWrongDirection);
  let result: SaveResult;
  try {
    result = await call('saveGoal', [sent]);
  } catch (error) {
    // The form is untouched: what the user typed is still there to save again.
    showAlert(L.callFailed(failureMessage(error)));
    return;
  }
  showAlert(null);
  switch (result.status) {
    case 'saved': {
      const goals = state.data!.goals;
      const at = goals.findIndex((v) => v.goal.id === result.goal.goal.id);
      if (at >= 0) goals[at] = result.goal;
      else goals.push(result.goal);
      state.editing = null;
      renderList();
      show('list');
      showNotice(
        result.merged && result.merged.fields.length > 0
          ? L.list.savedMerged(result.merged.by, result.merged.fields.map((f) => L.form.fields[f]).join(', '))
          : L.list.saved,
      );
      focusGoal(result.goal.goal.id);
      return;
    }
    case 'invalid':
    case 'confirm': {
      if (state.view !== 'form') show('form');
      state.check = {
        ...state.check,
        issues: result.issues,
        targetValue: state.check?.targetValue ?? null,
        achievability: state.check?.achievability ?? null,
      };
      state.judgedForm = judged;
      renderIssues(result.issues);
      showFormMessage(result.status === 'invalid' ? L.form.fixErrors : L.form.confirmNeeded);
      const first = result.status === 'confirm' ? confirmCheckbox : firstInvalidControl();
      first?.focus();
      return;
    }
    case 'busy':
      if (state.view !== 'form') show('form');
      showAlert(G.busy);
      return;
    case 'conflict':
      state.conflict = result;
      renderConflict();
      return;
  }
}

function firstInvalidControl(): HTMLElement | null {
  for (const field of SHOWN_FIELDS) if (!fields[field].error.hidden) return fields[field].control;
  return null;
}

// ----------------------------------------------------------------- conflict: theirs and yours

/** "Binh changed this goal (4 Mar 2026 10:15)…": the time as the locale writes it, not an ISO instant. */
function changedMessage(theirs: Goal): string {
  const data = state.data!;
  return G.conflictChanged(theirs.updatedBy, formatInstant(theirs.updatedAt, data.locale, data.timeZone));
}

/** A version's fields as the form shows them: numbers and dates in the sheet's locale. */
function describeGoal(goal: Goal | SaveRequest['goal']): Record<string, string> {
  const locale = state.data!.locale;
  const unit = kpiOption(goal.kpiId)?.unit ?? null;
  const baseline =
    typeof goal.baseline === 'number' ? formatValue(goal.baseline, unit, locale) : String(goal.baseline);
  return {
    what: goal.what,
    kpiId: kpiName(T, goal.kpiId, kpiOption(goal.kpiId)?.label ?? goal.kpiId),
    channel: goal.channel === null ? L.list.allChannels : channelDisplayName(goal.channel),
    baseline,
    target: goal.target,
    start: formatDate(goal.start, locale),
    deadline: formatDate(goal.deadline, locale),
    owner: goal.owner,
    why: goal.why,
  };
}

/**
 * Both versions of the fields both people changed, and two ways on: every other change of either
 * is kept by both (the server merged them). A goal deleted meanwhile shows the user's whole edit.
 */
function renderConflict(): void {
  const conflict = state.conflict!;
  const theirs = conflict.theirs;
  const mine = describeGoal(conflict.yours.goal);
  const their = theirs ? describeGoal(theirs) : null;
  const shown = theirs ? SHOWN_FIELDS.filter((field) => conflict.fields.includes(field)) : SHOWN_FIELDS;
  const rows = shown.map((field) =>
    el(
      'tr',
      { class: 'differs', 'data-field': field },
      el('th', { scope: 'row' }, L.form.fields[field]),
      el('td', { 'data-side': 'theirs' }, their ? their[field] : L.conflict.deletedTheirs),
      el('td', { 'data-side': 'yours' }, mine[field]),
    ),
  );
  const keep = el(
    'button',
    { type: 'button', class: 'action', id: 'keep-mine' },
    theirs ? L.conflict.keepMine : L.conflict.saveAsNew,
  );
  const take = el(
    'button',
    { type: 'button', id: 'take-theirs' },
    theirs ? L.conflict.takeTheirs : L.conflict.dropMine,
  );
  const saveChoice = (request: SaveRequest) => {
    if (!theirs) {
      // Their delete stands; the user's edit becomes a goal of its own, and the deleted goal
      // leaves the list, where it would otherwise stay beside its new copy.
      state.data!.goals = state.data!.goals.filter((view) => view.goal.id !== conflict.yours.id);
    }
    state.editing = theirs ? editingOf(theirs) : null;
    void saveForm(request);
  };
  keep.addEventListener('click', () => saveChoice(conflict.keepMine));
  take.addEventListener('click', () => {
    if (conflict.keepTheirs) {
      saveChoice(conflict.keepTheirs);
      return;
    }
    state.conflict = null;
    state.editing = null;
    void load(theirs?.id);
  });
  setContent(
    conflictView,
    el('h2', { id: 'conflict-heading' }, L.conflict.heading),
    el('p', { id: 'conflict-message' }, theirs ? changedMessage(theirs) : G.conflictDeleted),
    theirs ? el('p', { id: 'conflict-note' }, L.conflict.onlyBoth) : null,
    el(
      'table',
      { class: 'compare' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col' }, L.conflict.field),
          el('th', { scope: 'col' }, L.conflict.theirs),
          el('th', { scope: 'col' }, L.conflict.yours),
        ),
      ),
      el('tbody', {}, ...rows),
    ),
    el('div', { class: 'buttons' }, keep, take),
  );
  show('conflict');
  renderBusy();
  keep.focus();
}

/** Escape in the conflict view goes back to the form with the user's edit still in it. */
function onConflictKey(event: KeyboardEvent): void {
  if (event.key !== 'Escape') return;
  event.preventDefault();
  show('form');
  byId('save').focus();
}

void load();
