import 'reflect-metadata';
import { loadServiceConfig } from '@coordination/config';
import { bootstrapService } from '@coordination/runtime';
import { ReportingModule } from './reporting.module';
import { REPORTING_SOURCE_TOPICS } from './source-topics';

const config = loadServiceConfig('reporting');
void bootstrapService(ReportingModule.forConfig(config), config, {
  groupId: 'reporting',
  topics: REPORTING_SOURCE_TOPICS,
});
