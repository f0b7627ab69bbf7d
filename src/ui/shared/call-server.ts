import type { PageCallName, PageCalls } from '../../server/page-calls';

/*
 * Every page's one way to the server: google.script.run as a promise, typed by the table of page
 * calls (src/server/page-calls.ts), which the compiler checks against the server's entry points.
 * A renamed server function, a changed argument or answer fails the type check, not the page.
 * https://developers.google.com/apps-script/guides/html/reference/run
 */

export type { PageCallName, PageCalls };

/** google.script.run as the reference describes it: each with… returns a runner to call on. */
interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [name: string]: unknown;
}

interface GoogleScript {
  script?: { run?: ScriptRunner; host?: { close(): void } };
}

/** Read at each call, not at load: Apps Script (or the workbench) puts `google` on the page. */
function googleScript(): GoogleScript['script'] {
  return (globalThis as { google?: GoogleScript }).google?.script;
}

/**
 * A failed call: the server threw (Apps Script hands the failure handler an Error with the
 * server's message), or the page could not send it (an argument google.script.run refuses).
 * The message is the server's own, ready to show; `functionName` says which call failed.
 */
export class ServerCallError extends Error {
  readonly functionName: PageCallName;

  constructor(functionName: PageCallName, message: string) {
    super(message);
    this.name = 'ServerCallError';
    this.functionName = functionName;
  }
}

/** The text of whatever a failure handler or a catch received: an Error, a { message }, a string. */
export function failureMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object' && 'message' in error) return String(error.message);
  return String(error);
}

/** Calls a server function; resolves with its answer, rejects with a ServerCallError. */
export function callServer<Name extends PageCallName>(
  name: Name,
  ...args: Parameters<PageCalls[Name]>
): Promise<ReturnType<PageCalls[Name]>> {
  return new Promise((resolve, reject) => {
    const fail = (error: unknown) => reject(new ServerCallError(name, failureMessage(error)));
    const run = googleScript()?.run;
    if (!run) {
      fail('google.script.run is not available: open this page from the add-on.');
      return;
    }
    const runner = run
      .withSuccessHandler((value) => resolve(value as ReturnType<PageCalls[Name]>))
      .withFailureHandler(fail);
    const target = runner[name];
    if (typeof target !== 'function') {
      fail(`google.script.run has no ${name}: the add-on's server code and this page differ.`);
      return;
    }
    try {
      // An argument google.script.run refuses throws here, in the page, before anything is sent.
      (target as (...values: unknown[]) => void).apply(runner, args);
    } catch (error) {
      fail(error);
    }
  });
}

/** Closes the dialog or sidebar this page is in. */
export function closeDialog(): void {
  googleScript()?.host?.close();
}
