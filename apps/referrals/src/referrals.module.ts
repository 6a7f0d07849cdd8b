import { Module, type DynamicModule } from '@nestjs/common';
import type { ServiceConfig } from '@coordination/config';
import { OrganisationReplicaModule } from '@coordination/directory-replica';
import { serviceStatusResolver } from '@coordination/graphql';
import { ServiceCoreModule } from '@coordination/runtime';
import { AccessModule } from './access/access.module';
import { CasesModule } from './cases/cases.module';
import { ConsentsModule } from './consents/consents.module';
import { referralsDataSourceOptions } from './database/referrals-data-source';
import { InteropModule } from './interop/interop.module';
import { OverdueSweepLoop } from './referrals/overdue/overdue-sweep.loop';
import { ReferralLifecycleModule } from './referrals/referral-lifecycle.module';
import { ServiceReplicaModule } from './service-replica/service-replica.module';
import { ClockModule, type Clock } from './shared/clock';

/**
 * Referrals: cases with sealed personal data, consents, referrals between organisations with their
 * deadlines, the audit trail of personal-data reads. `clock` is the system clock outside tests.
 */
export function referralsDomainModules(clock?: Clock) {
  return [
    ClockModule.using(clock),
    OrganisationReplicaModule,
    ServiceReplicaModule,
    CasesModule,
    ConsentsModule,
    ReferralLifecycleModule,
    AccessModule,
    InteropModule,
  ];
}

@Module({})
export class ReferralsModule {
  static forConfig(config: ServiceConfig): DynamicModule {
    return {
      module: ReferralsModule,
      imports: [
        ServiceCoreModule.forService(config, referralsDataSourceOptions(config.databaseUrl)),
        ...referralsDomainModules(),
      ],
      providers: [serviceStatusResolver('referrals', process.env.npm_package_version ?? '0.1.0'), OverdueSweepLoop],
    };
  }
}
