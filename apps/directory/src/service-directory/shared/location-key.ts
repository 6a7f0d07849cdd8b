import { derivedId } from './derived-id';

interface LocationIdentity {
  name: string;
  address1: string;
  pcode: string;
}

/** Two entries with the same name and address in the same unit are one place, whatever their case. */
export function locationKey(location: LocationIdentity): string {
  return [location.pcode, location.name, location.address1]
    .map((part) => part.trim().toLocaleLowerCase('es'))
    .join('/');
}

/** The id of a location the client gave no id for: the same place of the same organisation keeps it. */
export function derivedLocationId(organisationId: string, location: LocationIdentity): string {
  return derivedId('location', organisationId, locationKey(location));
}
