import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOrganisationKey1766000000050 implements MigrationInterface {
  name = 'CreateOrganisationKey1766000000050';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Keys are stored wrapped by a master key that lives only in configuration, never in clear.
    await queryRunner.query(`
      CREATE TABLE organisation_key (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL,
        purpose text NOT NULL CHECK (purpose IN ('DATA', 'INDEX')),
        wrapped_key bytea NOT NULL,
        master_key_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        retired_at timestamptz
      )`);
    // One key in use per organisation and purpose: two first writes at once end with one key.
    await queryRunner.query(`
      CREATE UNIQUE INDEX organisation_key_current ON organisation_key (organisation_id, purpose)
       WHERE retired_at IS NULL`);
    await queryRunner.query(`CREATE INDEX organisation_key_master ON organisation_key (master_key_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE organisation_key`);
  }
}
