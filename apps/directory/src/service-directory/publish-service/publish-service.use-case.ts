import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { ServiceEntity } from '../entities/service.entity';
import type { ServiceRecord } from '../reading/service-record';
import { ServiceRecordRepository } from '../reading/service-record.repository';
import { ServiceErrors } from '../service.errors';
import { LocationChangePropagation } from '../writing/location-change.propagation';
import { assertOrganisationCanOffer } from '../writing/organisation-check';
import { assertMayManageServicesOf } from '../writing/service-authorization';
import { ServiceEventRecorder } from '../writing/service-event.recorder';
import { checkedServiceParts } from '../writing/service-parts';
import { ServicePartsWriter } from '../writing/service-parts.writer';
import { ServiceReferenceData } from '../writing/service-reference-data';
import type { PublishServiceCommand } from './publish-service.input';

const UNIQUE_VIOLATION = '23505';

/** Publishes a service of an organisation, with ServicePublishedV1 in the same transaction. */
@Injectable()
export class PublishServiceUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly referenceData: ServiceReferenceData,
    private readonly writer: ServicePartsWriter,
    private readonly records: ServiceRecordRepository,
    private readonly recorder: ServiceEventRecorder,
    private readonly propagation: LocationChangePropagation,
  ) {}

  async execute(command: PublishServiceCommand, actor: Viewer, correlationId: string): Promise<ServiceRecord> {
    assertMayManageServicesOf(actor, command.organisationId);
    // Reference data is checked before the transaction opens: a bad code writes nothing.
    const parts = checkedServiceParts(command, this.referenceData);
    const id = command.id ?? randomUUID();
    const published = await this.dataSource.transaction(async (manager) => {
      await assertOrganisationCanOffer(manager, command.organisationId);
      if (await manager.existsBy(ServiceEntity, { id })) throw ServiceErrors.alreadyPublished(id);
      const now = new Date();
      try {
        await manager.insert(ServiceEntity, {
          id,
          organisationId: command.organisationId,
          name: command.name,
          alternateName: command.alternateName ?? null,
          description: command.description,
          url: command.url ?? null,
          email: command.email ?? null,
          status: command.status,
          interpretationServices: command.interpretationServices ?? null,
          applicationProcess: command.applicationProcess ?? null,
          feesDescription: command.feesDescription ?? null,
          eligibilityDescription: command.eligibilityDescription ?? null,
          minimumAge: command.minimumAge ?? null,
          maximumAge: command.maximumAge ?? null,
          assuredDate: command.assuredDate ?? null,
          createdAt: now,
          createdBy: actor.userId,
          lastModified: now,
          lastModifiedBy: actor.userId,
        });
      } catch (error) {
        if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw ServiceErrors.alreadyPublished(id);
        throw error;
      }
      const changedLocations = await this.writer.replace(
        manager,
        { id, organisationId: command.organisationId },
        parts,
        now,
      );
      const record = (await this.records.load(manager, id))!;
      await this.recorder.published(manager, record, actor, correlationId);
      await this.propagation.touchServicesAt(manager, changedLocations, id, now, actor, correlationId);
      return record;
    });
    this.recorder.flush();
    return published;
  }
}
