import type {
  BaselineResult,
  BaselineWindow,
  CheckResult,
  DeleteResult,
  GoalsSidebarData,
  SaveRequest,
  SaveResult,
} from '../goals/types';
import type { ImportRequest, ImportResponse } from '../import/protocol';
import type { PeriodChoices } from '../report/actions';
import type { PeriodKind } from '../report/periods';
import type { ScheduleRequest, ScheduleResult, ScheduleStatus } from '../schedule/server';
import type { ServerFunctionName, ServerFunctions } from './entrypoints';

/*
 * What the pages may ask the server by google.script.run, with the arguments they send and the
 * answers they get. The entry points take `unknown` (a page's arguments are checked on arrival),
 * so their own signatures would let a page send anything; this table says what a page must send,
 * and `Served` checks it against the entry points: every name is one of them, each entry point
 * accepts the page's arguments and returns exactly the page's answer, and neither holds a
 * value google.script.run cannot carry. Types only: nothing here ships.
 */

/**
 * The value as google.script.run can carry it: its reference page refuses a Date or a function as
 * a parameter, anywhere inside objects and arrays too (and DOM elements, which server types cannot
 * name), and a result holding a Date arrives as null. A type holding one is not its own Carried.
 */
type Carried<T> = T extends Date | ((...args: never[]) => unknown)
  ? never
  : T extends object
    ? { [Key in keyof T]: Carried<T[Key]> }
    : T;

/**
 * Page, if the server function accepts its arguments and answers with its result type, and both
 * cross google.script.run intact; else never.
 */
type ServedBy<Server, Page> = Page extends (...args: infer Sent) => infer Answer
  ? Server extends (...args: infer Accepted) => infer Returned
    ? [Sent, Returned, Answer] extends [Accepted, Answer, Returned]
      ? [Sent, Answer] extends [Carried<Sent>, Carried<Answer>]
        ? Page
        : never
      : never
    : never
  : never;

/** Fails to compile when a page call is not an entry point, or its arguments or answer disagree with it. */
export type Served<Calls extends { [Name in keyof Calls]: ServedByEntryPoint<Name, Calls[Name]> }> = Calls;
type ServedByEntryPoint<Name, Page> = Name extends ServerFunctionName
  ? ServedBy<ServerFunctions[Name], Page>
  : never;

export type PageCalls = Served<{
  // The dialog of Build report: a kind, then a week, month or quarter.
  reportMonthChoices(kind: PeriodKind): PeriodChoices;
  buildMonthlyReport(period: string): { ok: boolean; tabName?: string; message?: string };
  // The SMART goals sidebar.
  getGoalsSidebarData(): GoalsSidebarData;
  computeBaseline(
    kpiId: string,
    channel: string | null,
    window: BaselineWindow,
    start: string,
  ): BaselineResult;
  checkGoal(request: SaveRequest): CheckResult;
  saveGoal(request: SaveRequest): SaveResult;
  deleteGoal(id: string, version: number): DeleteResult;
  // The Import CSV dialog.
  importCsvRows(request: ImportRequest): ImportResponse;
  // The Schedule dialog.
  getScheduleStatus(): ScheduleStatus;
  saveSchedule(request: ScheduleRequest): ScheduleResult;
  turnOffSchedule(): ScheduleResult;
  sendTestDigest(request: { frequency: string }): { ok: boolean; message: string };
}>;

export type PageCallName = keyof PageCalls;
