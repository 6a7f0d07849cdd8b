import { compareUnits, type AdminUnit } from './admin-unit';
import type { NameMatch } from './results';
import { boundedEditDistance } from './text/edit-distance';
import { searchKey } from './text/normalize';

export const MAX_SUGGESTIONS = 5;

/** Units indexed by the search key of their name, for exact matches and near-miss suggestions. */
export class NameIndex {
  private readonly unitsByKey = new Map<string, AdminUnit[]>();

  constructor(units: Iterable<AdminUnit>) {
    for (const unit of units) {
      const key = searchKey(unit.name);
      this.unitsByKey.set(key, [...(this.unitsByKey.get(key) ?? []), unit]);
    }
  }

  /** Units whose name matches and that `accept` lets through; suggestions when there are none. */
  match(name: string, accept: (unit: AdminUnit) => boolean): NameMatch {
    const key = searchKey(name);
    const matches = (this.unitsByKey.get(key) ?? []).filter(accept).sort(compareUnits);
    if (matches.length === 1) return { status: 'found', unit: matches[0] };
    if (matches.length > 1) return { status: 'ambiguous', candidates: matches };
    return { status: 'not_found', suggestions: key === '' ? [] : this.suggestions(key, accept) };
  }

  /**
   * Nearest names by edit distance. The allowed distance grows with the length of the name (1 for short
   * names, up to 3), so `Cuzco` finds `Cusco` without `Ica` suggesting half the country.
   */
  private suggestions(key: string, accept: (unit: AdminUnit) => boolean): AdminUnit[] {
    const maxDistance = Math.max(1, Math.min(3, Math.floor(key.length / 4)));
    const scored: { unit: AdminUnit; distance: number }[] = [];
    for (const [candidateKey, units] of this.unitsByKey) {
      const distance = boundedEditDistance(key, candidateKey, maxDistance);
      if (distance > maxDistance) continue;
      for (const unit of units) if (accept(unit)) scored.push({ unit, distance });
    }
    return scored
      .sort((a, b) => a.distance - b.distance || compareUnits(a.unit, b.unit))
      .slice(0, MAX_SUGGESTIONS)
      .map(({ unit }) => unit);
  }
}
