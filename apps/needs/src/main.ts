import 'reflect-metadata';
import { loadServiceConfig } from '@coordination/config';
import { bootstrapService } from '@coordination/runtime';
import { NeedsModule } from './needs.module';

const config = loadServiceConfig('needs');
void bootstrapService(NeedsModule.forConfig(config), config);
