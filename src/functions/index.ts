import { customFunctionKpis } from '../kpi/lookup';
import type { KpiDefinition } from '../kpi/types';
import { runElementwise, type FunctionResult } from './elementwise';
import { functionMessages as m, KpiFunctionError } from './errors';
import { AGGREGATE_KERNELS, ELEMENTWISE_KERNELS } from './implementations';

export { KpiFunctionError } from './errors';
export type { CellResult, FunctionResult } from './elementwise';

const byName = new Map<string, KpiDefinition>(customFunctionKpis().map((kpi) => [kpi.fn!.name, kpi]));

/**
 * The one entry the generated top-level stubs call: `CTR(a, b)` in the sheet runs
 * `runCustomFunction('CTR', [a, b])`. Errors are thrown, as Sheets shows a thrown message in the cell.
 */
export function runCustomFunction(name: string, args: ArrayLike<unknown>): FunctionResult {
  const kpi = byName.get(name);
  if (!kpi || !kpi.fn) throw new KpiFunctionError(m.unknownFunction(name));
  if (kpi.fn.shape === 'aggregate') {
    const kernel = AGGREGATE_KERNELS[kpi.id];
    if (!kernel) throw new KpiFunctionError(m.unknownFunction(name));
    const result = kernel(kpi.fn, args);
    // Sums of huge inputs can overflow; a cell must never show Infinity or NaN.
    if (typeof result === 'number' && !isFinite(result)) throw new KpiFunctionError(m.tooLarge(name));
    return result === 0 ? 0 : result;
  }
  const kernel = ELEMENTWISE_KERNELS[kpi.id];
  if (!kernel) throw new KpiFunctionError(m.unknownFunction(name));
  return runElementwise(kpi.fn, kernel, args);
}
