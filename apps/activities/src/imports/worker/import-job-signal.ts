import { Injectable } from '@nestjs/common';

/** Wakes this process's worker when a job is queued here; other copies find it at their next poll. */
@Injectable()
export class ImportJobSignal {
  private listener: (() => void) | null = null;

  jobQueued(): void {
    this.listener?.();
  }

  onJobQueued(listener: (() => void) | null): void {
    this.listener = listener;
  }
}
