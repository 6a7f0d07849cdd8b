import 'reflect-metadata';
import { TopicNames } from '@coordination/contracts';
import { loadServiceConfig } from '@coordination/config';
import { bootstrapService } from '@coordination/runtime';
import { NeedsModule } from './needs.module';

const config = loadServiceConfig('needs');
// Lead organisations of assessments are checked against a replica fed by the directory's events.
void bootstrapService(NeedsModule.forConfig(config), config, {
  groupId: 'needs',
  topics: [TopicNames.directoryOrganisation],
});
