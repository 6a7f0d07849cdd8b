import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAssessment1765000000200 implements MigrationInterface {
  name = 'CreateAssessment1765000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE assessment (
        id uuid PRIMARY KEY,
        title text NOT NULL,
        type text NOT NULL,
        method text NOT NULL,
        lead_organisation_ids uuid[] NOT NULL CHECK (cardinality(lead_organisation_ids) > 0),
        pcodes text[] NOT NULL CHECK (cardinality(pcodes) > 0),
        population_groups text[] NOT NULL,
        sectors text[] NOT NULL,
        collection_start date NOT NULL,
        collection_end date NOT NULL CHECK (collection_end >= collection_start),
        status text NOT NULL CHECK (status IN ('PLANNED', 'ONGOING', 'PUBLISHED')),
        source_url text CHECK (status <> 'PUBLISHED' OR source_url IS NOT NULL),
        plan_year int NOT NULL,
        version int NOT NULL CHECK (version >= 1),
        registered_at timestamptz NOT NULL,
        registered_by text NOT NULL,
        updated_at timestamptz NOT NULL,
        published_at timestamptz
      )`);
    // Listing filters on place, sector and period; GIN indexes serve the array overlaps.
    await queryRunner.query(`CREATE INDEX assessment_listing_idx ON assessment (collection_start DESC, id)`);
    await queryRunner.query(`CREATE INDEX assessment_sectors_idx ON assessment USING gin (sectors)`);
    await queryRunner.query(`CREATE INDEX assessment_leads_idx ON assessment USING gin (lead_organisation_ids)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE assessment`);
  }
}
