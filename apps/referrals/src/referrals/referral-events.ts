import type { EntityManager } from 'typeorm';
import { TopicNames, createCloudEvent, type EventContract, type EventData } from '@coordination/contracts';
import type { EventPublisher } from '@coordination/messaging';
import { REFERRALS_EVENT_SOURCE } from '../shared/event-actor';
import type { ReferralEntity } from './referral.entity';

/** What every referral event says about the referral: ids, organisations, sector, priority, place, times. */
export function referralFacts(referral: ReferralEntity) {
  return {
    referralId: referral.id,
    caseId: referral.caseId,
    sendingOrganisationId: referral.sendingOrganisationId,
    receivingOrganisationId: referral.receivingOrganisationId,
    serviceId: referral.serviceId,
    sector: referral.sector,
    subSector: referral.subSector,
    priority: referral.priority,
    placePcode: referral.placePcode,
    forwardedFromReferralId: referral.forwardedFromId,
    sentAt: referral.sentAt.toISOString(),
    dueAt: referral.dueAt.toISOString(),
  };
}

export interface EventOrigin {
  correlationId: string;
  actorOrganisationId: string | null;
  time: Date;
}

/** Records a referral event in the outbox, keyed by the referral, in the transaction of the change. */
export function recordReferralEvent<TContract extends EventContract>(
  events: EventPublisher,
  manager: EntityManager,
  contract: TContract,
  referral: ReferralEntity,
  data: EventData<TContract>,
  origin: EventOrigin,
): Promise<void> {
  return events.record(
    manager,
    TopicNames.referralsReferral,
    createCloudEvent(contract, {
      subject: referral.id,
      source: REFERRALS_EVENT_SOURCE,
      correlationId: origin.correlationId,
      actorOrg: origin.actorOrganisationId ?? undefined,
      time: origin.time,
      data,
    }),
  );
}
