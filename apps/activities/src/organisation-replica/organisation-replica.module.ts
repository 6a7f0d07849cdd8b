import { Module } from '@nestjs/common';
import { OrganisationRegisteredConsumer } from './organisation-registered.consumer';
import { PartnerOrganisationsResolver } from './partner-organisations.resolver';

@Module({ controllers: [OrganisationRegisteredConsumer], providers: [PartnerOrganisationsResolver] })
export class OrganisationReplicaModule {}
