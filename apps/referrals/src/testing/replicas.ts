import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** Organisations as the directory's events would have replicated them. */
export async function insertReplicatedOrganisations(
  dataSource: DataSource,
  organisations: readonly { id: string; name: string; status?: 'ACTIVE' | 'MERGED' }[],
): Promise<void> {
  for (const organisation of organisations) {
    await dataSource.query(
      `INSERT INTO organisation_replica (id, name, type, status, registered_at, source_event_id, source_event_time)
       VALUES ($1, $2, 'NNGO', $3, now(), $4, now())`,
      [organisation.id, organisation.name, organisation.status ?? 'ACTIVE', randomUUID()],
    );
  }
}

export interface ReplicatedService {
  id: string;
  organisationId: string;
  name: string;
  status?: string;
  sectorCodes: string[];
  locationPcodes?: string[];
  languages?: string[];
  populationGroups?: string[];
}

/** Services as the directory's events would have replicated them. */
export async function insertReplicatedServices(
  dataSource: DataSource,
  services: readonly ReplicatedService[],
): Promise<void> {
  for (const service of services) {
    await dataSource.query(
      `INSERT INTO service_replica (id, organisation_id, name, status, sector_codes, location_pcodes, languages,
                                    population_groups, source_event_id, source_event_time)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())`,
      [
        service.id,
        service.organisationId,
        service.name,
        service.status ?? 'active',
        service.sectorCodes,
        service.locationPcodes ?? ['PE15'],
        service.languages ?? ['es'],
        service.populationGroups ?? [],
        randomUUID(),
      ],
    );
  }
}
