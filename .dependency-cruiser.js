/**
 * Boundaries (DESIGN.md): an app may import any lib, never another app; libs never import apps;
 * libs/contracts imports nothing of ours, so producers and consumers can share it freely.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-app-to-app',
      comment: 'Apps talk through Kafka events and the gateway, never by importing each other.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/([^/]+)/', pathNot: '^apps/$1/' },
    },
    {
      name: 'no-lib-to-app',
      comment: 'Shared code must not depend on a particular service.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'contracts-import-nothing-of-ours',
      comment: 'Event contracts are the shared language; they depend on no other part of the repo.',
      severity: 'error',
      from: { path: '^libs/contracts/' },
      to: { path: '^(apps|libs/(?!contracts/)|test|bench)' },
    },
    {
      name: 'no-production-code-on-tests',
      comment: 'Test helpers and fixtures are for tests only (and for the test helpers under apps/*/src/testing).',
      severity: 'error',
      from: {
        path: '^(apps|libs)/',
        pathNot: '\\.(spec|int-spec|e2e-spec)\\.ts$|^libs/testing/|^apps/[^/]+/src/testing/',
      },
      to: { path: '^(test/|libs/testing/)' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules|\\.cache)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
