import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { REPORTING_SETTINGS, type ReportingSettings } from '../reporting-settings';
import { GapAlertEvaluator } from './gap-alert-evaluator';

/** Runs the gap evaluation every `REPORTING_GAP_EVALUATION_INTERVAL_MS`, one run at a time. */
@Injectable()
export class GapAlertSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(GapAlertSchedule.name);
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly evaluator: GapAlertEvaluator,
    @Inject(REPORTING_SETTINGS) private readonly settings: ReportingSettings,
  ) {}

  onApplicationBootstrap(): void {
    if (this.settings.gapEvaluationIntervalMs === 0) return;
    this.timer = setInterval(() => void this.tick(), this.settings.gapEvaluationIntervalMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const outcome = await this.evaluator.evaluateLatest();
      if (outcome.raised + outcome.resolved > 0) this.logger.log(`gap alerts: ${JSON.stringify(outcome)}`);
    } catch (error) {
      this.logger.error(`gap evaluation failed: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }
}
