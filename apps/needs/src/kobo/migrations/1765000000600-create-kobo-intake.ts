import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateKoboIntake1765000000600 implements MigrationInterface {
  name = 'CreateKoboIntake1765000000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Only the SHA-256 of a form's secret is kept: a copy of the table cannot post submissions.
    await queryRunner.query(`
      CREATE TABLE kobo_form_mapping (
        id uuid PRIMARY KEY,
        assessment_id uuid NOT NULL REFERENCES assessment (id),
        kobo_asset_uid text NOT NULL,
        secret_hash text NOT NULL CHECK (secret_hash ~ '^[0-9a-f]{64}$'),
        mapping jsonb NOT NULL,
        version int NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        UNIQUE (kobo_asset_uid)
      )`);
    await queryRunner.query(`
      CREATE TABLE assessment_record (
        id uuid PRIMARY KEY,
        assessment_id uuid NOT NULL REFERENCES assessment (id),
        form_mapping_id uuid NOT NULL REFERENCES kobo_form_mapping (id),
        submission_uuid text NOT NULL,
        instance_id text NOT NULL,
        revision int NOT NULL CHECK (revision >= 1),
        pcode text NOT NULL,
        population_group text,
        collected_on date NOT NULL,
        "values" jsonb NOT NULL,
        received_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        UNIQUE (form_mapping_id, submission_uuid)
      )`);
    await queryRunner.query(
      `CREATE INDEX assessment_record_assessment_idx ON assessment_record (assessment_id, collected_on DESC, id)`,
    );
    // Every version a submission went through (Kobo edits keep _uuid and change meta/instanceID).
    await queryRunner.query(`
      CREATE TABLE assessment_record_revision (
        record_id uuid NOT NULL REFERENCES assessment_record (id),
        revision int NOT NULL,
        instance_id text NOT NULL,
        pcode text NOT NULL,
        population_group text,
        collected_on date NOT NULL,
        "values" jsonb NOT NULL,
        received_at timestamptz NOT NULL,
        PRIMARY KEY (record_id, revision),
        UNIQUE (record_id, instance_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE assessment_record_revision`);
    await queryRunner.query(`DROP TABLE assessment_record`);
    await queryRunner.query(`DROP TABLE kobo_form_mapping`);
  }
}
