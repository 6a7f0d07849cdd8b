import { checkDisaggregation } from './check-disaggregation';

const cells = { girls: 10, boys: 12, women: 30, men: 25, unknown: 3 };

describe('checkDisaggregation', () => {
  it('accepts cells that add up to the total, unknown included', () => {
    expect(checkDisaggregation(80, cells)).toEqual([]);
  });

  it('accepts nobody at all', () => {
    expect(checkDisaggregation(0, { girls: 0, boys: 0, women: 0, men: 0, unknown: 0 })).toEqual([]);
  });

  it('reports cells that do not add up with expected and actual at the cells path', () => {
    expect(checkDisaggregation(100, cells)).toEqual([
      {
        code: 'DISAGGREGATION.SUM_MISMATCH',
        path: 'cells',
        message: 'cells add up to 80 but the total is 100',
        expected: 100,
        actual: 80,
      },
    ]);
  });

  it('counts the unknown cell in the sum rather than dropping it', () => {
    expect(checkDisaggregation(77, cells)).toMatchObject([{ code: 'DISAGGREGATION.SUM_MISMATCH', actual: 80 }]);
  });

  it('reports a negative cell at its field', () => {
    expect(checkDisaggregation(80, { ...cells, women: -30 })).toEqual([
      { code: 'DISAGGREGATION.NEGATIVE', path: 'cells.women', message: 'cells.women must not be negative, got -30' },
    ]);
  });

  it.each([2.5, Number.NaN, Number.POSITIVE_INFINITY])('reports %p people as DISAGGREGATION.NOT_INTEGER', (value) => {
    expect(checkDisaggregation(80, { ...cells, boys: value })).toMatchObject([
      { code: 'DISAGGREGATION.NOT_INTEGER', path: 'cells.boys' },
    ]);
  });

  it('reports a count that is not a number at all', () => {
    const fromUntypedCaller = { ...cells, men: '25' } as unknown as typeof cells;
    expect(checkDisaggregation(80, fromUntypedCaller)).toMatchObject([
      { code: 'DISAGGREGATION.NOT_INTEGER', path: 'cells.men' },
    ]);
  });

  it.each([undefined, null])('reports an unknown cell given as %p as missing', (unknown) => {
    expect(checkDisaggregation(77, { ...cells, unknown })).toEqual([
      {
        code: 'DISAGGREGATION.MISSING_CELL',
        path: 'cells.unknown',
        message: 'cells.unknown is missing; record 0 when there is nobody in it',
      },
    ]);
  });

  it('reports every missing cell', () => {
    expect(checkDisaggregation(5, { women: 5 }).map((problem) => problem.path)).toEqual([
      'cells.girls',
      'cells.boys',
      'cells.men',
      'cells.unknown',
    ]);
  });

  it('reports problems with the total at the total path', () => {
    expect(checkDisaggregation(-1, cells)).toMatchObject([{ code: 'DISAGGREGATION.NEGATIVE', path: 'total' }]);
    expect(checkDisaggregation(80.5, cells)).toMatchObject([{ code: 'DISAGGREGATION.NOT_INTEGER', path: 'total' }]);
  });

  it('reports every bad field at once but no sum mismatch on top of them', () => {
    const problems = checkDisaggregation(1000, { ...cells, girls: -1, men: 0.5 });
    expect(problems.map((problem) => [problem.code, problem.path])).toEqual([
      ['DISAGGREGATION.NEGATIVE', 'cells.girls'],
      ['DISAGGREGATION.NOT_INTEGER', 'cells.men'],
    ]);
  });

  it('uses the paths the caller names', () => {
    const problems = checkDisaggregation(
      -1,
      { ...cells, girls: -1 },
      { path: 'reached.byCell', totalPath: 'reached.total' },
    );
    expect(problems.map((problem) => problem.path)).toEqual(['reached.total', 'reached.byCell.girls']);
  });
});
