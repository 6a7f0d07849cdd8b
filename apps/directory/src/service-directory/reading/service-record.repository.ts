import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { POPULATION_GROUPS, SPECIFIC_NEEDS } from '@coordination/taxonomies';
import { ContactEntity } from '../entities/contact.entity';
import { LanguageEntity } from '../entities/language.entity';
import { LocationEntity } from '../entities/location.entity';
import { PhoneEntity } from '../entities/phone.entity';
import { RequiredDocumentEntity } from '../entities/required-document.entity';
import { ScheduleEntity } from '../entities/schedule.entity';
import { ServiceAtLocationEntity } from '../entities/service-at-location.entity';
import { ServicePopulationGroupEntity } from '../entities/service-population-group.entity';
import { ServiceSectorEntity } from '../entities/service-sector.entity';
import { ServiceSpecificNeedEntity } from '../entities/service-specific-need.entity';
import { ServiceEntity } from '../entities/service.entity';
import type { ServiceRecord } from './service-record';

function groupBy<T>(rows: readonly T[], key: (row: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const value = key(row);
    if (value === null) continue;
    groups.set(value, [...(groups.get(value) ?? []), row]);
  }
  return groups;
}

type Queries<T extends readonly unknown[]> = { [K in keyof T]: () => Promise<T[K]> };

/**
 * Runs independent reads together on the pool, but one after the other inside a transaction,
 * whose single connection must not be given a query while it runs another.
 */
async function readAll<T extends readonly unknown[]>(manager: EntityManager, queries: Queries<T>): Promise<T> {
  if (!manager.queryRunner) return (await Promise.all(queries.map((query) => query()))) as unknown as T;
  const results: unknown[] = [];
  for (const query of queries) results.push(await query());
  return results as unknown as T;
}

/** Codes in the order the taxonomy lists them, so every reader sees the same order. */
function inTaxonomyOrder(codes: string[], order: readonly string[]): string[] {
  return [...codes].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/** Loads whole services, a page at a time: a fixed number of queries however many services. */
@Injectable()
export class ServiceRecordRepository {
  async load(manager: EntityManager, id: string): Promise<ServiceRecord | undefined> {
    return (await this.loadMany(manager, [id]))[0];
  }

  /** In the order of `ids`; ids without a service are left out. */
  async loadMany(manager: EntityManager, ids: readonly string[]): Promise<ServiceRecord[]> {
    if (ids.length === 0) return [];
    const serviceIds = In([...ids]);
    const services = await manager.findBy(ServiceEntity, { id: serviceIds });
    if (services.length === 0) return [];
    const [sectors, groups, needs, languages, documents, servicesAtLocations, contacts] = await readAll(manager, [
      () =>
        manager.find(ServiceSectorEntity, {
          where: { serviceId: serviceIds },
          order: { planYear: 'ASC', sector: 'ASC', subSector: 'ASC' },
        }),
      () => manager.findBy(ServicePopulationGroupEntity, { serviceId: serviceIds }),
      () => manager.findBy(ServiceSpecificNeedEntity, { serviceId: serviceIds }),
      () => manager.find(LanguageEntity, { where: { serviceId: serviceIds }, order: { position: 'ASC' } }),
      () => manager.find(RequiredDocumentEntity, { where: { serviceId: serviceIds }, order: { position: 'ASC' } }),
      () => manager.find(ServiceAtLocationEntity, { where: { serviceId: serviceIds }, order: { position: 'ASC' } }),
      () => manager.find(ContactEntity, { where: { serviceId: serviceIds }, order: { position: 'ASC' } }),
    ] as const);
    const servicesAtLocationIds = servicesAtLocations.map((row) => row.id);
    const contactIds = contacts.map((row) => row.id);
    const [locations, schedules, phones] = await readAll(manager, [
      () => manager.findBy(LocationEntity, { id: In(servicesAtLocations.map((row) => row.locationId)) }),
      () =>
        manager.find(ScheduleEntity, {
          where: [{ serviceId: serviceIds }, { serviceAtLocationId: In(servicesAtLocationIds) }],
          order: { position: 'ASC' },
        }),
      () =>
        manager.find(PhoneEntity, {
          where: [{ serviceId: serviceIds }, { contactId: In(contactIds) }],
          order: { position: 'ASC' },
        }),
    ] as const);
    const locationsById = new Map(locations.map((location) => [location.id, location]));
    const byService = {
      sectors: groupBy(sectors, (row) => row.serviceId),
      groups: groupBy(groups, (row) => row.serviceId),
      needs: groupBy(needs, (row) => row.serviceId),
      languages: groupBy(languages, (row) => row.serviceId),
      documents: groupBy(documents, (row) => row.serviceId),
      servicesAtLocations: groupBy(servicesAtLocations, (row) => row.serviceId),
      contacts: groupBy(contacts, (row) => row.serviceId),
      schedules: groupBy(schedules, (row) => row.serviceId),
      phones: groupBy(phones, (row) => row.serviceId),
    };
    const schedulesByServiceAtLocation = groupBy(schedules, (row) => row.serviceAtLocationId);
    const phonesByContact = groupBy(phones, (row) => row.contactId);
    const servicesById = new Map(services.map((service) => [service.id, service]));

    return ids.flatMap((id): ServiceRecord[] => {
      const service = servicesById.get(id);
      if (!service) return [];
      return [
        {
          service,
          sectors: byService.sectors.get(id) ?? [],
          populationGroups: inTaxonomyOrder(
            (byService.groups.get(id) ?? []).map((row) => row.populationGroup),
            POPULATION_GROUPS,
          ),
          specificNeeds: inTaxonomyOrder(
            (byService.needs.get(id) ?? []).map((row) => row.specificNeed),
            SPECIFIC_NEEDS,
          ),
          languages: byService.languages.get(id) ?? [],
          requiredDocuments: byService.documents.get(id) ?? [],
          schedules: byService.schedules.get(id) ?? [],
          locations: (byService.servicesAtLocations.get(id) ?? []).map((serviceAtLocation) => ({
            serviceAtLocation,
            location: locationsById.get(serviceAtLocation.locationId)!,
            schedules: schedulesByServiceAtLocation.get(serviceAtLocation.id) ?? [],
          })),
          contacts: (byService.contacts.get(id) ?? []).map((contact) => ({
            contact,
            phones: phonesByContact.get(contact.id) ?? [],
          })),
          phones: byService.phones.get(id) ?? [],
        },
      ];
    });
  }
}
