import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The work tree's root. */
export const ROOT = join(__dirname, '..', '..');

/** The configs that compile, lint and build the project. */
const CONFIG_FILES = [
  'package.json',
  'appsscript.json',
  'eslint.config.mjs',
  'tsconfig.json',
  'tsconfig.base.json',
  'tsconfig.server.json',
  'tsconfig.ui.json',
  'tsconfig.node.json',
];

/**
 * A copy of the project in a fresh temporary folder (the given folders, the configs, and
 * node_modules linked), for a test that edits source: this work tree is read by other tests and
 * a running lint at the same time, so no test writes into it.
 */
export function copyProject(name: string, folders: readonly string[] = ['src']): string {
  const copy = mkdtempSync(join(tmpdir(), `social-kpis-${name}-`));
  for (const folder of folders) cpSync(join(ROOT, folder), join(copy, folder), { recursive: true });
  for (const file of CONFIG_FILES) cpSync(join(ROOT, file), join(copy, file));
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  mkdirSync(join(copy, '.cache'));
  return copy;
}

export function removeCopy(copy: string | undefined): void {
  if (copy) rmSync(copy, { recursive: true, force: true });
}

/** A Node script of the project's tools (tsc, eslint, tsx) run in the copy: its status and output. */
export function runIn(
  copy: string,
  script: string,
  args: readonly string[],
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: copy, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A tool's entry script under node_modules. */
export const TOOLS = {
  tsc: join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
  eslint: join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js'),
  tsx: join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
};
