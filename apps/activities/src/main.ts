import 'reflect-metadata';
import { TopicNames } from '@coordination/contracts';
import { loadServiceConfig } from '@coordination/config';
import { bootstrapService } from '@coordination/runtime';
import { ActivitiesModule } from './activities.module';

const config = loadServiceConfig('activities');
void bootstrapService(ActivitiesModule.forConfig(config), config, {
  groupId: 'activities',
  topics: [TopicNames.directoryOrganisation],
});
