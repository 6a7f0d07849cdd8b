import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CoverageFigures, CoverageLevel, CoverageQuery } from './coverage-query';

/** The fact column holding the place of each level; NATIONAL puts every fact in one place. */
const REPORT_PLACE: Record<CoverageLevel, string> = {
  NATIONAL: `'PE'::text`,
  DEPARTMENT: 'department_pcode',
  PROVINCE: 'province_pcode',
  DISTRICT: 'district_pcode',
};

/**
 * People in need are held per department or province. At department and national level a department
 * counts its department-level figure when the round has one, else the sum of its provinces (never both,
 * which would count the same people twice). Provinces count province figures only; districts have none.
 */
const PIN_PLACE: Record<CoverageLevel, { place: string; levelRule: string }> = {
  NATIONAL: {
    place: `'PE'::text`,
    levelRule: `place_level = CASE WHEN has_department THEN 'department' ELSE 'province' END`,
  },
  DEPARTMENT: {
    place: 'department_pcode',
    levelRule: `place_level = CASE WHEN has_department THEN 'department' ELSE 'province' END`,
  },
  PROVINCE: { place: 'province_pcode', levelRule: `place_level = 'province'` },
  DISTRICT: { place: 'NULL::text', levelRule: 'false' },
};

interface FigureRow {
  pcode: string;
  sector: string;
  people_in_need: string | null;
  targeted: string | null;
  reached_monthly: string | null;
  girls: string | null;
  boys: string | null;
  women: string | null;
  men: string | null;
  unknown: string | null;
  reached_consolidated: string | null;
  contributing_partners: string | null;
  partners_present: string | null;
}

const count = (value: string | null): number => (value === null ? 0 : Number(value));

/**
 * Computes coverage from the facts at query time (ADR 0008). Within a sector, indicators counting people
 * are combined by their MAXIMUM at each place, month and population group scope: two indicators of one
 * sector usually reach the same people, so their sum would double count. Partners are added up within
 * an indicator (they report different people, bar the upper-bound caveat of consolidated figures).
 */
@Injectable()
export class CoverageReader {
  constructor(private readonly dataSource: DataSource) {}

