import type { LocationEntity } from '../entities/location.entity';
import type { PhoneEntity } from '../entities/phone.entity';
import type { ScheduleEntity } from '../entities/schedule.entity';
import type { ServiceEntity } from '../entities/service.entity';
import type { ServiceRecord } from '../reading/service-record';
import { derivedId } from '../shared/derived-id';
import { LIMA_UTC_OFFSET_HOURS, withLimaOffset } from '../shared/lima-time';
import { hsdsAttributes } from './hsds-attributes';
import { hsdsObject, type HsdsObject } from './hsds-json';

function hsdsSchedule(schedule: ScheduleEntity, owner: Record<string, string>): HsdsObject {
  return hsdsObject({
    id: schedule.id,
    ...owner,
    freq: schedule.freq,
    byday: schedule.byday,
    opens_at: withLimaOffset(schedule.opensAt),
    closes_at: withLimaOffset(schedule.closesAt),
    valid_from: schedule.validFrom,
    valid_to: schedule.validTo,
    timezone: LIMA_UTC_OFFSET_HOURS,
    description: schedule.description,
  });
}

function hsdsPhone(phone: PhoneEntity): HsdsObject {
  return hsdsObject({
    id: phone.id,
    service_id: phone.serviceId,
    contact_id: phone.contactId,
    number: phone.number,
    type: phone.type,
    description: phone.description,
  });
}

function hsdsLocation(location: LocationEntity): HsdsObject {
  return hsdsObject({
    id: location.id,
    location_type: location.locationType,
    organization_id: location.organisationId,
    name: location.name,
    alternate_name: location.alternateName,
    description: location.description,
    latitude: location.latitude,
    longitude: location.longitude,
    // The P-code places the location in the humanitarian common operational datasets.
    external_identifier: location.pcode,
    external_identifier_type: 'P-code',
    addresses: [
      hsdsObject({
        id: derivedId('address', location.id),
        location_id: location.id,
        address_1: location.address1,
        address_2: location.address2,
        city: location.city,
        region: location.region,
        state_province: location.stateProvince,
        // Required by HSDS; an empty string says "not known" without inventing a code.
        postal_code: location.postalCode ?? '',
        country: location.country,
        address_type: 'physical',
      }),
    ],
  });
}

/** The service's own fields: what HSDS lists carry (`service_list`). */
export function hsdsServiceSummary(service: ServiceEntity): HsdsObject {
  return hsdsObject({
    id: service.id,
    organization_id: service.organisationId,
    name: service.name,
    alternate_name: service.alternateName,
    description: service.description,
    url: service.url,
    email: service.email,
    status: service.status,
    interpretation_services: service.interpretationServices,
    application_process: service.applicationProcess,
    fees_description: service.feesDescription,
    eligibility_description: service.eligibilityDescription,
    minimum_age: service.minimumAge,
    maximum_age: service.maximumAge,
    assured_date: service.assuredDate,
    last_modified: service.lastModified.toISOString(),
  });
}

/** The fully nested HSDS service: organization, places and their opening times, languages, contacts... */
export function hsdsService(record: ServiceRecord, organization: HsdsObject | undefined): HsdsObject {
  const serviceId = record.service.id;
  return hsdsObject({
    ...hsdsServiceSummary(record.service),
    organization,
    languages: record.languages.map((language) =>
      hsdsObject({
        id: language.id,
        service_id: serviceId,
        name: language.name,
        code: language.code,
        note: language.note,
      }),
    ),
    required_documents: record.requiredDocuments.map((document) =>
      hsdsObject({ id: document.id, service_id: serviceId, document: document.document }),
    ),
    schedules: record.schedules.map((schedule) => hsdsSchedule(schedule, { service_id: serviceId })),
    service_at_locations: record.locations.map(({ serviceAtLocation, location, schedules }) =>
      hsdsObject({
        id: serviceAtLocation.id,
        service_id: serviceId,
        location_id: location.id,
        description: serviceAtLocation.description,
        location: hsdsLocation(location),
        schedules: schedules.map((schedule) =>
          hsdsSchedule(schedule, { service_at_location_id: serviceAtLocation.id, location_id: location.id }),
        ),
      }),
    ),
    phones: record.phones.map(hsdsPhone),
    contacts: record.contacts.map(({ contact, phones }) =>
      hsdsObject({
        id: contact.id,
        service_id: serviceId,
        name: contact.name,
        title: contact.title,
        department: contact.department,
        email: contact.email,
        phones: phones.map(hsdsPhone),
      }),
    ),
    attributes: hsdsAttributes(record),
  });
}
