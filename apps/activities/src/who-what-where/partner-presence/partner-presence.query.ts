import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { levelOfPcode } from '@coordination/geo';
import { placeName } from '../../shared/places';
import type { PlacePosition } from '../place-cursor';
import type { PartnerPresenceCriteria, PartnerPresenceModel, PresentOrganisationModel } from './partner-presence.model';

interface PresenceRow {
  pcode: string;
  sector: string;
  reporting_organisation_id: string;
  implementing_organisation_id: string;
  name: string | null;
  acronym: string | null;
  implementing_name: string | null;
  implementing_acronym: string | null;
}

/**
 * Which organisations work at each place in each sector, from every report past its draft: partners
 * see who else is there, coordinators where nobody is. Organisations only, no figures.
 */
@Injectable()
export class PartnerPresenceQuery {
  constructor(private readonly dataSource: DataSource) {}

  async find(
    criteria: PartnerPresenceCriteria,
    page: { size: number; after: PlacePosition | null },
  ): Promise<{ rows: PartnerPresenceModel[]; totalCount: number }> {
    const { where, params } = conditions(criteria);
    const after = page.after ?? { pcode: '', key: '' };
    const keys: { pcode: string; sector: string; total_count: number }[] = await this.dataSource.query(
      `WITH places AS (SELECT DISTINCT pcode, sector FROM activity_report r WHERE ${where})
       SELECT pcode, sector, (SELECT count(*)::int FROM places) AS total_count
         FROM places WHERE (pcode, sector) > ($${params.length + 1}, $${params.length + 2})
        ORDER BY pcode, sector LIMIT $${params.length + 3}`,
      [...params, after.pcode, after.key, page.size],
    );
    if (keys.length === 0) return { rows: [], totalCount: page.after ? await this.count(criteria) : 0 };
    const rows: PresenceRow[] = await this.dataSource.query(
      `SELECT DISTINCT r.pcode, r.sector, r.reporting_organisation_id, r.implementing_organisation_id,
              rep.name, rep.acronym, imp.name AS implementing_name, imp.acronym AS implementing_acronym
         FROM activity_report r
         LEFT JOIN organisation_replica rep ON rep.id = r.reporting_organisation_id
         LEFT JOIN organisation_replica imp ON imp.id = r.implementing_organisation_id
        WHERE ${where} AND (r.pcode || ':' || r.sector) = ANY($${params.length + 1})`,
      [...params, keys.map((key) => `${key.pcode}:${key.sector}`)],
    );
    return {
      totalCount: keys[0].total_count,
      rows: keys.map((key) => ({
        pcode: key.pcode,
        placeName: placeName(key.pcode),
        placeLevel: levelOfPcode(key.pcode),
        sector: key.sector,
        organisations: organisationsAt(rows.filter((row) => row.pcode === key.pcode && row.sector === key.sector)),
      })),
    };
  }

  private async count(criteria: PartnerPresenceCriteria): Promise<number> {
    const { where, params } = conditions(criteria);
    const [{ count }] = await this.dataSource.query(
      `SELECT count(DISTINCT (pcode, sector))::int AS count FROM activity_report r WHERE ${where}`,
      params,
    );
    return count;
  }
}

function conditions(criteria: PartnerPresenceCriteria): { where: string; params: unknown[] } {
  const clauses = [`r.deleted_at IS NULL`, `r.status <> 'DRAFT'`];
  const params: unknown[] = [];
  const add = (clause: (placeholder: string) => string, value: unknown) => {
    params.push(value);
    clauses.push(clause(`$${params.length}`));
  };
  if (criteria.sector) add((p) => `r.sector = ${p}`, criteria.sector);
  if (criteria.pcode) add((p) => `r.pcode LIKE ${p}`, `${criteria.pcode}%`);
  if (criteria.monthFrom) add((p) => `r.month >= ${p}`, criteria.monthFrom);
  if (criteria.monthTo) add((p) => `r.month <= ${p}`, criteria.monthTo);
  return { where: clauses.join(' AND '), params };
}

/** One entry per organisation, saying whether it implemented, reported, or both. */
function organisationsAt(rows: readonly PresenceRow[]): PresentOrganisationModel[] {
  const byId = new Map<string, PresentOrganisationModel>();
  const present = (id: string, name: string | null, acronym: string | null) => {
    const entry = byId.get(id) ?? { id, name, acronym, implementing: false, reporting: false };
    byId.set(id, entry);
    return entry;
  };
  for (const row of rows) {
    present(row.reporting_organisation_id, row.name, row.acronym).reporting = true;
    present(row.implementing_organisation_id, row.implementing_name, row.implementing_acronym).implementing = true;
  }
  return [...byId.values()].sort((a, b) => (a.name ?? a.id).localeCompare(b.name ?? b.id));
}
