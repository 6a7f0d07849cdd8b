export * from './test-environment';
export * from './test-database';
export * from './eventually';
export * from './kafka-test-helpers';
export * from './dedicated-kafka-broker';
export * from './platform-stack';
export * from './service-test-module';
export * from './callers';
