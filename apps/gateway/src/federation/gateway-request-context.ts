import type { Viewer } from '@coordination/auth';

/** What the gateway knows of a request beyond GraphQL itself. */
export interface GatewayRequestContext {
  viewer: Viewer | null;
}
