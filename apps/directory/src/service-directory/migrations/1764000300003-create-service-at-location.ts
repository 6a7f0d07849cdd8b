import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where and when a service is delivered (HSDS service_at_location and schedule), and how to reach
 * it (contact, phone). A schedule belongs to one service at one location, or to the service as a
 * whole; schedules are weekly, in Lima time (UTC-5).
 */
export class CreateServiceAtLocation1764000300003 implements MigrationInterface {
  name = 'CreateServiceAtLocation1764000300003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE service_at_location (
        id uuid PRIMARY KEY,
        service_id uuid NOT NULL REFERENCES service(id) ON DELETE CASCADE,
        location_id uuid NOT NULL REFERENCES location(id),
        description text,
        position smallint NOT NULL,
        UNIQUE (service_id, location_id)
      )`);
    await queryRunner.query(`CREATE INDEX service_at_location_location_idx ON service_at_location (location_id)`);

    await queryRunner.query(`
      CREATE TABLE schedule (
        id uuid PRIMARY KEY,
        service_id uuid REFERENCES service(id) ON DELETE CASCADE,
        service_at_location_id uuid REFERENCES service_at_location(id) ON DELETE CASCADE,
        freq text NOT NULL DEFAULT 'WEEKLY' CHECK (freq = 'WEEKLY'),
        byday text CHECK (byday ~ '^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$'),
        opens_at time NOT NULL,
        closes_at time NOT NULL,
        valid_from date,
        valid_to date,
        description text,
        position smallint NOT NULL,
        CHECK (num_nonnulls(service_id, service_at_location_id) = 1),
        CHECK (opens_at < closes_at),
        CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
      )`);
    await queryRunner.query(`CREATE INDEX schedule_service_idx ON schedule (service_id)`);
    await queryRunner.query(`CREATE INDEX schedule_service_at_location_idx ON schedule (service_at_location_id)`);

    await queryRunner.query(`
      CREATE TABLE contact (
        id uuid PRIMARY KEY,
        service_id uuid NOT NULL REFERENCES service(id) ON DELETE CASCADE,
        name text,
        title text,
        department text,
        email text,
        position smallint NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX contact_service_idx ON contact (service_id)`);

    await queryRunner.query(`
      CREATE TABLE phone (
        id uuid PRIMARY KEY,
        service_id uuid REFERENCES service(id) ON DELETE CASCADE,
        contact_id uuid REFERENCES contact(id) ON DELETE CASCADE,
        number text NOT NULL,
        type text,
        description text,
        position smallint NOT NULL,
        CHECK (num_nonnulls(service_id, contact_id) = 1)
      )`);
    await queryRunner.query(`CREATE INDEX phone_service_idx ON phone (service_id)`);
    await queryRunner.query(`CREATE INDEX phone_contact_idx ON phone (contact_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE phone, contact, schedule, service_at_location`);
  }
}
