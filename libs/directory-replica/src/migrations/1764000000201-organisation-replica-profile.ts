import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The replica follows updates and merges, and remembers the time of the event it last applied. */
export class OrganisationReplicaProfile1764000000201 implements MigrationInterface {
  name = 'OrganisationReplicaProfile1764000000201';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE organisation_replica
        ADD COLUMN aliases text[] NOT NULL DEFAULT '{}',
        ADD COLUMN region_pcodes text[] NOT NULL DEFAULT '{}',
        ADD COLUMN status text NOT NULL DEFAULT 'ACTIVE',
        ADD COLUMN merged_into_id uuid,
        ADD COLUMN source_event_time timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE organisation_replica
        DROP COLUMN source_event_time, DROP COLUMN merged_into_id, DROP COLUMN status,
        DROP COLUMN region_pcodes, DROP COLUMN aliases`);
  }
}
