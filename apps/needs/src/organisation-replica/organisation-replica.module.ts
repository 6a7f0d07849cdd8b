import { Module } from '@nestjs/common';
import { OrganisationEventsConsumer } from './organisation-events.consumer';

@Module({ controllers: [OrganisationEventsConsumer] })
export class OrganisationReplicaModule {}
