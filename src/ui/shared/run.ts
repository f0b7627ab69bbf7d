import type { serverFunctions } from '../../server/entrypoints';

/*
 * google.script.run as promises, typed by the server's own function table, so a renamed server
 * function or a changed argument list fails the type check instead of failing in the sidebar.
 */

export type ServerApi = typeof serverFunctions;
export type ServerName = keyof ServerApi;

type Runner = {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: unknown) => void): Runner;
} & Record<string, (...args: unknown[]) => void>;

declare const google: { script: { run: Runner } } | undefined;

/** The text of a failure: Apps Script hands an Error, a stub might hand a string. */
export function failureMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object' && 'message' in error) return String(error.message);
  return String(error);
}

/** Calls a server function; rejects with an Error carrying the server's message. */
export function callServer<K extends ServerName>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    if (typeof google === 'undefined' || !google.script || !google.script.run) {
      reject(new Error('google.script.run is not available'));
      return;
    }
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler((error) => reject(new Error(failureMessage(error))));
    runner[name](...(args as unknown[]));
  });
}
