import { Module } from '@nestjs/common';
import { REPORTING_SETTINGS, loadReportingSettings } from '../reporting-settings';
import { CoverageNotices } from './coverage-notices';
import { CoverageReader } from './coverage.reader';
import { CoverageResolver } from './coverage.resolver';
import { CoverageService } from './coverage.service';
import { NeedsEventsConsumer } from './needs-events.consumer';
import { ReportEventsConsumer } from './report-events.consumer';
import { TargetEventsConsumer } from './target-events.consumer';

/** The coverage read model: its inbox consumers and the GraphQL queries over it. */
@Module({
  controllers: [ReportEventsConsumer, TargetEventsConsumer, NeedsEventsConsumer],
  providers: [
    { provide: REPORTING_SETTINGS, useFactory: () => loadReportingSettings() },
    CoverageNotices,
    CoverageReader,
    CoverageService,
    CoverageResolver,
  ],
  exports: [CoverageReader, CoverageService, REPORTING_SETTINGS],
})
export class CoverageModule {}
