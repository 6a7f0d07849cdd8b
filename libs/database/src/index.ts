export * from './database-url';
export * from './ensure-database';
export * from './data-source-options';
export * from './migrate-database';
export * from './migrate-cli';
export * from './json-documents';
