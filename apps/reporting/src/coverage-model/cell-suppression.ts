import type { CoverageCellsModel } from './coverage.models';
import type { SexAgeCounts } from './coverage-query';

/**
 * Statistical disclosure control: a cell of 1 to `minimum - 1` people could point at individuals, so it is
 * withheld (null). Zero is shown (it discloses no one), and so is the row total the cells add up to.
 */
export function suppressSmallCells(cells: SexAgeCounts, minimum: number, showAll: boolean): CoverageCellsModel {
  const keep = (value: number): number | null => (showAll || value === 0 || value >= minimum ? value : null);
  const shown = {
    girls: keep(cells.girls),
    boys: keep(cells.boys),
    women: keep(cells.women),
    men: keep(cells.men),
    unknown: keep(cells.unknown),
  };
  return { ...shown, suppressed: Object.values(shown).some((value) => value === null) };
}
