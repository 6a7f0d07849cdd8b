import { Module } from '@nestjs/common';
import { OrganisationEventsConsumer } from './organisation-events.consumer';
import { PartnerOrganisationsResolver } from './partner-organisations.resolver';

@Module({ controllers: [OrganisationEventsConsumer], providers: [PartnerOrganisationsResolver] })
export class OrganisationReplicaModule {}
