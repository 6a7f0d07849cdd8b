import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateServiceReplica1766000000100 implements MigrationInterface {
  name = 'CreateServiceReplica1766000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE service_replica (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL,
        name text NOT NULL,
        status text NOT NULL,
        sector_codes text[] NOT NULL,
        location_pcodes text[] NOT NULL,
        languages text[] NOT NULL,
        population_groups text[] NOT NULL,
        source_event_id uuid NOT NULL,
        source_event_time timestamptz NOT NULL
      )`);
    // Receivers for a need: sector first, then place; GIN serves the array overlaps.
    await queryRunner.query(`CREATE INDEX service_replica_sectors_idx ON service_replica USING gin (sector_codes)`);
    await queryRunner.query(`CREATE INDEX service_replica_places_idx ON service_replica USING gin (location_pcodes)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE service_replica`);
  }
}
