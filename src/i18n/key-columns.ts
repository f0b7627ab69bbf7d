import type { DataColumnDefinition } from '../kpi/types';
import { KEY_COLUMNS, type ColumnKpiId } from '../kpi/registry';
import type { KeyColumnId } from './pack';
import { columnAliases, keyColumnAliases } from './packs';

/** A key column as every language's export may head it: the registry's English names, then each pack's. */
export function keyColumn(id: KeyColumnId): DataColumnDefinition {
  const column = KEY_COLUMNS[id];
  return { ...column, aliases: [...column.aliases, ...keyColumnAliases(id)] };
}

/** A counted data column as every language's export may head it: the registry's names, then each pack's. */
export function countedColumn(id: ColumnKpiId, column: DataColumnDefinition): DataColumnDefinition {
  return { ...column, aliases: [...column.aliases, ...columnAliases(id)] };
}
