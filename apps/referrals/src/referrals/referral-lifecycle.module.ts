import { Module } from '@nestjs/common';
import { PersonalDataModule } from '../personal-data/personal-data.module';
import { ForwardReferralUseCase } from './forward-referral/forward-referral.use-case';
import { OverdueSweeper } from './overdue/overdue-sweeper';
import { ReferralQueueQuery } from './queues/referral-queue.query';
import { ReferralDispatch } from './referral-dispatch';
import { ReferralNotesReader } from './notes/referral-notes-reader';
import { ReferralReader } from './referral-reader';
import { ReferralsResolver } from './referrals.resolver';
import { ReferralStatisticsQuery } from './statistics/referral-statistics.query';
import { ReferralStatisticsResolver } from './statistics/referral-statistics.resolver';
import { SendReferralUseCase } from './send-referral/send-referral.use-case';
import { ReferralTransitionsUseCase } from './transitions/referral-transitions.use-case';

const USE_CASES = [SendReferralUseCase, ReferralTransitionsUseCase, ForwardReferralUseCase, OverdueSweeper];

/** Referrals from sending to closing: lifecycle, deadlines, queues. */
@Module({
  imports: [PersonalDataModule],
  providers: [
    ReferralDispatch,
    ReferralQueueQuery,
    ReferralReader,
    ReferralNotesReader,
    ReferralsResolver,
    ReferralStatisticsQuery,
    ReferralStatisticsResolver,
    ...USE_CASES,
  ],
  exports: [...USE_CASES, ReferralQueueQuery, ReferralReader, ReferralNotesReader, ReferralStatisticsQuery],
})
export class ReferralLifecycleModule {}
