import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
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
 * Keeps the needs service's copy of the directory's organisations (assessments name their leads).
 * A replay or a merge can bring an older event after a newer one, so each write is guarded by the
 * event time: an older event never overwrites a newer state.
 */
@Controller()
export class OrganisationEventsConsumer {
  @EventPattern(OrganisationRegisteredV1.type)
  onRegistered(@Payload() event: CloudEvent<ProfileData>, @Ctx() context: InboxEventContext): Promise<void> {
    return this.applyProfile(context, event);
  }

  @EventPattern(OrganisationUpdatedV1.type)
  onUpdated(@Payload() event: CloudEvent<ProfileData>, @Ctx() context: InboxEventContext): Promise<void> {
    return this.applyProfile(context, event);
  }

  @EventPattern(OrganisationMergedV1.type)
  async onMerged(
    @Payload() event: CloudEvent<EventData<typeof OrganisationMergedV1>>,
    @Ctx() context: InboxEventContext,
  ): Promise<void> {
    await context.manager.query(
      `UPDATE organisation_replica
          SET status = 'MERGED', merged_into_id = $2, source_event_id = $3, source_event_time = $4
        WHERE id = $1 AND source_event_time <= $4`,
      [event.data.mergedOrganisationId, event.data.survivingOrganisationId, event.id, event.time],
    );
  }

  private async applyProfile(context: InboxEventContext, event: CloudEvent<ProfileData>): Promise<void> {
    const { organisationId, name, acronym, type } = event.data;
    await context.manager.query(
      `INSERT INTO organisation_replica (id, name, acronym, type, source_event_id, source_event_time)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (id) DO UPDATE SET
              name = excluded.name, acronym = excluded.acronym, type = excluded.type,
              source_event_id = excluded.source_event_id, source_event_time = excluded.source_event_time
        WHERE organisation_replica.source_event_time <= excluded.source_event_time`,
      [organisationId, name, acronym ?? null, type, event.id, event.time],
    );
  }
}
