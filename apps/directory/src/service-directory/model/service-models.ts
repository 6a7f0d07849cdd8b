import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { toOrganisationModel } from '../../organisations/organisation-model.mapper';
import { OrganisationProfileRepository } from '../../organisations/organisation-profile.repository';
import type { ServiceRecord } from '../reading/service-record';
import { ServiceRecordRepository } from '../reading/service-record.repository';
import { toServiceModel } from './service-model.mapper';
import type { ServiceModel } from './service.model';

/** GraphQL services with their organisations, loaded a page at a time (no query per service). */
@Injectable()
export class ServiceModels {
  constructor(
    private readonly records: ServiceRecordRepository,
    private readonly organisations: OrganisationProfileRepository,
  ) {}

  async byIds(manager: EntityManager, ids: readonly string[]): Promise<ServiceModel[]> {
    return this.withOrganisations(manager, await this.records.loadMany(manager, ids));
  }

  async one(manager: EntityManager, record: ServiceRecord): Promise<ServiceModel> {
    const [model] = await this.withOrganisations(manager, [record]);
    return model;
  }

  private async withOrganisations(manager: EntityManager, records: ServiceRecord[]): Promise<ServiceModel[]> {
    const organisationIds = [...new Set(records.map((record) => record.service.organisationId))];
    const profiles = await this.organisations.loadProfiles(manager, organisationIds);
    return records.map((record) => {
      const profile = profiles.get(record.service.organisationId);
      return toServiceModel(record, profile ? toOrganisationModel(profile) : null);
    });
  }
}
