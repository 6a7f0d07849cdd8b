import { Module, type DynamicModule } from '@nestjs/common';
import type { ServiceConfig } from '@coordination/config';
import { ServiceCoreModule } from '@coordination/runtime';
import { activitiesDataSourceOptions } from './database/activities-data-source';
import { OrganisationReplicaModule } from './organisation-replica/organisation-replica.module';

@Module({})
export class ActivitiesModule {
  static forConfig(config: ServiceConfig): DynamicModule {
    return {
      module: ActivitiesModule,
      imports: [
        ServiceCoreModule.forService(config, activitiesDataSourceOptions(config.databaseUrl)),
        OrganisationReplicaModule,
      ],
    };
  }
}
