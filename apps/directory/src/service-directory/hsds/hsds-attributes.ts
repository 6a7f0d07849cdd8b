import {
  POPULATION_GROUP_DESCRIPTIONS,
  POPULATION_GROUP_LABELS,
  SPECIFIC_NEED_LABELS,
  sector as sectorDefinition,
  subSector as subSectorDefinition,
  type PopulationGroup,
  type SpecificNeed,
} from '@coordination/taxonomies';
import type { ServiceRecord } from '../reading/service-record';
import { derivedId } from '../shared/derived-id';
import { hsdsObject, type HsdsObject } from './hsds-json';

interface Term {
  taxonomyKey: string;
  taxonomyName: string;
  taxonomyDescription: string;
  version?: string;
  code: string;
  name: string;
  description: string;
  parentCode?: string;
}

function termId(term: Pick<Term, 'taxonomyKey' | 'code'>): string {
  return derivedId('taxonomy-term', term.taxonomyKey, term.code);
}

function attribute(serviceId: string, linkType: string, term: Term): HsdsObject {
  const taxonomyId = derivedId('taxonomy', term.taxonomyKey);
  return hsdsObject({
    id: derivedId('attribute', serviceId, term.taxonomyKey, term.code),
    link_id: serviceId,
    link_type: linkType,
    link_entity: 'service',
    taxonomy_term_id: termId(term),
    taxonomy_term: hsdsObject({
      id: termId(term),
      code: term.code,
      name: term.name,
      description: term.description,
      parent_id: term.parentCode ? termId({ taxonomyKey: term.taxonomyKey, code: term.parentCode }) : undefined,
      taxonomy: term.taxonomyName,
      language: 'es',
      taxonomy_id: taxonomyId,
      taxonomy_detail: hsdsObject({
        id: taxonomyId,
        name: term.taxonomyName,
        description: term.taxonomyDescription,
        version: term.version,
      }),
    }),
  });
}

function sectorTerms(record: ServiceRecord): Term[] {
  const terms = new Map<string, Term>();
  for (const row of record.sectors) {
    const taxonomy = {
      taxonomyKey: `r4v-peru-sectors-${row.planYear}`,
      taxonomyName: `Sectores R4V Perú ${row.planYear}`,
      taxonomyDescription: `Sectors and sub-sectors of the R4V Peru response plan for ${row.planYear}.`,
      version: String(row.planYear),
    };
    const sector = sectorDefinition(row.sector, row.planYear);
    terms.set(`${row.planYear}/${row.sector}`, {
      ...taxonomy,
      code: row.sector,
      name: sector.names.es,
      description: sector.names.en,
    });
    if (row.subSector) {
      const subSector = subSectorDefinition(row.subSector, row.planYear);
      terms.set(`${row.planYear}/${row.sector}/${row.subSector}`, {
        ...taxonomy,
        code: `${row.sector}/${row.subSector}`,
        name: subSector.names.es,
        description: subSector.names.en,
        parentCode: row.sector,
      });
    }
  }
  return [...terms.values()];
}

/**
 * What the service is for, as HSDS attributes: each sector, sub-sector, population group and
 * specific need is a taxonomy term. Ids are derived from the codes so they never change.
 */
export function hsdsAttributes(record: ServiceRecord): HsdsObject[] {
  const serviceId = record.service.id;
  return [
    ...sectorTerms(record).map((term) => attribute(serviceId, 'service_sector', term)),
    ...record.populationGroups.map((code) =>
      attribute(serviceId, 'population_group', {
        taxonomyKey: 'r4v-population-groups',
        taxonomyName: 'Grupos de población R4V',
        taxonomyDescription: 'Population groups the R4V response counts people in.',
        code,
        name: POPULATION_GROUP_LABELS[code as PopulationGroup].es,
        description: POPULATION_GROUP_DESCRIPTIONS[code as PopulationGroup].es,
      }),
    ),
    ...record.specificNeeds.map((code) =>
      attribute(serviceId, 'specific_need', {
        taxonomyKey: 'specific-needs',
        taxonomyName: 'Necesidades específicas',
        taxonomyDescription: 'Specific needs a referral can flag, so the receiving partner can adapt its service.',
        code,
        name: SPECIFIC_NEED_LABELS[code as SpecificNeed].es,
        description: SPECIFIC_NEED_LABELS[code as SpecificNeed].en,
      }),
    ),
  ];
}
