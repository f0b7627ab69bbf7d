import type { AchievabilityResult, BaselineResult, GoalField, Issue, IssueParams } from '../../goals/types';
import type { Catalogue } from '../../i18n/en';
import type { Language } from '../../i18n/language';
import { GOAL_TEXTS, SIDEBAR_TEXTS } from '../../i18n/sidebar-texts';
import { formatSignedPercent } from './model';

/*
 * The sidebar's words in the sheet's language. The server answers with codes and numbers (issue
 * codes with parameters, achievability reasons, statuses, baseline months); they are worded here,
 * so the server script carries none of these texts in any language but English.
 */

export interface SidebarTexts {
  /** What the page says itself. */
  ui: Catalogue['sidebar'];
  /** What the goal rules report, worded from their codes. */
  goals: Catalogue['goals'];
}

export function sidebarTexts(language: Language): SidebarTexts {
  const known = Object.prototype.hasOwnProperty.call(SIDEBAR_TEXTS, language) ? language : 'en';
  return { ui: SIDEBAR_TEXTS[known], goals: GOAL_TEXTS[known] };
}

/** A KPI's name in the list: by its registry id, else what the server called it. */
export function kpiName(texts: SidebarTexts, kpiId: string, fallback = kpiId): string {
  return (texts.ui.kpiNames as Record<string, string>)[kpiId] ?? fallback;
}

/**
 * An issue in the page's language. Its field's label and the KPI's name are the page's own: the
 * server's parameters carry them in English.
 */
export function issueText(texts: SidebarTexts, issue: Issue, kpiId: string): string {
  const params: IssueParams = { ...issue.params, label: texts.goals.fields[issue.field as GoalField] };
  if ('kpiLabel' in issue.params) params.kpiLabel = kpiName(texts, kpiId, String(issue.params.kpiLabel));
  const template = texts.goals.issues[issue.code];
  return template ? template(params) : issue.message;
}

/** Where a measured baseline came from, from the months it covers and the months with data. */
export function baselineText(texts: SidebarTexts, result: BaselineResult): string {
  const m = texts.goals.baselineMessages;
  if (result.window === 'manual') return m.manual;
  if (result.stock && result.months.length > 0) return m.stock(result.months[result.months.length - 1]);
  if (result.notPooled) return m.notPooled(result.windowMonths);
  if (result.months.length === 0) {
    if (result.onlyUpperBound) return m.onlyUpperBound(result.windowMonths);
    return result.needsPostRows ? m.noPostRows(result.windowMonths) : m.noData(result.windowMonths);
  }
  const missing = result.windowMonths.filter((month) => !result.months.includes(month));
  return missing.length === 0 ? m.measured(result.months) : m.partly(result.months, missing);
}

/** Why the goal is judged realistic, ambitious, a stretch or out of reach, with the numbers in the sheet's notation. */
export function achievabilityText(texts: SidebarTexts, result: AchievabilityResult, locale: string): string {
  const m = texts.goals.achievabilityMessages;
  const required =
    result.requiredMonthlyChange === null ? '' : formatSignedPercent(result.requiredMonthlyChange, locale);
  const best = result.bestMonthlyChange === null ? '' : formatSignedPercent(result.bestMonthlyChange, locale);
  switch (result.reason) {
    case 'realistic':
    case 'ambitious':
    case 'stretch':
    case 'outOfReach':
      return m[result.reason](required, best, result.windowMonths);
    case 'outOfReachAbove100':
      return m.outOfReachAbove100(required);
    case 'stretchNoImprovement':
      return m.stretchNoImprovement(required, result.windowMonths);
    case 'notEnoughHistory':
      return m.notEnoughHistory(result.windowMonths);
    case 'baselineNotPositive':
    case 'targetNotPositive':
    case 'alreadyThere':
    case 'targetBelowBaseline':
    case 'targetAboveBaseline':
      return m[result.reason];
    default:
      return result.message;
  }
}
