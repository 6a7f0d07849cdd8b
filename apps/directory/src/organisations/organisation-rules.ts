import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { loadGazetteer } from '@coordination/geo';
import { OrganisationEntity } from './organisation.entity';
import { OrganisationErrors } from './organisation.errors';
import type { NameEntry } from './organisation-names';
import type { OrganisationIdentifier } from './organisation-profile';
import { OrganisationProfileRepository } from './organisation-profile.repository';

/** Checks every write must pass before anything is written; each failure names its field. */
@Injectable()
export class OrganisationRules {
  constructor(private readonly profiles: OrganisationProfileRepository) {}

  assertRegionsAreDepartments(pcodes: readonly string[]): void {
    const gazetteer = loadGazetteer();
    pcodes.forEach((pcode, index) => {
      if (gazetteer.byPcode(pcode)?.level !== 'department') {
        throw OrganisationErrors.unknownRegion(pcode, `input.regionPcodes.${index}`);
      }
    });
  }

  async assertNamesFree(manager: EntityManager, entries: readonly NameEntry[], ownIds: readonly string[]) {
    const conflict = await this.profiles.findNameConflict(manager, entries, ownIds);
    if (conflict) throw OrganisationErrors.nameTaken(conflict.entry.name, conflict.entry.field);
  }

  async assertIdentifiersFree(manager: EntityManager, identifiers: readonly OrganisationIdentifier[], ownId: string) {
    for (const [index, identifier] of identifiers.entries()) {
      const owner = await this.profiles.findIdentifierOwner(manager, identifier);
      if (owner && owner !== ownId) {
        throw OrganisationErrors.identifierTaken(identifier.scheme, identifier.value, `input.identifiers.${index}`);
      }
    }
  }

  /** The parent exists, is active, and is neither the organisation itself nor one of its descendants. */
  async assertValidParent(manager: EntityManager, organisationId: string, parentId: string | null | undefined) {
    if (!parentId) return;
    if (parentId === organisationId) throw OrganisationErrors.invalidParent('An organisation cannot be its own parent');
    const seen = new Set<string>();
    for (let current: string | null = parentId; current;) {
      if (current === organisationId)
        throw OrganisationErrors.invalidParent('The parent is one of its own descendants');
      if (seen.has(current)) break;
      seen.add(current);
      const ancestor: OrganisationEntity | null = await manager.findOneBy(OrganisationEntity, { id: current });
      if (!ancestor) throw OrganisationErrors.notFound(current, 'input.parentOrganisationId');
      if (current === parentId && ancestor.status !== 'ACTIVE') {
        throw OrganisationErrors.notActive(current, 'input.parentOrganisationId');
      }
      current = ancestor.parentOrganisationId;
    }
  }
}
