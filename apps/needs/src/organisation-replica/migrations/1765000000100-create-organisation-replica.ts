import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateNeedsOrganisationReplica1765000000100 implements MigrationInterface {
  name = 'CreateNeedsOrganisationReplica1765000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE organisation_replica (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        acronym text,
        type text NOT NULL,
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'MERGED')),
        merged_into_id uuid,
        source_event_time timestamptz NOT NULL,
        source_event_id uuid NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE organisation_replica`);
  }
}
