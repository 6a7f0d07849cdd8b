import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * HSDS locations: where an organisation receives people. The address sits on the location (the
 * directory keeps one physical address per location) and the P-code places it in the gazetteer.
 */
export class CreateLocation1764000300001 implements MigrationInterface {
  name = 'CreateLocation1764000300001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE location (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        location_type text NOT NULL DEFAULT 'physical' CHECK (location_type IN ('physical', 'postal', 'virtual')),
        name text NOT NULL,
        alternate_name text,
        description text,
        latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        pcode text NOT NULL CHECK (pcode ~ '^PE([0-9]{2}){1,3}$'),
        address_1 text NOT NULL,
        address_2 text,
        city text NOT NULL,
        region text,
        state_province text NOT NULL,
        postal_code text,
        country text NOT NULL DEFAULT 'PE',
        created_at timestamptz NOT NULL,
        last_modified timestamptz NOT NULL,
        CHECK ((latitude IS NULL) = (longitude IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX location_organisation_idx ON location (organisation_id)`);
    // P-codes nest by prefix, so "inside PE24" is LIKE 'PE24%', which this operator class can serve.
    await queryRunner.query(`CREATE INDEX location_pcode_prefix_idx ON location (pcode text_pattern_ops)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE location`);
  }
}
