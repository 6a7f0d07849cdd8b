import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOrganisationReplica1764000000200 implements MigrationInterface {
  name = 'CreateOrganisationReplica1764000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE organisation_replica (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        acronym text,
        type text NOT NULL,
        registered_at timestamptz NOT NULL,
        source_event_id uuid NOT NULL,
        replicated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX organisation_replica_name_idx ON organisation_replica (lower(name), id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE organisation_replica`);
  }
}
