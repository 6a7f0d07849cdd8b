import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisation profiles (aliases, identifiers, hierarchy, working-group membership, regions) and
 * merges. Names and aliases are stored normalised (no accents, lower case) beside the original,
 * and indexed with trigrams, so "acnur", "ACNUR" and "Acnur Peru" find the same record.
 */
export class OrganisationProfile1764000000101 implements MigrationInterface {
  name = 'OrganisationProfile1764000000101';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`
      ALTER TABLE organisation
        ADD COLUMN parent_organisation_id uuid REFERENCES organisation(id),
        ADD COLUMN working_group_member boolean NOT NULL DEFAULT false,
        ADD COLUMN region_pcodes text[] NOT NULL DEFAULT '{}',
        ADD COLUMN status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'MERGED')),
        ADD COLUMN merged_into_id uuid REFERENCES organisation(id),
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN version integer NOT NULL DEFAULT 1`);
    await queryRunner.query(`
      CREATE TABLE organisation_name (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        name text NOT NULL,
        normalised text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('NAME', 'ACRONYM', 'ALIAS')),
        PRIMARY KEY (organisation_id, normalised)
      )`);
    await queryRunner.query(
      `CREATE INDEX organisation_name_trigram_idx ON organisation_name USING gin (normalised gin_trgm_ops)`,
    );
    await queryRunner.query(`CREATE INDEX organisation_name_normalised_idx ON organisation_name (normalised)`);
    await queryRunner.query(`
      CREATE TABLE organisation_identifier (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        scheme text NOT NULL,
        value text NOT NULL,
        PRIMARY KEY (scheme, value)
      )`);
    await queryRunner.query(
      `CREATE INDEX organisation_identifier_owner_idx ON organisation_identifier (organisation_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE organisation_identifier`);
    await queryRunner.query(`DROP TABLE organisation_name`);
    await queryRunner.query(`
      ALTER TABLE organisation
        DROP COLUMN version, DROP COLUMN updated_at, DROP COLUMN merged_into_id, DROP COLUMN status,
        DROP COLUMN region_pcodes, DROP COLUMN working_group_member, DROP COLUMN parent_organisation_id`);
  }
}
