import { Module, type DynamicModule } from '@nestjs/common';
import type { ServiceConfig } from '@coordination/config';
import { serviceStatusResolver } from '@coordination/graphql';
import { ServiceCoreModule } from '@coordination/runtime';
import { referralsDataSourceOptions } from './database/referrals-data-source';

@Module({})
export class ReferralsModule {
  static forConfig(config: ServiceConfig): DynamicModule {
    return {
      module: ReferralsModule,
      imports: [ServiceCoreModule.forService(config, referralsDataSourceOptions(config.databaseUrl))],
      providers: [serviceStatusResolver('referrals', process.env.npm_package_version ?? '0.1.0')],
    };
  }
}
