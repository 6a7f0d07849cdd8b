import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Months locked by the platform admins, and every lock and reopening with who, when and why. */
export class CreateReportingPeriod1764000500003 implements MigrationInterface {
  name = 'CreateReportingPeriod1764000500003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE reporting_period (
        month text PRIMARY KEY CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        status text NOT NULL CHECK (status IN ('OPEN', 'LOCKED')),
        changed_at timestamptz NOT NULL,
        changed_by text NOT NULL,
        reason text
      )`);
    await queryRunner.query(`
      CREATE TABLE reporting_period_change (
        id bigserial PRIMARY KEY,
        month text NOT NULL REFERENCES reporting_period (month),
        action text NOT NULL CHECK (action IN ('LOCKED', 'REOPENED')),
        actor_user_id text NOT NULL,
        actor_organisation_id uuid,
        at timestamptz NOT NULL,
        reason text
      )`);
    await queryRunner.query(`CREATE INDEX reporting_period_change_month_idx ON reporting_period_change (month, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE reporting_period_change`);
    await queryRunner.query(`DROP TABLE reporting_period`);
  }
}
