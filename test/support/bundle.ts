import { createContext, runInContext, type Context } from 'node:vm';
import { readScriptFiles, type ScriptFile } from '../../src/local/workbench/project';
import { builtDir } from './built';

/** This run's build of the add-on (built once by jest's globalSetup; tests only read it). */
export const DIST = builtDir();

/** Every dist/*.js file, in name order: the project's script files as Apps Script loads them. */
export function scriptFiles(dist: string = DIST): ScriptFile[] {
  return readScriptFiles(dist);
}

/**
 * Loads every script file into one fresh context, in name order, the way Apps Script loads a
 * project: one shared global scope, nothing but ECMAScript globals and the services given.
 */
export function loadBundle(globals: Record<string, unknown> = {}, dist: string = DIST): Context {
  const context = createContext({ ...globals });
  for (const { name, source } of scriptFiles(dist)) runInContext(source, context, { filename: name });
  return context;
}

/** Calls a top-level function of the loaded project by its global name, as Apps Script does. */
export function callGlobal(context: Context, name: string, ...args: unknown[]): unknown {
  const fn = (context as Record<string, unknown>)[name];
  if (typeof fn !== 'function') throw new Error(`${name} is not a top-level function in dist/`);
  return (fn as (...a: unknown[]) => unknown)(...args);
}
