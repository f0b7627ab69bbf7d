import type { Goal, GoalsSidebarData, GoalView, ProgressResult } from '../../goals/types';
import { channelDisplayName } from '../../i18n/all-channels';
import { el, setContent } from '../shared/dom';
import { barPercent, formatShare } from './model';
import { kpiName, type SidebarTexts } from './texts';

/*
 * The list view: every goal with its status, progress bar and dates, Delete with an in-page
 * "are you sure", and the rows of the Goals tab that could not be read. It draws; the page
 * decides (state.ts) and passes what each button does.
 */

export interface ListActions {
  newGoal(): void;
  open(view: GoalView): void;
  askDelete(goal: Goal): void;
  keep(goal: Goal): void;
  confirmDelete(goal: Goal): void;
}

export function renderList(
  container: HTMLElement,
  texts: SidebarTexts,
  data: GoalsSidebarData,
  pendingDelete: string | null,
  actions: ListActions,
): void {
  const L = texts.ui;
  const newButton = el('button', { type: 'button', id: 'new-goal', class: 'action' }, L.list.newGoal);
  newButton.addEventListener('click', () => actions.newGoal());
  const items = data.goals.map((view) => goalItem(texts, data.locale, view, pendingDelete, actions));
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
    container,
    el('h2', { id: 'list-heading' }, L.list.heading),
    newButton,
    items.length === 0
      ? el('p', { class: 'secondary', id: 'no-goals' }, L.list.empty)
      : el('ul', { class: 'goals', id: 'goal-list' }, ...items),
    problems,
  );
}

function goalItem(
  texts: SidebarTexts,
  locale: string,
  view: GoalView,
  pendingDelete: string | null,
  actions: ListActions,
): HTMLLIElement {
  const L = texts.ui;
  const { goal, progress } = view;
  const open = el('button', { type: 'button', class: 'link goal-what', 'data-open': goal.id }, goal.what);
  open.setAttribute('aria-label', L.list.editGoal(goal.what));
  open.addEventListener('click', () => actions.open(view));
  const remove = el(
    'button',
    { type: 'button', class: 'goal-delete', 'data-delete': goal.id },
    L.list.delete,
  );
  remove.setAttribute('aria-label', L.list.deleteGoal(goal.what));
  remove.addEventListener('click', () => actions.askDelete(goal));
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
        texts.goals.statuses[progress.status],
      ),
    ),
    el(
      'div',
      { class: 'secondary' },
      L.list.kpiOnChannel(kpiName(texts, goal.kpiId, view.kpiLabel), channel),
    ),
    progressBar(texts, progress, goal.what),
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
  if (pendingDelete === goal.id) item.append(deleteConfirm(texts, goal, actions));
  return item;
}

/** GOAL_PROGRESS as a bar (clamped, see barPercent), with a tick at the progress expected by now. */
export function progressBar(texts: SidebarTexts, progress: ProgressResult, what: string): HTMLElement {
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
      'aria-label': texts.ui.progress.barLabel(what),
      'aria-valuemin': 0,
      'aria-valuemax': 100,
      'aria-valuenow': percent,
    },
    fill,
    expected,
  );
}

/** The in-page "are you sure": Escape or "Keep it" backs out. */
function deleteConfirm(texts: SidebarTexts, goal: Goal, actions: ListActions): HTMLElement {
  const L = texts.ui;
  const yes = el(
    'button',
    { type: 'button', class: 'danger', 'data-confirm-delete': goal.id },
    L.list.confirmDeleteYes,
  );
  const no = el('button', { type: 'button', 'data-keep': goal.id }, L.list.confirmDeleteNo);
  const textId = `confirm-${goal.id}`;
  yes.addEventListener('click', () => actions.confirmDelete(goal));
  no.addEventListener('click', () => actions.keep(goal));
  const box = el(
    'div',
    { class: 'confirm-box', role: 'group', 'aria-labelledby': textId },
    el('p', { id: textId }, L.list.confirmDelete(goal.what)),
    el('div', { class: 'buttons' }, yes, no),
  );
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      actions.keep(goal);
    }
  });
  return box;
}
