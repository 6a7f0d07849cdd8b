import { Module } from '@nestjs/common';
import { MergeOrganisationsUseCase } from './merge-organisations/merge-organisations.use-case';
import { OrganisationChangeRecorder } from './organisation-change-recorder';
import { OrganisationMutationsResolver } from './organisation-mutations.resolver';
import { OrganisationProfileRepository } from './organisation-profile.repository';
import { OrganisationRules } from './organisation-rules';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationSearch } from './queries/organisation-search';
import { RegisterOrganisationUseCase } from './register-organisation/register-organisation.use-case';
import { UpdateOrganisationUseCase } from './update-organisation/update-organisation.use-case';

@Module({
  providers: [
    OrganisationsResolver,
    OrganisationMutationsResolver,
    OrganisationProfileRepository,
    OrganisationRules,
    OrganisationSearch,
    OrganisationChangeRecorder,
    RegisterOrganisationUseCase,
    UpdateOrganisationUseCase,
    MergeOrganisationsUseCase,
  ],
  exports: [OrganisationProfileRepository, RegisterOrganisationUseCase, OrganisationSearch],
})
export class OrganisationsModule {}
