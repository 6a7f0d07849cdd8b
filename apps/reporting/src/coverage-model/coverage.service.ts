import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { SECTOR_TAXONOMY } from '@coordination/taxonomies';
import { REPORTING_SETTINGS, type ReportingSettings } from '../reporting-settings';
import { suppressSmallCells } from './cell-suppression';
import type { CoverageQuery } from './coverage-query';
import type { CoverageRowModel, IntersectoralCoverageRowModel, PartnerPresenceModel } from './coverage.models';
import { CoverageReader } from './coverage.reader';
import { placeNameOf } from './place-names';
import { coverageScopeOf } from './viewer-scope';

function gapOf(peopleInNeed: number | null, reached: number): number | null {
  return peopleInNeed === null ? null : Math.max(peopleInNeed - reached, 0);
}

function coveragePercentOf(peopleInNeed: number | null, reached: number): number | null {
  return peopleInNeed === null || peopleInNeed === 0 ? null : Math.round((reached / peopleInNeed) * 1000) / 10;
}

/** Multipurpose cash and other cross-sector modalities stay out of intersectoral maxima, as in the needs service. */
function isCrossSector(sector: string, planYear: number): boolean {
  try {
    return SECTOR_TAXONOMY.sector(sector, planYear).crossSector;
  } catch {
    return sector === 'MPC';
  }
}

interface PresenceRow {
  place: string;
  sector: string;
  organisation_id: string;
  organisation_name: string | null;
  months: number[];
  report_count: string;
}

@Injectable()
export class CoverageService {
  constructor(
    private readonly reader: CoverageReader,
    private readonly dataSource: DataSource,
    @Inject(REPORTING_SETTINGS) private readonly settings: ReportingSettings,
  ) {}

  async coverage(query: CoverageQuery, viewer: Viewer): Promise<CoverageRowModel[]> {
    const scope = coverageScopeOf(viewer);
    const [rows, own] = await Promise.all([
      this.reader.figures(query),
      scope.ownOrganisationId ? this.reader.figures(query, scope.ownOrganisationId) : Promise.resolve([]),
    ]);
    const ownByKey = new Map(own.map((row) => [`${row.pcode}|${row.sector}`, row]));
    return rows.map((row) => {
      const mine = ownByKey.get(`${row.pcode}|${row.sector}`);
      return {
        pcode: row.pcode,
        name: placeNameOf(row.pcode),
        level: query.level,
        sector: row.sector,
        peopleInNeed: row.peopleInNeed,
        targeted: row.targeted,
        reachedMonthly: row.reachedMonthly,
        reachedConsolidated: row.reachedConsolidated,
        consolidatedIsUpperBound: row.consolidatedIsUpperBound,
        gap: gapOf(row.peopleInNeed, row.reachedConsolidated),
        coveragePercent: coveragePercentOf(row.peopleInNeed, row.reachedConsolidated),
        partnersPresent: row.partnersPresent,
        cells: suppressSmallCells(row.reachedMonthlyCells, this.settings.minCellCount, scope.seesSmallCells),
        ownReachedMonthly: scope.ownOrganisationId ? (mine?.reachedMonthly ?? 0) : null,
        ownReachedConsolidated: scope.ownOrganisationId ? (mine?.reachedConsolidated ?? 0) : null,
      };
    });
  }

  /** The rows with people in need and the largest gaps first. */
  async topGaps(query: CoverageQuery, viewer: Viewer, first: number): Promise<CoverageRowModel[]> {
    const rows = await this.coverage(query, viewer);
    return rows
      .filter((row) => row.gap !== null && row.gap > 0)
      .sort((a, b) => b.gap! - a.gap! || a.pcode.localeCompare(b.pcode) || a.sector.localeCompare(b.sector))
      .slice(0, first);
  }

  /** Per place, the maximum over sectors of PiN and of consolidated reached (DOMAIN.md), never the sum. */
  async intersectoral(query: CoverageQuery): Promise<IntersectoralCoverageRowModel[]> {
    const rows = await this.reader.figures({ ...query, sector: null });
    const byPlace = new Map<string, typeof rows>();
    for (const row of rows.filter((candidate) => !isCrossSector(candidate.sector, query.planYear))) {
      byPlace.set(row.pcode, [...(byPlace.get(row.pcode) ?? []), row]);
    }
    return [...byPlace].map(([pcode, sectors]) => {
      const withNeeds = sectors.filter((row) => row.peopleInNeed !== null);
      const peopleInNeed = withNeeds.length ? Math.max(...withNeeds.map((row) => row.peopleInNeed!)) : null;
      const reachedConsolidated = Math.max(0, ...sectors.map((row) => row.reachedConsolidated));
      return {
        pcode,
        name: placeNameOf(pcode),
        level: query.level,
        peopleInNeed,
        reachedConsolidated,
        gap: gapOf(peopleInNeed, reachedConsolidated),
        coveragePercent: coveragePercentOf(peopleInNeed, reachedConsolidated),
        sectorsCompared: sectors.map((row) => row.sector).sort(),
      };
    });
  }

  /** Who works where (3W): organisations with approved reports per place and sector in the months asked. */
  async partnerPresence(query: CoverageQuery, viewer: Viewer): Promise<PartnerPresenceModel[]> {
    const scope = coverageScopeOf(viewer);
    const place = {
      NATIONAL: `'PE'::text`,
      DEPARTMENT: 'f.department_pcode',
      PROVINCE: 'f.province_pcode',
      DISTRICT: 'f.district_pcode',
    }[query.level];
    const rows: PresenceRow[] = await this.dataSource.query(
      `SELECT ${place} AS place, f.sector, f.organisation_id, o.name AS organisation_name,
              array_agg(DISTINCT f.month_number ORDER BY f.month_number) AS months, count(*) AS report_count
         FROM coverage_report_fact f LEFT JOIN organisation_replica o ON o.id = f.organisation_id
        WHERE f.plan_year = $1 AND f.status = 'APPROVED' AND NOT f.deleted AND f.month_number BETWEEN $2 AND $3
          AND ($4::text IS NULL OR f.sector = $4) AND ($5::text IS NULL OR f.pcode LIKE $5 || '%')
          AND ($6::text IS NULL OR f.population_group = $6) AND ${place} IS NOT NULL
        GROUP BY 1, 2, 3, 4
        ORDER BY 1, 2, 4, 3`,
      [query.planYear, query.monthFrom, query.monthTo, query.sector, query.parentPcode, query.populationGroup],
    );
    return rows.map((row) => ({
      pcode: row.place,
      name: placeNameOf(row.place),
      sector: row.sector,
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      months: row.months.map(Number),
      reportCount:
        scope.seesEveryOrganisation || row.organisation_id === scope.ownOrganisationId
          ? Number(row.report_count)
          : null,
    }));
  }
}
