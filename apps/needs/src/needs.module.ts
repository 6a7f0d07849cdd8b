import { Module, type DynamicModule } from '@nestjs/common';
import type { ServiceConfig } from '@coordination/config';
import { serviceStatusResolver } from '@coordination/graphql';
import { ServiceCoreModule } from '@coordination/runtime';
import { needsDataSourceOptions } from './database/needs-data-source';

@Module({})
export class NeedsModule {
  static forConfig(config: ServiceConfig): DynamicModule {
    return {
      module: NeedsModule,
      imports: [ServiceCoreModule.forService(config, needsDataSourceOptions(config.databaseUrl))],
      providers: [serviceStatusResolver('needs', process.env.npm_package_version ?? '0.1.0')],
    };
  }
}
