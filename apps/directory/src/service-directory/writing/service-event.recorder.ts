import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ServiceChangedV1, ServicePublishedV1, TopicNames, createCloudEvent } from '@coordination/contracts';
import type { Viewer } from '@coordination/auth';
import { EventPublisher } from '@coordination/messaging';
import type { ServiceRecord } from '../reading/service-record';
import { serviceSummary } from './service-summary';

const SOURCE = '/coordination/directory';

/** Records service events in the outbox, inside the transaction that made the change. */
@Injectable()
export class ServiceEventRecorder {
  constructor(private readonly events: EventPublisher) {}

  published(manager: EntityManager, record: ServiceRecord, actor: Viewer, correlationId: string): Promise<void> {
    return this.events.record(
      manager,
      TopicNames.directoryService,
      createCloudEvent(ServicePublishedV1, {
        subject: record.service.id,
        source: SOURCE,
        correlationId,
        actorOrg: actor.organisationId ?? undefined,
        data: { ...serviceSummary(record), publishedAt: record.service.createdAt.toISOString() },
      }),
    );
  }

  changed(manager: EntityManager, record: ServiceRecord, actor: Viewer, correlationId: string): Promise<void> {
    return this.events.record(
      manager,
      TopicNames.directoryService,
      createCloudEvent(ServiceChangedV1, {
        subject: record.service.id,
        source: SOURCE,
        correlationId,
        actorOrg: actor.organisationId ?? undefined,
        data: { ...serviceSummary(record), changedAt: record.service.lastModified.toISOString() },
      }),
    );
  }

  /** After the commit: the relay publishes at once instead of at its next poll. */
  flush(): void {
    this.events.flush();
  }
}
