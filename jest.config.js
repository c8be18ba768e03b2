// Two projects: `unit` (next to the code, no I/O) and `e2e` (test/, against the real PostgreSQL and
// Redis on 127.0.0.1; each run gets its own database and queue prefix, dropped afterwards).
const moduleNameMapper = {
  '^@k360/(config|database|queue|runtime|organisation|scoring|charts|reports)$': '<rootDir>/libs/$1/src',
};
// Transpile only (no type check per file): `npm run typecheck` checks types for the whole tree.
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json', diagnostics: false }] };

module.exports = {
  // Process-level e2e tests start the whole product; unit tests finish in milliseconds anyway.
  testTimeout: 120000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/apps', '<rootDir>/libs'],
      testMatch: ['**/*.spec.ts'],
      transform,
      moduleNameMapper,
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.e2e-spec.ts'],
      transform,
      moduleNameMapper,
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
