import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { EntityManager } from 'typeorm';
import {
  OrganisationMergedV1,
  OrganisationRegisteredV1,
  OrganisationUpdatedV1,
  type CloudEvent,
  type EventData,
} from '@coordination/contracts';
import { InboxEventContext } from '@coordination/messaging';

type ProfileData = EventData<typeof OrganisationRegisteredV1> | EventData<typeof OrganisationUpdatedV1>;

/**
 * Keeps a service's copy of the directory's organisations. Events of one organisation arrive in
 * order (same key, same partition), but a replay or a merge touches several aggregates, so every
 * write is guarded by the event time: an older event never overwrites a newer state.
 */
@Controller()
export class OrganisationEventsConsumer {
  @EventPattern(OrganisationRegisteredV1.type)
  onRegistered(@Payload() event: CloudEvent<ProfileData>, @Ctx() context: InboxEventContext): Promise<void> {
    return this.applyProfile(context.manager, event);
  }

  @EventPattern(OrganisationUpdatedV1.type)
  onUpdated(@Payload() event: CloudEvent<ProfileData>, @Ctx() context: InboxEventContext): Promise<void> {
    return this.applyProfile(context.manager, event);
  }

  @EventPattern(OrganisationMergedV1.type)
  async onMerged(
    @Payload() event: CloudEvent<EventData<typeof OrganisationMergedV1>>,
    @Ctx() context: InboxEventContext,
  ): Promise<void> {
    await context.manager.query(
      `UPDATE organisation_replica
          SET status = 'MERGED', merged_into_id = $2, source_event_id = $3, source_event_time = $4
        WHERE id = $1 AND (source_event_time IS NULL OR source_event_time <= $4)`,
      [event.data.mergedOrganisationId, event.data.survivingOrganisationId, event.id, event.time],
    );
  }

  private async applyProfile(manager: EntityManager, event: CloudEvent<ProfileData>): Promise<void> {
    const { organisationId, name, acronym, type } = event.data;
    const registeredAt = 'registeredAt' in event.data ? event.data.registeredAt : event.time;
    await manager.query(
      `INSERT INTO organisation_replica
              (id, name, acronym, type, registered_at, aliases, region_pcodes, source_event_id, source_event_time)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (id) DO UPDATE SET
              name = excluded.name, acronym = excluded.acronym, type = excluded.type,
              aliases = excluded.aliases, region_pcodes = excluded.region_pcodes,
              source_event_id = excluded.source_event_id, source_event_time = excluded.source_event_time,
              replicated_at = now()
        WHERE organisation_replica.source_event_time IS NULL
           OR organisation_replica.source_event_time <= excluded.source_event_time`,
      [
        organisationId,
        name,
        acronym ?? null,
        type,
        registeredAt,
        event.data.aliases ?? [],
        event.data.regionPcodes ?? [],
        event.id,
        event.time,
      ],
    );
  }
}
