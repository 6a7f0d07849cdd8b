import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { OverdueSweeper } from './overdue-sweeper';

/** How often the running service looks for overdue referrals (`OVERDUE_SWEEP_INTERVAL_MS`, default one minute). */
export function overdueSweepIntervalMs(environment: NodeJS.ProcessEnv = process.env): number {
  const raw = environment.OVERDUE_SWEEP_INTERVAL_MS ?? '60000';
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 100) {
    throw new Error(`OVERDUE_SWEEP_INTERVAL_MS must be an integer of at least 100 (ms), got ${raw}`);
  }
  return value;
}

/**
 * Runs the sweeper periodically in the running service. Not part of the domain modules: tests drive
 * the sweeper directly with their own clock. A failed sweep is logged and tried again next time.
 */
@Injectable()
export class OverdueSweepLoop implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OverdueSweepLoop.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(private readonly sweeper: OverdueSweeper) {}

  onApplicationBootstrap(): void {
    const interval = overdueSweepIntervalMs();
    this.timer = setInterval(() => {
      this.running = this.sweeper.sweep().catch((error: unknown) => {
        this.logger.warn(`overdue sweep failed: ${error instanceof Error ? error.message : String(error)}`);
      });
    }, interval);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
