'use strict';

const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }];

/** Unit tests cover pure code in milliseconds; integration tests boot a real Strapi per file. */
module.exports = {
  reporters: ['default', '<rootDir>/tests/summary-reporter.js'],
  // Booting Strapi and seeding the playground takes seconds, more on PostgreSQL; a project-level
  // timeout is not honoured, so it is set for the whole run.
  testTimeout: 120000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/unit'],
      transform: { '^.+\\.ts$': swc },
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/integration'],
      transform: { '^.+\\.ts$': swc },
      // Build output and the playground's generated files are no test code: keep them out of Jest's module map.
      modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/playground/.strapi/', '<rootDir>/playground/dist/'],
      // `*.postgres.test.ts` are about PostgreSQL itself (a cluster of their own that they stop and
      // start): they run in the PostgreSQL pass only.
      testPathIgnorePatterns: process.env.DB === 'postgres' ? [] : ['\\.postgres\\.test\\.ts$'],
    },
    {
      // Chromium against the playground served by `strapi start` with its built admin panel: the
      // global setup builds and boots it once per run (see tests/e2e/global-setup.ts).
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/e2e'],
      testMatch: ['**/*.e2e.test.ts'],
      transform: { '^.+\\.ts$': swc },
      modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/playground/.strapi/', '<rootDir>/playground/dist/'],
      globalSetup: '<rootDir>/tests/e2e/global-setup.ts',
      globalTeardown: '<rootDir>/tests/e2e/global-teardown.ts',
    },
  ],
};
