import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext, type Context } from 'node:vm';

export const DIST = join(__dirname, '../../dist');

/**
 * Loads every dist/*.js file into one fresh context, in name order, the way Apps Script loads a
 * project: one shared global scope, nothing but ECMAScript globals and the services given.
 */
export function loadBundle(globals: Record<string, unknown> = {}): Context {
  const context = createContext({ ...globals });
  for (const file of readdirSync(DIST)
    .filter((name) => name.endsWith('.js'))
    .sort()) {
    runInContext(readFileSync(join(DIST, file), 'utf8'), context, { filename: file });
  }
  return context;
}

/** Calls a top-level function of the loaded project by its global name, as Apps Script does. */
export function callGlobal(context: Context, name: string, ...args: unknown[]): unknown {
  const fn = (context as Record<string, unknown>)[name];
  if (typeof fn !== 'function') throw new Error(`${name} is not a top-level function in dist/`);
  return (fn as (...a: unknown[]) => unknown)(...args);
}
