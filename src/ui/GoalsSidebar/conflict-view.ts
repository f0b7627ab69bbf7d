import type { Goal, GoalsSidebarData, SaveRequest } from '../../goals/types';
import { channelDisplayName } from '../../i18n/all-channels';
import { el, setContent } from '../shared/dom';
import { formatDate, formatInstant, formatValue } from './model';
import { kpiOption, SHOWN_FIELDS, type Conflict } from './state';
import { kpiName, type SidebarTexts } from './texts';

/*
 * The conflict view: a teammate saved (or deleted) the goal since the user opened it, and both
 * changed some of the same fields. Both versions of those fields side by side, and two ways on.
 */

export interface ConflictActions {
  keepMine(): void;
  takeTheirs(): void;
}

/** "Binh changed this goal (4 Mar 2026 10:15)…": the time as the locale writes it, not an ISO instant. */
export function changedMessage(texts: SidebarTexts, data: GoalsSidebarData, theirs: Goal): string {
  return texts.goals.conflictChanged(
    theirs.updatedBy,
    formatInstant(theirs.updatedAt, data.locale, data.timeZone),
  );
}

/** A version's fields as the form shows them: numbers and dates in the sheet's locale. */
function describeGoal(
  texts: SidebarTexts,
  data: GoalsSidebarData,
  goal: Goal | SaveRequest['goal'],
): Record<string, string> {
  const locale = data.locale;
  const kpi = kpiOption(data, goal.kpiId);
  const baseline =
    typeof goal.baseline === 'number'
      ? formatValue(goal.baseline, kpi?.unit ?? null, locale)
      : String(goal.baseline);
  return {
    what: goal.what,
    kpiId: kpiName(texts, goal.kpiId, kpi?.label ?? goal.kpiId),
    channel: goal.channel === null ? texts.ui.list.allChannels : channelDisplayName(goal.channel),
    baseline,
    target: goal.target,
    start: formatDate(goal.start, locale),
    deadline: formatDate(goal.deadline, locale),
    owner: goal.owner,
    why: goal.why,
  };
}

/**
 * Both versions of the fields both people changed: every other change of either is kept by both
 * (the server merged them). A goal deleted meanwhile shows the user's whole edit. Returns the
 * button the keyboard starts on.
 */
export function renderConflict(
  container: HTMLElement,
  texts: SidebarTexts,
  data: GoalsSidebarData,
  conflict: Conflict,
  actions: ConflictActions,
): HTMLElement {
  const L = texts.ui;
  const theirs = conflict.theirs;
  const mine = describeGoal(texts, data, conflict.yours.goal);
  const their = theirs ? describeGoal(texts, data, theirs) : null;
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
  keep.addEventListener('click', () => actions.keepMine());
  take.addEventListener('click', () => actions.takeTheirs());
  setContent(
    container,
    el('h2', { id: 'conflict-heading' }, L.conflict.heading),
    el(
      'p',
      { id: 'conflict-message' },
      theirs ? changedMessage(texts, data, theirs) : texts.goals.conflictDeleted,
    ),
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
  return keep;
}
