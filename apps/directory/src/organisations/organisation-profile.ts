import type { OrganisationType } from '@coordination/contracts';
import type { OrganisationEntity } from './organisation.entity';

export interface OrganisationIdentifier {
  scheme: string;
  value: string;
}

/** An organisation with everything it is known by: what the API returns and events carry. */
export interface OrganisationProfile {
  organisation: OrganisationEntity;
  aliases: string[];
  identifiers: OrganisationIdentifier[];
}

/** The profile as event data (registered and updated events share it). */
export function profileEventData(profile: OrganisationProfile) {
  const { organisation } = profile;
  return {
    organisationId: organisation.id,
    name: organisation.name,
    acronym: organisation.acronym,
    type: organisation.type as OrganisationType,
    aliases: profile.aliases,
    identifiers: profile.identifiers,
    parentOrganisationId: organisation.parentOrganisationId,
    workingGroupMember: organisation.workingGroupMember,
    regionPcodes: organisation.regionPcodes,
  };
}
