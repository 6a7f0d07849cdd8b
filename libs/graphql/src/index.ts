export * from './subgraph.module';
export * from './connection';
export * from './input-validation';
export * from './service-status.resolver';
