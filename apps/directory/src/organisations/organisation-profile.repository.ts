import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';
import { OrganisationIdentifierEntity } from './organisation-identifier.entity';
import { OrganisationNameEntity } from './organisation-name.entity';
import type { NameEntry } from './organisation-names';
import type { OrganisationIdentifier, OrganisationProfile } from './organisation-profile';

export interface NameConflict {
  entry: NameEntry;
  organisationId: string;
}

export interface ScoredOrganisation {
  organisationId: string;
  score: number;
}

/** All reads and writes of organisation profiles; use cases pass the transaction's manager. */
@Injectable()
export class OrganisationProfileRepository {
  async loadProfiles(manager: EntityManager, ids: readonly string[]): Promise<Map<string, OrganisationProfile>> {
    if (ids.length === 0) return new Map();
    const [organisations, names, identifiers] = await Promise.all([
      manager.findBy(OrganisationEntity, { id: In([...ids]) }),
      manager.find(OrganisationNameEntity, {
        where: { organisationId: In([...ids]), kind: 'ALIAS' },
        order: { name: 'ASC' },
      }),
      manager.find(OrganisationIdentifierEntity, { where: { organisationId: In([...ids]) }, order: { scheme: 'ASC' } }),
    ]);
    return new Map(
      organisations.map((organisation) => [
        organisation.id,
        {
          organisation,
          aliases: names.filter((row) => row.organisationId === organisation.id).map((row) => row.name),
          identifiers: identifiers
            .filter((row) => row.organisationId === organisation.id)
            .map(({ scheme, value }) => ({ scheme, value })),
        },
      ]),
    );
  }

  async loadProfile(manager: EntityManager, id: string): Promise<OrganisationProfile | undefined> {
    return (await this.loadProfiles(manager, [id])).get(id);
  }

  /** Locks the rows so two concurrent changes to one organisation cannot interleave. */
  async lockOrganisations(manager: EntityManager, ids: readonly string[]): Promise<OrganisationEntity[]> {
    return manager
      .createQueryBuilder(OrganisationEntity, 'organisation')
      .setLock('pessimistic_write')
      .where('organisation.id IN (:...ids)', { ids })
      .orderBy('organisation.id')
      .getMany();
  }

  /**
   * Full names and aliases are unique among active organisations, so a name always resolves to
   * one record; acronyms may repeat (a search then returns both).
   */
  async findNameConflict(
    manager: EntityManager,
    entries: readonly NameEntry[],
    ownOrganisationIds: readonly string[],
  ): Promise<NameConflict | undefined> {
    const checked = entries.filter((entry) => entry.kind !== 'ACRONYM');
    if (checked.length === 0) return undefined;
    const rows: { normalised: string; organisation_id: string }[] = await manager.query(
      `SELECT name.normalised, name.organisation_id
         FROM organisation_name name JOIN organisation ON organisation.id = name.organisation_id
        WHERE organisation.status = 'ACTIVE' AND name.kind IN ('NAME', 'ALIAS')
          AND name.normalised = ANY($1) AND NOT (name.organisation_id = ANY($2::uuid[]))`,
      [checked.map((entry) => entry.normalised), ownOrganisationIds],
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      entry: checked.find((entry) => entry.normalised === row.normalised)!,
      organisationId: row.organisation_id,
    };
  }

  async replaceNames(manager: EntityManager, organisationId: string, entries: readonly NameEntry[]): Promise<void> {
    await manager.delete(OrganisationNameEntity, { organisationId });
    if (entries.length === 0) return;
    await manager.insert(
      OrganisationNameEntity,
      entries.map(({ name, normalised, kind }) => ({ organisationId, name, normalised, kind })),
    );
  }

  async findIdentifierOwner(manager: EntityManager, identifier: OrganisationIdentifier): Promise<string | undefined> {
    const row = await manager.findOneBy(OrganisationIdentifierEntity, identifier);
    return row?.organisationId;
  }

  async replaceIdentifiers(
    manager: EntityManager,
    organisationId: string,
    identifiers: readonly OrganisationIdentifier[],
  ): Promise<void> {
    await manager.delete(OrganisationIdentifierEntity, { organisationId });
    if (identifiers.length === 0) return;
    await manager.insert(
      OrganisationIdentifierEntity,
      identifiers.map(({ scheme, value }) => ({ organisationId, scheme, value })),
    );
  }

  /**
   * Active organisations whose names are close to `normalisedQuery`: exact names first, then names
   * containing the query, then trigram similarity, which absorbs small misspellings.
   */
  async searchByName(manager: EntityManager, normalisedQuery: string, limit: number): Promise<ScoredOrganisation[]> {
    const rows: { organisation_id: string; score: string }[] = await manager.query(
      `SELECT name.organisation_id, max(
                CASE WHEN name.normalised = $1 THEN 2
                     WHEN name.normalised LIKE '%' || $1 || '%' THEN 1 + similarity(name.normalised, $1) / 2
                     ELSE greatest(similarity(name.normalised, $1), word_similarity($1, name.normalised)) END) AS score
         FROM organisation_name name JOIN organisation ON organisation.id = name.organisation_id
        WHERE organisation.status = 'ACTIVE'
          AND (name.normalised = $1 OR name.normalised LIKE '%' || $1 || '%'
               OR similarity(name.normalised, $1) > 0.3 OR word_similarity($1, name.normalised) > 0.5)
        GROUP BY name.organisation_id
        ORDER BY score DESC, name.organisation_id
        LIMIT $2`,
      [normalisedQuery, limit],
    );
    return rows.map((row) => ({ organisationId: row.organisation_id, score: Number(row.score) }));
  }
}
