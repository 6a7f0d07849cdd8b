import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The coverage read model: one row per fact the other services published (an activity report, a target,
 * a people-in-need figure, a needs round). Aggregates are computed from these rows at query time, so a
 * report that changes or is deleted replaces its own contribution and nothing else (ADR 0008).
 */
export class CreateCoverageReadModel1766000000700 implements MigrationInterface {
  name = 'CreateCoverageReadModel1766000000700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE coverage_report_fact (
        report_id text PRIMARY KEY,
        version int NOT NULL,
        status text NOT NULL,
        deleted boolean NOT NULL DEFAULT false,
        organisation_id uuid NOT NULL,
        sector text NOT NULL,
        sub_sector text,
        indicator_code text NOT NULL,
        counts_people boolean NOT NULL,
        plan_year int NOT NULL,
        month_number int NOT NULL,
        pcode text NOT NULL,
        department_pcode text NOT NULL,
        province_pcode text,
        district_pcode text,
        population_group text NOT NULL,
        quantity int NOT NULL,
        new_beneficiaries int,
        girls int NOT NULL DEFAULT 0,
        boys int NOT NULL DEFAULT 0,
        women int NOT NULL DEFAULT 0,
        men int NOT NULL DEFAULT 0,
        unknown int NOT NULL DEFAULT 0,
        source_event_id uuid NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Only approved, people-counting, live reports count; the partial index holds just those.
    await queryRunner.query(`
      CREATE INDEX coverage_report_fact_counted_idx
          ON coverage_report_fact (plan_year, sector, month_number, department_pcode, province_pcode, population_group)
       WHERE status = 'APPROVED' AND NOT deleted`);
    await queryRunner.query(`
      CREATE TABLE coverage_target_fact (
        target_id uuid PRIMARY KEY,
        version int NOT NULL,
        organisation_id uuid NOT NULL,
        indicator_code text NOT NULL,
        sector text NOT NULL,
        unit text NOT NULL,
        plan_year int NOT NULL,
        pcode text NOT NULL,
        department_pcode text NOT NULL,
        province_pcode text,
        district_pcode text,
        quantity int NOT NULL,
        source_event_id uuid NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX coverage_target_fact_idx ON coverage_target_fact (plan_year, sector)`);
    await queryRunner.query(`
      CREATE TABLE coverage_needs_round (
        round_id uuid PRIMARY KEY,
        analysis_code text NOT NULL,
        plan_year int NOT NULL,
        in_force_from date NOT NULL,
        published boolean NOT NULL DEFAULT false,
        superseded_by_round_id uuid,
        superseded_from date
      )`);
    await queryRunner.query(`
      CREATE TABLE coverage_pin_figure (
        cell_id uuid PRIMARY KEY,
        round_id uuid NOT NULL,
        plan_year int NOT NULL,
        sector text NOT NULL,
        pcode text NOT NULL,
        place_level text NOT NULL,
        department_pcode text NOT NULL,
        province_pcode text,
        population_group text NOT NULL,
        people_in_need int NOT NULL,
        girls int NOT NULL,
        boys int NOT NULL,
        women int NOT NULL,
        men int NOT NULL,
        unknown int NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX coverage_pin_figure_round_idx ON coverage_pin_figure (round_id, sector)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE coverage_pin_figure`);
    await queryRunner.query(`DROP TABLE coverage_needs_round`);
    await queryRunner.query(`DROP TABLE coverage_target_fact`);
    await queryRunner.query(`DROP TABLE coverage_report_fact`);
  }
}
