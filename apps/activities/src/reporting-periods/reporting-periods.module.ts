import { Module } from '@nestjs/common';
import { LockReportingPeriodUseCase } from './lock-period/lock-reporting-period.use-case';
import { PeriodLocks } from './period-locks';
import { ReopenReportingPeriodUseCase } from './reopen-period/reopen-reporting-period.use-case';
import { ReportingPeriodReader } from './reporting-period-reader';
import { ReportingPeriodsResolver } from './reporting-periods.resolver';

@Module({
  providers: [
    PeriodLocks,
    ReportingPeriodReader,
    LockReportingPeriodUseCase,
    ReopenReportingPeriodUseCase,
    ReportingPeriodsResolver,
  ],
  exports: [PeriodLocks, LockReportingPeriodUseCase, ReopenReportingPeriodUseCase],
})
export class ReportingPeriodsModule {}
