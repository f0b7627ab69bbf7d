import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { APP_FILE, scriptOf } from '../../server/on-demand';
import { readScriptFiles } from '../workbench/project';
import { medianMs, verdict } from './measure';

const SIZE_TARGET_KB = 80;

/*
 * Every execution (each custom function call in a cell included) evaluates all of the project's
 * script files; the report, goals and import code is evaluated only by the executions that call
 * it. So the size that is latency is that of the script files, and the load times below show it.
 */

/** A fresh global scope per run, and source V8 has not compiled before, as in a new execution. */
function loadTime(sources: string[]): number {
  let run = 0;
  return medianMs(() => {
    const context = createContext({});
    run++;
    for (const code of sources) runInContext(`${code}\n//${run}`, context);
  });
}

export function benchScriptLoad(root = resolve(__dirname, '../../..')): string[] {
  const dist = join(root, 'dist');
  const scripts = readScriptFiles(dist);
  const onDemand = scriptOf(readFileSync(join(dist, `${APP_FILE}.html`), 'utf8'));
  const kb = (text: string) => Buffer.byteLength(text, 'utf8') / 1024;
  const scriptKb = scripts.reduce((sum, file) => sum + kb(file.source), 0);
  const eager = scripts.map((file) => file.source);
  return [
    'Server code (minified):',
    `  script files, loaded by every execution (${scripts.map((file) => file.name).join(', ')}): ` +
      `${scriptKb.toFixed(1)} KB (target ≤ ${SIZE_TARGET_KB} KB: ${verdict(scriptKb, SIZE_TARGET_KB)})`,
    `  on demand, loaded by menu actions and sidebar calls only (${APP_FILE}.html): ${kb(onDemand).toFixed(1)} KB`,
    `  fresh load of the script files: ${loadTime(eager).toFixed(2)} ms; ` +
      `with the on-demand code too: ${loadTime([...eager, onDemand]).toFixed(2)} ms (median of 15)`,
  ];
}
