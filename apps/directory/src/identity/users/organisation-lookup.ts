import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OrganisationModel } from '../../organisations/organisation.model';
import { toOrganisationModel } from '../../organisations/organisation-model.mapper';
import { OrganisationProfileRepository } from '../../organisations/organisation-profile.repository';

/**
 * A user's organisation as the organisations module's federated `Organisation`. Loaded here because
 * `Me.organisation` lives in the same subgraph, so the gateway fetches no entity reference for it.
 */
@Injectable()
export class OrganisationLookup {
  constructor(
    private readonly dataSource: DataSource,
    private readonly profiles: OrganisationProfileRepository,
  ) {}

  async byId(id: string): Promise<OrganisationModel> {
    const profile = await this.profiles.loadProfile(this.dataSource.manager, id);
    // user_account.organisation_id is a foreign key: a missing organisation is a broken database.
    if (!profile) throw new Error(`organisation ${id} of a user account does not exist`);
    return toOrganisationModel(profile);
  }
}
