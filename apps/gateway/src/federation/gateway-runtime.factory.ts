import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import type { GatewayConfig } from '../gateway.config';
import type { CloudEvent } from '@coordination/contracts';
import type { AgreementRegistry } from '../integrators/agreement-registry';
import type { LiveFeed } from '../subscriptions/live-feed';
import { SUBSCRIPTION_TYPE_DEFS, subscriptionResolvers } from '../subscriptions/subscription-schema';
import type { GatewayRequestContext } from './gateway-request-context';
import { useQueryLimits } from './query-limits.plugin';
import { loadSupergraph } from './supergraph-file';

/** Headers a subgraph needs to authorise the caller itself and to keep the correlation id. */
const FORWARDED_HEADERS = ['authorization', 'x-correlation-id', 'traceparent'] as const;

/**
 * The federated gateway (Hive Gateway runtime, MIT) over the committed supergraph, with depth and
 * cost limits, introspection off unless configured, and Kafka-fed subscriptions.
 */
export function createFederatedGateway(
  config: GatewayConfig,
  events: LiveFeed<CloudEvent>,
  agreements: AgreementRegistry,
): GatewayRuntime<GatewayRequestContext> {
  return createGatewayRuntime<GatewayRequestContext>({
    supergraph: () => loadSupergraph(config.subgraphUrls),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    logging: config.logLevel === 'debug' ? 'debug' : 'error',
    disableIntrospection: config.introspection ? undefined : { disableIf: () => true },
    additionalTypeDefs: SUBSCRIPTION_TYPE_DEFS,
    additionalResolvers: subscriptionResolvers(events, agreements),
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) =>
        Object.fromEntries(FORWARDED_HEADERS.map((name) => [name, request.headers.get(name)])),
    },
    plugins: () => [useQueryLimits({ maxDepth: config.maxDepth, maxCost: config.maxCost })],
  });
}
