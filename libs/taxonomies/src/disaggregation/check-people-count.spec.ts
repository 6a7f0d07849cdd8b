import { checkPeopleCount } from './check-people-count';

const cells = { girls: 1, boys: 1, women: 1, men: 1, unknown: 1 };

describe('checkPeopleCount', () => {
  it('accepts a count without the optional breakdowns', () => {
    expect(checkPeopleCount({ total: 5, cells })).toEqual([]);
    expect(checkPeopleCount({ total: 5, cells, nationality: null })).toEqual([]);
  });

  it('checks every optional breakdown given against the same total', () => {
    const problems = checkPeopleCount({
      total: 5,
      cells,
      disability: { withDisability: 0, withoutDisability: 4, unknown: 0 },
      lgbtiq: { lgbtiq: 0, notLgbtiq: 0, unknown: 5 },
      nationality: { ven: 5, col: 0, per: 0, other: 0 },
    });
    expect(problems.map((problem) => [problem.code, problem.path])).toEqual([
      ['DISAGGREGATION.SUM_MISMATCH', 'disability'],
      ['DISAGGREGATION.MISSING_CELL', 'nationality.unknown'],
    ]);
  });

  it('reports a bad total once, not once per breakdown', () => {
    const problems = checkPeopleCount({
      total: -5,
      cells,
      nationality: { ven: 5, col: 0, per: 0, other: 0, unknown: 0 },
    });
    expect(problems).toEqual([expect.objectContaining({ code: 'DISAGGREGATION.NEGATIVE', path: 'total' })]);
  });
});
