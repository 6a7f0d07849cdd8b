import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { searchKey } from '@coordination/geo';
import { OrganisationEntity } from '../organisation.entity';
import type { OrganisationProfile } from '../organisation-profile';
import { OrganisationProfileRepository } from '../organisation-profile.repository';

export interface OrganisationFilterCriteria {
  search?: string | null;
  type?: string | null;
  workingGroupMember?: boolean | null;
  regionPcode?: string | null;
}

export interface ScoredProfile {
  profile: OrganisationProfile;
  score: number;
}

export type OrganisationResolutionStatus = 'FOUND' | 'AMBIGUOUS' | 'NOT_FOUND';

/** A single close match wins only if it is clearly ahead of the next one. */
const CONFIDENT_SCORE = 0.6;
const CLEAR_LEAD = 0.15;
const SEARCH_LIMIT = 500;

@Injectable()
export class OrganisationSearch {
  constructor(
    private readonly dataSource: DataSource,
    private readonly profiles: OrganisationProfileRepository,
  ) {}

  /** Active organisations matching the filter: by relevance when searching by name, else by name. */
  async find(criteria: OrganisationFilterCriteria): Promise<ScoredProfile[]> {
    const manager = this.dataSource.manager;
    const key = criteria.search ? searchKey(criteria.search) : '';
    let scored: { organisationId: string; score: number }[];
    if (key) {
      scored = await this.profiles.searchByName(manager, key, SEARCH_LIMIT);
    } else {
      const rows = await manager.find(OrganisationEntity, {
        select: { id: true },
        where: { status: 'ACTIVE' },
        order: { name: 'ASC' },
      });
      scored = rows.map((row) => ({ organisationId: row.id, score: 1 }));
    }
    const profiles = await this.profiles.loadProfiles(
      manager,
      scored.map((row) => row.organisationId),
    );
    return scored
      .map(({ organisationId, score }) => ({ profile: profiles.get(organisationId)!, score }))
      .filter(({ profile }) => matches(profile, criteria));
  }

  /** One name to one organisation, for imports: found, ambiguous (with candidates) or not found. */
  async resolve(name: string): Promise<{ status: OrganisationResolutionStatus; candidates: ScoredProfile[] }> {
    const candidates = (await this.find({ search: name })).slice(0, 10);
    const [best, next] = candidates;
    if (!best) return { status: 'NOT_FOUND', candidates };
    const exact = candidates.filter((candidate) => candidate.score >= 2);
    if (exact.length === 1) return { status: 'FOUND', candidates: exact };
    if (exact.length > 1) return { status: 'AMBIGUOUS', candidates: exact };
    const confident = best.score >= CONFIDENT_SCORE && (!next || best.score - next.score >= CLEAR_LEAD);
    return confident ? { status: 'FOUND', candidates: [best] } : { status: 'AMBIGUOUS', candidates };
  }
}

function matches({ organisation }: OrganisationProfile, criteria: OrganisationFilterCriteria): boolean {
  if (criteria.type && organisation.type !== criteria.type) return false;
  if (criteria.workingGroupMember != null && organisation.workingGroupMember !== criteria.workingGroupMember)
    return false;
  if (criteria.regionPcode && !organisation.regionPcodes.includes(criteria.regionPcode.slice(0, 4))) return false;
  return true;
}
