import type { IResolvers } from '@graphql-tools/utils';
import { GraphQLError } from 'graphql';
import { AuthErrorCode } from '@coordination/auth';
import type { GatewayRequestContext } from '../federation/gateway-request-context';
import type { OrganisationRegistrationsFeed } from './organisation-registrations.feed';

/**
 * Subscriptions are served by the gateway itself, fed from Kafka, and added to the composed schema;
 * queries and mutations are planned over the subgraphs.
 */
export const SUBSCRIPTION_TYPE_DEFS = /* GraphQL */ `
  "An organisation newly registered in the directory, as announced on Kafka."
  type OrganisationRegistration {
    eventId: ID!
    organisationId: ID!
    name: String!
    acronym: String
    type: OrganisationType!
    registeredAt: String!
  }

  type Subscription {
    "Organisations registered from now on. Requires an authenticated connection."
    organisationRegistered: OrganisationRegistration!
  }
`;

export function subscriptionResolvers(feed: OrganisationRegistrationsFeed): IResolvers<unknown, GatewayRequestContext> {
  return {
    Subscription: {
      organisationRegistered: {
        subscribe: (_root: unknown, _args: unknown, context: GatewayRequestContext) => {
          if (!context.viewer) {
            throw new GraphQLError('Subscriptions need an authenticated connection', {
              extensions: { code: AuthErrorCode.Unauthenticated },
            });
          }
          return feed.feed.subscribe();
        },
        resolve: (registration: unknown) => registration,
      },
    },
  };
}
