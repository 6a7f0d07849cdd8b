import type { EntityManager } from 'typeorm';
import { searchKey } from '@coordination/geo';
import { isUuid } from '@coordination/graphql';
import { OrganisationReplicaEntity } from '@coordination/directory-replica';

export type OrganisationMatch =
  { status: 'found'; id: string } | { status: 'ambiguous'; candidates: string[] } | { status: 'not_found' };

/** Bounds the answers kept, for a file whose every row names a different organisation. */
const MAX_REMEMBERED_ANSWERS = 10_000;

interface KnownOrganisation {
  id: string;
  name: string;
  active: boolean;
}

/**
 * Organisation names as partners type them, resolved against this service's replica of the
 * directory: an id, or a name, acronym or alias equal to the text once accents, case and punctuation
 * are ignored. Unlike the directory's fuzzy search nothing close is guessed: a wrong guess would file
 * a partner's figures under another partner, so two matches are an error listing both.
 */
export class OrganisationNames {
  /** Answers already given: a file names the same few partners on every row. */
  private readonly answers = new Map<string, OrganisationMatch>();

  private constructor(
    private readonly byKey: Map<string, KnownOrganisation[]>,
    private readonly byId: Map<string, KnownOrganisation>,
  ) {}

  static async load(manager: EntityManager): Promise<OrganisationNames> {
    const rows = await manager.find(OrganisationReplicaEntity, {
      select: { id: true, name: true, acronym: true, aliases: true, status: true },
    });
    const byKey = new Map<string, KnownOrganisation[]>();
    const byId = new Map<string, KnownOrganisation>();
    for (const row of rows) {
      const known = { id: row.id, name: row.name, active: row.status === 'ACTIVE' };
      byId.set(row.id, known);
      const keys = new Set([row.name, row.acronym ?? '', ...row.aliases].map(searchKey).filter(Boolean));
      for (const key of keys) byKey.set(key, [...(byKey.get(key) ?? []), known]);
    }
    return new OrganisationNames(byKey, byId);
  }

  resolve(text: string): OrganisationMatch {
    let answer = this.answers.get(text);
    if (answer === undefined) {
      if (this.answers.size >= MAX_REMEMBERED_ANSWERS) this.answers.clear();
      answer = this.lookUp(text);
      this.answers.set(text, answer);
    }
    return answer;
  }

  private lookUp(text: string): OrganisationMatch {
    const trimmed = text.trim();
    if (isUuid(trimmed)) {
      return this.byId.has(trimmed.toLowerCase())
        ? { status: 'found', id: trimmed.toLowerCase() }
        : { status: 'not_found' };
    }
    const matches = this.byKey.get(searchKey(trimmed)) ?? [];
    // A merged duplicate keeps its names as aliases of the survivor; prefer the active record.
    const active = matches.filter((match) => match.active);
    const chosen = active.length > 0 ? active : matches;
    if (chosen.length === 1) return { status: 'found', id: chosen[0].id };
    if (chosen.length === 0) return { status: 'not_found' };
    return { status: 'ambiguous', candidates: chosen.map((match) => match.name).sort() };
  }

  nameOf(id: string): string | undefined {
    return this.byId.get(id)?.name;
  }
}
