export * from './subgraph.module';
export * from './connection';
export * from './input-validation';
export * from './service-status.resolver';
export * from './correlation-id';
export * from './is-uuid';
export * from './sex-age-cells.input';
export * from './sex-age-cells.model';
