import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConsentRevokedV1, TopicNames, createCloudEvent } from '@coordination/contracts';
import type { Viewer } from '@coordination/auth';
import { EventPublisher } from '@coordination/messaging';
import { ReferralEntity } from '../../referrals/referral.entity';
import { Clock } from '../../shared/clock';
import { REFERRALS_EVENT_SOURCE, actorId } from '../../shared/event-actor';
import { caseWorkerOrganisation } from '../../shared/referral-roles';
import { ReferralsErrorCode, referralsError } from '../../shared/referrals.errors';
import { assertMayRecordConsent } from '../consent-recorders';
import { ConsentEntity } from '../consent.entity';
import type { RevokeConsentCommand } from './revoke-consent.input';

/**
 * Revokes a consent. From then on nothing is sent or forwarded under it and receivers no longer see
 * the case's personal data (the access rule checks the consent); every organisation that received a
 * referral under it is told, by event, to purge what it holds. Revoking twice changes nothing.
 */
@Injectable()
export class RevokeConsentUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
  ) {}

  async execute(command: RevokeConsentCommand, actor: Viewer, correlationId: string): Promise<ConsentEntity> {
    const organisationId = caseWorkerOrganisation(actor);
    const revoked = await this.dataSource.transaction(async (manager) => {
      const consent = await manager.findOne(ConsentEntity, {
        where: { id: command.consentId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!consent) {
        throw referralsError(ReferralsErrorCode.ConsentNotFound, `No consent ${command.consentId}`, 'input.consentId');
      }
      const referredCase = await assertMayRecordConsent(manager, consent.caseId, organisationId, 'input.consentId');
      if (consent.revokedAt) return consent;
      const now = this.clock.now();
      const changes = { revokedAt: now, revokedBy: actorId(actor) };
      await manager.update(ConsentEntity, { id: consent.id }, changes);
      const referrals = await manager.find(ReferralEntity, {
        where: { consentId: consent.id },
        order: { sentAt: 'ASC' },
      });
      await this.events.record(
        manager,
        TopicNames.referralsConsent,
        createCloudEvent(ConsentRevokedV1, {
          subject: consent.id,
          source: REFERRALS_EVENT_SOURCE,
          correlationId,
          actorOrg: organisationId,
          time: now,
          data: {
            consentId: consent.id,
            caseId: consent.caseId,
            owningOrganisationId: referredCase.organisationId,
            holderOrganisationIds: [...new Set(referrals.map((referral) => referral.receivingOrganisationId))],
            referralIds: referrals.map((referral) => referral.id),
            revokedAt: now.toISOString(),
          },
        }),
      );
      return { ...consent, ...changes };
    });
    this.events.flush();
    return revoked;
  }
}
