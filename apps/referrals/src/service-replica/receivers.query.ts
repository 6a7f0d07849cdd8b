import type { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor, invalidInput, type Connection } from '@coordination/graphql';
import type { ReferralReceiverModel } from './receiver.model';
import type { ReceiversFilter } from './receivers-filter.input';

interface ReceiverRow {
  id: string;
  organisation_id: string;
  organisation_name: string | null;
  name: string;
  status: string;
  sector_codes: string[];
  location_pcodes: string[];
  languages: string[];
  population_groups: string[];
  total: string;
}

function offsetOf(after: string | null | undefined): number {
  if (!after) return 0;
  const decoded = decodeCursor(after);
  const offset = Number(decoded.replace(/^offset:/, ''));
  if (!decoded.startsWith('offset:') || !Number.isInteger(offset) || offset < 0) {
    throw invalidInput([{ field: 'page.after', message: 'is not a cursor returned by this query' }]);
  }
  return offset;
}

/**
 * Services that could take a need: offering the sector (or the sub-sector), located in or around
 * the place (P-codes nest by prefix, either may contain the other), serving the population group
 * and speaking the language when given, in the status asked (active by default). Name order.
 */
export async function findReceivers(
  dataSource: DataSource,
  filter: ReceiversFilter,
  pageSize: number,
  after: string | null | undefined,
): Promise<Connection<ReferralReceiverModel>> {
  const offset = offsetOf(after);
  const sectorCode = filter.subSector ? `${filter.sector}/${filter.subSector}` : filter.sector;
  const rows: ReceiverRow[] = await dataSource.query(
    `SELECT service.*, organisation.name AS organisation_name, count(*) OVER () AS total
       FROM service_replica service
       LEFT JOIN organisation_replica organisation ON organisation.id = service.organisation_id
      WHERE $1 = ANY(service.sector_codes)
        AND service.status = $2
        AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM unnest(service.location_pcodes) AS located(pcode)
                                          WHERE located.pcode LIKE $3 || '%' OR $3 LIKE located.pcode || '%'))
        AND ($4::text IS NULL OR $4 = ANY(service.population_groups))
        AND ($5::text IS NULL OR $5 = ANY(service.languages))
        AND (organisation.status IS NULL OR organisation.status = 'ACTIVE')
      ORDER BY service.name, service.id
      LIMIT $6 OFFSET $7`,
    [
      sectorCode,
      filter.status,
      filter.pcode ?? null,
      filter.populationGroup ?? null,
      filter.language ?? null,
      pageSize,
      offset,
    ],
  );
  const totalCount = rows.length > 0 ? Number(rows[0].total) : 0;
  const end = offset + rows.length;
  return {
    nodes: rows.map((row) => ({
      serviceId: row.id,
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      serviceName: row.name,
      status: row.status,
      sectorCodes: row.sector_codes,
      locationPcodes: row.location_pcodes,
      languages: row.languages,
      populationGroups: row.population_groups,
    })),
    totalCount,
    pageInfo: { hasNextPage: end < totalCount, endCursor: rows.length > 0 ? encodeCursor(`offset:${end}`) : null },
  };
}
