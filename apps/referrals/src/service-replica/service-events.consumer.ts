import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { ServiceChangedV1, ServicePublishedV1, type CloudEvent, type EventData } from '@coordination/contracts';
import { InboxEventContext } from '@coordination/messaging';

type ServiceSummary = EventData<typeof ServicePublishedV1> | EventData<typeof ServiceChangedV1>;

/** `SECTOR` for every sector offered and `SECTOR/SUB` for every sub-sector, distinct. */
export function sectorCodesOf(sectors: ServiceSummary['sectors']): string[] {
  const codes = sectors.flatMap(({ sector, subSector }) => (subSector ? [sector, `${sector}/${subSector}`] : [sector]));
  return [...new Set(codes)];
}

/**
 * Keeps referrals' copy of the service directory: a referral to a service is addressed to the
 * organisation offering it, which must offer the sector and be active. Each event carries the whole
 * summary, so a write replaces the row, guarded by the event time against late or replayed events.
 */
@Controller()
export class ServiceEventsConsumer {
  @EventPattern(ServicePublishedV1.type)
  onPublished(@Payload() event: CloudEvent<ServiceSummary>, @Ctx() context: InboxEventContext): Promise<void> {
    return this.apply(event, context);
  }

  @EventPattern(ServiceChangedV1.type)
  onChanged(@Payload() event: CloudEvent<ServiceSummary>, @Ctx() context: InboxEventContext): Promise<void> {
    return this.apply(event, context);
  }

  private async apply(event: CloudEvent<ServiceSummary>, context: InboxEventContext): Promise<void> {
    const service = event.data;
    await context.manager.query(
      `INSERT INTO service_replica
              (id, organisation_id, name, status, sector_codes, location_pcodes, languages, population_groups,
               source_event_id, source_event_time)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (id) DO UPDATE SET
              organisation_id = excluded.organisation_id, name = excluded.name, status = excluded.status,
              sector_codes = excluded.sector_codes, location_pcodes = excluded.location_pcodes,
              languages = excluded.languages, population_groups = excluded.population_groups,
              source_event_id = excluded.source_event_id, source_event_time = excluded.source_event_time
        WHERE service_replica.source_event_time <= excluded.source_event_time`,
      [
        service.serviceId,
        service.organisationId,
        service.name,
        service.status,
        sectorCodesOf(service.sectors),
        service.locationPcodes,
        service.languages,
        service.populationGroups ?? [],
        event.id,
        event.time,
      ],
    );
  }
}
