import { Module, type DynamicModule } from '@nestjs/common';
import type { ServiceConfig } from '@coordination/config';
import { ServiceCoreModule } from '@coordination/runtime';
import { directoryDataSourceOptions } from './database/directory-data-source';
import { IdentityModule } from './identity/identity.module';
import { IntegratorsModule } from './integrators/integrators.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { ReferenceDataModule } from './reference-data/reference-data.module';
import { ServiceDirectoryModule } from './service-directory/service-directory.module';

@Module({})
export class DirectoryModule {
  static forConfig(config: ServiceConfig): DynamicModule {
    return {
      module: DirectoryModule,
      imports: [
        ServiceCoreModule.forService(config, directoryDataSourceOptions(config.databaseUrl)),
        OrganisationsModule,
        IdentityModule,
        ServiceDirectoryModule,
        IntegratorsModule,
        ReferenceDataModule,
      ],
    };
  }
}
