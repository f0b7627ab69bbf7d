import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseTable, prepareImport, type ImportChoices } from '../../src/import/analyse';
import { readCsvBytes } from '../../src/import/read';

export const FIXTURES = join(__dirname, '../fixtures');

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

/** Reads, analyses and prepares a file the way the dialog does with its proposals accepted. */
export function importText(bytes: Uint8Array, override: Partial<ImportChoices> = {}) {
  const read = readCsvBytes(bytes);
  if (!read.ok) throw new Error(read.message);
  const analysis = analyseTable(read.table, read.delimiter);
  const choices: ImportChoices = {
    targets: analysis.mapping.map((column) => column.target),
    channel: analysis.channel,
    ...override,
  };
  return { read, analysis, prepared: prepareImport(read.table, analysis, choices) };
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
