import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIndicator1764000500001 implements MigrationInterface {
  name = 'CreateIndicator1764000500001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE indicator (
        plan_year int NOT NULL,
        code text NOT NULL,
        sector text NOT NULL,
        sub_sector text,
        name_es text NOT NULL,
        name_en text NOT NULL,
        unit text NOT NULL,
        counts_people boolean NOT NULL,
        aggregation text NOT NULL
          CHECK (aggregation IN ('SUM', 'AVERAGE', 'COUNT', 'LAST_VALUE', 'UNIQUE_CUMULATIVE')),
        requires_sex_age boolean NOT NULL,
        modalities text[] NOT NULL CHECK (cardinality(modalities) > 0),
        PRIMARY KEY (plan_year, code),
        -- Only counts of people are split by sex and age; unique people only exist for them too.
        CHECK (counts_people OR NOT requires_sex_age),
        CHECK (counts_people OR aggregation <> 'UNIQUE_CUMULATIVE')
      )`);
    await queryRunner.query(`CREATE INDEX indicator_sector_idx ON indicator (plan_year, sector, code)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE indicator`);
  }
}
