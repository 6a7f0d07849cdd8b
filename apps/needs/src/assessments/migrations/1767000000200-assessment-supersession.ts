import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A published assessment can be replaced by a newer published one (never by itself, never twice). */
export class AssessmentSupersession1767000000200 implements MigrationInterface {
  name = 'AssessmentSupersession1767000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE assessment
        ADD COLUMN superseded_by_assessment_id uuid REFERENCES assessment (id),
        ADD COLUMN superseded_at timestamptz,
        ADD CONSTRAINT assessment_not_superseded_by_itself CHECK (superseded_by_assessment_id <> id),
        ADD CONSTRAINT assessment_superseded_when CHECK ((superseded_by_assessment_id IS NULL) = (superseded_at IS NULL))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE assessment
        DROP CONSTRAINT assessment_superseded_when,
        DROP CONSTRAINT assessment_not_superseded_by_itself,
        DROP COLUMN superseded_at,
        DROP COLUMN superseded_by_assessment_id`);
  }
}
