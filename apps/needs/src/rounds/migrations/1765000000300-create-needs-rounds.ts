import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Rounds of needs analyses with their people-in-need cells and severity; rows are never updated but for supersession. */
export class CreateNeedsRounds1765000000300 implements MigrationInterface {
  name = 'CreateNeedsRounds1765000000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE needs_round (
        id uuid PRIMARY KEY,
        analysis_code text NOT NULL,
        title text NOT NULL,
        plan_year int NOT NULL,
        in_force_from date NOT NULL,
        assessment_id uuid REFERENCES assessment (id),
        supersedes_round_id uuid REFERENCES needs_round (id),
        superseded_by_round_id uuid REFERENCES needs_round (id) DEFERRABLE INITIALLY DEFERRED,
        superseded_at timestamptz,
        source text NOT NULL,
        methodology text,
        people_in_need_cell_count int NOT NULL,
        severity_count int NOT NULL,
        published_at timestamptz NOT NULL,
        published_by text NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX needs_round_in_force_idx ON needs_round (analysis_code, in_force_from DESC, published_at DESC)`,
    );
    // Only one round of an analysis may be the latest: a second one racing it would fork the history.
    await queryRunner.query(
      `CREATE UNIQUE INDEX needs_round_one_latest_idx ON needs_round (analysis_code) WHERE superseded_by_round_id IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE people_in_need_cell (
        id uuid PRIMARY KEY,
        round_id uuid NOT NULL REFERENCES needs_round (id),
        sector text NOT NULL,
        pcode text NOT NULL,
        place_level text NOT NULL CHECK (place_level IN ('department', 'province')),
        department_pcode text NOT NULL,
        province_pcode text,
        population_group text NOT NULL,
        people_in_need int NOT NULL CHECK (people_in_need >= 0),
        girls int NOT NULL CHECK (girls >= 0),
        boys int NOT NULL CHECK (boys >= 0),
        women int NOT NULL CHECK (women >= 0),
        men int NOT NULL CHECK (men >= 0),
        unknown int NOT NULL CHECK (unknown >= 0),
        affected_population int CHECK (affected_population >= 0),
        baseline_population int CHECK (baseline_population >= 0),
        CHECK (girls + boys + women + men + unknown = people_in_need),
        UNIQUE (round_id, sector, pcode, population_group)
      )`);
    await queryRunner.query(
      `CREATE INDEX people_in_need_cell_place_idx ON people_in_need_cell (round_id, department_pcode)`,
    );
    await queryRunner.query(`
      CREATE TABLE severity_figure (
        round_id uuid NOT NULL REFERENCES needs_round (id),
        pcode text NOT NULL,
        population_group text NOT NULL,
        place_level text NOT NULL CHECK (place_level IN ('department', 'province')),
        department_pcode text NOT NULL,
        province_pcode text,
        phase smallint NOT NULL CHECK (phase BETWEEN 1 AND 5),
        PRIMARY KEY (round_id, pcode, population_group)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE severity_figure`);
    await queryRunner.query(`DROP TABLE people_in_need_cell`);
    await queryRunner.query(`DROP TABLE needs_round`);
  }
}
