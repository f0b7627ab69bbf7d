import { KPIS } from './registry';
import type { KpiDefinition } from './types';

let byId: Map<string, KpiDefinition> | undefined;

export function kpiById(id: string): KpiDefinition | undefined {
  byId ??= new Map(KPIS.map((kpi) => [kpi.id, kpi]));
  return byId.get(id);
}

export function customFunctionKpis(): KpiDefinition[] {
  return KPIS.filter((kpi) => kpi.fn !== undefined);
}

export function columnKpis(): KpiDefinition[] {
  return KPIS.filter((kpi) => kpi.column !== undefined);
}
