import { Module } from '@nestjs/common';
import { OrganisationReplicaModule } from '@coordination/directory-replica';
import { PartnerOrganisationsResolver } from './partner-organisations.resolver';

/** The directory's organisations as 4W partners: the replica and its GraphQL view. */
@Module({ imports: [OrganisationReplicaModule], providers: [PartnerOrganisationsResolver] })
export class PartnerOrganisationsModule {}
