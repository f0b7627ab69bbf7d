/*
 * The dialog of Build report: a kind (week, month, quarter), then a period of that kind. Every
 * text comes from the server in the spreadsheet's language (src/i18n/LANGUAGE/report.ts, in
 * reportMonthChoices' answer), so the page holds no user-facing string of its own. The form
 * announces its state in data-state ("loading" while a kind's list is fetched, "ready" with the
 * kind in data-kind), which is what tests wait for.
 */
import type { PeriodChoices } from '../../report/actions';
import type { PeriodKind } from '../../report/periods';
import { callServer, closeDialog, failureMessage } from '../shared/call-server';
import { setContent, textWithLinks } from '../shared/dom';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** A message from the server, whose web address (where to grant a permission) is a link. */
function showMessage(text: string, where = 'message'): void {
  setContent(byId(where), ...textWithLinks(text));
}

const form = byId<HTMLFormElement>('form');
const kindSelect = byId<HTMLSelectElement>('kind');
const select = byId<HTMLSelectElement>('month');
const build = byId<HTMLButtonElement>('build');
/** The answer for the kind shown; replaced when another kind is chosen. */
let choices: PeriodChoices | undefined;

/** Why the chosen period is not complete (the days each channel covers), under the list. */
function showCoverage(): void {
  byId('coverage').textContent =
    choices?.periods.find((period) => period.value === select.value)?.detail ?? '';
}

function render(answer: PeriodChoices, first: boolean): void {
  choices = answer;
  byId('loading').hidden = true;
  form.hidden = false;
  byId('kind-prompt').textContent = answer.texts.kindPrompt;
  byId('prompt').textContent = answer.texts.prompt;
  build.textContent = answer.texts.build;
  byId('cancel').textContent = answer.texts.cancel;
  if (first) {
    for (const kind of answer.kinds) {
      const option = document.createElement('option');
      option.value = kind.value;
      option.textContent = kind.label;
      kindSelect.appendChild(option);
    }
  }
  kindSelect.value = answer.kind;
  select.replaceChildren(
    ...answer.periods.map((period) => {
      const option = document.createElement('option');
      option.value = period.value;
      option.textContent = period.text;
      option.selected = period.value === answer.selected;
      return option;
    }),
  );
  showCoverage();
  const nothing = answer.message !== undefined || answer.periods.length === 0;
  showMessage(nothing ? (answer.message ?? answer.texts.noPeriods) : '');
  build.disabled = nothing;
  select.disabled = nothing;
  kindSelect.disabled = false;
  form.dataset.kind = answer.kind;
  form.dataset.state = 'ready';
  // The keyboard starts on the period list (arrows choose, Enter builds), or on Cancel when
  // there is nothing to choose.
  if (first) (select.disabled ? byId('cancel') : select).focus();
}

function load(kind: PeriodKind | undefined, first: boolean): void {
  form.dataset.state = 'loading';
  kindSelect.disabled = true;
  build.disabled = true;
  callServer('reportMonthChoices', kind ?? 'month').then(
    (answer) => render(answer, first),
    (error: unknown) => {
      form.dataset.state = 'ready';
      kindSelect.disabled = false;
      showMessage(failureMessage(error), first ? 'loading' : 'message');
    },
  );
}

select.addEventListener('change', showCoverage);
kindSelect.addEventListener('change', () => load(kindSelect.value as PeriodKind, false));
// A list is not a text field: Enter on it does not submit the form by itself.
select.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' || build.disabled) return;
  event.preventDefault();
  form.requestSubmit();
});
byId('cancel').addEventListener('click', closeDialog);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!choices) return;
  const texts = choices.texts;
  build.disabled = true;
  build.textContent = texts.building;
  showMessage('');
  callServer('buildMonthlyReport', select.value).then(
    (result) => {
      if (result.ok) {
        closeDialog();
        return;
      }
      build.disabled = false;
      build.textContent = texts.build;
      showMessage(result.message ?? '');
    },
    (error: unknown) => {
      build.disabled = false;
      build.textContent = texts.build;
      showMessage(failureMessage(error));
    },
  );
});

load(undefined, true);
