/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      {
        // Type checking runs once, in `npm run lint` (tsc --noEmit); isolatedModules makes ts-jest
        // only transpile, for speed.
        tsconfig: { module: 'CommonJS', moduleResolution: 'Node10', target: 'ES2020', isolatedModules: true },
      },
    ],
  },
  // Browser tests start Chromium and a server; they get more time than unit tests.
  testTimeout: 30000,
};
