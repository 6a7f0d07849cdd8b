import 'reflect-metadata';
import { loadServiceConfig } from '@coordination/config';
import { bootstrapService } from '@coordination/runtime';
import { ReportingModule } from './reporting.module';

const config = loadServiceConfig('reporting');
void bootstrapService(ReportingModule.forConfig(config), config);
