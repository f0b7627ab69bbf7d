import { FAMILIES } from '../kpi/registry';
import { KPIS } from '../kpi/registry';
import type { Services } from '../services/services';
import { assessAchievability } from './achievability';
import { goalsDataFromReport } from './adapter';
import { baselineFromData } from './baseline';
import type { GoalRowsFor } from '../report/prepare';
import type { GoalsData, MonthlySeries } from './data';
import { isoDateInZone, type IsoDate } from './dates';
import { MENU_TEXTS } from '../i18n/script-texts';
import { goals as goalLabels } from '../i18n/en/goals';
import { languageFromLocale } from '../i18n/language';
import { pageWithLocale } from '../services/pages';
import { evaluateProgress, goalsForReport } from './progress';
import { changedFields, mergeGoal, resolveConflicts, valuesOfGoal } from './merge';
import { checkGoalInput, confirmationsOf, errorsOf, goalKpi, type RulesContext } from './rules';
import { readGoals, removeGoal, storeGoal, type ResolvedGoal } from './store';
import {
  BASELINE_WINDOWS,
  type BaselineResult,
  type BaselineWindow,
  type CheckResult,
  type DeleteResult,
  type Goal,
  type GoalInput,
  type GoalsSidebarData,
  type GoalValues,
  type Issue,
  type GoalView,
  type KpiGroup,
  type ReportGoals,
  type SaveRequest,
  type SaveResult,
} from './types';

/*
 * What the sidebar calls through google.script.run (wired in src/server/entrypoints.ts). Each
 * takes the services and the data source explicitly, so tests run them on fakes; arguments and
 * results are plain JSON data, dates as ISO strings.
 */

/** The page the UI engineer builds as src/ui/GoalsSidebar; the build writes dist/GoalsSidebar.html. */
export const GOALS_SIDEBAR_FILE = 'GoalsSidebar';

function sheetContext(services: Services): { locale: string; timeZone: string; today: IsoDate } {
  const spreadsheet = services.spreadsheet();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  return {
    locale: spreadsheet.getSpreadsheetLocale(),
    timeZone,
    today: isoDateInZone(services.now(), timeZone),
  };
}

export function viewOf(goal: Goal, data: GoalsData, today: IsoDate): GoalView {
  const kpi = goalKpi(goal.kpiId);
  const series = data.series(goal.kpiId, goal.channel);
  return {
    goal,
    kpiLabel: kpi?.label ?? goal.kpiId,
    unit: kpi?.unit ?? null,
    direction: kpi?.direction ?? null,
    progress: evaluateProgress(goal, series, today),
    achievability: kpi
      ? assessAchievability({
          baseline: goal.baseline,
          targetValue: goal.targetValue,
          start: goal.start,
          deadline: goal.deadline,
          direction: kpi.direction,
          history: series,
        })
      : null,
  };
}

export function kpiGroups(data: GoalsData): KpiGroup[] {
  return FAMILIES.filter((family) => family !== 'goals')
    .map((family) => ({
      family,
      label: goalLabels.families[family],
      kpis: KPIS.filter((kpi) => kpi.family === family && goalKpi(kpi.id) !== null).map((kpi) => {
        const available = data.availability(kpi.id);
        return {
          id: kpi.id,
          label: kpi.label,
          unit: kpi.unit,
          direction: kpi.direction,
          computable: available.computable,
          missingColumns: available.missingColumns,
          ...(available.needsPostRows ? { needsPostRows: true } : {}),
        };
      }),
    }))
    .filter((group) => group.kpis.length > 0);
}

export function getGoalsSidebarData(services: Services, data: GoalsData): GoalsSidebarData {
  const context = sheetContext(services);
  const table = readGoals(services);
  return {
    language: languageFromLocale(context.locale),
    goals: table.goals.map((stored) => viewOf(stored.goal, data, context.today)),
    problems: table.problems,
    kpis: kpiGroups(data),
    channels: data.channels,
    months: data.months,
    today: context.today,
    locale: context.locale,
    timeZone: context.timeZone,
    userEmail: services.userEmail(),
    baselineWindows: BASELINE_WINDOWS.map((id) => ({ id, label: goalLabels.baselineWindows[id] })),
  };
}

export function computeBaseline(
  services: Services,
  data: GoalsData,
  kpiId: unknown,
  channel: unknown,
  window: unknown,
  /** The goal's start, when the form has one: the window ends before it. */
  start?: unknown,
): BaselineResult {
  const { today } = sheetContext(services);
  const safeWindow = BASELINE_WINDOWS.includes(window as BaselineWindow)
    ? (window as BaselineWindow)
    : 'last_month';
  const safeChannel = channel === null || channel === undefined || channel === '' ? null : String(channel);
  // windowMonths ignores a start that is not a date.
  const startText = typeof start === 'string' ? start : undefined;
  return baselineFromData(data, String(kpiId), safeChannel, safeWindow, today, startText);
}

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

