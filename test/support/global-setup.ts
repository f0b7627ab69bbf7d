import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../../src/local/build/build';
import { BUILT_DIR_VARIABLE } from './built';

/*
 * Jest's globalSetup: builds the add-on once per run, before any test file starts, into a fresh
 * folder of this run's own. Tests only read it (test/support/built.ts), so no test builds, deletes
 * or waits for a build, a run needs no `npm run build` first, and neither `npm run build` nor a
 * second jest run beside it can change the files under a running test. The workers inherit the
 * folder's name through the environment; globalTeardown removes the folder.
 */
export default async function buildOncePerRun(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'social-kpis-test-dist-'));
  await build(folder);
  process.env[BUILT_DIR_VARIABLE] = folder;
}
