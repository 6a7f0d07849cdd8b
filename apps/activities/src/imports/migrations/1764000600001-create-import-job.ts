import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Import jobs and their uploaded files (kept apart so listing jobs never reads megabytes). */
export class CreateImportJob1764000600001 implements MigrationInterface {
  name = 'CreateImportJob1764000600001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE import_job (
        id uuid PRIMARY KEY,
        organisation_id uuid,
        file_name text NOT NULL,
        format text NOT NULL,
        sheet_name text,
        dry_run boolean NOT NULL,
        submit boolean NOT NULL,
        status text NOT NULL
          CHECK (status IN ('QUEUED', 'VALIDATING', 'DRY_RUN_DONE', 'COMMITTING', 'COMPLETED', 'FAILED')),
        rows_total int,
        rows_processed int NOT NULL DEFAULT 0,
        reports_created int NOT NULL DEFAULT 0,
        error_count int NOT NULL DEFAULT 0,
        warning_count int NOT NULL DEFAULT 0,
        problems jsonb NOT NULL DEFAULT '[]',
        failure_code text,
        actor jsonb NOT NULL,
        correlation_id text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        started_at timestamptz,
        finished_at timestamptz,
        lease_owner text,
        lease_expires_at timestamptz,
        attempts int NOT NULL DEFAULT 0
      )`);
    // Workers look for queued jobs and for running ones whose lease lapsed.
    await queryRunner.query(
      `CREATE INDEX import_job_claimable_idx ON import_job (created_at)
        WHERE status IN ('QUEUED', 'VALIDATING', 'COMMITTING')`,
    );
    await queryRunner.query(`
      CREATE TABLE import_job_file (
        job_id uuid PRIMARY KEY REFERENCES import_job (id) ON DELETE CASCADE,
        content bytea NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE import_job_file`);
    await queryRunner.query(`DROP TABLE import_job`);
  }
}
