/*
 * The month dialog of Build monthly report. Every text comes from the server in the spreadsheet's
 * language (src/i18n/LANGUAGE/report.ts, in reportMonthChoices' answer), so the page holds no
 * user-facing string of its own.
 */
import type { MonthChoices } from '../../report/actions';
import { callServer, closeDialog, failureMessage } from '../shared/call-server';
import { setContent, textWithLinks } from '../shared/dom';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** A message from the server, whose web address (where to grant a permission) is a link. */
function showMessage(text: string, where = 'message'): void {
  setContent(byId(where), ...textWithLinks(text));
}

function render(choices: MonthChoices): void {
  byId('loading').hidden = true;
  const form = byId<HTMLFormElement>('form');
  form.hidden = false;
  byId('prompt').textContent = choices.texts.prompt;
  byId('build').textContent = choices.texts.build;
  byId('cancel').textContent = choices.texts.cancel;
  const select = byId<HTMLSelectElement>('month');
  for (const month of choices.months) {
    const option = document.createElement('option');
    option.value = month.value;
    option.textContent = month.text;
    option.selected = month.value === choices.selected;
    select.appendChild(option);
  }
  // Why the chosen month is not complete (the days each channel covers), under the list.
  const showCoverage = () => {
    byId('coverage').textContent = choices.months.find((month) => month.value === select.value)?.detail ?? '';
  };
  showCoverage();
  select.addEventListener('change', showCoverage);
  const build = byId<HTMLButtonElement>('build');
  if (choices.message || choices.months.length === 0) {
    showMessage(choices.message ?? choices.texts.noMonths);
    build.disabled = true;
    select.disabled = true;
  }
  // The keyboard starts on the month list (arrows choose, Enter builds), or on Cancel when
  // there is nothing to choose.
  (select.disabled ? byId('cancel') : select).focus();
  // A list is not a text field: Enter on it does not submit the form by itself.
  select.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || build.disabled) return;
    event.preventDefault();
    form.requestSubmit();
  });
  byId('cancel').addEventListener('click', closeDialog);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    build.disabled = true;
    build.textContent = choices.texts.building;
    showMessage('');
    callServer('buildMonthlyReport', select.value).then(
      (result) => {
        if (result.ok) {
          closeDialog();
          return;
        }
        build.disabled = false;
        build.textContent = choices.texts.build;
        showMessage(result.message ?? '');
      },
      (error: unknown) => {
        build.disabled = false;
        build.textContent = choices.texts.build;
        showMessage(failureMessage(error));
      },
    );
  });
}

callServer('reportMonthChoices').then(render, (error: unknown) => {
  showMessage(failureMessage(error), 'loading');
});
