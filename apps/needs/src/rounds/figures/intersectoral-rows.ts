import type { NeedsPlaceLevel } from '@coordination/contracts';
import { SECTOR_TAXONOMY } from '@coordination/taxonomies';
import type { PeopleInNeedCellEntity } from '../people-in-need-cell.entity';
import { isWithin, placeAtLevel, type FigureScope } from './figure-scope';

/**
 * MAX_OVER_SECTORS: the largest sector figure at the place (the sectors' people in need overlap, so the
 * sum would count the same people several times). SUM_OF_PROVINCE_MAXIMA: a department whose figures are
 * all held per province adds up its provinces' maxima, since the provinces hold different people.
 */
export type IntersectoralMethod = 'MAX_OVER_SECTORS' | 'SUM_OF_PROVINCE_MAXIMA';

export const INTERSECTORAL_RULE =
  'Intersectoral people in need per place and population group is the MAXIMUM over sectors of the people in ' +
  'need, never the sum (one person in need in several sectors counts once). Cross-sector modalities ' +
  '(multipurpose cash, MPC) are left out. It is computed at the level the round was published: a department ' +
  'published per province adds up its provinces’ maxima (method SUM_OF_PROVINCE_MAXIMA); otherwise the maximum ' +
  'is taken at the place itself (MAX_OVER_SECTORS). Country totals add up places and population groups.';

export interface IntersectoralRow {
  pcode: string;
  placeLevel: NeedsPlaceLevel;
  populationGroup: string;
  peopleInNeed: number;
  /** The sectors whose figure is the maximum (MAX_OVER_SECTORS); every sector compared otherwise. */
  maxSectors: string[];
  sectorsCompared: string[];
  method: IntersectoralMethod;
}

interface Candidate {
  peopleInNeed: number;
  maxSectors: string[];
}

function maxOverSectors(cells: readonly PeopleInNeedCellEntity[]): Candidate {
  const bySector = new Map<string, number>();
  for (const cell of cells) bySector.set(cell.sector, (bySector.get(cell.sector) ?? 0) + cell.peopleInNeed);
  const peopleInNeed = Math.max(0, ...bySector.values());
  const maxSectors = [...bySector].filter(([, value]) => value === peopleInNeed).map(([sector]) => sector);
  return { peopleInNeed, maxSectors: maxSectors.sort() };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function rowFor(cells: PeopleInNeedCellEntity[], pcode: string, scope: FigureScope): IntersectoralRow {
  const sectorsCompared = [...new Set(cells.map((cell) => cell.sector))].sort();
  const common = { pcode, placeLevel: scope.level, populationGroup: cells[0].populationGroup, sectorsCompared };
  if (scope.level === 'department' && cells.every((cell) => cell.placeLevel === 'province')) {
    const byProvince = groupBy(cells, (cell) => cell.pcode);
    const peopleInNeed = [...byProvince.values()].reduce(
      (sum, inProvince) => sum + maxOverSectors(inProvince).peopleInNeed,
      0,
    );
    return { ...common, peopleInNeed, maxSectors: sectorsCompared, method: 'SUM_OF_PROVINCE_MAXIMA' };
  }
  return { ...common, ...maxOverSectors(cells), method: 'MAX_OVER_SECTORS' };
}

/** Intersectoral people in need of one round per place x population group at the scope's level (see the rule above). */
export function intersectoralRows(
  cells: readonly PeopleInNeedCellEntity[],
  planYear: number,
  scope: FigureScope,
  populationGroup: string | null | undefined,
): IntersectoralRow[] {
  const compared = cells.filter(
    (cell) =>
      !SECTOR_TAXONOMY.sector(cell.sector, planYear).crossSector &&
      (!populationGroup || cell.populationGroup === populationGroup) &&
      isWithin(cell, scope.pcode) &&
      placeAtLevel(cell, scope.level) !== null,
  );
  const groups = groupBy(compared, (cell) => `${placeAtLevel(cell, scope.level)}|${cell.populationGroup}`);
  return [...groups.values()]
    .map((group) => rowFor(group, placeAtLevel(group[0], scope.level)!, scope))
    .sort((a, b) => a.pcode.localeCompare(b.pcode) || a.populationGroup.localeCompare(b.populationGroup));
}
