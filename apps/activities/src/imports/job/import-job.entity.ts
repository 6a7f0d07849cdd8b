import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AccessGrant, Role } from '@coordination/auth';
import type { ImportJobStatus } from '@coordination/contracts';
import type { ImportProblem } from '@coordination/imports';

/** Who started a job, as the checks need them when a worker runs it later (perhaps after a restart). */
export interface ImportActor {
  userId: string;
  organisationId: string | null;
  roles: Role[];
  grants: AccessGrant[];
}

/** One uploaded file of activity reports on its way in (a dry run or a commit). */
@Entity({ name: 'import_job' })
export class ImportJobEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** The importing organisation; null for a platform admin without one. */
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  /** As declared on upload, then as read (`csv` or `xlsx`; `hxl` when the file had a hashtag row). */
  @Column({ type: 'text' })
  format: string;

  @Column({ name: 'sheet_name', type: 'text', nullable: true })
  sheetName: string | null;

  @Column({ name: 'dry_run', type: 'boolean' })
  dryRun: boolean;

  /** Rows become SUBMITTED reports rather than drafts. */
  @Column({ type: 'boolean' })
  submit: boolean;

  @Column({ type: 'text' })
  status: ImportJobStatus;

  @Column({ name: 'rows_total', type: 'int', nullable: true })
  rowsTotal: number | null;

  @Column({ name: 'rows_processed', type: 'int' })
  rowsProcessed: number;

  @Column({ name: 'reports_created', type: 'int' })
  reportsCreated: number;

  @Column({ name: 'error_count', type: 'int' })
  errorCount: number;

  @Column({ name: 'warning_count', type: 'int' })
  warningCount: number;

  /** The first problems found (see STORED_PROBLEMS_LIMIT); the counts above include all. */
  @Column({ type: 'jsonb' })
  problems: ImportProblem[];

  @Column({ name: 'failure_code', type: 'text', nullable: true })
  failureCode: string | null;

  @Column({ type: 'jsonb' })
  actor: ImportActor;

  @Column({ name: 'correlation_id', type: 'text' })
  correlationId: string;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** Which worker holds the job, and until when; a lapsed lease means the worker died. */
  @Column({ name: 'lease_owner', type: 'text', nullable: true })
  leaseOwner: string | null;

  @Column({ name: 'lease_expires_at', type: 'timestamptz', nullable: true })
  leaseExpiresAt: Date | null;

  @Column({ type: 'int' })
  attempts: number;
}
