import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { LocationEntity } from '../entities/location.entity';
import { ServiceErrors } from '../service.errors';
import { derivedLocationId } from '../shared/location-key';
import type { PlacedLocation } from './service-parts';

type LocationDetails = Pick<
  LocationEntity,
  | 'name'
  | 'alternateName'
  | 'description'
  | 'latitude'
  | 'longitude'
  | 'pcode'
  | 'address1'
  | 'address2'
  | 'city'
  | 'region'
  | 'stateProvince'
  | 'postalCode'
>;

function detailsOf(location: PlacedLocation): LocationDetails {
  return {
    name: location.name,
    alternateName: location.alternateName ?? null,
    description: location.description ?? null,
    latitude: location.latitude ?? null,
    longitude: location.longitude ?? null,
    pcode: location.place.pcode,
    address1: location.address1,
    address2: location.address2 ?? null,
    city: location.place.city,
    region: location.place.region,
    stateProvince: location.place.stateProvince,
    postalCode: location.postalCode ?? null,
  };
}

/**
 * Locations belong to the organisation and may host several of its services. Saving one creates it
 * or brings the stored row up to date; the caller learns whether a stored row changed, because the
 * other services at that location then changed too.
 */
@Injectable()
export class LocationWriter {
  async save(
    manager: EntityManager,
    organisationId: string,
    location: PlacedLocation,
    position: number,
    now: Date,
  ): Promise<{ id: string; changed: boolean }> {
    const id = location.id ?? derivedLocationId(organisationId, location);
    const details = detailsOf(location);
    // Insert-if-absent then lock: two services saving the same new location at once both succeed.
    await manager
      .createQueryBuilder()
      .insert()
      .into(LocationEntity)
      .values({
        id,
        organisationId,
        locationType: 'physical',
        country: 'PE',
        ...details,
        createdAt: now,
        lastModified: now,
      })
      .orIgnore()
      .execute();
    const stored = await manager.findOneOrFail(LocationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (stored.organisationId !== organisationId) {
      throw ServiceErrors.locationConflict(id, `input.locations.${position}.id`);
    }
    const changed = (Object.keys(details) as (keyof LocationDetails)[]).some((key) => stored[key] !== details[key]);
    if (changed) await manager.update(LocationEntity, { id }, { ...details, lastModified: now });
    return { id, changed };
  }
}
