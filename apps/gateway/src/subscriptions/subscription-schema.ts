import type { IResolvers } from '@graphql-tools/utils';
import { GraphQLError, GraphQLScalarType } from 'graphql';
import { AuthErrorCode } from '@coordination/auth';
import { OrganisationRegisteredV1, type CloudEvent } from '@coordination/contracts';
import type { GatewayRequestContext } from '../federation/gateway-request-context';
import type { AgreementRegistry } from '../integrators/agreement-registry';
import { deliverable, grantPlatformEvents } from '../integrators/platform-event-access';
import { COVERAGE_CHANGES_TYPE_DEFS, coverageChangeFor, type CoverageWatch } from './coverage-changes';
import { IMPORT_JOB_PROGRESS_TYPE_DEFS, assertMayFollowImports, followImportJob } from './import-job-progress';
import { assertPersonSubscriber } from './person-subscriber';
import { REFERRAL_ACTIVITY_TYPE_DEFS, referralActivityFor } from './referral-activity';
import type { LiveFeed } from './live-feed';
import { transformIterator } from './transform-iterator';

/**
 * Subscriptions are served by the gateway itself, fed from Kafka, and added to the composed schema;
 * queries and mutations are planned over the subgraphs.
 */
export const SUBSCRIPTION_TYPE_DEFS = /* GraphQL */ `
  "Any JSON value: the data of an event, as its contract in docs/events/asyncapi.yaml describes it."
  scalar JSON

  "An organisation newly registered in the directory, as announced on Kafka."
  type OrganisationRegistration {
    eventId: ID!
    organisationId: ID!
    name: String!
    acronym: String
    type: OrganisationType!
    registeredAt: String!
  }

  "A platform event (CloudEvents 1.0 attributes and data). Personal data never travels in events."
  type PlatformEvent {
    id: ID!
    type: String!
    source: String!
    subject: String!
    time: String!
    correlationId: String
    data: JSON!
  }

  type Subscription {
    "Organisations registered from now on. Requires an authenticated connection."
    organisationRegistered: OrganisationRegistration!
    """
    Events of the given types from now on. Integrators receive only what their data-sharing
    agreement covers (and the stream ends when it is revoked); platform admins receive any type.
    \`fields\` narrows \`data\` to those fields.
    """
    platformEvents(types: [String!]!, fields: [String!]): PlatformEvent!
    """
    Steps of an activity import job from now on (started, progressed, completed, failed), for the
    job's organisation and platform admins; the stream ends once the job completed or failed.
    """
    importJobProgress(jobId: ID!): ImportJobProgress!
    """
    Notices that the coverage figures changed for a sector (all by default) at a place (a P-code: changes
    inside it or containing it; all places by default), for people's screens to refetch.
    """
    coverageChanged(sector: String, pcode: String): CoverageChange!
    "Steps of the referrals the subscriber's organisation sent or received, for its queues."
    referralActivity: ReferralActivity!
  }

  ${IMPORT_JOB_PROGRESS_TYPE_DEFS}
  ${COVERAGE_CHANGES_TYPE_DEFS}
  ${REFERRAL_ACTIVITY_TYPE_DEFS}
`;

const JsonScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: (value) => value,
});

function toPlatformEvent(event: CloudEvent) {
  const { id, type, source, subject, time, correlationid, data } = event;
  return { id, type, source, subject, time, correlationId: correlationid ?? null, data };
}

export function subscriptionResolvers(
  events: LiveFeed<CloudEvent>,
  agreements: AgreementRegistry,
): IResolvers<unknown, GatewayRequestContext> {
  return {
    JSON: JsonScalar,
    Subscription: {
      organisationRegistered: {
        subscribe: (_root: unknown, _args: unknown, context: GatewayRequestContext) => {
          if (!context.viewer) {
            throw new GraphQLError('Subscriptions need an authenticated connection', {
              extensions: { code: AuthErrorCode.Unauthenticated },
            });
          }
          return transformIterator(events.subscribe(), (event) =>
            event.type === OrganisationRegisteredV1.type ? { ...(event.data as object), eventId: event.id } : undefined,
          );
        },
        resolve: (registration: unknown) => registration,
      },
      platformEvents: {
        subscribe: (
          _root: unknown,
          args: { types: string[]; fields?: string[] | null },
          context: GatewayRequestContext,
        ) => {
          const grant = grantPlatformEvents(context.viewer, agreements, args.types, args.fields);
          return transformIterator(
            events.subscribe(),
            (event) => {
              const delivered = deliverable(event, grant);
              return delivered && toPlatformEvent(delivered);
            },
            grant.agreementId
              ? (stop) => agreements.onRevoked((revoked) => revoked === grant.agreementId && stop())
              : undefined,
          );
        },
        resolve: (event: unknown) => event,
      },
      importJobProgress: {
        subscribe: (_root: unknown, args: { jobId: string }, context: GatewayRequestContext) => {
          assertMayFollowImports(context.viewer);
          return followImportJob(events.subscribe(), args.jobId, context.viewer);
        },
        resolve: (progress: unknown) => progress,
      },
      referralActivity: {
        subscribe: (_root: unknown, _args: unknown, context: GatewayRequestContext) => {
          assertPersonSubscriber(context.viewer, 'referrals');
          const viewer = context.viewer;
          return transformIterator(events.subscribe(), (event) => referralActivityFor(event, viewer));
        },
        resolve: (activity: unknown) => activity,
      },
      coverageChanged: {
        subscribe: (_root: unknown, args: CoverageWatch, context: GatewayRequestContext) => {
          assertPersonSubscriber(context.viewer, 'coverage changes');
          return transformIterator(events.subscribe(), (event) => coverageChangeFor(event, args));
        },
        resolve: (change: unknown) => change,
      },
    },
  };
}
