import { addCells, cellShares, emptyCells, sumCells } from './sex-age-cell-arithmetic';

describe('sex and age cell arithmetic', () => {
  it('starts aggregations from zero in every cell, unknown included', () => {
    expect(emptyCells()).toEqual({ girls: 0, boys: 0, women: 0, men: 0, unknown: 0 });
  });

  it('sums every cell, unknown included', () => {
    expect(sumCells({ girls: 1, boys: 2, women: 3, men: 4, unknown: 5 })).toBe(15);
  });

  it('ignores properties that are not cells', () => {
    const row = { girls: 1, boys: 1, women: 1, men: 1, unknown: 1, total: 5, month: 3 };
    expect(sumCells(row)).toBe(5);
    expect(addCells(row)).toEqual({ girls: 1, boys: 1, women: 1, men: 1, unknown: 1 });
  });

  it('adds disaggregations cell by cell', () => {
    expect(
      addCells(
        { girls: 1, boys: 2, women: 3, men: 4, unknown: 5 },
        { girls: 10, boys: 20, women: 30, men: 40, unknown: 50 },
        emptyCells(),
      ),
    ).toEqual({ girls: 11, boys: 22, women: 33, men: 44, unknown: 55 });
    expect(addCells()).toEqual(emptyCells());
  });

  it('gives shares that add up to 100 with the unknown cell kept', () => {
    const cells = { girls: 1, boys: 1, women: 1, men: 0, unknown: 1 };
    expect(cellShares(cells)).toEqual({ girls: 25, boys: 25, women: 25, men: 0, unknown: 25 });
  });

  it('rounds shares by largest remainder so they still add up to 100', () => {
    const shares = cellShares({ girls: 2, boys: 2, women: 2, men: 0, unknown: 1 })!;
    // Exact shares: 28.57, 28.57, 28.57, 0, 14.29.
    expect(shares).toEqual({ girls: 29, boys: 29, women: 28, men: 0, unknown: 14 });
    expect(sumCells(shares)).toBe(100);
  });

  it('gives shares with decimals on request', () => {
    const shares = cellShares({ girls: 1, boys: 1, women: 1, men: 0, unknown: 0 }, { decimals: 1 })!;
    expect(shares).toEqual({ girls: 33.4, boys: 33.3, women: 33.3, men: 0, unknown: 0 });
  });

  it('has no shares when nobody is counted', () => {
    expect(cellShares(emptyCells())).toBeUndefined();
  });
});
