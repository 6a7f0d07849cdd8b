import 'reflect-metadata';
import { loadServiceConfig } from '@coordination/config';
import { bootstrapService } from '@coordination/runtime';
import { DirectoryModule } from './directory.module';

const config = loadServiceConfig('directory');
void bootstrapService(DirectoryModule.forConfig(config), config);
