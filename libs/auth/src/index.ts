export * from './roles';
export * from './viewer';
export * from './auth.errors';
export * from './token-verifier';
export * from './dev-token-issuer';
export * from './viewer.decorators';
export * from './auth.module';
