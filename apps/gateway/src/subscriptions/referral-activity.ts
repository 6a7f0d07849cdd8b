import type { Viewer } from '@coordination/auth';
import { TopicNames, findEventContract, type CloudEvent } from '@coordination/contracts';

export const REFERRAL_ACTIVITY_TYPE_DEFS = /* GraphQL */ `
  """
  A step of a referral the subscriber's organisation sent or received (sent, accepted, rejected, withdrawn,
  forwarded, completed, overdue): queues refetch on it. Codes and ids only, never personal data.
  """
  type ReferralActivity {
    eventId: ID!
    referralId: ID!
    "The event type's step: sent, accepted, rejected, withdrawn, forwarded, completed or overdue."
    step: String!
    sendingOrganisationId: ID!
    receivingOrganisationId: ID!
    priority: String!
    occurredAt: String!
  }
`;

export interface ReferralActivity {
  eventId: string;
  referralId: string;
  step: string;
  sendingOrganisationId: string;
  receivingOrganisationId: string;
  priority: string;
  occurredAt: string;
}

interface ReferralFacts {
  referralId: string;
  sendingOrganisationId: string;
  receivingOrganisationId: string;
  priority: string;
}

/** `org.coordination.referrals.referral.accepted.v1` -> `accepted`. */
function stepOf(type: string): string {
  return type.split('.').at(-2) ?? type;
}

/**
 * The referral step `event` carries, when the viewer's organisation is the sender or the receiver;
 * other organisations, and people of none, never learn that the referral exists.
 */
export function referralActivityFor(event: CloudEvent, viewer: Viewer): ReferralActivity | undefined {
  if (findEventContract(event.type)?.topic !== TopicNames.referralsReferral) return undefined;
  const facts = event.data as ReferralFacts;
  const organisation = viewer.organisationId;
  if (
    !organisation ||
    (facts.sendingOrganisationId !== organisation && facts.receivingOrganisationId !== organisation)
  ) {
    return undefined;
  }
  return {
    eventId: event.id,
    referralId: facts.referralId,
    step: stepOf(event.type),
    sendingOrganisationId: facts.sendingOrganisationId,
    receivingOrganisationId: facts.receivingOrganisationId,
    priority: facts.priority,
    occurredAt: event.time,
  };
}
