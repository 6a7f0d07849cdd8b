import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOrganisation1764000000100 implements MigrationInterface {
  name = 'CreateOrganisation1764000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        acronym text,
        type text NOT NULL,
        registered_at timestamptz NOT NULL DEFAULT now(),
        registered_by text NOT NULL
      )`);
    // Names are compared without case so "ACNUR" and "acnur" cannot both be registered.
    await queryRunner.query(`CREATE UNIQUE INDEX organisation_name_unique ON organisation (lower(name))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE organisation`);
  }
}
