import type { OrganisationModel } from './organisation.model';
import type { OrganisationProfile } from './organisation-profile';

export function toOrganisationModel({ organisation, aliases, identifiers }: OrganisationProfile): OrganisationModel {
  return {
    id: organisation.id,
    name: organisation.name,
    acronym: organisation.acronym,
    type: organisation.type,
    aliases,
    identifiers,
    parentOrganisationId: organisation.parentOrganisationId,
    workingGroupMember: organisation.workingGroupMember,
    regionPcodes: organisation.regionPcodes,
    status: organisation.status,
    mergedIntoId: organisation.mergedIntoId,
    registeredAt: organisation.registeredAt,
    updatedAt: organisation.updatedAt,
    version: organisation.version,
  };
}
