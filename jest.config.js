// Three tiers, named by what is real in them:
//   unit         *.spec.ts       no I/O
//   integration  *.int-spec.ts   real PostgreSQL and Kafka; one fresh database per file
//   e2e          *.e2e-spec.ts   all apps running, through the gateway
// `npm test` (scripts/test.sh) starts the broker once for the whole run and sets KAFKA_BROKERS.
const { readFileSync } = require('node:fs');

const swcConfig = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swcConfig.$schema;
// swc rewrites path aliases against an absolute base directory.
swcConfig.jsc.baseUrl = __dirname;

const aliases = Object.fromEntries(
  Object.entries(swcConfig.jsc.paths)
    .filter(([alias]) => !alias.endsWith('/*'))
    .map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcConfig, swcrc: false }] },
  moduleNameMapper: { ...aliases, '^@coordination/contracts/(.*)$': '<rootDir>/libs/contracts/src/$1' },
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.cache/'],
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
};

module.exports = {
  // Jest reads the timeout from the global config, not the projects': without it every test without a
  // timeout of its own gets 5 s, too little for integration tests on a busy 2-core machine.
  testTimeout: 120_000,
  reporters: ['default', '<rootDir>/test/setup/summary-reporter.js'],
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['**/*.int-spec.ts'],
      globalSetup: '<rootDir>/test/setup/integration.global-setup.ts',
      slowTestThreshold: 30,
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/setup/e2e.global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/e2e.global-teardown.ts',
    },
  ],
};
