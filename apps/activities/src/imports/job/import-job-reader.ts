import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { isUuid } from '@coordination/graphql';
import { ImportErrors } from '../import.errors';
import { ImportJobEntity } from './import-job.entity';

/** A job is its organisation's (and its author's); platform admins see all. Others are told it does not exist. */
export function mayReadImportJob(
  viewer: Pick<Viewer, 'userId' | 'organisationId' | 'roles'>,
  job: Pick<ImportJobEntity, 'organisationId' | 'createdBy'>,
): boolean {
  if (viewer.roles.includes('PLATFORM_ADMIN')) return true;
  if (job.createdBy === viewer.userId) return true;
  return job.organisationId !== null && job.organisationId === viewer.organisationId;
}

@Injectable()
export class ImportJobReader {
  constructor(private readonly dataSource: DataSource) {}

  async visibleJob(id: string, viewer: Viewer): Promise<ImportJobEntity> {
    const job = isUuid(id) ? await this.dataSource.manager.findOneBy(ImportJobEntity, { id: id.toLowerCase() }) : null;
    if (!job || !mayReadImportJob(viewer, job)) throw ImportErrors.jobNotFound(id);
    return job;
  }
}
