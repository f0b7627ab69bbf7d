import type {
  AchievabilityResult,
  BaselineWindow,
  CheckResult,
  GoalField,
  GoalsSidebarData,
  GoalView,
} from '../../goals/types';
import { channelDisplayName } from '../../i18n/all-channels';
import { kpiHelpFor } from '../../i18n/kpi-help';
import type { Language } from '../../i18n/language';
import { countsWholeThings } from '../../goals/numbers';
import { kpiById } from '../../kpi/lookup';
import { el, setContent } from '../shared/dom';
import { progressBar } from './list-view';
import { formatShare, formatSignedPercent, formatValue, type FormState } from './model';
import { kpiOption, SHOWN_FIELDS, type IssueDisplay } from './state';
import { achievabilityText, issueText, kpiName, type SidebarTexts } from './texts';

/*
 * The form view: the SMART goal's fields with their hints and messages, the measured baseline,
 * the resolved target, the wrong-direction question, the achievability verdict and an edited
 * goal's progress. It draws what the page gives it and reports what the user does; the
 * decisions are state.ts's.
 */

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

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

interface FieldParts {
  group: HTMLElement;
  error: HTMLElement;
  control: Control;
}

/** What the user does in the form. */
export interface FormEvents {
  input(field: GoalField, value: string): void;
  change(field: GoalField, value: string): void;
  left(field: GoalField): void;
  windowChosen(window: BaselineWindow): void;
  confirmed(checked: boolean): void;
  cancel(): void;
}

export interface FormView {
  /** Puts a form state into the controls. */
  fill(form: FormState): void;
  /** The heading, an edited goal's progress, and no message left from before. */
  open(view: GoalView | null, baselineInfo: string): void;
  showKpiHelp(kpiId: string): void;
  /** The issues under their fields, the question, the resolved target and the verdict. */
  showIssues(display: IssueDisplay, form: FormState, check: CheckResult | null, confirmed: boolean): void;
  showBaseline(text: string): void;
  showBaselineInfo(text: string): void;
  /** A typed baseline: the window shows "by hand". */
  showWindowByHand(): void;
  showMessage(message: string | null): void;
  setConfirmed(checked: boolean): void;
  focusFirst(): void;
  focusConfirm(): void;
  /** The first field with a message, where the keyboard goes after a refused save. */
  focusFirstInvalid(): void;
}

