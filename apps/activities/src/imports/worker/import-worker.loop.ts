import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ImportJobSignal } from './import-job-signal';
import { ImportWorker } from './import-worker';

/** How often an idle worker looks for jobs queued by other copies or left by a dead worker. */
const POLL_INTERVAL_MS = Number(process.env.IMPORT_POLL_INTERVAL_MS ?? 1_000);

/**
 * The running service's import worker: polls for jobs, and wakes at once for jobs queued here.
 * Kept out of the domain modules so tests drive workers themselves.
 */
@Injectable()
export class ImportWorkerLoop implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ImportWorkerLoop.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly worker: ImportWorker,
    private readonly signal: ImportJobSignal,
  ) {}

  onApplicationBootstrap(): void {
    this.signal.onJobQueued(() => this.wake());
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.signal.onJobQueued(null);
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private wake(): void {
    if (this.running || this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = this.drain().finally(() => {
      this.running = null;
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.stopped || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.wake();
    }, POLL_INTERVAL_MS);
    this.timer.unref();
  }

  private async drain(): Promise<void> {
    try {
      while (!this.stopped && (await this.worker.processNext()));
    } catch (error) {
      this.logger.error(`Import worker: ${(error as Error).message}`);
    }
  }
}
