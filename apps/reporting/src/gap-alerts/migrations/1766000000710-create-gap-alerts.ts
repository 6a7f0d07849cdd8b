import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Coordinators' coverage thresholds and the gap alerts raised against them (state for raise/resolve events). */
export class CreateGapAlerts1766000000710 implements MigrationInterface {
  name = 'CreateGapAlerts1766000000710';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE gap_threshold (
        sector text NOT NULL,
        -- '' stands for every department, so the pair can be a primary key.
        pcode text NOT NULL DEFAULT '',
        min_coverage_percent numeric(5, 2) NOT NULL,
        set_by text NOT NULL,
        set_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (sector, pcode)
      )`);
    await queryRunner.query(`
      CREATE TABLE gap_alert (
        alert_id uuid PRIMARY KEY,
        plan_year int NOT NULL,
        sector text NOT NULL,
        pcode text NOT NULL,
        reason text NOT NULL,
        raised_at timestamptz NOT NULL,
        resolved_at timestamptz
      )`);
    // At most one open alert per cause: evaluating twice raises nothing new.
    await queryRunner.query(
      `CREATE UNIQUE INDEX gap_alert_open_idx ON gap_alert (plan_year, sector, pcode, reason) WHERE resolved_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE gap_alert`);
    await queryRunner.query(`DROP TABLE gap_threshold`);
  }
}
