import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Brings the needs service's replica to the shape of the shared one (`@coordination/directory-replica`):
 * the registration time, aliases and regions the directory's events carry, and when a row was
 * last replicated. Rows written before this keep their last event time as registration time.
 */
export class AlignNeedsOrganisationReplica1765000000101 implements MigrationInterface {
  name = 'AlignNeedsOrganisationReplica1765000000101';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE organisation_replica
        ADD COLUMN registered_at timestamptz,
        ADD COLUMN aliases text[] NOT NULL DEFAULT '{}',
        ADD COLUMN region_pcodes text[] NOT NULL DEFAULT '{}',
        ADD COLUMN replicated_at timestamptz NOT NULL DEFAULT now(),
        ALTER COLUMN source_event_time DROP NOT NULL`);
    await queryRunner.query(`UPDATE organisation_replica SET registered_at = source_event_time`);
    await queryRunner.query(`ALTER TABLE organisation_replica ALTER COLUMN registered_at SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX organisation_replica_name_idx ON organisation_replica (lower(name), id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX organisation_replica_name_idx`);
    await queryRunner.query(`
      ALTER TABLE organisation_replica
        DROP COLUMN registered_at, DROP COLUMN aliases, DROP COLUMN region_pcodes, DROP COLUMN replicated_at,
        ALTER COLUMN source_event_time SET NOT NULL`);
  }
}
