import 'reflect-metadata';
import { TopicNames } from '@coordination/contracts';
import { loadServiceConfig } from '@coordination/config';
import { bootstrapService } from '@coordination/runtime';
import { ReferralsModule } from './referrals.module';

const config = loadServiceConfig('referrals');
// Receivers are checked against replicas of the directory's organisations and services.
void bootstrapService(ReferralsModule.forConfig(config), config, {
  groupId: 'referrals',
  topics: [TopicNames.directoryOrganisation, TopicNames.directoryService],
});
