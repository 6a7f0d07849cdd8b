import type { ContactEntity } from '../entities/contact.entity';
import type { LanguageEntity } from '../entities/language.entity';
import type { LocationEntity } from '../entities/location.entity';
import type { PhoneEntity } from '../entities/phone.entity';
import type { RequiredDocumentEntity } from '../entities/required-document.entity';
import type { ScheduleEntity } from '../entities/schedule.entity';
import type { ServiceAtLocationEntity } from '../entities/service-at-location.entity';
import type { ServiceSectorEntity } from '../entities/service-sector.entity';
import type { ServiceEntity } from '../entities/service.entity';

export interface ServiceAtLocationRecord {
  serviceAtLocation: ServiceAtLocationEntity;
  location: LocationEntity;
  /** Openings at this location only; the service's own schedules apply when empty. */
  schedules: ScheduleEntity[];
}

export interface ContactRecord {
  contact: ContactEntity;
  phones: PhoneEntity[];
}

/** A service with everything published with it: what GraphQL, HSDS and the events are built from. */
export interface ServiceRecord {
  service: ServiceEntity;
  sectors: ServiceSectorEntity[];
  populationGroups: string[];
  specificNeeds: string[];
  languages: LanguageEntity[];
  requiredDocuments: RequiredDocumentEntity[];
  /** Service-wide openings. */
  schedules: ScheduleEntity[];
  locations: ServiceAtLocationRecord[];
  contacts: ContactRecord[];
  phones: PhoneEntity[];
}
