import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Injectable } from '@nestjs/common';
import { ImportJobStore } from '../job/import-job-store';
import { ImportJobProcessor } from '../processing/import-job.processor';

/** Claims import jobs and runs them, one at a time per worker. */
@Injectable()
export class ImportWorker {
  readonly workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  constructor(
    private readonly store: ImportJobStore,
    private readonly processor: ImportJobProcessor,
  ) {}

  /** Runs the oldest claimable job, if any; true when there was one. */
  async processNext(): Promise<boolean> {
    const job = await this.store.claimNext(this.workerId);
    if (!job) return false;
    await this.processor.process(job);
    return true;
  }
}
