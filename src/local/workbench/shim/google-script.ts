/*
 * google.script.run and google.script.host for the add-on's sidebar and dialogs in the workbench.
 * Apps Script injects this API into HtmlService pages; here it bridges over HTTP to the same
 * top-level functions, keeping Apps Script's rules (see ../rpc-rules.ts): only public top-level
 * functions exist on the runner, Dates and functions are refused before sending, at most ten calls
 * run at once, results are copies and a result holding a Date arrives as null.
 */
import { findIllegalValue, illegalValueMessage, MAX_CONCURRENT_CALLS } from '../rpc-rules';

export interface ShimConfig {
  functions: string[];
  endpoint: string;
  /** The workbench page this panel belongs to, and the user it acts as (both optional). */
  client?: string;
  user?: string;
}

type SuccessHandler = (result: unknown, userObject?: unknown) => void;
type FailureHandler = (error: Error, userObject?: unknown) => void;

interface Handlers {
  success?: SuccessHandler | null;
  failure?: FailureHandler | null;
  userObject?: unknown;
}

interface RunOutcome {
  ok: boolean;
  changed?: boolean;
  result?: unknown;
  error?: { message: string; name: string } | string;
}

declare global {
  interface Window {
    __WORKBENCH_SHIM__?: ShimConfig;
    __workbenchShim?: { inFlight(): number; queued(): number };
  }
}

const config: ShimConfig = window.__WORKBENCH_SHIM__ ?? { functions: [], endpoint: '/api/run' };

let inFlight = 0;
const queue: Array<() => void> = [];

/** Apps Script lets ten calls run at once; an eleventh waits until one of the ten finishes. */
function schedule(start: () => Promise<void>): void {
  const begin = () => {
    inFlight += 1;
    start().finally(() => {
      inFlight -= 1;
      const next = queue.shift();
      if (next) next();
    });
  };
  if (inFlight < MAX_CONCURRENT_CALLS) begin();
  else queue.push(begin);
}

/** A lone form is legal: Apps Script sends its fields as an object of name → value. */
function formToObject(form: HTMLFormElement): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  new FormData(form).forEach((value, key) => {
    fields[key] = typeof value === 'string' ? value : null;
  });
  return fields;
}

function errorFrom(outcome: RunOutcome, status: number): Error {
  const detail = outcome.error;
  const message =
    typeof detail === 'string' ? detail : (detail?.message ?? `Request failed with status ${status}`);
  const error = new Error(message);
  if (typeof detail === 'object' && detail?.name) error.name = detail.name;
  return error;
}

function call(name: string, args: unknown[], handlers: Handlers): void {
  const sent = args.length === 1 && args[0] instanceof HTMLFormElement ? [formToObject(args[0])] : args;
  for (let index = 0; index < sent.length; index++) {
    const illegal = findIllegalValue(sent[index], String(index));
    // Apps Script refuses in the page, before anything is sent: the call itself throws.
    if (illegal !== null) throw new Error(illegalValueMessage(illegal));
  }
  // JSON, as Apps Script copies arguments: undefined inside arrays becomes null.
  const body = JSON.stringify({ name, args: sent, client: config.client, user: config.user });
  schedule(async () => {
    let outcome: RunOutcome;
    let status = 0;
    try {
      const response = await fetch(config.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      status = response.status;
      outcome = (await response.json()) as RunOutcome;
      if (!response.ok) outcome = { ok: false, error: outcome.error ?? `HTTP ${status}` };
    } catch (error) {
      outcome = { ok: false, error: { message: `NetworkError: ${String(error)}`, name: 'NetworkError' } };
    }
    // Sheets shows a script's changes to the grid as they happen; the page redraws on this.
    if (outcome.changed) tellWorkbench({ type: 'changed' });
    if (outcome.ok) {
      if (handlers.success) handlers.success(outcome.result, handlers.userObject);
      return;
    }
    const error = errorFrom(outcome, status);
    if (handlers.failure) handlers.failure(error, handlers.userObject);
    // Without a failure handler Apps Script logs the failure to the console.
    else console.error(error);
  });
}

export type ScriptRunner = Record<string, unknown> & {
  withSuccessHandler(handler: SuccessHandler | null): ScriptRunner;
  withFailureHandler(handler: FailureHandler | null): ScriptRunner;
  withUserObject(userObject: unknown): ScriptRunner;
};

/** Each with… returns a new runner, so a configured runner can be kept and reused. */
export function createRunner(handlers: Handlers = {}): ScriptRunner {
  const runner = {
    withSuccessHandler: (handler: SuccessHandler | null) => createRunner({ ...handlers, success: handler }),
    withFailureHandler: (handler: FailureHandler | null) => createRunner({ ...handlers, failure: handler }),
    withUserObject: (userObject: unknown) => createRunner({ ...handlers, userObject }),
  } as ScriptRunner;
  // Only public top-level functions get a property: google.script.run.helper_ is undefined,
  // so calling it throws a TypeError in the page, as in Apps Script.
  for (const name of config.functions) {
    runner[name] = (...args: unknown[]) => {
      call(name, args, handlers);
    };
  }
  return runner;
}

function tellWorkbench(message: Record<string, unknown>): void {
  window.parent.postMessage({ source: 'social-kpis-workbench', ...message }, window.location.origin);
}

const host = {
  close: () => tellWorkbench({ type: 'close' }),
  setHeight: (height: number) => tellWorkbench({ type: 'resize', height }),
  setWidth: (width: number) => tellWorkbench({ type: 'resize', width }),
  editor: { focus: () => tellWorkbench({ type: 'focus' }) },
  origin: window.location.origin,
};

const google = { script: { run: createRunner(), host } };
(window as unknown as { google: typeof google }).google = google;
window.__workbenchShim = { inFlight: () => inFlight, queued: () => queue.length };
