import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrganisationRegisteredV1, TopicNames, createCloudEvent } from '@coordination/contracts';
import type { Viewer } from '@coordination/auth';
import { EventPublisher } from '@coordination/messaging';
import { OrganisationEntity } from '../organisation.entity';
import { OrganisationErrors } from '../organisation.errors';
import { organisationNameEntries } from '../organisation-names';
import { profileEventData, type OrganisationProfile } from '../organisation-profile';
import { OrganisationProfileRepository } from '../organisation-profile.repository';
import { OrganisationRules } from '../organisation-rules';
import type { RegisterOrganisationCommand } from './register-organisation.input';

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class RegisterOrganisationUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
    private readonly profiles: OrganisationProfileRepository,
    private readonly rules: OrganisationRules,
  ) {}

  async execute(
    command: RegisterOrganisationCommand,
    actor: Viewer,
    correlationId: string,
  ): Promise<OrganisationProfile> {
    const id = command.id ?? randomUUID();
    const aliases = command.aliases ?? [];
    const identifiers = command.identifiers ?? [];
    const regionPcodes = [...new Set(command.regionPcodes ?? [])];
    this.rules.assertRegionsAreDepartments(regionPcodes);
    const profile = await this.dataSource.transaction(async (manager) => {
      const existing = await this.profiles.loadProfile(manager, id);
      if (existing) return this.replayOf(existing, command);
      const names = organisationNameEntries(command.name, command.acronym ?? null, aliases);
      await this.rules.assertNamesFree(manager, names, [id]);
      await this.rules.assertIdentifiersFree(manager, identifiers, id);
      await this.rules.assertValidParent(manager, id, command.parentOrganisationId);
      const now = new Date();
      const organisation = manager.create(OrganisationEntity, {
        id,
        name: command.name,
        acronym: command.acronym ?? null,
        type: command.type,
        parentOrganisationId: command.parentOrganisationId ?? null,
        workingGroupMember: command.workingGroupMember ?? false,
        regionPcodes,
        status: 'ACTIVE',
        mergedIntoId: null,
        registeredAt: now,
        registeredBy: actor.userId,
        updatedAt: now,
        version: 1,
      });
      try {
        await manager.insert(OrganisationEntity, organisation);
      } catch (error) {
        if ((error as { code?: string }).code === UNIQUE_VIOLATION)
          throw OrganisationErrors.nameTaken(command.name, 'input.name');
        throw error;
      }
      await this.profiles.replaceNames(manager, id, names);
      await this.profiles.replaceIdentifiers(manager, id, identifiers);
      const registered: OrganisationProfile = {
        organisation,
        aliases: names.filter((entry) => entry.kind === 'ALIAS').map((entry) => entry.name),
        identifiers,
      };
      await this.events.record(
        manager,
        TopicNames.directoryOrganisation,
        createCloudEvent(OrganisationRegisteredV1, {
          subject: id,
          source: '/coordination/directory',
          correlationId,
          actorOrg: actor.organisationId ?? undefined,
          data: { ...profileEventData(registered), registeredAt: now.toISOString() },
        }),
      );
      return registered;
    });
    this.events.flush();
    return profile;
  }

  /** The same id again: harmless when it describes the same organisation, refused otherwise. */
  private replayOf(existing: OrganisationProfile, command: RegisterOrganisationCommand): OrganisationProfile {
    const { organisation } = existing;
    const same =
      organisation.name === command.name &&
      organisation.type === command.type &&
      organisation.acronym === (command.acronym ?? null);
    if (!same) throw OrganisationErrors.idConflict(organisation.id);
    return existing;
  }
}
