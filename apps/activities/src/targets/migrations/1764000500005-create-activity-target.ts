import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One target per organisation x indicator x place x plan year; setting it again replaces it. */
export class CreateActivityTarget1764000500005 implements MigrationInterface {
  name = 'CreateActivityTarget1764000500005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE activity_target (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL,
        indicator_code text NOT NULL,
        plan_year int NOT NULL,
        pcode text NOT NULL,
        place_level text NOT NULL,
        department_pcode text NOT NULL,
        province_pcode text,
        quantity int NOT NULL CHECK (quantity >= 0),
        version int NOT NULL CHECK (version >= 1),
        set_at timestamptz NOT NULL,
        set_by text NOT NULL,
        FOREIGN KEY (plan_year, indicator_code) REFERENCES indicator (plan_year, code),
        UNIQUE (organisation_id, indicator_code, pcode, plan_year)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE activity_target`);
  }
}
