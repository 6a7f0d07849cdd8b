import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { OrganisationEntity } from '../../organisations/organisation.entity';
import { OrganisationProfileRepository } from '../../organisations/organisation-profile.repository';
import { ServiceEntity } from '../entities/service.entity';
import type { ServiceRecord } from '../reading/service-record';
import { ServiceRecordRepository } from '../reading/service-record.repository';
import type { HsdsObject } from './hsds-json';
import { hsdsOrganization } from './hsds-organization.mapper';
import { hsdsPage, type HsdsPage } from './hsds-page';
import { hsdsService, hsdsServiceSummary } from './hsds-service.mapper';
import { isUuid } from '@coordination/graphql';

export interface ServiceListQuery {
  page: number;
  per_page: number;
  modified_after?: Date;
  organization_id?: string;
  full: boolean;
}

export interface OrganizationListQuery {
  page: number;
  per_page: number;
}

/** Reads the directory as the HSDS API publishes it. */
@Injectable()
export class HsdsDirectory {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: ServiceRecordRepository,
    private readonly organisations: OrganisationProfileRepository,
  ) {}

  /**
   * Services of every status (a consumer must learn that a service closed), oldest change first:
   * a consumer syncing with `modified_after` can resume from the last `last_modified` it stored.
   */
  async services(query: ServiceListQuery): Promise<HsdsPage> {
    const manager = this.dataSource.manager;
    const matching = manager.createQueryBuilder(ServiceEntity, 'service');
    if (query.modified_after) {
      matching.andWhere('service.lastModified >= :modifiedAfter', { modifiedAfter: query.modified_after });
    }
    if (query.organization_id) {
      matching.andWhere('service.organisationId = :organisationId', { organisationId: query.organization_id });
    }
    const total = await matching.clone().getCount();
    const services = await matching
      .orderBy('service.lastModified', 'ASC')
      .addOrderBy('service.id', 'ASC')
      .offset((query.page - 1) * query.per_page)
      .limit(query.per_page)
      .getMany();
    const contents = query.full
      ? await this.fullServices(
          manager,
          await this.records.loadMany(
            manager,
            services.map((service) => service.id),
          ),
        )
      : services.map(hsdsServiceSummary);
    return hsdsPage(contents, total, query.page, query.per_page);
  }

  async service(id: string): Promise<HsdsObject | undefined> {
    if (!isUuid(id)) return undefined;
    const manager = this.dataSource.manager;
    const record = await this.records.load(manager, id);
    return record ? (await this.fullServices(manager, [record]))[0] : undefined;
  }

  /** Active organisations by name; merged duplicates are left out, as they no longer offer anything. */
  async organizations(query: OrganizationListQuery): Promise<HsdsPage> {
    const manager = this.dataSource.manager;
    const matching = manager
      .createQueryBuilder(OrganisationEntity, 'organisation')
      .where('organisation.status = :status', { status: 'ACTIVE' });
    const total = await matching.clone().getCount();
    const rows = await matching
      .select(['organisation.id', 'organisation.name'])
      .orderBy('organisation.name', 'ASC')
      .addOrderBy('organisation.id', 'ASC')
      .offset((query.page - 1) * query.per_page)
      .limit(query.per_page)
      .getMany();
    const profiles = await this.organisations.loadProfiles(
      manager,
      rows.map((row) => row.id),
    );
    const contents = rows.flatMap((row) => {
      const profile = profiles.get(row.id);
      return profile ? [hsdsOrganization(profile)] : [];
    });
    return hsdsPage(contents, total, query.page, query.per_page);
  }

  async organization(id: string): Promise<HsdsObject | undefined> {
    if (!isUuid(id)) return undefined;
    const profile = await this.organisations.loadProfile(this.dataSource.manager, id);
    return profile ? hsdsOrganization(profile) : undefined;
  }

  private async fullServices(manager: EntityManager, records: ServiceRecord[]): Promise<HsdsObject[]> {
    const profiles = await this.organisations.loadProfiles(manager, [
      ...new Set(records.map((record) => record.service.organisationId)),
    ]);
    return records.map((record) => {
      const profile = profiles.get(record.service.organisationId);
      return hsdsService(record, profile ? hsdsOrganization(profile) : undefined);
    });
  }
}
