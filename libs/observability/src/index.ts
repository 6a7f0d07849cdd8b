export * from './readiness.registry';
export * from './health.controller';
export * from './metrics.controller';
export * from './observability.module';
export * from './database-readiness';
export * from './json-logger';
