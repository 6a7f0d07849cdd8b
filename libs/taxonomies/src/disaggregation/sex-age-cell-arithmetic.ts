import { addCounts, emptyCounts, sumCounts } from '../breakdowns/breakdown-arithmetic';
import { countShares, type ShareOptions } from '../breakdowns/count-shares';
import { SEX_AGE_DIMENSION, type SexAgeCells } from './sex-age-cells';

// The generic breakdown arithmetic bound to the sex and age cells, which nearly every caller needs.

export function emptyCells(): SexAgeCells {
  return emptyCounts(SEX_AGE_DIMENSION);
}

/** The number of people in the cells, `unknown` included. */
export function sumCells(cells: SexAgeCells): number {
  return sumCounts(cells, SEX_AGE_DIMENSION);
}

/** Adds disaggregations cell by cell; with no arguments, empty cells. */
export function addCells(...cells: readonly SexAgeCells[]): SexAgeCells {
  return addCounts(SEX_AGE_DIMENSION, ...cells);
}

/**
 * Each cell's share in percent, `unknown` included, adding up to exactly 100 after rounding
 * (largest remainder method); `undefined` when the cells count nobody.
 */
export function cellShares(cells: SexAgeCells, options: ShareOptions = {}): SexAgeCells | undefined {
  return countShares(cells, SEX_AGE_DIMENSION, options);
}
