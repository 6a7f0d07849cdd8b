import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrganisationMergedV1, TopicNames, UserOrganisationChangedV1, createCloudEvent } from '@coordination/contracts';
import type { Viewer } from '@coordination/auth';
import { EventPublisher } from '@coordination/messaging';
import { OrganisationEntity } from '../organisation.entity';
import { OrganisationChangeRecorder } from '../organisation-change-recorder';
import { OrganisationErrors } from '../organisation.errors';
import { organisationNameEntries } from '../organisation-names';
import type { OrganisationProfile } from '../organisation-profile';
import { OrganisationProfileRepository } from '../organisation-profile.repository';
import type { MergeOrganisationsCommand } from './merge-organisations.input';

/**
 * Merging is explicit and one-way: the duplicate keeps its row (status MERGED, pointing at the
 * survivor) so old references still resolve, while its names, identifiers, child organisations and
 * user accounts move to the survivor.
 */
@Injectable()
export class MergeOrganisationsUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
    private readonly profiles: OrganisationProfileRepository,
    private readonly changes: OrganisationChangeRecorder,
  ) {}

  async execute(
    command: MergeOrganisationsCommand,
    actor: Viewer,
    correlationId: string,
  ): Promise<OrganisationProfile> {
    const { survivingOrganisationId: survivorId, duplicateOrganisationId: duplicateId } = command;
    if (survivorId === duplicateId) {
      throw OrganisationErrors.invalidMerge(
        'An organisation cannot be merged into itself',
        'input.duplicateOrganisationId',
      );
    }
    const merged = await this.dataSource.transaction(async (manager) => {
      const locked = await this.profiles.lockOrganisations(manager, [survivorId, duplicateId]);
      for (const [id, field] of [
        [survivorId, 'input.survivingOrganisationId'],
        [duplicateId, 'input.duplicateOrganisationId'],
      ] as const) {
        const organisation = locked.find((candidate) => candidate.id === id);
        if (!organisation) throw OrganisationErrors.notFound(id, field);
        if (organisation.status !== 'ACTIVE') throw OrganisationErrors.notActive(id, field);
      }
      const profiles = await this.profiles.loadProfiles(manager, [survivorId, duplicateId]);
      const survivor = profiles.get(survivorId)!;
      const duplicate = profiles.get(duplicateId)!;
      const now = new Date();

      await manager.update(OrganisationEntity, duplicateId, {
        status: 'MERGED',
        mergedIntoId: survivorId,
        updatedAt: now,
        version: duplicate.organisation.version + 1,
      });
      // The duplicate's names and identifiers are freed first, then given to the survivor.
      await this.profiles.replaceNames(manager, duplicateId, []);
      await this.profiles.replaceIdentifiers(manager, duplicateId, []);

      const duplicateNames = [duplicate.organisation.name, duplicate.organisation.acronym, ...duplicate.aliases];
      const aliases = [...survivor.aliases, ...duplicateNames.filter((name): name is string => !!name)];
      const names = organisationNameEntries(survivor.organisation.name, survivor.organisation.acronym, aliases);
      const identifiers = uniqueIdentifiers([...survivor.identifiers, ...duplicate.identifiers]);
      const survivorEntity: OrganisationEntity = {
        ...survivor.organisation,
        parentOrganisationId:
          survivor.organisation.parentOrganisationId === duplicateId
            ? duplicate.organisation.parentOrganisationId
            : survivor.organisation.parentOrganisationId,
        workingGroupMember: survivor.organisation.workingGroupMember || duplicate.organisation.workingGroupMember,
        regionPcodes: [...new Set([...survivor.organisation.regionPcodes, ...duplicate.organisation.regionPcodes])],
        updatedAt: now,
        version: survivor.organisation.version + 1,
      };
      await manager.save(OrganisationEntity, survivorEntity);
      await this.profiles.replaceNames(manager, survivorId, names);
      await this.profiles.replaceIdentifiers(manager, survivorId, identifiers);

      await this.events.record(
        manager,
        TopicNames.directoryOrganisation,
        createCloudEvent(OrganisationMergedV1, {
          subject: duplicateId,
          source: '/coordination/directory',
          correlationId,
          actorOrg: actor.organisationId ?? undefined,
          data: { mergedOrganisationId: duplicateId, survivingOrganisationId: survivorId, mergedAt: now.toISOString() },
        }),
      );
      const survivorProfile: OrganisationProfile = {
        organisation: survivorEntity,
        aliases: names.filter((entry) => entry.kind === 'ALIAS').map((entry) => entry.name),
        identifiers,
      };
      await this.changes.recordUpdated(manager, survivorProfile, actor, correlationId);
      await this.reparentChildren(manager, duplicateId, survivorId, now, actor, correlationId);
      await moveUserAccounts(manager, this.events, { duplicateId, survivorId, now, actor, correlationId });
      return survivorProfile;
    });
    this.events.flush();
    return merged;
  }

  /** The duplicate's child organisations now belong to the survivor, each announced as an update. */
  private async reparentChildren(
    manager: EntityManager,
    duplicateId: string,
    survivorId: string,
    now: Date,
    actor: Viewer,
    correlationId: string,
  ): Promise<void> {
    const children = await manager.findBy(OrganisationEntity, { parentOrganisationId: duplicateId, status: 'ACTIVE' });
    for (const child of children) {
      if (child.id === survivorId) continue;
      await manager.update(OrganisationEntity, child.id, {
        parentOrganisationId: survivorId,
        updatedAt: now,
        version: child.version + 1,
      });
      const profile = (await this.profiles.loadProfile(manager, child.id))!;
      await this.changes.recordUpdated(manager, profile, actor, correlationId);
    }
  }
}

/**
 * People of the duplicate keep their accounts, now members of the survivor: their roles stay (grants
 * are per user), and their next token, at login or refresh, names the survivor. An access token issued
 * before the merge keeps the old organisation until it expires, which its short lifetime bounds.
 */
async function moveUserAccounts(
  manager: EntityManager,
  events: EventPublisher,
  move: { duplicateId: string; survivorId: string; now: Date; actor: Viewer; correlationId: string },
): Promise<void> {
  // PostgreSQL's UPDATE ... RETURNING comes back from TypeORM as [rows, affected count].
  const [moved]: [{ id: string }[], number] = await manager.query(
    `UPDATE user_account SET organisation_id = $2 WHERE organisation_id = $1 RETURNING id`,
    [move.duplicateId, move.survivorId],
  );
  for (const { id: userId } of moved) {
    await events.record(
      manager,
      TopicNames.directoryUser,
      createCloudEvent(UserOrganisationChangedV1, {
        subject: userId,
        source: '/coordination/directory',
        correlationId: move.correlationId,
        actorOrg: move.actor.organisationId ?? undefined,
        data: {
          userId,
          previousOrganisationId: move.duplicateId,
          organisationId: move.survivorId,
          reason: 'ORGANISATION_MERGED',
          changedAt: move.now.toISOString(),
        },
      }),
    );
  }
}

function uniqueIdentifiers(identifiers: { scheme: string; value: string }[]) {
  const seen = new Set<string>();
  return identifiers.filter(({ scheme, value }) => {
    const key = `${scheme}\u0000${value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
