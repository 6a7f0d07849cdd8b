import 'reflect-metadata';
import { TopicNames } from '@coordination/contracts';
import { loadServiceConfig } from '@coordination/config';
import { bootstrapService } from '@coordination/runtime';
import { ActivitiesModule } from './activities.module';

// Spreadsheets arrive inline in a GraphQL mutation (25 MB decoded, ~34 MB as base64): see ADR 0005.
const config = loadServiceConfig('activities', { HTTP_BODY_LIMIT_MB: '35', ...process.env });
void bootstrapService(ActivitiesModule.forConfig(config), config, {
  groupId: 'activities',
  topics: [TopicNames.directoryOrganisation],
});
