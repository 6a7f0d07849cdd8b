import type { DataSource } from 'typeorm';

/**
 * The content of every coverage table, in key order, without the columns that record when or from which
 * delivery a row was written: two models built from the same events in any order have the same checksum.
 */
const CONTENT = [
  `SELECT md5(coalesce(string_agg(row(report_id, version, status, deleted, organisation_id, sector, sub_sector,
          indicator_code, counts_people, plan_year, month_number, pcode, department_pcode, province_pcode,
          district_pcode, population_group, quantity, new_beneficiaries, girls, boys, women, men, unknown)::text, '|'
          ORDER BY report_id), '')) AS part FROM coverage_report_fact`,
  `SELECT md5(coalesce(string_agg(row(target_id, version, organisation_id, indicator_code, sector, unit, plan_year,
          pcode, quantity)::text, '|' ORDER BY target_id), '')) AS part FROM coverage_target_fact`,
  `SELECT md5(coalesce(string_agg(row(round_id, analysis_code, plan_year, in_force_from, published,
          superseded_by_round_id, superseded_from)::text, '|' ORDER BY round_id), '')) AS part FROM coverage_needs_round`,
  `SELECT md5(coalesce(string_agg(row(cell_id, round_id, sector, pcode, population_group, people_in_need, girls, boys,
          women, men, unknown)::text, '|' ORDER BY cell_id), '')) AS part FROM coverage_pin_figure`,
];

export async function coverageChecksum(dataSource: DataSource): Promise<string> {
  const parts: string[] = [];
  for (const query of CONTENT) {
    const [{ part }] = await dataSource.query<{ part: string }[]>(query);
    parts.push(part);
  }
  const [{ checksum }] = await dataSource.query<{ checksum: string }[]>(`SELECT md5($1) AS checksum`, [parts.join('')]);
  return checksum;
}
