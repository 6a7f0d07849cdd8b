import { Module } from '@nestjs/common';
import { OrganisationsResolver } from './organisations.resolver';
import { RegisterOrganisationUseCase } from './register-organisation/register-organisation.use-case';

@Module({ providers: [OrganisationsResolver, RegisterOrganisationUseCase] })
export class OrganisationsModule {}
