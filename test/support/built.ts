/*
 * The add-on as `npm run build` makes it, built once per jest run by test/support/global-setup.ts
 * into a folder of the run's own, whose name the test workers inherit through the environment.
 */

export const BUILT_DIR_VARIABLE = 'SOCIAL_KPIS_TEST_DIST';

/** The folder holding this run's bundle.js, functions.js, server.js and pages. */
export function builtDir(): string {
  const folder = process.env[BUILT_DIR_VARIABLE];
  if (!folder) {
    throw new Error(
      `${BUILT_DIR_VARIABLE} is not set: run the tests with jest, whose globalSetup builds the add-on.`,
    );
  }
  return folder;
}
