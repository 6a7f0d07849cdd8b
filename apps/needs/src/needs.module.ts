import { Module, type DynamicModule } from '@nestjs/common';
import type { ServiceConfig } from '@coordination/config';
import { serviceStatusResolver } from '@coordination/graphql';
import { ServiceCoreModule } from '@coordination/runtime';
import { AssessmentsModule } from './assessments/assessments.module';
import { needsDataSourceOptions } from './database/needs-data-source';
import { NeedsImportsModule } from './imports/needs-imports.module';
import { KoboModule } from './kobo/kobo.module';
import { OrganisationReplicaModule } from '@coordination/directory-replica';
import { RoundsModule } from './rounds/rounds.module';

/**
 * Needs: the assessment registry, needs-analysis rounds with people in need and severity, intersectoral
 * figures, imports of rounds from files, and the KoboToolbox intake of assessment records.
 */
export const NEEDS_DOMAIN_MODULES = [
  OrganisationReplicaModule,
  AssessmentsModule,
  RoundsModule,
  NeedsImportsModule,
  KoboModule,
];

@Module({})
export class NeedsModule {
  static forConfig(config: ServiceConfig): DynamicModule {
    return {
      module: NeedsModule,
      imports: [
        ServiceCoreModule.forService(config, needsDataSourceOptions(config.databaseUrl)),
        ...NEEDS_DOMAIN_MODULES,
      ],
      providers: [serviceStatusResolver('needs', process.env.npm_package_version ?? '0.1.0')],
    };
  }
}
