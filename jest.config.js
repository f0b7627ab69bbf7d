/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      {
        // Type checking runs once, in `npm run lint` (tsc -b); isolatedModules makes ts-jest
        // only transpile, for speed.
        tsconfig: { module: 'CommonJS', moduleResolution: 'Node10', target: 'ES2020', isolatedModules: true },
      },
    ],
  },
  // The add-on is built once per run, before any test, into a folder of the run's own that the
  // tests only read (test/support/built.ts): no prior `npm run build`, and no test rebuilds it.
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  // Browser tests start Chromium and a server; they get more time than unit tests.
  testTimeout: 30000,
};