/** Whatever the client sent, as a well-typed request: google.script.run passes anything. */
export function normalizeRequest(raw: unknown): SaveRequest {
  const request = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const goal = (request.goal && typeof request.goal === 'object' ? request.goal : {}) as Record<
    string,
    unknown
  >;
  const channel =
    goal.channel === null || goal.channel === undefined || goal.channel === '' ? null : text(goal.channel);
  const normalized: GoalInput = {
    what: text(goal.what),
    kpiId: text(goal.kpiId),
    channel,
    baseline: typeof goal.baseline === 'number' ? goal.baseline : text(goal.baseline),
    baselineWindow: text(goal.baselineWindow || 'manual') as BaselineWindow,
    baselineMonths: Array.isArray(goal.baselineMonths) ? goal.baselineMonths.map(text) : [],
    target: text(goal.target),
    start: text(goal.start),
    deadline: text(goal.deadline),
    owner: text(goal.owner),
    why: text(goal.why),
  };
  const result: SaveRequest = { goal: normalized };
  if (request.id !== undefined && request.id !== null && request.id !== '') result.id = text(request.id);
  if (request.baseVersion !== undefined && request.baseVersion !== null)
    result.baseVersion = Number(request.baseVersion);
  const base = normalizeBase(request.base);
  if (base) result.base = base;
  if (request.confirmWrongDirection === true) result.confirmWrongDirection = true;
  return result;
}

/** The version a client says it started from, or undefined when it is not a goal's values. */
function normalizeBase(raw: unknown): GoalValues | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const base = raw as Record<string, unknown>;
  if (typeof base.baseline !== 'number' || !Number.isFinite(base.baseline)) return undefined;
  if (!Array.isArray(base.baselineMonths)) return undefined;
  return {
    what: text(base.what),
    kpiId: text(base.kpiId),
    channel:
      base.channel === null || base.channel === undefined || base.channel === '' ? null : text(base.channel),
    baseline: base.baseline,
    baselineWindow: text(base.baselineWindow) as BaselineWindow,
    baselineMonths: base.baselineMonths.map(text),
    target: text(base.target),
    start: text(base.start),
    deadline: text(base.deadline),
    owner: text(base.owner),
    why: text(base.why),
  };
}

type Resolved =
  { status: 'ok'; fields: ResolvedGoal['fields'] } | { status: 'invalid' | 'confirm'; issues: Issue[] };

/** The checks of a goal (a client is never trusted) and the wrong-direction question answered. */
function resolveGoal(goal: GoalInput, context: RulesContext, confirmed: boolean): Resolved {
  const checked = checkGoalInput(goal, context);
  const errors = errorsOf(checked.issues);
  if (errors.length > 0) return { status: 'invalid', issues: errors };
  const questions = confirmationsOf(checked.issues);
  if (questions.length > 0 && !confirmed) return { status: 'confirm', issues: questions };
  return {
    status: 'ok',
    fields: {
      what: goal.what,
      kpiId: goal.kpiId,
      channel: goal.channel,
      baseline: checked.baseline as number,
      baselineWindow: goal.baselineWindow,
      baselineMonths: goal.baselineMonths,
      target: goal.target,
      targetValue: checked.targetValue as number,
      start: goal.start,
      deadline: goal.deadline,
      owner: goal.owner,
      why: goal.why,
    },
  };
}

/**
 * The rules' context for a request: an edit of a stored goal brings the version the user opened
 * (its `base`), whose numbers the user did not retype are not held to rules made after they were
 * stored. The base comes from the client, like the rest of the request: at worst it lets a
 * fraction of a follower be stored, which anyone with edit access can type into the tab anyway.
 */
function rulesContext(locale: string, data: GoalsData, request: SaveRequest): RulesContext {
  const context: RulesContext = { locale, availability: (id) => data.availability(id) };
  if (request.id !== undefined && request.base) context.stored = request.base;
  return context;
}

/** The checks and the achievability of a form, without saving: for the sidebar as the user types. */
export function checkGoal(services: Services, data: GoalsData, raw: unknown): CheckResult {
  const request = normalizeRequest(raw);
  const { locale } = sheetContext(services);
  const checked = checkGoalInput(request.goal, rulesContext(locale, data, request));
  const canAssess =
    checked.kpi !== null &&
    checked.baseline !== null &&
    checked.targetValue !== null &&
    errorsOf(checked.issues).every((i) => i.field !== 'start' && i.field !== 'deadline');
  return {
    issues: checked.issues,
    targetValue: checked.targetValue,
    ...(checked.targetBeforeRounding !== null ? { targetBeforeRounding: checked.targetBeforeRounding } : {}),
    achievability: canAssess
      ? assessAchievability({
          baseline: checked.baseline as number,
          targetValue: checked.targetValue as number,
          start: request.goal.start,
          deadline: request.goal.deadline,
          direction: checked.kpi!.direction,
          history: data.series(checked.kpi!.id, request.goal.channel),
        })
      : null,
  };
}

