import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OrganisationUpdatedV1, TopicNames, createCloudEvent } from '@coordination/contracts';
import type { Viewer } from '@coordination/auth';
import { EventPublisher } from '@coordination/messaging';
import { profileEventData, type OrganisationProfile } from './organisation-profile';

/** Records "organisation updated" with the whole profile after the change, in the caller's transaction. */
@Injectable()
export class OrganisationChangeRecorder {
  constructor(private readonly events: EventPublisher) {}

  recordUpdated(manager: EntityManager, profile: OrganisationProfile, actor: Viewer, correlationId: string) {
    return this.events.record(
      manager,
      TopicNames.directoryOrganisation,
      createCloudEvent(OrganisationUpdatedV1, {
        subject: profile.organisation.id,
        source: '/coordination/directory',
        correlationId,
        actorOrg: actor.organisationId ?? undefined,
        data: { ...profileEventData(profile), updatedAt: profile.organisation.updatedAt.toISOString() },
      }),
    );
  }
}
