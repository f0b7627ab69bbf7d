import { rmSync } from 'node:fs';
import { BUILT_DIR_VARIABLE } from './built';

/** Jest's globalTeardown: removes the run's build (test/support/global-setup.ts). */
export default function removeRunBuild(): void {
  const folder = process.env[BUILT_DIR_VARIABLE];
  if (folder) rmSync(folder, { recursive: true, force: true });
}
