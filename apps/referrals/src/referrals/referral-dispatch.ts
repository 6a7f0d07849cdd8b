import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReferralSentV1 } from '@coordination/contracts';
import type { Viewer } from '@coordination/auth';
import { EventPublisher } from '@coordination/messaging';
import { firstResponseDueAt, type ReferralPriority } from '@coordination/taxonomies';
import { assertConsentCovers } from '../consents/consent-coverage';
import { PersonalDataVault } from '../personal-data/personal-data-vault';
import { actorId } from '../shared/event-actor';
import { recordReferralEvent, referralFacts } from './referral-events';
import { resolveReceiver, type ReferralTarget } from './referral-target';
import { recordTransition } from './referral-transitions';
import { ReferralEntity } from './referral.entity';
import { sealReferralNotes } from './notes/referral-notes';

export interface ReferralRequest extends ReferralTarget {
  id: string;
  caseId: string;
  consentId?: string | null;
  servicesRequested: string[];
  reason: string;
  priority: ReferralPriority;
}

/**
 * Creates a sent referral, its first transition and its `sent` event, in the caller's transaction:
 * the one path by which a referral leaves an organisation, whether sent or forwarded.
 */
@Injectable()
export class ReferralDispatch {
  constructor(
    private readonly events: EventPublisher,
    private readonly vault: PersonalDataVault,
  ) {}

  async send(
    manager: EntityManager,
    request: ReferralRequest,
    sendingOrganisationId: string,
    actor: Viewer,
    now: Date,
    correlationId: string,
    forwardedFromId: string | null = null,
  ): Promise<ReferralEntity> {
    const receiver = await resolveReceiver(manager, request, sendingOrganisationId, now);
    await assertConsentCovers(manager, request.consentId, request.caseId, receiver.receivingOrganisationId);
    const notes = await sealReferralNotes(
      this.vault,
      manager,
      { id: request.id, sendingOrganisationId },
      { reason: request.reason, feedback: null },
    );
    const referral: ReferralEntity = {
      id: request.id,
      caseId: request.caseId,
      consentId: request.consentId as string,
      sendingOrganisationId,
      receivingOrganisationId: receiver.receivingOrganisationId,
      serviceId: receiver.serviceId,
      sector: request.sector,
      subSector: request.subSector ?? null,
      servicesRequested: request.servicesRequested,
      priority: request.priority,
      placePcode: request.placePcode,
      status: 'SENT',
      forwardedFromId,
      forwardedToId: null,
      sentAt: now,
      sentBy: actorId(actor),
      dueAt: firstResponseDueAt(now, request.priority),
      respondedAt: null,
      overdueAt: null,
      rejectionReason: null,
      outcome: null,
      ...notes,
      closedAt: null,
      version: 1,
      updatedAt: now,
    };
    await manager.insert(ReferralEntity, referral);
    await recordTransition(manager, referral.id, null, 'SENT', actor, now);
    await recordReferralEvent(this.events, manager, ReferralSentV1, referral, referralFacts(referral), {
      correlationId,
      actorOrganisationId: actor.organisationId,
      time: now,
    });
    return referral;
  }
}
