import type { Plugin } from 'esbuild';
import { dirname } from 'node:path';
import { FAMILIES, KEY_COLUMNS, KPIS } from '../../kpi/registry';
import type { KpiDefinition } from '../../kpi/types';

/*
 * Every custom function call loads the whole server script, so its size is latency. The
 * registry's prose (help, formula, examples, argument descriptions) is read only at build time:
 * by the JSDoc stubs, the Help / About pages, the sidebar page and the README. The server bundle
 * gets the same registry without it.
 */

/** The registry fields that are documentation: nothing in the server bundle may read them. */
export const DOCUMENTATION_FIELDS = {
  kpi: ['formula', 'help', 'seed'],
  fn: ['example', 'totalExample'],
  param: ['description'],
} as const;

function omit<T extends object>(value: T, keys: readonly string[]): T {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key))) as T;
}

export function runtimeKpi(kpi: KpiDefinition): KpiDefinition {
  const slim = omit(kpi, DOCUMENTATION_FIELDS.kpi);
  if (!kpi.fn) return slim;
  return {
    ...slim,
    fn: {
      ...omit(kpi.fn, DOCUMENTATION_FIELDS.fn),
      params: kpi.fn.params.map((param) => omit(param, DOCUMENTATION_FIELDS.param)),
    },
  };
}

export function runtimeRegistrySource(): string {
  return [
    `export const KPIS = ${JSON.stringify(KPIS.map(runtimeKpi))};`,
    `export const KEY_COLUMNS = ${JSON.stringify(KEY_COLUMNS)};`,
    `export const FAMILIES = ${JSON.stringify(FAMILIES)};`,
    `export { columnKpis, customFunctionKpis, kpiById } from './lookup';`,
  ].join('\n');
}

/** Swaps src/kpi/registry.ts for its runtime fields when bundling the server. */
export function runtimeRegistryPlugin(): Plugin {
  return {
    name: 'runtime-registry',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]kpi[\\/]registry\.ts$/ }, (args) => ({
        contents: runtimeRegistrySource(),
        loader: 'ts',
        resolveDir: dirname(args.path),
      }));
    },
  };
}
