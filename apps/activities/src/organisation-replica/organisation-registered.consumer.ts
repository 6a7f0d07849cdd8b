import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { OrganisationRegisteredV1, type CloudEvent, type EventData } from '@coordination/contracts';
import { InboxEventContext } from '@coordination/messaging';
import { OrganisationReplicaEntity } from './organisation-replica.entity';

@Controller()
export class OrganisationRegisteredConsumer {
  @EventPattern(OrganisationRegisteredV1.type)
  async onOrganisationRegistered(
    @Payload() event: CloudEvent<EventData<typeof OrganisationRegisteredV1>>,
    @Ctx() context: InboxEventContext,
  ): Promise<void> {
    const { organisationId, name, acronym, type, registeredAt } = event.data;
    await context.manager.upsert(
      OrganisationReplicaEntity,
      {
        id: organisationId,
        name,
        acronym: acronym ?? null,
        type,
        registeredAt: new Date(registeredAt),
        sourceEventId: event.id,
      },
      ['id'],
    );
  }
}
