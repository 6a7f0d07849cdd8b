import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AgreementGrantedV1, TopicNames, createCloudEvent } from '@coordination/contracts';
import type { Viewer } from '@coordination/auth';
import { EventPublisher } from '@coordination/messaging';
import { checkedAgreementScope } from '../agreement-scope';
import { DataSharingAgreementEntity } from '../data-sharing-agreement.entity';
import { IntegratorClientEntity } from '../integrator-client.entity';
import { IntegratorErrors } from '../integrator.errors';
import type { GrantDataSharingAgreementCommand } from '../integrator.schemas';

@Injectable()
export class GrantDataSharingAgreementUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
  ) {}

  async execute(
    command: GrantDataSharingAgreementCommand,
    actor: Viewer,
    correlationId: string,
  ): Promise<DataSharingAgreementEntity> {
    const now = new Date();
    const validFrom = command.validFrom ?? now;
    if (command.validTo <= validFrom || command.validTo <= now) throw IntegratorErrors.invalidPeriod();
    const eventTypes = [...new Set(command.eventTypes)];
    const allowedFields = checkedAgreementScope(eventTypes, command.allowedFields ?? []);
    const agreement = await this.dataSource.transaction(async (manager) => {
      const client = await manager.findOneBy(IntegratorClientEntity, { clientId: command.clientId });
      if (!client) throw IntegratorErrors.clientNotFound(command.clientId);
      const granted = manager.create(DataSharingAgreementEntity, {
        id: randomUUID(),
        clientId: client.clientId,
        eventTypes,
        allowedFields,
        validFrom,
        validTo: command.validTo,
        grantedAt: now,
        grantedBy: actor.userId,
        revokedAt: null,
        revokedBy: null,
      });
      await manager.insert(DataSharingAgreementEntity, granted);
      await this.events.record(
        manager,
        TopicNames.directoryAgreement,
        createCloudEvent(AgreementGrantedV1, {
          subject: granted.id,
          source: '/coordination/directory',
          correlationId,
          actorOrg: actor.organisationId ?? undefined,
          data: {
            agreementId: granted.id,
            integratorClientId: client.clientId,
            organisationId: client.organisationId,
            eventTypes,
            allowedFields,
            validFrom: validFrom.toISOString(),
            validTo: command.validTo.toISOString(),
            grantedAt: now.toISOString(),
          },
        }),
      );
      return granted;
    });
    this.events.flush();
    return agreement;
  }
}
