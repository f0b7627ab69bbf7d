/*
 * The built add-on as Apps Script sees it: every dist/*.js file evaluated into one global scope,
 * and dist/*.html served by HtmlService. Nothing here knows the add-on's own function names:
 * menus, sidebars and custom functions are discovered the way Apps Script discovers them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ScriptFile {
  name: string;
  source: string;
}

/** Apps Script runs a project's files in one scope, in the project's file order (here: by name). */
export function readScriptFiles(distDir: string): ScriptFile[] {
  return readdirSync(distDir)
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => ({ name, source: readFileSync(join(distDir, name), 'utf8') }));
}

/**
 * Names of functions Sheets offers as custom functions: top-level declarations whose JSDoc holds
 * @customfunction, which is exactly what Sheets reads for autocomplete.
 */
export function customFunctionNames(files: readonly ScriptFile[]): string[] {
  const names: string[] = [];
  const pattern = /\/\*\*((?:(?!\*\/)[\s\S])*?)\*\/\s*function\s+([A-Za-z_$][\w$]*)\s*\(/g;
  for (const file of files) {
    for (const match of file.source.matchAll(pattern)) {
      if (/@customfunction\b/.test(match[1])) names.push(match[2]);
    }
  }
  return names;
}
