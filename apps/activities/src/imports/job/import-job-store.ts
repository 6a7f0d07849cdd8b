import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ImportJobStatus } from '@coordination/contracts';
import { EventPublisher } from '@coordination/messaging';
import type { ProblemLog } from '@coordination/imports';
import { ImportJobEntity } from './import-job.entity';
import { recordImportEvent } from './import-job-events';

/** How long a claim lasts without a sign of life; progress renews it. */
export const IMPORT_LEASE_MS = 60_000;
/** A job whose worker died this many times is failed rather than tried again. */
export const MAX_IMPORT_ATTEMPTS = 3;

export interface JobProgress {
  status: ImportJobStatus;
  rowsTotal: number | null;
  rowsProcessed: number;
  log: ProblemLog;
}

/** The job lease went to another worker (this one was presumed dead): it must stop at once. */
export class ImportLeaseLost extends Error {
  constructor(jobId: string) {
    super(`Import job ${jobId} is now held by another worker`);
  }
}

/**
 * Import jobs' state changes. Several service copies share the work: a job is claimed with
 * `FOR UPDATE SKIP LOCKED` and held by a lease; a job whose lease lapsed (its worker died in the
 * middle) is claimed again and redone from the start, which is safe because a commit is one
 * transaction and its report ids are derived from the job and row.
 */
@Injectable()
export class ImportJobStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
  ) {}

  async claimNext(workerId: string): Promise<ImportJobEntity | null> {
    const claimed: { id: string }[] = await this.dataSource.query(
      // Wrapped in a SELECT: TypeORM returns [rows, count] for a bare UPDATE ... RETURNING.
      `WITH claimed AS (
       UPDATE import_job SET status = 'VALIDATING', lease_owner = $1,
              lease_expires_at = now() + $2 * interval '1 millisecond', attempts = attempts + 1,
              started_at = coalesce(started_at, now()), updated_at = now()
        WHERE id = (SELECT id FROM import_job
                     WHERE status = 'QUEUED' OR (status IN ('VALIDATING', 'COMMITTING') AND lease_expires_at < now())
                     ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id)
       SELECT id FROM claimed`,
      [workerId, IMPORT_LEASE_MS],
    );
    if (claimed.length === 0) return null;
    return this.dataSource.manager.findOneByOrFail(ImportJobEntity, { id: claimed[0].id as string });
  }

  async fileOf(jobId: string): Promise<Buffer | null> {
    const [row]: { content: Buffer }[] = await this.dataSource.query(
      `SELECT content FROM import_job_file WHERE job_id = $1`,
      [jobId],
    );
    return row?.content ?? null;
  }

  async started(job: ImportJobEntity, format: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.update(manager, job, { format });
      await recordImportEvent(this.events, manager, job, { kind: 'started' });
    });
    this.events.flush();
  }

  /** Saves progress in a transaction of its own (the commit's is not visible until it ends), renewing the lease. */
  async progressed(job: ImportJobEntity, progress: JobProgress): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.update(manager, job, countsOf(progress));
      await recordImportEvent(this.events, manager, job, { kind: 'progressed' });
    });
    this.events.flush();
  }

  /** Ends a job: inside the commit's own transaction for COMPLETED, alone for DRY_RUN_DONE and FAILED. */
  async finished(
    manager: EntityManager,
    job: ImportJobEntity,
    progress: JobProgress,
    outcome: { reportsCreated: number; failureCode?: string },
  ): Promise<void> {
    await this.update(manager, job, {
      ...countsOf(progress),
      problems: progress.log.kept,
      reportsCreated: outcome.reportsCreated,
      failureCode: outcome.failureCode ?? null,
      finishedAt: new Date(),
      leaseOwner: null,
      leaseExpiresAt: null,
    });
    // The file is not needed once the job is over, and may be megabytes.
    await manager.query(`DELETE FROM import_job_file WHERE job_id = $1`, [job.id]);
    await recordImportEvent(
      this.events,
      manager,
      job,
      progress.status === 'FAILED' ? { kind: 'failed', reasonCode: outcome.failureCode! } : { kind: 'completed' },
    );
  }

  async finishAlone(
    job: ImportJobEntity,
    progress: JobProgress,
    outcome: { reportsCreated: number; failureCode?: string },
  ) {
    await this.dataSource.transaction((manager) => this.finished(manager, job, progress, outcome));
    this.events.flush();
  }

  /** Gives a job back after an unexpected error, so another attempt (here or elsewhere) can run it. */
  async release(job: ImportJobEntity): Promise<void> {
    await this.dataSource.query(
      `UPDATE import_job SET lease_expires_at = now(), updated_at = now() WHERE id = $1 AND lease_owner = $2`,
      [job.id, job.leaseOwner],
    );
  }

  flush(): void {
    this.events.flush();
  }

  private async update(manager: EntityManager, job: ImportJobEntity, changes: Partial<ImportJobEntity>): Promise<void> {
    const updatedAt = new Date();
    const leaseExpiresAt =
      'leaseExpiresAt' in changes ? changes.leaseExpiresAt : new Date(Date.now() + IMPORT_LEASE_MS);
    const result = await manager
      .createQueryBuilder()
      .update(ImportJobEntity)
      .set({ ...changes, leaseExpiresAt, updatedAt })
      .where('id = :id AND lease_owner = :owner', { id: job.id, owner: job.leaseOwner })
      .execute();
    if (result.affected !== 1) throw new ImportLeaseLost(job.id);
    Object.assign(job, changes, { leaseExpiresAt, updatedAt });
  }
}

function countsOf(progress: JobProgress): Partial<ImportJobEntity> {
  return {
    status: progress.status,
    rowsTotal: progress.rowsTotal,
    rowsProcessed: progress.rowsProcessed,
    errorCount: progress.log.errorCount,
    warningCount: progress.log.warningCount,
  };
}
