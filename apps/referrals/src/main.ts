import 'reflect-metadata';
import { loadServiceConfig } from '@coordination/config';
import { bootstrapService } from '@coordination/runtime';
import { ReferralsModule } from './referrals.module';

const config = loadServiceConfig('referrals');
void bootstrapService(ReferralsModule.forConfig(config), config);
