import { Module, type DynamicModule } from '@nestjs/common';
import type { ServiceConfig } from '@coordination/config';
import { ServiceCoreModule } from '@coordination/runtime';
import { activitiesDataSourceOptions } from './database/activities-data-source';
import { ExportsModule } from './exports/exports.module';
import { ImportsModule } from './imports/imports.module';
import { ImportWorkerModule } from './imports/worker/import-worker.module';
import { IndicatorsModule } from './indicators/indicators.module';
import { PartnerOrganisationsModule } from './partner-organisations/partner-organisations.module';
import { ReportingPeriodsModule } from './reporting-periods/reporting-periods.module';
import { ReportsModule } from './reports/reports.module';
import { TargetsModule } from './targets/targets.module';
import { WhoWhatWhereModule } from './who-what-where/who-what-where.module';

/** 4W reporting: indicators, partner activity reports and their review, targets, locks, who-what-where, imports and exports. */
export const ACTIVITIES_DOMAIN_MODULES = [
  PartnerOrganisationsModule,
  IndicatorsModule,
  ReportingPeriodsModule,
  ReportsModule,
  TargetsModule,
  WhoWhatWhereModule,
  ImportsModule,
  ExportsModule,
];

@Module({})
export class ActivitiesModule {
  static forConfig(config: ServiceConfig): DynamicModule {
    return {
      module: ActivitiesModule,
      imports: [
        ServiceCoreModule.forService(config, activitiesDataSourceOptions(config.databaseUrl)),
        ...ACTIVITIES_DOMAIN_MODULES,
        ImportWorkerModule,
      ],
    };
  }
}
