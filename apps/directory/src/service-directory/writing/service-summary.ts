import type { ServiceRecord } from '../reading/service-record';

/**
 * What other services learn about a service (ServicePublishedV1 / ServiceChangedV1): who offers
 * what, where, for which population groups and in which languages. Sectors of several plan years collapse to distinct pairs.
 */
export function serviceSummary(record: ServiceRecord) {
  const sectorPairs = new Map<string, { sector: string; subSector: string | null }>();
  for (const { sector, subSector } of record.sectors)
    sectorPairs.set(`${sector}/${subSector ?? ''}`, { sector, subSector });
  return {
    serviceId: record.service.id,
    organisationId: record.service.organisationId,
    name: record.service.name,
    status: record.service.status,
    sectors: [...sectorPairs.values()],
    locationPcodes: [...new Set(record.locations.map(({ location }) => location.pcode))],
    languages: record.languages.map((language) => language.code),
    populationGroups: [...new Set(record.populationGroups)],
  };
}
