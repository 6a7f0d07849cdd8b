import type { EntityManager } from 'typeorm';
import { OrganisationEntity } from '../../organisations/organisation.entity';
import { ServiceErrors } from '../service.errors';

/** Services are offered by an active organisation of the directory, never by a merged duplicate. */
export async function assertOrganisationCanOffer(manager: EntityManager, organisationId: string): Promise<void> {
  const organisation = await manager.findOne(OrganisationEntity, {
    select: { id: true, status: true },
    where: { id: organisationId },
  });
  if (!organisation) throw ServiceErrors.unknownOrganisation(organisationId);
  if (organisation.status !== 'ACTIVE') throw ServiceErrors.organisationNotActive(organisationId);
}
