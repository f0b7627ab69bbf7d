/*
 * The part of Papa Parse (https://www.papaparse.com/docs) the import dialog uses: parsing a
 * string. The browser and server configs (tsconfig.ui.json, tsconfig.server.json) map
 * 'papaparse' here because @types/papaparse begins with `/// <reference types="node" />`, which
 * would give every file they check Node's globals (process, Buffer) and hide a Node-only call in
 * shipped code. The Node config (tests, tools) keeps @types/papaparse; both type the same calls.
 */

export interface ParseConfig {
  delimiter?: string;
  delimitersToGuess?: string[];
  preview?: number;
  skipEmptyLines?: boolean | 'greedy';
}

export interface ParseResult<T> {
  data: T[];
  meta: { delimiter: string };
}

export function parse<T>(input: string, config?: ParseConfig): ParseResult<T>;