  async figures(query: CoverageQuery, organisationId: string | null = null): Promise<CoverageFigures[]> {
    const place = REPORT_PLACE[query.level];
    const pin = PIN_PLACE[query.level];
    const rows: FigureRow[] = await this.dataSource.query(
      `
      WITH counted AS (
        SELECT ${place} AS place, sector, indicator_code, organisation_id, month_number, quantity,
               coalesce(new_beneficiaries, 0) AS new_beneficiaries, girls, boys, women, men, unknown, counts_people
          FROM coverage_report_fact
         WHERE plan_year = $1 AND status = 'APPROVED' AND NOT deleted AND month_number <= $3
           AND ($4::text IS NULL OR sector = $4) AND ($5::text IS NULL OR pcode LIKE $5 || '%')
           AND ($6::text IS NULL OR population_group = $6) AND ($7::uuid IS NULL OR organisation_id = $7)
           AND ${place} IS NOT NULL
      ),
      monthly_by_indicator AS (
        SELECT place, sector, indicator_code, sum(quantity) AS reached, sum(girls) AS girls, sum(boys) AS boys,
               sum(women) AS women, sum(men) AS men, sum(unknown) AS unknown
          FROM counted WHERE counts_people AND month_number = $3
         GROUP BY place, sector, indicator_code
      ),
      monthly AS (
        SELECT DISTINCT ON (place, sector) place, sector, reached, girls, boys, women, men, unknown
          FROM monthly_by_indicator ORDER BY place, sector, reached DESC, indicator_code
      ),
      consolidated_by_indicator AS (
        SELECT place, sector, indicator_code, sum(new_beneficiaries) AS consolidated,
               count(DISTINCT organisation_id) AS partners
          FROM counted WHERE counts_people
         GROUP BY place, sector, indicator_code
      ),
      consolidated AS (
        SELECT DISTINCT ON (place, sector) place, sector, consolidated, partners
          FROM consolidated_by_indicator ORDER BY place, sector, consolidated DESC, indicator_code
      ),
      presence AS (
        SELECT place, sector, count(DISTINCT organisation_id) AS partners
          FROM counted WHERE month_number >= $2
         GROUP BY place, sector
      ),
      targets_by_indicator AS (
        SELECT ${place} AS place, sector, indicator_code, sum(quantity) AS targeted
          FROM coverage_target_fact
         WHERE plan_year = $1 AND $6::text IS NULL AND unit = 'PEOPLE'
           AND ($4::text IS NULL OR sector = $4) AND ($5::text IS NULL OR pcode LIKE $5 || '%')
           AND ($7::uuid IS NULL OR organisation_id = $7) AND ${place} IS NOT NULL
         GROUP BY 1, 2, 3
      ),
      targets AS (SELECT place, sector, max(targeted) AS targeted FROM targets_by_indicator GROUP BY place, sector),
      round_in_force AS (
        SELECT round_id FROM coverage_needs_round
         WHERE plan_year = $1 AND in_force_from <= (make_date($1, $3, 1) + interval '1 month' - interval '1 day')::date
         ORDER BY in_force_from DESC, published DESC, round_id
         LIMIT 1
      ),
      pin_figures AS (
        SELECT f.*, bool_or(f.place_level = 'department')
                      OVER (PARTITION BY f.department_pcode, f.sector, f.population_group) AS has_department
          FROM coverage_pin_figure f JOIN round_in_force r USING (round_id)
         WHERE ($4::text IS NULL OR f.sector = $4) AND ($5::text IS NULL OR f.pcode LIKE $5 || '%')
           AND ($6::text IS NULL OR f.population_group = $6) AND $7::uuid IS NULL
      ),
      pin AS (
        SELECT ${pin.place} AS place, sector, sum(people_in_need) AS people_in_need
          FROM pin_figures WHERE ${pin.levelRule} AND ${pin.place} IS NOT NULL
         GROUP BY 1, 2
      ),
      places AS (
        SELECT place, sector FROM pin UNION SELECT place, sector FROM targets
        UNION SELECT place, sector FROM consolidated UNION SELECT place, sector FROM presence
      )
      SELECT p.place AS pcode, p.sector, pin.people_in_need, t.targeted, m.reached AS reached_monthly,
             m.girls, m.boys, m.women, m.men, m.unknown, c.consolidated AS reached_consolidated,
             c.partners AS contributing_partners, pr.partners AS partners_present
        FROM places p
        LEFT JOIN pin ON pin.place = p.place AND pin.sector = p.sector
        LEFT JOIN targets t ON t.place = p.place AND t.sector = p.sector
        LEFT JOIN monthly m ON m.place = p.place AND m.sector = p.sector
        LEFT JOIN consolidated c ON c.place = p.place AND c.sector = p.sector
        LEFT JOIN presence pr ON pr.place = p.place AND pr.sector = p.sector
       ORDER BY p.place, p.sector`,
      [
        query.planYear,
        query.monthFrom,
        query.monthTo,
        query.sector,
        query.parentPcode,
        query.populationGroup,
        organisationId,
      ],
    );
    return rows.map((row) => ({
      pcode: row.pcode,
      sector: row.sector,
      peopleInNeed: row.people_in_need === null ? null : Number(row.people_in_need),
      targeted: row.targeted === null ? null : Number(row.targeted),
      reachedMonthly: count(row.reached_monthly),
      reachedMonthlyCells: {
        girls: count(row.girls),
        boys: count(row.boys),
        women: count(row.women),
        men: count(row.men),
        unknown: count(row.unknown),
      },
      reachedConsolidated: count(row.reached_consolidated),
      consolidatedIsUpperBound: count(row.contributing_partners) > 1,
      partnersPresent: count(row.partners_present),
    }));
  }
}
