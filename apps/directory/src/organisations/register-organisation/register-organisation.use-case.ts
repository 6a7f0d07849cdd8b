import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrganisationRegisteredV1, TopicNames, createCloudEvent } from '@coordination/contracts';
import type { Viewer } from '@coordination/auth';
import { EventPublisher } from '@coordination/messaging';
import { OrganisationEntity } from '../organisation.entity';
import { OrganisationErrors } from '../organisation.errors';
import type { RegisterOrganisationCommand } from './register-organisation.input';

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class RegisterOrganisationUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
  ) {}

  async execute(
    command: RegisterOrganisationCommand,
    actor: Viewer,
    correlationId: string,
  ): Promise<OrganisationEntity> {
    const id = command.id ?? randomUUID();
    const organisation = await this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOneBy(OrganisationEntity, { id });
      if (existing) return this.replayOf(existing, command);
      await this.assertNameFree(manager, command.name);
      const registered = manager.create(OrganisationEntity, {
        id,
        name: command.name,
        acronym: command.acronym ?? null,
        type: command.type,
        registeredAt: new Date(),
        registeredBy: actor.userId,
      });
      try {
        await manager.insert(OrganisationEntity, registered);
      } catch (error) {
        if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw OrganisationErrors.nameTaken(command.name);
        throw error;
      }
      await this.events.record(
        manager,
        TopicNames.directoryOrganisation,
        createCloudEvent(OrganisationRegisteredV1, {
          subject: id,
          source: '/coordination/directory',
          correlationId,
          actorOrg: actor.organisationId ?? undefined,
          data: {
            organisationId: id,
            name: registered.name,
            acronym: registered.acronym,
            type: registered.type,
            registeredAt: registered.registeredAt.toISOString(),
          },
        }),
      );
      return registered;
    });
    this.events.flush();
    return organisation;
  }

  /** The same id again: harmless when it describes the same organisation, refused otherwise. */
  private replayOf(existing: OrganisationEntity, command: RegisterOrganisationCommand): OrganisationEntity {
    const same =
      existing.name === command.name &&
      existing.type === command.type &&
      existing.acronym === (command.acronym ?? null);
    if (!same) throw OrganisationErrors.idConflict(existing.id);
    return existing;
  }

  private async assertNameFree(manager: EntityManager, name: string): Promise<void> {
    const taken = await manager
      .createQueryBuilder(OrganisationEntity, 'organisation')
      .where('lower(organisation.name) = lower(:name)', { name })
      .getExists();
    if (taken) throw OrganisationErrors.nameTaken(name);
  }
}
