import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PlaceLevel } from '@coordination/contracts';
import { levelOfPcode } from '@coordination/geo';
import { IndicatorCatalogue, indicatorKey } from '../../indicators/indicator-catalogue';
import { planYearOf } from '../../shared/months';
import { placeName } from '../../shared/places';
import type { PlacePosition } from '../place-cursor';
import type { ReachedAtPlaceModel } from './reached-at-place.model';

interface ReachedRow {
  place: string;
  indicator_code: string;
  reached: number;
  new_beneficiaries: number | null;
  girls: number | null;
  boys: number | null;
  women: number | null;
  men: number | null;
  unknown: number | null;
  total_count: number;
}

/** P-code length of each level: PE + two digits per level. */
const PCODE_LENGTH: Record<PlaceLevel, number> = { department: 4, province: 6, district: 8 };

/**
 * Monthly figures per place and indicator, with no organisation in them: what government viewers
 * and published dashboards may see. Approved reports only; a month's figures are never summed with
 * other months' (the same people come back every month).
 */
@Injectable()
export class ReachedByPlaceQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly indicators: IndicatorCatalogue,
  ) {}

  async find(
    criteria: { sector: string; month: string; level: PlaceLevel },
    page: { size: number; after: PlacePosition | null },
  ): Promise<{ rows: ReachedAtPlaceModel[]; totalCount: number }> {
    const after = page.after ?? { pcode: '', key: '' };
    // Reports at a coarser level than asked keep their own P-code: a department-wide figure is not
    // split among its districts.
    const rows: ReachedRow[] = await this.dataSource.query(
      `WITH figures AS (
         SELECT left(pcode, $3) AS place, indicator_code,
                sum(quantity)::int AS reached,
                sum(new_beneficiaries)::int AS new_beneficiaries,
                CASE WHEN count(girls) = count(*) THEN sum(girls)::int END AS girls,
                CASE WHEN count(boys) = count(*) THEN sum(boys)::int END AS boys,
                CASE WHEN count(women) = count(*) THEN sum(women)::int END AS women,
                CASE WHEN count(men) = count(*) THEN sum(men)::int END AS men,
                CASE WHEN count(sex_age_unknown) = count(*) THEN sum(sex_age_unknown)::int END AS unknown
           FROM activity_report
          WHERE deleted_at IS NULL AND status = 'APPROVED' AND sector = $1 AND month = $2
          GROUP BY 1, 2)
       SELECT *, (SELECT count(*)::int FROM figures) AS total_count
         FROM figures
        WHERE (place, indicator_code) > ($4, $5)
        ORDER BY place, indicator_code
        LIMIT $6`,
      [criteria.sector, criteria.month, PCODE_LENGTH[criteria.level], after.pcode, after.key, page.size],
    );
    const planYear = planYearOf(criteria.month);
    const indicators = await this.indicators.findMany(rows.map((row) => ({ planYear, code: row.indicator_code })));
    return {
      totalCount: rows[0]?.total_count ?? (page.after ? await this.count(criteria) : 0),
      rows: rows.map((row) => ({
        pcode: row.place,
        placeName: placeName(row.place),
        placeLevel: levelOfPcode(row.place),
        indicatorCode: row.indicator_code,
        // Reports reference the catalogue by foreign key, so their indicator is always there.
        unit: indicators.get(indicatorKey({ planYear, code: row.indicator_code }))!.unit,
        reached: row.reached,
        newBeneficiaries: row.new_beneficiaries,
        cells:
          row.girls === null || row.boys === null || row.women === null || row.men === null || row.unknown === null
            ? null
            : { girls: row.girls, boys: row.boys, women: row.women, men: row.men, unknown: row.unknown },
      })),
    };
  }

  /** Past the last page there are no rows to carry the count. */
  private async count(criteria: { sector: string; month: string; level: PlaceLevel }): Promise<number> {
    const [{ count }] = await this.dataSource.query(
      `SELECT count(DISTINCT (left(pcode, $3), indicator_code))::int AS count FROM activity_report
        WHERE deleted_at IS NULL AND status = 'APPROVED' AND sector = $1 AND month = $2`,
      [criteria.sector, criteria.month, PCODE_LENGTH[criteria.level]],
    );
    return count;
  }
}
