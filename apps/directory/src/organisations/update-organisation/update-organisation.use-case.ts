import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { EventPublisher } from '@coordination/messaging';
import { OrganisationEntity } from '../organisation.entity';
import { OrganisationChangeRecorder } from '../organisation-change-recorder';
import { OrganisationErrors } from '../organisation.errors';
import { organisationNameEntries } from '../organisation-names';
import type { OrganisationProfile } from '../organisation-profile';
import { OrganisationProfileRepository } from '../organisation-profile.repository';
import { OrganisationRules } from '../organisation-rules';
import type { UpdateOrganisationCommand } from './update-organisation.input';

@Injectable()
export class UpdateOrganisationUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
    private readonly profiles: OrganisationProfileRepository,
    private readonly rules: OrganisationRules,
    private readonly changes: OrganisationChangeRecorder,
  ) {}

  async execute(
    command: UpdateOrganisationCommand,
    actor: Viewer,
    correlationId: string,
  ): Promise<OrganisationProfile> {
    if (command.regionPcodes) this.rules.assertRegionsAreDepartments(command.regionPcodes);
    const updated = await this.dataSource.transaction(async (manager) => {
      const [locked] = await this.profiles.lockOrganisations(manager, [command.id]);
      if (!locked) throw OrganisationErrors.notFound(command.id, 'input.id');
      if (locked.status !== 'ACTIVE') throw OrganisationErrors.notActive(command.id, 'input.id');
      if (command.expectedVersion && command.expectedVersion !== locked.version) {
        throw OrganisationErrors.versionConflict(command.expectedVersion, locked.version);
      }
      const current = (await this.profiles.loadProfile(manager, command.id))!;
      const name = command.name ?? locked.name;
      const acronym = command.acronym === undefined ? locked.acronym : command.acronym;
      const aliases = command.aliases ?? current.aliases;
      const identifiers = command.identifiers ?? current.identifiers;
      const parentOrganisationId =
        command.parentOrganisationId === undefined ? locked.parentOrganisationId : command.parentOrganisationId;
      const names = organisationNameEntries(name, acronym, aliases);
      await this.rules.assertNamesFree(manager, names, [locked.id]);
      await this.rules.assertIdentifiersFree(manager, identifiers, locked.id);
      await this.rules.assertValidParent(manager, locked.id, parentOrganisationId);
      const organisation: OrganisationEntity = {
        ...locked,
        name,
        acronym,
        type: command.type ?? locked.type,
        parentOrganisationId,
        workingGroupMember: command.workingGroupMember ?? locked.workingGroupMember,
        regionPcodes: command.regionPcodes ? [...new Set(command.regionPcodes)] : locked.regionPcodes,
        updatedAt: new Date(),
        version: locked.version + 1,
      };
      await manager.save(OrganisationEntity, organisation);
      await this.profiles.replaceNames(manager, locked.id, names);
      await this.profiles.replaceIdentifiers(manager, locked.id, identifiers);
      const profile: OrganisationProfile = {
        organisation,
        aliases: names.filter((entry) => entry.kind === 'ALIAS').map((entry) => entry.name),
        identifiers,
      };
      await this.changes.recordUpdated(manager, profile, actor, correlationId);
      return profile;
    });
    this.events.flush();
    return updated;
  }
}
