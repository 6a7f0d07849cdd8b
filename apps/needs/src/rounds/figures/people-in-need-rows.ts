import type { NeedsPlaceLevel } from '@coordination/contracts';
import type { PeopleInNeedCellEntity } from '../people-in-need-cell.entity';
import { isWithin, placeAtLevel, type FigureScope } from './figure-scope';

export interface SexAgeCounts {
  girls: number;
  boys: number;
  women: number;
  men: number;
  unknown: number;
}

export interface PeopleInNeedRow {
  sector: string;
  pcode: string;
  placeLevel: NeedsPlaceLevel;
  populationGroup: string;
  peopleInNeed: number;
  cells: SexAgeCounts;
  /** Null unless every cell added in gave one: a partial sum would pass for the whole. */
  affectedPopulation: number | null;
  baselinePopulation: number | null;
}

function addOptional(sum: number | null, value: number | null): number | null {
  return sum === null || value === null ? null : sum + value;
}

/**
 * People in need of one round per sector x place x population group at the scope's level: a department
 * adds up its provinces' cells (one round's cells never overlap, so nothing is counted twice). Figures
 * held at department level are not split among provinces: a province query leaves them out.
 */
export function peopleInNeedRows(
  cells: readonly PeopleInNeedCellEntity[],
  scope: FigureScope,
  filter: { sector?: string | null; populationGroup?: string | null },
): PeopleInNeedRow[] {
  const rows = new Map<string, PeopleInNeedRow>();
  for (const cell of cells) {
    if (filter.sector && cell.sector !== filter.sector) continue;
    if (filter.populationGroup && cell.populationGroup !== filter.populationGroup) continue;
    if (!isWithin(cell, scope.pcode)) continue;
    const pcode = placeAtLevel(cell, scope.level);
    if (pcode === null) continue;
    const key = `${pcode}|${cell.sector}|${cell.populationGroup}`;
    const row = rows.get(key);
    if (!row) {
      rows.set(key, {
        sector: cell.sector,
        pcode,
        placeLevel: scope.level,
        populationGroup: cell.populationGroup,
        peopleInNeed: cell.peopleInNeed,
        cells: { girls: cell.girls, boys: cell.boys, women: cell.women, men: cell.men, unknown: cell.unknown },
        affectedPopulation: cell.affectedPopulation,
        baselinePopulation: cell.baselinePopulation,
      });
      continue;
    }
    row.peopleInNeed += cell.peopleInNeed;
    row.cells.girls += cell.girls;
    row.cells.boys += cell.boys;
    row.cells.women += cell.women;
    row.cells.men += cell.men;
    row.cells.unknown += cell.unknown;
    row.affectedPopulation = addOptional(row.affectedPopulation, cell.affectedPopulation);
    row.baselinePopulation = addOptional(row.baselinePopulation, cell.baselinePopulation);
  }
  return [...rows.values()].sort(
    (a, b) =>
      a.pcode.localeCompare(b.pcode) ||
      a.sector.localeCompare(b.sector) ||
      a.populationGroup.localeCompare(b.populationGroup),
  );
}

/** People in need per sector in the scope (the whole country when it names no place), every group or one. */
export function sectorTotals(
  cells: readonly PeopleInNeedCellEntity[],
  pcode: string | null,
  populationGroup: string | null | undefined,
): { sector: string; peopleInNeed: number; cells: SexAgeCounts }[] {
  const totals = new Map<string, { sector: string; peopleInNeed: number; cells: SexAgeCounts }>();
  for (const cell of cells) {
    if (populationGroup && cell.populationGroup !== populationGroup) continue;
    if (!isWithin(cell, pcode)) continue;
    const total = totals.get(cell.sector) ?? {
      sector: cell.sector,
      peopleInNeed: 0,
      cells: { girls: 0, boys: 0, women: 0, men: 0, unknown: 0 },
    };
    total.peopleInNeed += cell.peopleInNeed;
    total.cells.girls += cell.girls;
    total.cells.boys += cell.boys;
    total.cells.women += cell.women;
    total.cells.men += cell.men;
    total.cells.unknown += cell.unknown;
    totals.set(cell.sector, total);
  }
  return [...totals.values()].sort((a, b) => a.sector.localeCompare(b.sector));
}
