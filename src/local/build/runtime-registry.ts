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

type Param = NonNullable<KpiDefinition['fn']>['params'][number];

/** A parameter as a tuple: [name, kind, summed (1 or 0), default if optional]. */
function paramTuple(param: Param): unknown[] {
  const tuple: unknown[] = [param.name, param.kind, param.summed ? 1 : 0];
  if (param.optional) tuple.push(param.optional.default);
  return tuple;
}

/**
 * The KPI list as positional calls of two small factories rather than an object literal: the
 * same objects at run time, without repeating every key name ninety times in the script.
 */
function compactKpiList(): string {
  const calls = KPIS.map(runtimeKpi).map((kpi) => {
    const fn = kpi.fn ? [kpi.fn.name, kpi.fn.shape, kpi.fn.params.map(paramTuple)] : 0;
    const column = kpi.column ? [kpi.column.header, kpi.column.aggregation, kpi.column.aliases] : 0;
    const args = [kpi.id, kpi.label, kpi.family, kpi.unit, kpi.direction, fn, column, kpi.report ?? 0];
    return `k(${args.map((arg) => JSON.stringify(arg)).join(',')})`;
  });
  return `[${calls.join(',')}]`;
}

export function runtimeRegistrySource(): string {
  return [
    `const param = ([name, kind, summed, ...optional]) => ({ name, kind, ...(summed ? { summed: true } : {}), ...(optional.length ? { optional: { default: optional[0] } } : {}) });`,
    `const k = (id, label, family, unit, direction, fn, column, report) => ({ id, label, family, unit, direction,`,
    `  ...(fn ? { fn: { name: fn[0], shape: fn[1], params: fn[2].map(param) } } : {}),`,
    `  ...(column ? { column: { header: column[0], aggregation: column[1], aliases: column[2] } } : {}),`,
    `  ...(report ? { report } : {}) });`,
    `export const KPIS = ${compactKpiList()};`,
    `export const KEY_COLUMNS = ${JSON.stringify(KEY_COLUMNS)};`,
    `export const FAMILIES = ${JSON.stringify(FAMILIES)};`,
  ].join('\n');
}

/** Swaps src/kpi/registry.ts for its runtime fields when bundling the server. */
export function runtimeRegistryPlugin(): Plugin {
  return {
    name: 'runtime-registry',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]kpi[\\/]registry\.ts$/ }, (args) => ({
        contents: runtimeRegistrySource(),
        loader: 'js',
        resolveDir: dirname(args.path),
      }));
    },
  };
}
