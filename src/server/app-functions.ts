import { goalsDataFor } from '../goals/adapter';
import * as goals from '../goals/server';
import type { BaselineResult, CheckResult, DeleteResult, GoalsSidebarData, SaveResult } from '../goals/types';
import type { ImportResponse } from '../import/protocol';
import { importCsvRows, showImportDialog } from '../import/server';
import {
  buildMonthlyReport,
  reportPeriodChoices,
  showReportDialog,
  type PeriodChoices,
} from '../report/actions';
import { setUpDataSheet } from '../report/data-sheet';
import { buildPeriodReport, previewPeriodReport } from '../schedule/builders';
import * as schedule from '../schedule/server';
import { appsScriptScheduleServices } from '../services/schedule';
import { appsScriptServices } from '../services/services';

/*
 * The menu actions and google.script.run targets that read or write the document. They live in
 * the on-demand part of the server code (dist/server-app.html, see ./on-demand.ts): every custom
 * function call loads the script files, and none of these is needed to compute a cell.
 */
export const appFunctions = {
  setUpDataSheet(): void {
    setUpDataSheet(appsScriptServices());
  },
  showReportDialog(): void {
    showReportDialog(appsScriptServices());
  },
  /**
   * The report dialog's list of weeks, months (unless told) or quarters; called from the dialog by
   * google.script.run. Its name is from when the dialog listed months only.
   */
  reportMonthChoices(kind?: unknown): PeriodChoices {
    return reportPeriodChoices(appsScriptServices(), kind);
  },
  /**
   * Called from the report dialog with a week's, a month's or a quarter's key; plain data back, as
   * google.script.run passes nothing else.
   */
  buildMonthlyReport(month?: unknown): { ok: boolean; tabName?: string; message?: string } {
    const services = appsScriptServices();
    const result = buildMonthlyReport(services, {
      month,
      alert: false,
      goals: goals.reportGoalRows(services),
    });
    return result.ok ? { ok: true, tabName: result.tabName } : { ok: false, message: result.message };
  },

  // ----- SMART goals: the menu item and the sidebar's google.script.run targets -----
  showGoalsSidebar(): void {
    goals.showGoalsSidebar(appsScriptServices());
  },
  getGoalsSidebarData(): GoalsSidebarData {
    const services = appsScriptServices();
    return goals.getGoalsSidebarData(services, goalsDataFor(services));
  },
  computeBaseline(kpiId: unknown, channel: unknown, window: unknown, start?: unknown): BaselineResult {
    const services = appsScriptServices();
    return goals.computeBaseline(services, goalsDataFor(services), kpiId, channel, window, start);
  },
  checkGoal(request: unknown): CheckResult {
    const services = appsScriptServices();
    return goals.checkGoal(services, goalsDataFor(services), request);
  },
  saveGoal(request: unknown): SaveResult {
    const services = appsScriptServices();
    return goals.saveGoal(services, goalsDataFor(services), request);
  },
  deleteGoal(id: unknown, version: unknown): DeleteResult {
    return goals.deleteGoal(appsScriptServices(), id, version);
  },

  // ----- Import CSV: the menu item and the dialog's google.script.run target -----
  showImportDialog(): void {
    showImportDialog(appsScriptServices());
  },
  /** One chunk of rows already mapped to the data sheet's columns; see src/import/protocol.ts. */
  importCsvRows(request: unknown): ImportResponse {
    return importCsvRows(appsScriptServices(), request);
  },

  // ----- Schedule report: the menu item, the dialog's calls and the trigger -----
  showScheduleDialog(): void {
    schedule.showScheduleDialog(appsScriptServices());
  },
  getScheduleStatus(): schedule.ScheduleStatus {
    return schedule.getScheduleStatus(appsScriptServices(), appsScriptScheduleServices());
  },
  saveSchedule(request: unknown): schedule.ScheduleResult {
    return schedule.saveSchedule(appsScriptServices(), appsScriptScheduleServices(), request);
  },
  turnOffSchedule(): schedule.ScheduleResult {
    return schedule.turnOffSchedule(appsScriptServices(), appsScriptScheduleServices());
  },
  sendTestDigest(request: unknown): { ok: boolean; message: string } {
    return schedule.sendTestDigest(
      appsScriptServices(),
      appsScriptScheduleServices(),
      previewPeriodReport,
      request,
    );
  },
  /** The clock trigger's function: Apps Script calls it with the time-driven event object. */
  runScheduledReport(event?: unknown): schedule.RunReport {
    return schedule.runScheduledReport(
      appsScriptServices(),
      appsScriptScheduleServices(),
      buildPeriodReport,
      event,
    );
  },
};

export type AppFunctions = typeof appFunctions;
export type AppFunctionName = keyof AppFunctions;
