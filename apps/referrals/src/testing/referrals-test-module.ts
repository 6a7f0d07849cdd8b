import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import {
  refusalOf,
  startServiceTestModule,
  viewerWith,
  type Refusal,
  type ServiceTestModule,
} from '@coordination/testing';
import { referralsDataSourceOptions } from '../database/referrals-data-source';
import { referralsDomainModules } from '../referrals.module';
import { TestClock } from './test-clock';

export interface ReferralsTestModule extends ServiceTestModule {
  clock: TestClock;
}

/** The referrals domain modules on a test database, with a clock the test moves. */
export async function startReferralsTestModule(
  database: { url: string; dataSource: DataSource },
  kafka: Kafka,
  startAt = new Date('2026-03-02T14:00:00.000Z'),
): Promise<ReferralsTestModule> {
  const clock = new TestClock(startAt);
  const app = await startServiceTestModule({
    database,
    dataSourceOptions: referralsDataSourceOptions,
    modules: referralsDomainModules(clock),
    kafka,
  });
  return { ...app, clock };
}

export { refusalOf, viewerWith, type Refusal };
export { insertReplicatedOrganisations, insertReplicatedServices, type ReplicatedService } from './replicas';
