import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SEED_INDICATORS, SEED_PLAN_YEARS } from './1764000500002-seed-indicators.data';

/** The first indicator catalogue: at least two indicators per sector of each plan year. */
export class SeedIndicators1764000500002 implements MigrationInterface {
  name = 'SeedIndicators1764000500002';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const planYear of SEED_PLAN_YEARS) {
      for (const indicator of SEED_INDICATORS) {
        await queryRunner.query(
          `INSERT INTO indicator (plan_year, code, sector, sub_sector, name_es, name_en, unit, counts_people,
                                  aggregation, requires_sex_age, modalities)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [
            planYear,
            indicator.code,
            indicator.sector,
            indicator.subSector,
            indicator.es,
            indicator.en,
            indicator.unit,
            indicator.countsPeople,
            indicator.aggregation,
            indicator.requiresSexAge,
            indicator.modalities,
          ],
        );
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM indicator WHERE plan_year = ANY($1) AND code = ANY($2)`, [
      SEED_PLAN_YEARS,
      SEED_INDICATORS.map((indicator) => indicator.code),
    ]);
  }
}
