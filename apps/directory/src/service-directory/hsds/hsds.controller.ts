import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { HsdsDirectory } from './hsds-directory';
import type { HsdsObject } from './hsds-json';
import type { HsdsPage } from './hsds-page';
import { hsdsOrganizationsQuerySchema, hsdsServicesQuerySchema, parseHsdsQuery } from './hsds-query';

/** Version of the Open Referral schemas the responses follow (see hsds-schema/README.md). */
export const HSDS_VERSION = '3.2';

/**
 * Open Referral HSDS read API. Unauthenticated by design: who offers which service where, when
 * and for whom is public information meant to reach people and other directories. Only published
 * service data is exposed here; people's data lives in the referrals service and never reaches it.
 */
@Controller('hsds')
export class HsdsController {
  constructor(private readonly directory: HsdsDirectory) {}

  @Get()
  about() {
    return {
      version: HSDS_VERSION,
      description:
        'Service directory of the refugee and migrant response in Peru (Open Referral HSDS). ' +
        'Lists support page, per_page, modified_after and organization_id.',
    };
  }

  @Get('services')
  services(@Query() query: Record<string, unknown>): Promise<HsdsPage> {
    return this.directory.services(parseHsdsQuery(hsdsServicesQuerySchema, query));
  }

  @Get('services/:id')
  async service(@Param('id') id: string): Promise<HsdsObject> {
    const service = await this.directory.service(id);
    if (!service) throw new NotFoundException({ code: 'SERVICE.NOT_FOUND', message: `No service with id ${id}` });
    return service;
  }

  @Get('organizations')
  organizations(@Query() query: Record<string, unknown>): Promise<HsdsPage> {
    return this.directory.organizations(parseHsdsQuery(hsdsOrganizationsQuerySchema, query));
  }

  @Get('organizations/:id')
  async organization(@Param('id') id: string): Promise<HsdsObject> {
    const organization = await this.directory.organization(id);
    if (!organization) {
      throw new NotFoundException({ code: 'ORGANISATION.NOT_FOUND', message: `No organization with id ${id}` });
    }
    return organization;
  }
}
