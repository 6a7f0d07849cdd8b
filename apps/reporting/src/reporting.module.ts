import { Module, type DynamicModule } from '@nestjs/common';
import type { ServiceConfig } from '@coordination/config';
import { OrganisationReplicaModule } from '@coordination/directory-replica';
import { serviceStatusResolver } from '@coordination/graphql';
import { ServiceCoreModule } from '@coordination/runtime';
import { CoverageModule } from './coverage-model/coverage.module';
import { reportingDataSourceOptions } from './database/reporting-data-source';
import { GapAlertsModule } from './gap-alerts/gap-alerts.module';

/** Reporting: read models built only from the other services' events (ADR 0008). */
export const REPORTING_DOMAIN_MODULES = [OrganisationReplicaModule, CoverageModule, GapAlertsModule];

@Module({})
export class ReportingModule {
  static forConfig(config: ServiceConfig): DynamicModule {
    return {
      module: ReportingModule,
      imports: [
        ServiceCoreModule.forService(config, reportingDataSourceOptions(config.databaseUrl)),
        ...REPORTING_DOMAIN_MODULES,
      ],
      providers: [serviceStatusResolver('reporting', process.env.npm_package_version ?? '0.1.0')],
    };
  }
}
