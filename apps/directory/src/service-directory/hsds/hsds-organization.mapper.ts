import type { OrganisationType } from '@coordination/contracts';
import type { OrganisationProfile } from '../../organisations/organisation-profile';
import { derivedId } from '../shared/derived-id';
import { hsdsObject, type HsdsObject } from './hsds-json';

const TYPE_DESCRIPTIONS: Record<OrganisationType, string> = {
  UN_AGENCY: 'agencia de las Naciones Unidas',
  INGO: 'organización no gubernamental internacional',
  NNGO: 'organización no gubernamental nacional',
  MIGRANT_LED: 'organización liderada por personas refugiadas y migrantes',
  GOVERNMENT: 'institución del Estado peruano',
  RED_CROSS_CRESCENT: 'sociedad de la Cruz Roja',
  DONOR: 'donante',
  ACADEMIC: 'institución académica',
};

/**
 * The directory keeps no free-text description of an organisation; HSDS requires one, so it says
 * what kind of organisation it is and the other names it goes by.
 */
function description(profile: OrganisationProfile): string {
  const { organisation, aliases } = profile;
  const kind = TYPE_DESCRIPTIONS[organisation.type] ?? 'organización';
  const knownAs = aliases.length > 0 ? ` También conocida como: ${aliases.join(', ')}.` : '';
  return `${organisation.name}: ${kind} del directorio de la respuesta a refugiados y migrantes en el Perú.${knownAs}`;
}

/** An organisation of the directory as an HSDS organization (acronym as alternate_name). */
export function hsdsOrganization(profile: OrganisationProfile): HsdsObject {
  const { organisation, identifiers } = profile;
  return hsdsObject({
    id: organisation.id,
    name: organisation.name,
    alternate_name: organisation.acronym,
    description: description(profile),
    parent_organization_id: organisation.parentOrganisationId,
    organization_identifiers: identifiers.map(({ scheme, value }) =>
      hsdsObject({
        id: derivedId('organization-identifier', organisation.id, scheme, value),
        organization_id: organisation.id,
        identifier_scheme: scheme,
        identifier_type: scheme,
        identifier: value,
      }),
    ),
  });
}
