'use strict';

const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }];

/** Unit tests cover pure code in milliseconds; integration tests boot a real Strapi per file. */
module.exports = {
  reporters: ['default', '<rootDir>/tests/summary-reporter.js'],
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
      testTimeout: 120000,
      // Strapi keeps a module cache of its own; a fresh registry per file is what isolates boots.
      modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/playground/.strapi/', '<rootDir>/playground/dist/'],
    },
  ],
};