export function buildForm(
  container: HTMLElement,
  texts: SidebarTexts,
  language: Language,
  data: GoalsSidebarData,
  events: FormEvents,
): FormView {
  const L = texts.ui;
  const G = texts.goals;
  const locale = data.locale;
  const fields = {} as Record<GoalField, FieldParts>;

  /** A labelled field: label, control, hints, error; aria-describedby names the hints and the error. */
  const fieldGroup = (field: GoalField, control: Control, ...hints: HTMLElement[]): HTMLElement => {
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
  };
  const hint = (id: string, text = '') => el('p', { id, class: 'hint' }, text);
  const textInput = (attrs: Record<string, string> = {}) =>
    el('input', { type: 'text', autocomplete: 'off', ...attrs });

  const formHeading = el('h2', { id: 'form-heading' }, L.form.newHeading);
  const progressBox = el('div', { id: 'goal-progress', class: 'block', hidden: true });

  const kpiSelect = el('select', { required: true }, el('option', { value: '' }, L.form.chooseKpi));
  for (const group of data.kpis) {
    const optgroup = el('optgroup', { label: G.families[group.family] });
    for (const kpi of group.kpis)
      optgroup.append(el('option', { value: kpi.id }, kpiName(texts, kpi.id, kpi.label)));
    kpiSelect.append(optgroup);
  }
  const kpiHelp = hint('f-kpi-help');

  const channelSelect = el('select', {}, el('option', { value: '' }, L.form.allChannels));
  // A channel named "All channels" shows quoted, apart from the first option (i18n/all-channels).
  for (const channel of data.channels)
    channelSelect.append(el('option', { value: channel }, channelDisplayName(channel)));

  const windowSelect = el('select', { id: CONTROL_ID.baselineWindow, name: 'baselineWindow' });
  for (const w of data.baselineWindows) {
    windowSelect.append(el('option', { value: w.id }, G.baselineWindows[w.id]));
  }
  const baselineInfo = hint('f-baseline-info');
  windowSelect.setAttribute('aria-describedby', baselineInfo.id);
  const baselineInput = textInput({ inputmode: 'decimal' });

  const targetResolved = el('p', { id: 'f-target-resolved', class: 'resolved', 'aria-live': 'polite' });
  const targetWhole = hint('f-target-whole', L.form.wholeTarget);
  targetWhole.hidden = true;
  const confirmCheckbox = el('input', { type: 'checkbox', id: 'f-confirm' });
  const confirmQuestion = el('p', { id: 'f-confirm-question', class: 'question' });
  const confirmBox = el(
    'div',
    { id: 'f-confirm-box', class: 'warning', hidden: true },
    confirmQuestion,
    el('label', { for: 'f-confirm', class: 'inline' }, confirmCheckbox, L.form.confirmWrongDirection),
  );
  confirmCheckbox.setAttribute('aria-describedby', 'f-confirm-question');
  const achievableBox = el('div', { id: 'achievable', class: 'block', 'aria-live': 'polite', hidden: true });

  const formMessage = el('p', { id: 'form-message', class: 'error', role: 'alert', hidden: true });
  const save = el('button', { type: 'submit', class: 'action', id: 'save' }, L.form.save);
  const cancel = el('button', { type: 'button', id: 'cancel' }, L.form.cancel);
  cancel.addEventListener('click', () => events.cancel());

  setContent(
    container,
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
    control.addEventListener('input', () => events.input(field, control.value));
    control.addEventListener('change', () => events.change(field, control.value));
    control.addEventListener('blur', () => events.left(field));
  }
  windowSelect.addEventListener('change', () => events.windowChosen(windowSelect.value as BaselineWindow));
  confirmCheckbox.addEventListener('change', () => events.confirmed(confirmCheckbox.checked));

  const showKpiHelp = (kpiId: string): void => {
    const kpi = kpiOption(data, kpiId);
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
  };

  const showAchievable = (result: AchievabilityResult | null): void => {
    achievableBox.hidden = result === null;
    if (!result) return;
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
      el('p', { class: 'secondary' }, achievabilityText(texts, result, locale)),
      numbers ? el('p', { class: 'secondary' }, numbers) : null,
      result.bestWindow
        ? el(
            'p',
            { class: 'secondary' },
            L.form.achievableBestWindow(result.bestWindow.from, result.bestWindow.to),
          )
        : null,
    );
  };

  const showProgress = (view: GoalView | null): void => {
    progressBox.hidden = view === null;
    if (!view) return;
    const p = view.progress;
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
      progressBar(texts, p, view.goal.what),
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
  };

  return {
    fill(form) {
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
      showKpiHelp(form.kpiId);
    },
    open(view, info) {
      setContent(formHeading, view ? L.form.editHeading : L.form.newHeading);
      setContent(baselineInfo, info);
      showProgress(view);
      formMessage.hidden = true;
    },
    showKpiHelp,
    showIssues(display, form, check, confirmed) {
      for (const field of SHOWN_FIELDS) {
        const { error, control } = fields[field];
        const shown = display.byField.get(field) ?? [];
        setContent(
          error,
          ...shown.map((i) => el('span', { 'data-code': i.code }, issueText(texts, i, form.kpiId))),
        );
        error.hidden = shown.length === 0;
        if (shown.length > 0) control.setAttribute('aria-invalid', 'true');
        else control.removeAttribute('aria-invalid');
      }
      const question = display.question;
      confirmBox.hidden = question === null;
      setContent(confirmQuestion, question ? issueText(texts, question, form.kpiId) : '');
      confirmCheckbox.checked = confirmed;

      const targetValue = check?.targetValue ?? null;
      const exact = check?.targetBeforeRounding;
      const kpi = kpiOption(data, form.kpiId);
      const unit = kpi?.unit ?? null;
      const direction = kpi?.direction ?? 'up';
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
      showAchievable(check?.achievability ?? null);
    },
    showBaseline(text) {
      fields.baseline.control.value = text;
    },
    showBaselineInfo(text) {
      setContent(baselineInfo, text);
    },
    showWindowByHand() {
      windowSelect.value = 'manual';
      setContent(baselineInfo, L.form.baselineEditedHint);
    },
    showMessage(message) {
      setContent(formMessage, message);
      formMessage.hidden = message === null;
    },
    setConfirmed(checked) {
      confirmCheckbox.checked = checked;
    },
    focusFirst() {
      fields.what.control.focus();
    },
    focusConfirm() {
      confirmCheckbox.focus();
    },
    focusFirstInvalid() {
      for (const field of SHOWN_FIELDS) {
        if (!fields[field].error.hidden) {
          fields[field].control.focus();
          return;
        }
      }
    },
  };
}
