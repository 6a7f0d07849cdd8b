import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AgreementRevokedV1, TopicNames, createCloudEvent } from '@coordination/contracts';
import type { Viewer } from '@coordination/auth';
import { EventPublisher } from '@coordination/messaging';
import { DataSharingAgreementEntity } from '../data-sharing-agreement.entity';
import { IntegratorErrors } from '../integrator.errors';

/**
 * Revocation is immediate where it matters: the token endpoint stops issuing at once, and the
 * gateway, hearing the event, refuses the integrator's tokens and ends its subscriptions.
 */
@Injectable()
export class RevokeDataSharingAgreementUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
  ) {}

  async execute(agreementId: string, actor: Viewer, correlationId: string): Promise<DataSharingAgreementEntity> {
    const revoked = await this.dataSource.transaction(async (manager) => {
      const agreement = await manager
        .createQueryBuilder(DataSharingAgreementEntity, 'agreement')
        .setLock('pessimistic_write')
        .where('agreement.id = :agreementId', { agreementId })
        .getOne();
      if (!agreement) throw IntegratorErrors.agreementNotFound(agreementId);
      if (agreement.revokedAt) throw IntegratorErrors.agreementAlreadyRevoked(agreementId);
      agreement.revokedAt = new Date();
      agreement.revokedBy = actor.userId;
      await manager.save(DataSharingAgreementEntity, agreement);
      await this.events.record(
        manager,
        TopicNames.directoryAgreement,
        createCloudEvent(AgreementRevokedV1, {
          subject: agreement.id,
          source: '/coordination/directory',
          correlationId,
          actorOrg: actor.organisationId ?? undefined,
          data: {
            agreementId: agreement.id,
            integratorClientId: agreement.clientId,
            revokedAt: agreement.revokedAt.toISOString(),
          },
        }),
      );
      return agreement;
    });
    this.events.flush();
    return revoked;
  }
}
