import { decimalSeparator } from '../../goals/numbers';
import { valuesOfGoal } from '../../goals/merge';
import type {
  BaselineWindow,
  Goal,
  GoalField,
  GoalInput,
  GoalValues,
  Issue,
  SaveRequest,
} from '../../goals/types';
import type { KpiUnit } from '../../kpi/types';

/*
 * The form's state and the numbers it shows, as pure functions: unit-tested in Node and bundled
 * into the page. Numbers are written the way the spreadsheet's locale writes them, because the
 * server parses what the user types with that locale ("4,5 %" in Swedish, "4.5 %" in English).
 */

export interface FormState {
  what: string;
  kpiId: string;
  /** '' is all channels. */
  channel: string;
  baselineText: string;
  /**
   * The exact baseline while the text still shows it (measured or stored): sent as a number so a
   * rounded display never changes the goal. Null once the user types a baseline.
   */
  baselineValue: number | null;
  baselineWindow: BaselineWindow;
  baselineMonths: string[];
  target: string;
  start: string;
  deadline: string;
  owner: string;
  why: string;
}

export function emptyForm(today: string, owner: string): FormState {
  return {
    what: '',
    kpiId: '',
    channel: '',
    baselineText: '',
    baselineValue: null,
    baselineWindow: 'last_3_months',
    baselineMonths: [],
    target: '',
    start: today,
    deadline: '',
    owner,
    why: '',
  };
}

export function formOfGoal(goal: Goal, unit: KpiUnit | null, locale: string): FormState {
  return {
    what: goal.what,
    kpiId: goal.kpiId,
    channel: goal.channel ?? '',
    baselineText: formatForInput(goal.baseline, unit, locale),
    baselineValue: goal.baseline,
    baselineWindow: goal.baselineWindow,
    baselineMonths: [...goal.baselineMonths],
    target: goal.target,
    start: goal.start,
    deadline: goal.deadline,
    owner: goal.owner,
    why: goal.why,
  };
}

export function goalInputOf(form: FormState): GoalInput {
  return {
    what: form.what,
    kpiId: form.kpiId,
    channel: form.channel === '' ? null : form.channel,
    baseline: form.baselineValue !== null ? form.baselineValue : form.baselineText,
    baselineWindow: form.baselineWindow,
    baselineMonths: form.baselineWindow === 'manual' ? [] : [...form.baselineMonths],
    target: form.target,
    start: form.start,
    deadline: form.deadline,
    owner: form.owner,
    why: form.why,
  };
}

/** What the form held of each field, as a check or a save judged it. */
const FIELD_VALUE: Record<GoalField, (form: FormState) => unknown> = {
  what: (form) => form.what,
  kpiId: (form) => form.kpiId,
  channel: (form) => form.channel,
  baseline: (form) => [form.baselineText, form.baselineWindow, form.baselineMonths.join()].join('\n'),
  baselineWindow: (form) => form.baselineWindow,
  baselineMonths: (form) => form.baselineMonths.join(),
  target: (form) => form.target,
  start: (form) => form.start,
  deadline: (form) => form.deadline,
  owner: (form) => form.owner,
  why: (form) => form.why,
};

/**
 * The issues that are still about what the form holds: an answer judged the form as it was when
 * the call left, and a field typed into since then is judged again by the next check. Without
 * this, leaving a date just filled in showed the older answer's "required" under it, and the
 * message pushed the Save button away under the pointer between press and release.
 */
export function currentIssues(issues: Issue[], judged: FormState | null, now: FormState): Issue[] {
  if (judged === null) return issues;
  return issues.filter((issue) => {
    const valueOf = FIELD_VALUE[issue.field];
    return valueOf === undefined || valueOf(judged) === valueOf(now);
  });
}

/** The goal the form edits: its id, and the version the user opened, to merge a teammate's save with. */
export interface Editing {
  id: string;
  version: number;
  base: GoalValues;
}

export function editingOf(goal: Goal): Editing {
  return { id: goal.id, version: goal.version, base: valuesOfGoal(goal) };
}

export function saveRequestOf(
  form: FormState,
  editing: Editing | null,
  confirmWrongDirection: boolean,
): SaveRequest {
  const request: SaveRequest = { goal: goalInputOf(form) };
  if (editing) {
    request.id = editing.id;
    request.baseVersion = editing.version;
    request.base = editing.base;
  }
  if (confirmWrongDirection) request.confirmWrongDirection = true;
  return request;
}

/** "sv_SE" → "sv-SE" for Intl; anything Intl rejects falls back to English. */
export function intlLocale(locale: string): string {
  const tag = locale.replace(/_/g, '-');
  try {
    return Intl.NumberFormat.supportedLocalesOf([tag]).length > 0 ? tag : 'en';
  } catch {
    return 'en';
  }
}

const DECIMALS: Record<KpiUnit, number> = {
  count: 2,
  fraction: 2,
  ratio: 2,
  money: 2,
  people: 0,
  hours: 2,
  nps: 1,
  sentiment: 3,
};

function plainNumber(value: number, decimals: number, locale: string): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  // ASCII digits and minus, the locale's decimal mark, no grouping: what the server parses back.
  const text = String(Object.is(rounded, -0) ? 0 : rounded);
  return decimalSeparator(locale) === ',' ? text.replace('.', ',') : text;
}

/** A KPI value as the user would type it: rates as "4,25 %". */
export function formatForInput(value: number, unit: KpiUnit | null, locale: string): string {
  if (unit === 'fraction') return `${plainNumber(value * 100, 2, locale)} %`;
  return plainNumber(value, unit ? DECIMALS[unit] : 2, locale);
}

/** A KPI value for reading: the same as typed, with thousands grouped. */
export function formatValue(value: number, unit: KpiUnit | null, locale: string): string {
  if (unit === 'fraction') return formatForInput(value, unit, locale);
  return new Intl.NumberFormat(intlLocale(locale), {
    maximumFractionDigits: unit ? DECIMALS[unit] : 2,
  }).format(value);
}

/** A share of a goal (GOAL_PROGRESS, time passed): 0.52 → "52 %". */
export function formatShare(value: number, locale: string): string {
  return `${plainNumber(value * 100, 0, locale)} %`;
}

/** A monthly change: +4.1 % / −2 %. */
export function formatSignedPercent(value: number, locale: string): string {
  const text = `${plainNumber(Math.abs(value) * 100, 1, locale)} %`;
  return value < 0 ? `−${text}` : `+${text}`;
}

/** The progress bar's fill: GOAL_PROGRESS is not clamped, the bar is. */
export function barPercent(progress: number | null): number {
  if (progress === null || !Number.isFinite(progress)) return 0;
  return Math.round(Math.min(1, Math.max(0, progress)) * 100);
}

/** "2026-03-01" as the locale writes a date: "1 mars 2026", "Mar 1, 2026". Not a date: as it is. */
export function formatDate(iso: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(0);
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** An instant (a save's time, ISO in UTC) as the locale writes it, in the spreadsheet's time zone. */
export function formatInstant(iso: string, locale: string, timeZone: string): string {
  const date = new Date(iso);
  if (iso === '' || Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
  try {
    return new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(intlLocale(locale), options).format(date);
  }
}
