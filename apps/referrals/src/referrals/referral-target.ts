import type { EntityManager } from 'typeorm';
import { OrganisationReplicaEntity } from '@coordination/directory-replica';
import { isPcode, loadGazetteer } from '@coordination/geo';
import { SECTOR_TAXONOMY } from '@coordination/taxonomies';
import { ServiceReplicaEntity } from '../service-replica/service-replica.entity';
import { ReferralsErrorCode, referralsError } from '../shared/referrals.errors';

export interface ReferralTarget {
  serviceId?: string | null;
  receivingOrganisationId?: string | null;
  sector: string;
  subSector?: string | null;
  placePcode: string;
}

export interface ResolvedReceiver {
  receivingOrganisationId: string;
  serviceId: string | null;
}

/** The plan year whose sectors apply on `day`: the latest one that has started. */
function planYearOf(day: Date): number {
  const year = day.getUTCFullYear();
  const years = SECTOR_TAXONOMY.planYears();
  return [...years].reverse().find((planYear) => planYear <= year) ?? years[0];
}

/**
 * Who receives a referral, with the checks the input schema cannot make: a service decides the
 * receiving organisation and must be active and offer the sector (and sub-sector); an organisation
 * must be active in the replica and not the sender; the sector and the place must exist.
 */
export async function resolveReceiver(
  manager: EntityManager,
  target: ReferralTarget,
  sendingOrganisationId: string,
  now: Date,
  fieldOf: (name: string) => string = (name) => `input.${name}`,
): Promise<ResolvedReceiver> {
  const planYear = planYearOf(now);
  if (SECTOR_TAXONOMY.checkSectorPair(target.sector, target.subSector ?? null, planYear)) {
    throw referralsError(
      ReferralsErrorCode.UnknownSector,
      `${target.sector}${target.subSector ? `/${target.subSector}` : ''} is not a sector of plan year ${planYear}`,
      fieldOf(target.subSector ? 'subSector' : 'sector'),
    );
  }
  if (!isPcode(target.placePcode) || !loadGazetteer().byPcode(target.placePcode)) {
    throw referralsError(
      ReferralsErrorCode.UnknownPlace,
      `${target.placePcode} is not a Peruvian P-code`,
      fieldOf('placePcode'),
    );
  }
  let receiving = target.receivingOrganisationId ?? null;
  let serviceId: string | null = null;
  if (target.serviceId) {
    const service = await manager.findOneBy(ServiceReplicaEntity, { id: target.serviceId });
    if (!service) {
      throw referralsError(
        ReferralsErrorCode.UnknownService,
        `No service ${target.serviceId} in the directory`,
        fieldOf('serviceId'),
      );
    }
    if (service.status !== 'active') {
      throw referralsError(
        ReferralsErrorCode.ServiceNotActive,
        `Service ${service.name} is ${service.status}, not active`,
        fieldOf('serviceId'),
      );
    }
    const wanted = target.subSector ? `${target.sector}/${target.subSector}` : target.sector;
    if (!service.sectorCodes.includes(wanted)) {
      throw referralsError(
        ReferralsErrorCode.SectorNotOffered,
        `Service ${service.name} does not offer ${wanted}`,
        fieldOf(target.subSector ? 'subSector' : 'sector'),
      );
    }
    if (receiving && receiving !== service.organisationId) {
      throw referralsError(
        ReferralsErrorCode.SectorNotOffered,
        'The service named belongs to another organisation than the one named',
        fieldOf('receivingOrganisationId'),
      );
    }
    receiving = service.organisationId;
    serviceId = service.id;
  }
  const organisation = receiving
    ? await manager.findOneBy(OrganisationReplicaEntity, { id: receiving, status: 'ACTIVE' })
    : null;
  if (!receiving || !organisation) {
    throw referralsError(
      ReferralsErrorCode.UnknownOrganisation,
      `No active organisation ${receiving ?? ''} is known to the referrals service`,
      fieldOf(serviceId ? 'serviceId' : 'receivingOrganisationId'),
    );
  }
  if (receiving === sendingOrganisationId) {
    throw referralsError(
      ReferralsErrorCode.SelfReferral,
      'A referral goes to another organisation, not to the sender',
      fieldOf(serviceId ? 'serviceId' : 'receivingOrganisationId'),
    );
  }
  return { receivingOrganisationId: receiving, serviceId };
}
