import type { DeleteResult, SaveRequest } from '../../src/goals/types';
import type { Served } from '../../src/server/page-calls';
import { callServer, closeDialog, failureMessage, ServerCallError } from '../../src/ui/shared/call-server';

/*
 * The pages' one way to the server, without a browser: a stand-in google.script.run that answers
 * the way Apps Script's does (handlers called later, each with… returning a runner) records what
 * was sent. What the compiler must refuse is written with @ts-expect-error, which `npm run lint`
 * (tsc -b) checks: an unused one fails it.
 */

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown } | { throws: unknown };

interface Sent {
  name: string;
  args: unknown[];
}

/** google.script.run with every page call as a property, answering each call with `outcome`. */
function installRun(outcome: (sent: Sent) => Outcome, names: string[] = PAGE_CALL_NAMES) {
  const sent: Sent[] = [];
  const closed: string[] = [];
  type Handlers = { success?: (value: unknown) => void; failure?: (error: unknown) => void };
  const runner = (handlers: Handlers): Record<string, unknown> => {
    const result: Record<string, unknown> = {
      withSuccessHandler: (success: Handlers['success']) => runner({ ...handlers, success }),
      withFailureHandler: (failure: Handlers['failure']) => runner({ ...handlers, failure }),
    };
    for (const name of names) {
      result[name] = (...args: unknown[]) => {
        const call = { name, args };
        const answer = outcome(call);
        if ('throws' in answer) throw answer.throws;
        sent.push(call);
        setTimeout(
          () => (answer.ok ? handlers.success?.(answer.value) : handlers.failure?.(answer.error)),
          0,
        );
      };
    }
    return result;
  };
  (globalThis as { google?: unknown }).google = {
    script: { run: runner({}), host: { close: () => closed.push('closed') } },
  };
  return { sent, closed };
}

const PAGE_CALL_NAMES = [
  'reportMonthChoices',
  'buildMonthlyReport',
  'getGoalsSidebarData',
  'computeBaseline',
  'checkGoal',
  'saveGoal',
  'deleteGoal',
  'importCsvRows',
];

afterEach(() => {
  delete (globalThis as { google?: unknown }).google;
});

test('success: resolves with the server answer, after sending the name and the arguments', async () => {
  const answer: DeleteResult = { status: 'deleted', id: 'G-7' };
  const { sent } = installRun(() => ({ ok: true, value: answer }));
  const result = await callServer('deleteGoal', 'G-7', 4);
  expect(result).toEqual({ status: 'deleted', id: 'G-7' });
  expect(sent).toEqual([{ name: 'deleteGoal', args: ['G-7', 4] }]);
});

test('the failure handler: rejects with a ServerCallError carrying the server message and the call', async () => {
  const message = 'Goals: you have not granted "See your primary Google Account email address".';
  installRun(() => ({ ok: false, error: new Error(message) }));
  const failure = await callServer('saveGoal', { goal: {} as SaveRequest['goal'] }).then(
    () => null,
    (error: unknown) => error,
  );
  expect(failure).toBeInstanceOf(ServerCallError);
  expect(failure).toBeInstanceOf(Error);
  expect((failure as ServerCallError).message).toBe(message);
  expect((failure as ServerCallError).functionName).toBe('saveGoal');
  expect((failure as ServerCallError).name).toBe('ServerCallError');
  expect(failureMessage(failure)).toBe(message);
});

test('a failure that is not an Error still rejects with its text, never "[object Object]"', async () => {
  installRun((sent) => ({
    ok: false,
    error: sent.name === 'checkGoal' ? { message: 'Sheet is locked' } : 'Exceeded maximum execution time',
  }));
  await expect(callServer('checkGoal', { goal: {} as SaveRequest['goal'] })).rejects.toThrow(
    new ServerCallError('checkGoal', 'Sheet is locked'),
  );
  await expect(callServer('reportMonthChoices', 'month')).rejects.toMatchObject({
    name: 'ServerCallError',
    functionName: 'reportMonthChoices',
    message: 'Exceeded maximum execution time',
  });
});

test('an argument google.script.run refuses throws in the page: the promise rejects, nothing is sent', async () => {
  const refusal = new TypeError('Failed due to illegal value in property: 0');
  const { sent } = installRun(() => ({ throws: refusal }));
  await expect(callServer('buildMonthlyReport', '2026-10')).rejects.toMatchObject({
    functionName: 'buildMonthlyReport',
    message: 'Failed due to illegal value in property: 0',
  });
  expect(sent).toEqual([]);
});

test('a page opened without google.script.run, or a server without the function, rejects naming it', async () => {
  await expect(callServer('getGoalsSidebarData')).rejects.toMatchObject({
    functionName: 'getGoalsSidebarData',
    message: 'google.script.run is not available: open this page from the add-on.',
  });
  installRun(() => ({ ok: true, value: null }), ['saveGoal']);
  await expect(callServer('deleteGoal', 'G-1', 1)).rejects.toMatchObject({
    functionName: 'deleteGoal',
    message: "google.script.run has no deleteGoal: the add-on's server code and this page differ.",
  });
});

test('closeDialog closes the page through google.script.host', () => {
  const { closed } = installRun(() => ({ ok: true, value: null }));
  closeDialog();
  expect(closed).toEqual(['closed']);
});

test('failureMessage reads an Error, a { message } and a string', () => {
  expect(failureMessage(new RangeError('too far'))).toBe('too far');
  expect(failureMessage({ message: 42 })).toBe('42');
  expect(failureMessage('plain')).toBe('plain');
});

// The compiler checks names, arguments and answers against the server's entry points. Never run.
export function compileTimeChecks(): void {
  // @ts-expect-error onOpen is a trigger, not a page call
  void callServer('onOpen');
  // @ts-expect-error a version is a number
  void callServer('deleteGoal', 'G-1', '3');
  // @ts-expect-error saveGoal needs its request
  void callServer('saveGoal');
  // The answer is typed: a DeleteResult has a status, not a message for 'deleted'.
  void callServer('deleteGoal', 'G-1', 3).then((result) => {
    // @ts-expect-error 'saved' is not a DeleteResult status
    if (result.status === 'saved') return;
  });
}

// @ts-expect-error a page call must be a server entry point
export type NotAnEntryPoint = Served<{ refreshEverything(): void }>;
// @ts-expect-error google.script.run refuses a Date argument
export type DateArgument = Served<{ buildMonthlyReport(month: Date): { ok: boolean } }>;
// @ts-expect-error the answer must be what the entry point returns
export type WrongAnswer = Served<{ deleteGoal(id: string, version: number): string }>;
export type RightAnswer = Served<{ deleteGoal(id: string, version: number): DeleteResult }>;
