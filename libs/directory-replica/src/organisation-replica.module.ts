import { Module } from '@nestjs/common';
import { OrganisationEventsConsumer } from './organisation-events.consumer';

/** Consumes the directory's organisation events into the service's `organisation_replica` table. */
@Module({ controllers: [OrganisationEventsConsumer] })
export class OrganisationReplicaModule {}
