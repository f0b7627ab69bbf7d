import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext, type Context } from 'node:vm';

export const DIST = join(__dirname, '../../dist');

/** Every dist/*.js file, in name order: the project's script files as Apps Script loads them. */
export function scriptFiles(): Array<{ name: string; code: string }> {
  return readdirSync(DIST)
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => ({ name, code: readFileSync(join(DIST, name), 'utf8') }));
}

/**
 * Loads every script file into one fresh context, in name order, the way Apps Script loads a
 * project: one shared global scope, nothing but ECMAScript globals and the services given.
 */
export function loadBundle(globals: Record<string, unknown> = {}): Context {
  const context = createContext({ ...globals });
  for (const { name, code } of scriptFiles()) runInContext(code, context, { filename: name });
  return context;
}

/** Calls a top-level function of the loaded project by its global name, as Apps Script does. */
export function callGlobal(context: Context, name: string, ...args: unknown[]): unknown {
  const fn = (context as Record<string, unknown>)[name];
  if (typeof fn !== 'function') throw new Error(`${name} is not a top-level function in dist/`);
  return (fn as (...a: unknown[]) => unknown)(...args);
}
