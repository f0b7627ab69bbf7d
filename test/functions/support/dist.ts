import { createHash } from 'node:crypto';
import { mkdirSync, rmdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as vm from 'node:vm';
import { build } from '../../../src/local/build/build';
import { readScriptFiles } from '../../../src/local/workbench/project';

export const ROOT = resolve(__dirname, '../../..');
export const DIST = join(ROOT, 'dist');

/** Every dist/*.js file by name, read right after a fresh build. */
export type DistFiles = Record<string, string>;

const LOCK = join(
  tmpdir(),
  `social-kpis-build-${createHash('sha1').update(ROOT).digest('hex').slice(0, 12)}.lock`,
);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Builds dist/ and reads its scripts. Test files run in parallel workers and the build starts by
 * deleting dist/, so a lock (an atomic mkdir) keeps one build-and-read at a time.
 */
export async function buildAndReadDist(): Promise<DistFiles> {
  for (const started = Date.now(); ;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock older than a minute was left by a killed run.
      const lock = statSync(LOCK, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > 60000) rmdirSync(LOCK);
      if (Date.now() - started > 120000) throw new Error(`timed out waiting for ${LOCK}`);
      await sleep(50);
    }
  }
  const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    await build();
    const files: DistFiles = {};
    for (const { name, source } of readScriptFiles(DIST)) files[name] = source;
    return files;
  } finally {
    log.mockRestore();
    rmdirSync(LOCK);
  }
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
