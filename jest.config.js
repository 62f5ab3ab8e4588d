// ESM + ts-jest: run through `npm test` (NODE_OPTIONS=--experimental-vm-modules); `npm run test:unit` for the unit
// tests alone. Progress: jest's default reporter prints each file as it ends; test/support/progress-reporter.mjs
// adds a line whenever the log was quiet for 30 s (what is running, how far) and the slowest files at the end.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }],
  },
  roots: ['<rootDir>/test'],
  testMatch: ['<rootDir>/test/unit/**/*.test.ts', '<rootDir>/test/integration/**/*.test.ts'],
  // Two workers even on two cores (jest's default there is one): the integration files mostly wait on the git,
  // node and kubectl processes they spawn, so two files side by side use the machine (docs/development.md).
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/test/support/progress-reporter.mjs'],
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  // A guard against a hung test, not a speed limit: nothing asserts wall time (timing lives in bench/).
  testTimeout: 60000,
};
