import * as vm from 'node:vm';
import { scriptFiles } from '../../support/bundle';

/** Every built *.js file by name (this run's build: test/support/built.ts). */
export type DistFiles = Record<string, string>;

export function readDist(): DistFiles {
  return Object.fromEntries(scriptFiles().map(({ name, source }) => [name, source]));
}

/**
 * One fresh global scope holding every script, as Apps Script loads a project: nothing but the
 * ECMAScript globals (no require, module, process or console), all files sharing it.
 */
export function loadIntoContext(files: DistFiles): vm.Context {
  const context = vm.createContext({});
  for (const [name, code] of Object.entries(files)) vm.runInContext(code, context, { filename: name });
  return context;
}

/** Evaluates an expression inside the context, so arrays and Dates belong to its realm. */
export function inContext<T = unknown>(context: vm.Context, expression: string): T {
  return vm.runInContext(`(${expression})`, context) as T;
}

/**
 * Copies a value from the test's realm into the context's: arrays become the context's arrays
 * and Dates its Dates, the way Sheets hands values to a custom function.
 */
export function cloner(context: vm.Context): (value: unknown) => unknown {
  return inContext(
    context,
    `function clone(v) {
      if (Array.isArray(v)) return v.map(clone);
      if (Object.prototype.toString.call(v) === '[object Date]') return new Date(v.getTime());
      return v;
    }`,
  );
}

/** A result from the context as plain test-realm values, for toEqual. */
export function toHost(value: unknown): unknown {
  return Array.isArray(value) ? value.map(toHost) : value;
}
