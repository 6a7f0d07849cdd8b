import { Module, type DynamicModule } from '@nestjs/common';
import type { ServiceConfig } from '@coordination/config';
import { ServiceCoreModule } from '@coordination/runtime';
import { directoryDataSourceOptions } from './database/directory-data-source';
import { OrganisationsModule } from './organisations/organisations.module';

@Module({})
export class DirectoryModule {
  static forConfig(config: ServiceConfig): DynamicModule {
    return {
      module: DirectoryModule,
      imports: [
        ServiceCoreModule.forService(config, directoryDataSourceOptions(config.databaseUrl)),
        OrganisationsModule,
      ],
    };
  }
}
