export type { GatewayConfig } from './gateway.config';

/** Injection token for the validated gateway configuration. */
export const GatewayConfigToken = Symbol('GatewayConfig');
