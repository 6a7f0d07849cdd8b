import { Module } from '@nestjs/common';
import { CoverageModule } from '../coverage-model/coverage.module';
import { GapAlertEvaluator } from './gap-alert-evaluator';
import { GapAlertSchedule } from './gap-alert-schedule';
import { GapAlertsResolver } from './gap-alerts.resolver';

/** Coordinators' thresholds, and gap alerts raised and resolved through the outbox (`reporting.gap`). */
@Module({
  imports: [CoverageModule],
  providers: [GapAlertEvaluator, GapAlertSchedule, GapAlertsResolver],
  exports: [GapAlertEvaluator],
})
export class GapAlertsModule {}
