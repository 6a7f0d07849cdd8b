import type { OrganisationModel } from '../../organisations/organisation.model';
import type { PhoneEntity } from '../entities/phone.entity';
import type { ScheduleEntity } from '../entities/schedule.entity';
import type { ServiceRecord } from '../reading/service-record';
import type { ServiceModel } from './service.model';
import type { ServicePhoneModel, ServiceScheduleModel } from './service-parts.model';

function toSchedule(schedule: ScheduleEntity): ServiceScheduleModel {
  return {
    id: schedule.id,
    byday: schedule.byday,
    opensAt: schedule.opensAt.slice(0, 5),
    closesAt: schedule.closesAt.slice(0, 5),
    validFrom: schedule.validFrom,
    validTo: schedule.validTo,
    description: schedule.description,
  };
}

function toPhone(phone: PhoneEntity): ServicePhoneModel {
  return { number: phone.number, type: phone.type, description: phone.description };
}

export function toServiceModel(record: ServiceRecord, organisation: OrganisationModel | null): ServiceModel {
  const { service } = record;
  return {
    id: service.id,
    organisationId: service.organisationId,
    organisation,
    name: service.name,
    alternateName: service.alternateName,
    description: service.description,
    url: service.url,
    email: service.email,
    status: service.status,
    interpretationServices: service.interpretationServices,
    applicationProcess: service.applicationProcess,
    feesDescription: service.feesDescription,
    eligibilityDescription: service.eligibilityDescription,
    minimumAge: service.minimumAge,
    maximumAge: service.maximumAge,
    assuredDate: service.assuredDate,
    languages: record.languages.map((language) => language.code),
    sectors: record.sectors.map(({ sector, subSector, planYear }) => ({ sector, subSector, planYear })),
    populationGroups: record.populationGroups,
    specificNeeds: record.specificNeeds,
    requiredDocuments: record.requiredDocuments.map((document) => document.document),
    locations: record.locations.map(({ serviceAtLocation, location, schedules }) => ({
      id: location.id,
      serviceAtLocationId: serviceAtLocation.id,
      name: location.name,
      alternateName: location.alternateName,
      description: location.description,
      address1: location.address1,
      address2: location.address2,
      city: location.city,
      region: location.region,
      stateProvince: location.stateProvince,
      postalCode: location.postalCode,
      pcode: location.pcode,
      latitude: location.latitude,
      longitude: location.longitude,
      schedules: schedules.map(toSchedule),
    })),
    schedules: record.schedules.map(toSchedule),
    contacts: record.contacts.map(({ contact, phones }) => ({
      name: contact.name,
      title: contact.title,
      department: contact.department,
      email: contact.email,
      phones: phones.map(toPhone),
    })),
    phones: record.phones.map(toPhone),
    createdAt: service.createdAt,
    lastModified: service.lastModified,
  };
}
