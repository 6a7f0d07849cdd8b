import type { ContactCommand, LocationCommand, PhoneCommand, ScheduleCommand } from './service-details.schema';
import type { CheckedSector, Place, ServiceReferenceData } from './service-reference-data';
import type { SectorCommand } from './service-details.schema';

export interface PlacedLocation extends LocationCommand {
  place: Place;
}

/**
 * The collections of a service that a command replaces. A part left undefined is not touched; a
 * part given (even empty) replaces what was stored.
 */
export interface ServiceParts {
  sectors?: CheckedSector[];
  populationGroups?: string[];
  specificNeeds?: string[];
  languages?: string[];
  requiredDocuments?: string[];
  locations?: PlacedLocation[];
  schedules?: ScheduleCommand[];
  contacts?: ContactCommand[];
  phones?: PhoneCommand[];
}

interface PartsCommand {
  sectors?: SectorCommand[] | null;
  populationGroups?: string[] | null;
  specificNeeds?: string[] | null;
  languages?: string[] | null;
  requiredDocuments?: string[] | null;
  locations?: LocationCommand[] | null;
  schedules?: ScheduleCommand[] | null;
  contacts?: ContactCommand[] | null;
  phones?: PhoneCommand[] | null;
}

/** Undefined stays undefined (not touched); null clears the part. */
function given<T>(value: T[] | null | undefined): T[] | undefined {
  return value === undefined ? undefined : (value ?? []);
}

/** The command's parts, checked against the reference data; throws the first problem found. */
export function checkedServiceParts(
  command: PartsCommand,
  referenceData: ServiceReferenceData,
  root = 'input',
): ServiceParts {
  const sectors = given(command.sectors);
  const languages = given(command.languages);
  const locations = given(command.locations);
  if (languages) referenceData.languages(languages, `${root}.languages`);
  return {
    sectors: sectors && referenceData.sectors(sectors, `${root}.sectors`),
    populationGroups: given(command.populationGroups),
    specificNeeds: given(command.specificNeeds),
    languages,
    requiredDocuments: given(command.requiredDocuments),
    locations: locations?.map((location, index) => ({
      ...location,
      place: referenceData.place(location.pcode, `${root}.locations.${index}.pcode`),
    })),
    schedules: given(command.schedules),
    contacts: given(command.contacts),
    phones: given(command.phones),
  };
}
