import { searchKey } from '@coordination/geo';
import type { OrganisationNameKind } from './organisation-name.entity';

export interface NameEntry {
  name: string;
  normalised: string;
  kind: OrganisationNameKind;
  /** Where the name came from in the mutation's input, for errors. */
  field: string;
}

/**
 * Every name an organisation answers to, normalised the way search compares them (no accents,
 * case or punctuation). A name given twice keeps its strongest kind: NAME, then ACRONYM, then ALIAS.
 */
export function organisationNameEntries(name: string, acronym: string | null, aliases: readonly string[]): NameEntry[] {
  const entries: NameEntry[] = [
    { name, normalised: searchKey(name), kind: 'NAME', field: 'input.name' },
    ...(acronym
      ? [{ name: acronym, normalised: searchKey(acronym), kind: 'ACRONYM' as const, field: 'input.acronym' }]
      : []),
    ...aliases.map((alias, index) => ({
      name: alias,
      normalised: searchKey(alias),
      kind: 'ALIAS' as const,
      field: `input.aliases.${index}`,
    })),
  ];
  const byKey = new Map<string, NameEntry>();
  for (const entry of entries) {
    if (entry.normalised && !byKey.has(entry.normalised)) byKey.set(entry.normalised, entry);
  }
  return [...byKey.values()];
}
