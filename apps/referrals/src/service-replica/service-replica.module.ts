import { Module } from '@nestjs/common';
import { ReceiversResolver } from './receivers.resolver';
import { ServiceEventsConsumer } from './service-events.consumer';

/** The directory's services as referrals needs them: where a referral can go, and who receives it. */
@Module({ controllers: [ServiceEventsConsumer], providers: [ReceiversResolver] })
export class ServiceReplicaModule {}
