import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { decodeUploadedFile } from '@coordination/imports';
import { ImportErrors } from '../import.errors';
import { ImportJobEntity } from '../job/import-job.entity';
import { ImportJobSignal } from '../worker/import-job-signal';
import type { StartActivityImportCommand } from './start-activity-import.input';

/**
 * Queues a file for import and returns its job at once; a worker of this service picks it up. The
 * file is stored with the job, so a worker on another copy, or after a restart, can read it.
 */
@Injectable()
export class StartActivityImportUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly signal: ImportJobSignal,
  ) {}

  async execute(command: StartActivityImportCommand, actor: Viewer, correlationId: string): Promise<ImportJobEntity> {
    const content = decodeUploadedFile(command.contentBase64);
    const now = new Date();
    const job: ImportJobEntity = {
      id: command.id ?? randomUUID(),
      organisationId: actor.organisationId,
      fileName: command.fileName,
      format: (command.format ?? formatFromName(command.fileName)).toLowerCase(),
      sheetName: command.sheetName ?? null,
      dryRun: command.dryRun,
      submit: command.submit ?? false,
      status: 'QUEUED',
      rowsTotal: null,
      rowsProcessed: 0,
      reportsCreated: 0,
      errorCount: 0,
      warningCount: 0,
      problems: [],
      failureCode: null,
      actor: { userId: actor.userId, organisationId: actor.organisationId, roles: actor.roles, grants: actor.grants },
      correlationId,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
      startedAt: null,
      finishedAt: null,
      leaseOwner: null,
      leaseExpiresAt: null,
      attempts: 0,
    };
    const queued = await this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOneBy(ImportJobEntity, { id: job.id });
      if (existing) return replayOf(existing, actor);
      await manager.insert(ImportJobEntity, job);
      await manager.query(`INSERT INTO import_job_file (job_id, content) VALUES ($1, $2)`, [job.id, content]);
      return job;
    });
    this.signal.jobQueued();
    return queued;
  }
}

/** The same id again: the job made the first time when it is the caller's, refused otherwise. */
function replayOf(existing: ImportJobEntity, actor: Viewer): ImportJobEntity {
  if (existing.createdBy !== actor.userId) throw ImportErrors.idConflict(existing.id);
  return existing;
}

function formatFromName(fileName: string): string {
  return fileName.toLowerCase().endsWith('.xlsx') ? 'XLSX' : 'CSV';
}