/**
 * Saves a goal: the checks again (a client is never trusted), the wrong-direction question
 * answered, then the locked, version-checked write. A save over a teammate's newer version is
 * merged field by field with it (see merge.ts) and stored when no field was changed by both;
 * otherwise it comes back as a conflict naming those fields. An update without a base version is
 * treated like a stale one, never as a blind overwrite.
 */
export function saveGoal(services: Services, data: GoalsData, raw: unknown): SaveResult {
  const request = normalizeRequest(raw);
  const { locale, today } = sheetContext(services);
  const context = rulesContext(locale, data, request);
  const confirmed = request.confirmWrongDirection === true;
  const resolved = resolveGoal(request.goal, context, confirmed);
  if (resolved.status !== 'ok') return resolved;

  const mine: GoalValues = { ...request.goal, baseline: resolved.fields.baseline };
  const base = request.base ?? null;
  // Under the lock, against the version stored then: a merge that breaks a rule (a start after
  // the deadline the teammate set) is not stored but left to the user.
  const mergeInto = (theirs: Goal) => {
    const merge = mergeGoal(base, valuesOfGoal(theirs), mine);
    if (merge.conflicts.length > 0) return null;
    const again = resolveGoal(merge.merged, context, confirmed);
    return again.status === 'ok' ? again.fields : null;
  };
  const result = storeGoal(services, request, resolved.fields, languageFromLocale(locale), mergeInto);
  switch (result.status) {
    case 'busy':
      return { status: 'busy', message: goalLabels.busy };
    case 'conflict':
      return conflictResult(request, mine, base, result.theirs);
    case 'saved': {
      const saved: SaveResult = { status: 'saved', goal: viewOf(result.goal, data, today) };
      if (result.over) {
        const fields = mergeGoal(base, valuesOfGoal(result.over), mine).fromTheirs;
        saved.merged = { by: result.over.updatedBy, fields };
      }
      return saved;
    }
  }
}

/** A save that needs the user: both versions, the fields at stake and the two ways to go on. */
function conflictResult(
  request: SaveRequest,
  mine: GoalValues,
  base: GoalValues | null,
  theirs: Goal | null,
): SaveResult {
  const confirmed = request.confirmWrongDirection ? { confirmWrongDirection: true } : {};
  if (!theirs) {
    return {
      status: 'conflict',
      message: goalLabels.conflictDeleted,
      theirs: null,
      yours: request,
      fields: [],
      keepMine: { goal: request.goal, ...confirmed },
      keepTheirs: null,
    };
  }
  const theirValues = valuesOfGoal(theirs);
  let merge = mergeGoal(base, theirValues, mine);
  // No field both changed, yet the merge broke a rule: every field the two versions differ in is
  // then the user's choice.
  if (merge.conflicts.length === 0) merge = mergeGoal(null, theirValues, mine);
  const resend = (goal: GoalValues): SaveRequest => ({
    id: theirs.id,
    baseVersion: theirs.version,
    base: theirValues,
    goal,
    ...confirmed,
  });
  const keepTheirs = resolveConflicts(merge, theirValues, 'theirs');
  return {
    status: 'conflict',
    message: goalLabels.conflictChanged(theirs.updatedBy, theirs.updatedAt),
    theirs,
    yours: request,
    fields: merge.conflicts,
    keepMine: resend(merge.merged),
    keepTheirs: changedFields(theirValues, keepTheirs).length === 0 ? null : resend(keepTheirs),
  };
}

export function deleteGoal(services: Services, id: unknown, version: unknown): DeleteResult {
  return removeGoal(services, text(id), Number(version));
}

/**
 * The report's goal section: every goal of the Goals tab running in the month, measured on the
 * report's own figures. The tab is read only when the report asks, after the data is read.
 */
export function reportGoalRows(services: Services) {
  return (read: Parameters<GoalRowsFor>[0], month: string, sheet?: GoalsSheetContext): ReportGoals =>
    goalSection(services, goalsDataFromReport(read.data, read.months, read.context).series, month, sheet);
}

type GoalsSheetContext = { spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet; timeZone: string };

/** The goal section for a month, measured on the given monthly figures. */
export function goalSection(
  services: Services,
  series: MonthlySeries,
  month: string,
  sheet?: GoalsSheetContext,
): ReportGoals {
  const goals = readGoals(services, sheet).goals.map((stored) => stored.goal);
  const rows = goalsForReport(goals, month, series);
  return { rows, notRunning: goals.length - rows.length };
}

/** The sidebar in the sheet's language: its title here, its texts chosen by the page. */
export function showGoalsSidebar(services: Services): void {
  const locale = services.spreadsheet().getSpreadsheetLocale();
  const output = pageWithLocale(services, GOALS_SIDEBAR_FILE, locale).setTitle(
    MENU_TEXTS[languageFromLocale(locale)].goals,
  );
  services.ui().showSidebar(output);
}
