import type { serverFunctions } from '../../server/entrypoints';

/*
 * google.script.run as promises, typed by the server's own functions: a renamed server function
 * or a changed argument fails the type check instead of failing silently in the dialog.
 */

type ServerFunctions = typeof serverFunctions;

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun; host: { close(): void } } };

export function callServer<K extends keyof ServerFunctions>(
  name: K,
  ...args: Parameters<ServerFunctions[K]>
): Promise<ReturnType<ServerFunctions[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerFunctions[K]>))
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String(error))));
    (runner[name] as (...values: unknown[]) => void)(...args);
  });
}

export function closeDialog(): void {
  google.script.host.close();
}
