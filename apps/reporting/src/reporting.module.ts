import { Module, type DynamicModule } from '@nestjs/common';
import type { ServiceConfig } from '@coordination/config';
import { serviceStatusResolver } from '@coordination/graphql';
import { ServiceCoreModule } from '@coordination/runtime';
import { reportingDataSourceOptions } from './database/reporting-data-source';

@Module({})
export class ReportingModule {
  static forConfig(config: ServiceConfig): DynamicModule {
    return {
      module: ReportingModule,
      imports: [ServiceCoreModule.forService(config, reportingDataSourceOptions(config.databaseUrl))],
      providers: [serviceStatusResolver('reporting', process.env.npm_package_version ?? '0.1.0')],
    };
  }
}
