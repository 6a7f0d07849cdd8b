import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ContactEntity } from '../entities/contact.entity';
import { LanguageEntity } from '../entities/language.entity';
import { PhoneEntity } from '../entities/phone.entity';
import { RequiredDocumentEntity } from '../entities/required-document.entity';
import { ScheduleEntity } from '../entities/schedule.entity';
import { ServiceAtLocationEntity } from '../entities/service-at-location.entity';
import { ServicePopulationGroupEntity } from '../entities/service-population-group.entity';
import { ServiceSectorEntity } from '../entities/service-sector.entity';
import { ServiceSpecificNeedEntity } from '../entities/service-specific-need.entity';
import { derivedId } from '../shared/derived-id';
import { languageName } from '../shared/iso-639-1';
import { LocationWriter } from './location.writer';
import type { PhoneCommand, ScheduleCommand } from './service-details.schema';
import type { ServiceParts } from './service-parts';

interface OwningService {
  id: string;
  organisationId: string;
}

function scheduleRows(
  schedules: readonly ScheduleCommand[],
  owner: { serviceId: string } | { serviceAtLocationId: string },
): Partial<ScheduleEntity>[] {
  const ownerId = 'serviceId' in owner ? owner.serviceId : owner.serviceAtLocationId;
  return schedules.map((schedule, position) => ({
    id: derivedId('schedule', ownerId, position),
    serviceId: 'serviceId' in owner ? owner.serviceId : null,
    serviceAtLocationId: 'serviceAtLocationId' in owner ? owner.serviceAtLocationId : null,
    freq: 'WEEKLY',
    byday: schedule.byday ?? null,
    opensAt: schedule.opensAt,
    closesAt: schedule.closesAt,
    validFrom: schedule.validFrom ?? null,
    validTo: schedule.validTo ?? null,
    description: schedule.description ?? null,
    position,
  }));
}

function phoneRows(phones: readonly PhoneCommand[], owner: { serviceId: string } | { contactId: string }) {
  const ownerId = 'serviceId' in owner ? owner.serviceId : owner.contactId;
  return phones.map((phone, position) => ({
    id: derivedId('phone', ownerId, position),
    serviceId: 'serviceId' in owner ? owner.serviceId : null,
    contactId: 'contactId' in owner ? owner.contactId : null,
    number: phone.number,
    type: phone.type ?? null,
    description: phone.description ?? null,
    position,
  }));
}

/**
 * Writes a service's collections inside the caller's transaction: each part given replaces the
 * stored one. Child ids are derived from their owner and key, so an unchanged entry keeps its id.
 */
@Injectable()
export class ServicePartsWriter {
  constructor(private readonly locations: LocationWriter) {}

  /** @returns ids of already stored locations whose details this write changed. */
  async replace(manager: EntityManager, service: OwningService, parts: ServiceParts, now: Date): Promise<string[]> {
    const serviceId = service.id;
    if (parts.sectors) {
      await manager.delete(ServiceSectorEntity, { serviceId });
      await this.insert(
        manager,
        ServiceSectorEntity,
        parts.sectors.map((entry) => ({
          id: derivedId('service-sector', serviceId, entry.planYear, entry.sector, entry.subSector ?? ''),
          serviceId,
          ...entry,
        })),
      );
    }
    if (parts.populationGroups) {
      await manager.delete(ServicePopulationGroupEntity, { serviceId });
      await this.insert(
        manager,
        ServicePopulationGroupEntity,
        parts.populationGroups.map((populationGroup) => ({ serviceId, populationGroup })),
      );
    }
    if (parts.specificNeeds) {
      await manager.delete(ServiceSpecificNeedEntity, { serviceId });
      await this.insert(
        manager,
        ServiceSpecificNeedEntity,
        parts.specificNeeds.map((specificNeed) => ({ serviceId, specificNeed })),
      );
    }
    if (parts.languages) {
      await manager.delete(LanguageEntity, { serviceId });
      await this.insert(
        manager,
        LanguageEntity,
        parts.languages.map((code, position) => ({
          id: derivedId('language', serviceId, code),
          serviceId,
          code,
          name: languageName(code),
          note: null,
          position,
        })),
      );
    }
    if (parts.requiredDocuments) {
      await manager.delete(RequiredDocumentEntity, { serviceId });
      await this.insert(
        manager,
        RequiredDocumentEntity,
        parts.requiredDocuments.map((document, position) => ({
          id: derivedId('required-document', serviceId, position),
          serviceId,
          document,
          position,
        })),
      );
    }
    if (parts.schedules) {
      await manager.delete(ScheduleEntity, { serviceId });
      await this.insert(manager, ScheduleEntity, scheduleRows(parts.schedules, { serviceId }));
    }
    if (parts.contacts) {
      // Deleting a contact deletes its phones too (ON DELETE CASCADE).
      await manager.delete(ContactEntity, { serviceId });
      for (const [position, contact] of parts.contacts.entries()) {
        const contactId = derivedId('contact', serviceId, position);
        await manager.insert(ContactEntity, {
          id: contactId,
          serviceId,
          name: contact.name ?? null,
          title: contact.title ?? null,
          department: contact.department ?? null,
          email: contact.email ?? null,
          position,
        });
        await this.insert(manager, PhoneEntity, phoneRows(contact.phones ?? [], { contactId }));
      }
    }
    if (parts.phones) {
      await manager.delete(PhoneEntity, { serviceId });
      await this.insert(manager, PhoneEntity, phoneRows(parts.phones, { serviceId }));
    }
    return parts.locations ? this.replaceLocations(manager, service, parts, now) : [];
  }

  private async replaceLocations(
    manager: EntityManager,
    service: OwningService,
    parts: ServiceParts,
    now: Date,
  ): Promise<string[]> {
    const changed: string[] = [];
    // Deleting a service-at-location deletes its schedules too (ON DELETE CASCADE).
    await manager.delete(ServiceAtLocationEntity, { serviceId: service.id });
    for (const [position, location] of (parts.locations ?? []).entries()) {
      const saved = await this.locations.save(manager, service.organisationId, location, position, now);
      if (saved.changed) changed.push(saved.id);
      const serviceAtLocationId = derivedId('service-at-location', service.id, saved.id);
      await manager.insert(ServiceAtLocationEntity, {
        id: serviceAtLocationId,
        serviceId: service.id,
        locationId: saved.id,
        description: null,
        position,
      });
      await this.insert(manager, ScheduleEntity, scheduleRows(location.schedules ?? [], { serviceAtLocationId }));
    }
    return changed;
  }

  private async insert<T extends object>(
    manager: EntityManager,
    entity: new () => T,
    rows: Partial<T>[],
  ): Promise<void> {
    if (rows.length > 0) await manager.insert(entity, rows as never);
  }
}
