import type { DataColumnDefinition } from '../kpi/types';
import { KEY_COLUMNS } from '../kpi/registry';
import type { KeyColumnId } from './pack';
import { keyColumnAliases } from './packs';

/** A key column as every language's export may head it: the registry's English names, then each pack's. */
export function keyColumn(id: KeyColumnId): DataColumnDefinition {
  const column = KEY_COLUMNS[id];
  return { ...column, aliases: [...column.aliases, ...keyColumnAliases(id)] };
}
